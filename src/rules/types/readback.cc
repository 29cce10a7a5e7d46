// type: readback — once the customer gives a number (a phone, an account,
// an order: a run of at least `digits` digits however written, making up at
// least half the turn's letters) or an e-mail
// address, the agent must read it back to check it: one of the agent's next
// `within` turns repeats three digits or more (masked ones too: an export
// may show the number said back as ***), or says one
// of `expect` (跟您核对一下, 是…对吗); turns of one or two letters (嗯, 好的)
// are listening and do not count. Stars alone in the customer's turn are
// no number: an export may mask a name or a shop with them. A number typed or spoken over several
// customer turns in a row is judged once, at the last. Not judged when the agent says nothing after
// it. A number named as one (`named`: 单号是, 订单号是) counts however much
// else the turn says, as long as it has the digits: 帮我查个件 单号是 A T 7 7 2
// 0 5 8 1 3 9 0 gives the number, 单号是 七七一二 gives too few digits to
// check. A given-phrase asked as a question (账号是没问题的吧) gives nothing, and
// a number the customer says again right after the agent read digits back is
// the customer confirming it. The finding never carries the number.

#include <algorithm>
#include <span>

#include "../conditions/clause.h"
#include "../rule_reader.h"
#include "huashu/match/pii.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"

namespace huashu::rules {
namespace {

struct ReadbackParams : RuleParams {
  uint32_t digits = 7;
  int within_turns = 2;
};

// True if `units` hold an e-mail address, masked or not.
bool HoldsEmail(std::span<const uint32_t> units) {
  uint32_t b, e;
  for (uint32_t at = 0; at < units.size(); ++at)
    if (match::EmailAround(units, at, &b, &e)) return true;
  return false;
}

class ReadbackType final : public PerRuleType {
 public:
  std::string_view name() const override { return "readback"; }
  std::vector<std::string_view> keys() const override {
    return {"digits", "given", "named", "expect", "within"};
  }

  void Read(RuleReader& in, Rule* r) const override {
    const YAML::Node& node = in.rule();
    auto p = std::make_shared<ReadbackParams>();
    p->digits = static_cast<uint32_t>(in.IntegerOr("digits", 7, 4));
    if (!node["expect"]) in.Fail(node, "readback rule needs expect: [跟您核对一下, ...]");
    r->phrases.push_back(in.Phrases(node["expect"], PhraseRole::kExpect, "expect"));
    if (node["given"])
      r->phrases.push_back(in.Phrases(node["given"], PhraseRole::kTrigger, "given"));
    if (node["named"])
      r->phrases.push_back(in.Phrases(node["named"], PhraseRole::kAllow, "named"));
    if (node["within"]) {
      const RuleReader::Window w = in.Within(node["within"]);
      if (w.turns == 0) in.Fail(node["within"], "readback needs within: {turns: N}");
      p->within_turns = w.turns;
    }
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    const auto& p = r.Params<ReadbackParams>();
    out->push_back({"number given", std::to_string(p.digits) + "+ digits, or an e-mail address"});
    out->push_back({"read back within", std::to_string(p.within_turns) + " agent turns"});
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& p = r.Params<ReadbackParams>();
    const auto expect = ev.book().Sets(ri, PhraseRole::kExpect);
    const auto given = ev.book().Sets(ri, PhraseRole::kTrigger);
    const auto named = ev.book().Sets(ri, PhraseRole::kAllow);
    const size_t n = ev.turn_count();
    auto customer = [&](size_t t) { return ev.turn(t).speaker == transcript::Speaker::kCustomer; };
    // The number is what the turn gives (13912345678, 我手机号是…): its
    // digits are at least half the turn's letters. A number in passing in
    // a longer story (他让我打幺二幺二…那个电话) is not given to be taken down.
    auto gives = [&](size_t t) {
      if (!customer(t)) return false;
      const auto units = ev.Units(t);
      const auto flags = ev.Flags(t);
      if (HoldsEmail(units)) return true;
      if (const match::Hit* h = ev.FindHit(t, given)) {
        uint32_t from, to;
        ClauseAround(units, flags, h->ubegin, h->uend, &from, &to);
        if (!ClauseAsks(units, flags, from, to, U"吗么嘛吧")) return true;
      }
      const uint32_t run = LongestDigitRun(units, flags, /*masked=*/false);
      if (run < p.digits) return false;
      return 2 * run >= LettersBetween(flags, 0, static_cast<uint32_t>(flags.size())) ||
             (!named.empty() && ev.FindHit(t, named) != nullptr);
    };
    // The agent's turn just before `t` (another customer turn may stand
    // between) read back the digits `t` says again, and `t` adds none: the
    // customer confirming (a number completed after a partial read-back is
    // still a number given).
    auto after_read_back = [&](size_t t) {
      for (size_t u = t; u-- > 0 && t - u <= 2;) {
        if (customer(u)) continue;
        if (!SpeakerMatches(r.speaker, ev.turn(u).speaker)) continue;
        const auto au = ev.Units(u);
        const DigitString said = DigitsIn(au, 0, static_cast<uint32_t>(au.size()), /*stars=*/false);
        if (said.size < 3) return false;
        const DigitString again = LongestRunDigits(ev.Units(t), ev.Flags(t));
        return again.size <= said.size && said.view().find(again.view()) != std::string_view::npos;
      }
      return false;
    };
    for (size_t t = 0; t < n; ++t) {
      if (!gives(t)) continue;
      if (after_read_back(t)) continue;
      // The rest of the number may follow in the customer's next turns.
      size_t last = t;
      for (size_t u = t + 1;
           u < n && (customer(u) || !SpeakerMatches(r.speaker, ev.turn(u).speaker)); ++u)
        if (gives(u)) last = u;
      bool spoke = false, read_back = false;
      int seen = 0;
      for (size_t u = last + 1; u < n && seen < p.within_turns && !read_back; ++u) {
        if (!SpeakerMatches(r.speaker, ev.turn(u).speaker)) continue;
        const auto flags = ev.Flags(u);
        // Three digits or more said back (an export may show them as ***).
        if (LongestDigitRun(ev.Units(u), flags) >= 3) {
          spoke = read_back = true;
          break;
        }
        // 嗯 / 好 while the customer goes on dictating is listening, not
        // the agent's reply.
        if (LettersBetween(flags, 0, static_cast<uint32_t>(flags.size())) <= 2) continue;
        spoke = true;
        ++seen;
        read_back = ev.FindHit(u, expect) != nullptr;
      }
      if (spoke && !read_back) ev.Emit(ev.MakeAt(r, r.message, last, nullptr));
      t = last;
    }
  }
};

}  // namespace

const RuleType* ReadbackRuleType() {
  static const ReadbackType type;
  return &type;
}

}  // namespace huashu::rules
