// type: repeated_reply — the agent sends, word for word, the reply it sent
// last, after the customer said something new in between: a stock line
// (审核通过后会短信通知您, 请问有什么可以帮您?) pasted again
// in place of an answer, or the same question asked again as if nothing had
// been said. A customer turn that says nothing new — no letter at all, or
// only `nothing_new` phrases (嗯, 好的, 在吗) — leaves nothing to answer, and
// a customer who repeated the agent's own words asked nothing of them.

#include <algorithm>
#include <vector>

#include "../conditions/clause.h"
#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"

namespace huashu::rules {
namespace {

struct RepeatedReplyParams : RuleParams {
  uint32_t min_letters = 6;  // shorter replies (好的亲, 稍等) are said again by nature
};

class RepeatedReplyType final : public PerRuleType {
 public:
  std::string_view name() const override { return "repeated_reply"; }
  std::vector<std::string_view> placeholders() const override { return {"text"}; }
  std::vector<std::string_view> keys() const override { return {"min_letters", "nothing_new"}; }

  void Read(RuleReader& in, Rule* r) const override {
    const YAML::Node& node = in.rule();
    auto p = std::make_shared<RepeatedReplyParams>();
    p->min_letters = static_cast<uint32_t>(in.IntegerOr("min_letters", 6, 2));
    if (node["nothing_new"])
      r->phrases.push_back(in.Phrases(node["nothing_new"], PhraseRole::kAllow, "nothing_new"));
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    const auto& p = r.Params<RepeatedReplyParams>();
    out->push_back({"repeated", "a reply of " + std::to_string(p.min_letters) +
                                    "+ letters, the same letters as the speaker's reply "
                                    "before it, with a customer turn between that says "
                                    "something new"});
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& p = r.Params<RepeatedReplyParams>();
    const auto nothing_new = ev.book().Sets(ri, PhraseRole::kAllow);
    const size_t n = ev.turn_count();
    size_t last = n;  // the speaker's reply before, or n
    for (size_t t = 0; t < n; ++t) {
      if (!SpeakerMatches(r.speaker, ev.turn(t).speaker)) continue;
      const size_t before = last;
      last = t;
      if (before == n) continue;
      const auto flags = ev.Flags(t);
      const auto size = static_cast<uint32_t>(flags.size());
      if (LettersBetween(flags, 0, size) < p.min_letters) continue;
      if (!SameLetters(ev, t, before)) continue;
      if (SaidSomethingNew(ev, before, t, nothing_new)) {
        ev.Emit(ev.MakeAt(r, FormatMessage(r.message, {{"text", ev.turn(t).text}}), t, nullptr));
      }
    }
  }

  // True if turns a and b hold the same letters in the same order: as many
  // letters, and those of a standing in a row among those of b.
  static bool SameLetters(const Evaluation& ev, size_t a, size_t b) {
    const auto fa = ev.Flags(a), fb = ev.Flags(b);
    const auto na = static_cast<uint32_t>(fa.size());
    return LettersBetween(fa, 0, na) == LettersBetween(fb, 0, static_cast<uint32_t>(fb.size())) &&
           LettersFoundIn(ev.Units(a), fa, 0, na, ev.Units(b), fb);
  }

  // True if a customer turn strictly between `from` and `to` says something
  // new: it has letters, they are not all inside `nothing_new` phrases, and
  // it does not repeat the reply (the customer quoting the agent).
  static bool SaidSomethingNew(const Evaluation& ev, size_t from, size_t to,
                               std::span<const uint32_t> nothing_new) {
    const auto reply_units = ev.Units(to);
    const auto reply_flags = ev.Flags(to);
    const auto reply_size = static_cast<uint32_t>(reply_flags.size());
    for (size_t c = from + 1; c < to; ++c) {
      if (ev.turn(c).speaker != transcript::Speaker::kCustomer) continue;
      const auto flags = ev.Flags(c);
      if (LettersBetween(flags, 0, static_cast<uint32_t>(flags.size())) == 0) continue;
      const auto hits = ev.TurnHits(c);
      const bool only_acks = std::any_of(nothing_new.begin(), nothing_new.end(), [&](uint32_t set) {
        return LettersInsideHits(flags, hits, set);
      });
      if (only_acks) continue;
      if (LettersFoundIn(reply_units, reply_flags, 0, reply_size, ev.Units(c), flags)) continue;
      return true;
    }
    return false;
  }
};

}  // namespace

const RuleType* RepeatedReplyRuleType() {
  static const RepeatedReplyType type;
  return &type;
}

}  // namespace huashu::rules
