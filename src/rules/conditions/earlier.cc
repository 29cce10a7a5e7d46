// earlier / own_earlier / own_later: a cue in a turn near the hit's turn,
// with anyone speaking in between.
//   earlier      the other speaker's turns among the N before: a customer who
//                repeats a complaint to the agent who has just apologised for
//                it (or to the next agent after a transfer, who apologised on
//                taking over) is not owed a second apology.
//   own_earlier  the same speaker's turns among the N before, and
//   own_later    among the N after: a deferral whose reply time the agent gave
//                a message earlier, before the customer sent their number, or
//                one message later, after the customer's 好的.

#include <algorithm>

#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

class NearbyTurns final : public HitCondition {
 public:
  NearbyTurns(size_t list, size_t turns, bool own, bool later)
      : list_(list), turns_(turns), own_(own), later_(later) {}

  // Holds if one of the chosen speaker's turns among the `turns_` turns
  // before (after) the hit's turn holds a cue; every turn, the system's too,
  // counts towards the window.
  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const auto self = ev.turn(c.turn).speaker;
    const uint32_t set = ev.book().SetOf(c.rule, list_);
    auto wanted = [&](size_t t) {
      const auto who = ev.turn(t).speaker;
      return who != transcript::Speaker::kSystem && (who == self) == own_;
    };
    if (later_) {
      const size_t last = std::min(ev.turn_count(), c.turn + 1 + turns_);
      for (size_t t = c.turn + 1; t < last; ++t)
        if (wanted(t) && ev.FindHit(t, set) != nullptr) return true;
      return false;
    }
    const size_t first = c.turn > turns_ ? c.turn - turns_ : 0;
    for (size_t t = c.turn; t-- > first;)
      if (wanted(t) && ev.FindHit(t, set) != nullptr) return true;
    return false;
  }
  std::string Describe(const Rule& rule) const override {
    return std::string(own_ ? "自己" : "对方") + "在" + (later_ ? "后 " : "前 ") +
           std::to_string(turns_) + " 句内" + (later_ ? "说了" : "已说过") +
           CueLabel(rule.phrases[list_]);
  }

 private:
  size_t list_;
  size_t turns_;
  bool own_;
  bool later_;
};

}  // namespace

std::unique_ptr<HitCondition> MakeEarlier(const RuleReader& in, const YAML::Node& item,
                                          std::string_view key, Rule* rule) {
  const bool own = key != "earlier";
  const size_t turns =
      item["within"] ? static_cast<size_t>(in.Integer(item["within"], "within", 1)) : (own ? 3 : 6);
  return std::make_unique<NearbyTurns>(AddCueList(in, item[std::string(key)], key, rule), turns,
                                       own, key == "own_later");
}

}  // namespace huashu::rules
