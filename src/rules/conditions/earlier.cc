// earlier: a cue in one of the other speaker's recent turns. A customer who
// repeats a complaint to the agent who has just apologised for it (or to the
// next agent after a transfer, who apologised on taking over) is not owed a
// second apology for the same thing.

#include <algorithm>

#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

class Earlier final : public HitCondition {
 public:
  Earlier(size_t list, size_t turns) : list_(list), turns_(turns) {}

  // Holds if one of the other speaker's turns among the `turns_` turns before
  // the hit's turn holds a cue (system turns count towards the window).
  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const auto self = ev.turn(c.turn).speaker;
    const uint32_t set = ev.book().SetOf(c.rule, list_);
    const size_t first = c.turn > turns_ ? c.turn - turns_ : 0;
    for (size_t t = c.turn; t-- > first;) {
      const auto who = ev.turn(t).speaker;
      if (who == self || who == transcript::Speaker::kSystem) continue;
      if (ev.FindHit(t, set) != nullptr) return true;
    }
    return false;
  }
  std::string Describe(const Rule& rule) const override {
    return "对方在前 " + std::to_string(turns_) + " 句内已说过" + CueLabel(rule.phrases[list_]);
  }

 private:
  size_t list_;
  size_t turns_;
};

}  // namespace

std::unique_ptr<HitCondition> MakeEarlier(const RuleReader& in, const YAML::Node& item,
                                          std::string_view key, Rule* rule) {
  const size_t turns =
      item["within"] ? static_cast<size_t>(in.Integer(item["within"], "within", 1)) : 6;
  return std::make_unique<Earlier>(AddCueList(in, item[std::string(key)], key, rule), turns);
}

}  // namespace huashu::rules
