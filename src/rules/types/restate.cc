// type: restate — once the customer has told their problem (a turn of at
// least `min_letters` letters that is not a question and holds no
// `not_a_problem` phrase), the agent puts it back to them to check it:
// an agent turn says one of `expect` (您是说…, 我跟您确认一下; a call-back
// may say it first, before the customer tells it again), or a later one
// repeats at least `echo` letters in a row of one of the customer's recent
// turns (吃到虫子了是吗, 订单一直没送到对吧). One finding per conversation,
// at conversation level; `not_judged_if` names the logs where the telling
// may have come before the record started.

#include <algorithm>
#include <span>
#include <vector>

#include "../conditions/clause.h"
#include "../conditions/log_state.h"
#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"

namespace huashu::rules {
namespace {

struct RestateParams : RuleParams {
  uint32_t min_letters = 20;
  uint32_t echo = 4;
  size_t customer_turns_back = 6;  // whose words an echo may repeat
  LogStates not_judged_if;
};

// The letters of turn t (units that are neither noise nor breaks).
void LettersOf(const Evaluation& ev, size_t t, std::vector<uint32_t>* out) {
  out->clear();
  const auto units = ev.Units(t);
  const auto flags = ev.Flags(t);
  for (size_t i = 0; i < units.size(); ++i)
    if (IsLetter(flags[i])) out->push_back(units[i]);
}

// True if `said` holds `n` letters in a row that also stand in a row in `heard`.
bool Echoes(std::span<const uint32_t> said, std::span<const uint32_t> heard, uint32_t n) {
  if (said.size() < n || heard.size() < n) return false;
  for (size_t i = 0; i + n <= heard.size(); ++i)
    if (std::search(said.begin(), said.end(), heard.begin() + i, heard.begin() + i + n) !=
        said.end())
      return true;
  return false;
}

class RestateType final : public PerRuleType {
 public:
  std::string_view name() const override { return "restate"; }
  std::vector<std::string_view> keys() const override {
    return {"min_letters", "echo", "expect", "not_a_problem", "not_judged_if"};
  }

  void Read(RuleReader& in, Rule* r) const override {
    const YAML::Node& node = in.rule();
    auto p = std::make_shared<RestateParams>();
    p->min_letters = static_cast<uint32_t>(in.IntegerOr("min_letters", 20, 1));
    p->echo = static_cast<uint32_t>(in.IntegerOr("echo", 4, 2));
    if (!node["expect"]) in.Fail(node, "restate rule needs expect: [您是说, ...]");
    r->phrases.push_back(in.Phrases(node["expect"], PhraseRole::kExpect, "expect"));
    if (node["not_a_problem"])
      r->phrases.push_back(in.Phrases(node["not_a_problem"], PhraseRole::kAllow, "not_a_problem"));
    p->not_judged_if = ReadLogStates(in, node["not_judged_if"], r);
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    const auto& p = r.Params<RestateParams>();
    out->push_back({"problem told", "a customer turn of " + std::to_string(p.min_letters) +
                                        "+ letters that is no question and holds no "
                                        "not_a_problem phrase"});
    out->push_back({"restated", "an expect phrase, or " + std::to_string(p.echo) +
                                    " letters in a row of the customer's words"});
    p.not_judged_if.Describe(r, out);
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& p = r.Params<RestateParams>();
    const auto expect = ev.book().Sets(ri, PhraseRole::kExpect);
    const auto other_act = ev.book().Sets(ri, PhraseRole::kAllow);
    const size_t n = ev.turn_count();
    auto customer = [&](size_t t) { return ev.turn(t).speaker == transcript::Speaker::kCustomer; };
    // The problem is told in a long turn that is not a question: 商家看得到吧
    // asks something, it tells nothing to put back. Nor does a long thanks,
    // a suggestion or an invitation (not_a_problem): their own rules judge
    // the answer.
    size_t told = n;
    for (size_t t = 0; t < n && told == n; ++t) {
      if (!customer(t)) continue;
      const auto flags = ev.Flags(t);
      if (LettersBetween(flags, 0, static_cast<uint32_t>(flags.size())) >= p.min_letters &&
          !ClauseAsks(ev.Units(t), flags, 0, static_cast<uint32_t>(flags.size()), U"吗吧呢么") &&
          ev.FindHit(t, other_act) == nullptr)
        told = t;
    }
    if (told == n) return;  // no problem told: nothing to restate
    // A call-back may open with the agent putting the problem it calls
    // about (您反馈的是餐品有异味是吗) before the customer tells it again.
    for (size_t u = 0; u < told; ++u)
      if (SpeakerMatches(r.speaker, ev.turn(u).speaker) && ev.FindHit(u, expect) != nullptr) return;
    bool agent_after = false;
    std::vector<uint32_t> said, heard;
    for (size_t u = told + 1; u < n; ++u) {
      if (!SpeakerMatches(r.speaker, ev.turn(u).speaker)) continue;
      agent_after = true;
      if (ev.FindHit(u, expect) != nullptr) return;
      LettersOf(ev, u, &said);
      size_t seen = 0;
      for (size_t c = u; c-- > 0 && seen < p.customer_turns_back;) {
        if (!customer(c)) continue;
        ++seen;
        LettersOf(ev, c, &heard);
        if (Echoes(said, heard, p.echo)) return;
      }
    }
    if (!agent_after) return;  // the agent never spoke after it
    if (!p.not_judged_if.empty()) {
      if (const std::string* reason = p.not_judged_if.Holds(ev, ri)) {
        ev.NotJudged(r, *reason);
        return;
      }
    }
    ev.Emit(ev.Make(r, r.message));
  }
};

}  // namespace

const RuleType* RestateRuleType() {
  static const RestateType type;
  return &type;
}

}  // namespace huashu::rules
