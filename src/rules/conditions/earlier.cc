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
// `answering: [cues]` (earlier only): the other speaker's cue counts only
// when one of the hit speaker's turns before it holds one of these cues. An
// apology for something else said before the customer raised the matter (a
// stock welcome's 先不要着急, sorry for a transfer or a typo) does not answer
// a complaint the customer makes later.
// `since: [cues]` (earlier only): the window reaches back no further than
// the last turn before the hit, of either speaker, that holds one of these
// cues (that turn included). A chat handed to a new agent starts again at
// the new agent's self-introduction: the previous agent's apology does not
// answer the harm the customer tells the new one.

#include <algorithm>

#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

class NearbyTurns final : public HitCondition {
 public:
  static constexpr size_t kNoList = static_cast<size_t>(-1);

  NearbyTurns(size_t list, size_t turns, bool own, bool later, size_t answering, size_t since)
      : list_(list),
        turns_(turns),
        own_(own),
        later_(later),
        answering_(answering),
        since_(since) {}

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
    size_t first = c.turn > turns_ ? c.turn - turns_ : 0;
    if (answering_ != kNoList) {
      // Only cues after the first turn that raised a matter count: one scan
      // from the start instead of one per cue turn.
      const size_t matter = FirstMatter(ev, c, self);
      if (matter == SIZE_MAX) return false;
      first = std::max(first, matter + 1);
    }
    if (since_ != kNoList) {
      const uint32_t mark = ev.book().SetOf(c.rule, since_);
      for (size_t t = c.turn; t-- > first;)
        if (ev.FindHit(t, mark) != nullptr) {
          first = t;
          break;
        }
    }
    for (size_t t = c.turn; t-- > first;)
      if (wanted(t) && ev.FindHit(t, set) != nullptr) return true;
    return false;
  }
  std::string Describe(const Rule& rule) const override {
    std::string out = std::string(own_ ? "自己" : "对方") + "在" + (later_ ? "后 " : "前 ") +
                      std::to_string(turns_) + " 句内" + (later_ ? "说了" : "已说过") +
                      CueLabel(rule.phrases[list_]);
    if (answering_ != kNoList) out += "（回应此前的" + CueLabel(rule.phrases[answering_]) + "）";
    if (since_ != kNoList) out += "（只算最近一次" + CueLabel(rule.phrases[since_]) + "之后）";
    return out;
  }

 private:
  // The first turn of `self` holding an answering cue, or SIZE_MAX: a cue
  // of the other speaker answers when it comes after that turn.
  size_t FirstMatter(const Evaluation& ev, const Candidate& c, transcript::Speaker self) const {
    const uint32_t set = ev.book().SetOf(c.rule, answering_);
    for (size_t u = 0; u < c.turn; ++u)
      if (ev.turn(u).speaker == self && ev.FindHit(u, set) != nullptr) return u;
    return SIZE_MAX;
  }

  size_t list_;
  size_t turns_;
  bool own_;
  bool later_;
  size_t answering_;
  size_t since_;
};

}  // namespace

std::unique_ptr<HitCondition> MakeEarlier(const RuleReader& in, const YAML::Node& item,
                                          std::string_view key, Rule* rule) {
  const bool own = key != "earlier";
  const size_t turns =
      item["within"] ? static_cast<size_t>(in.Integer(item["within"], "within", 1)) : (own ? 3 : 6);
  const size_t cues = AddCueList(in, item[std::string(key)], key, rule);
  size_t answering = NearbyTurns::kNoList;
  if (item["answering"]) {
    answering = AddCueList(in, item["answering"], "answering", rule);
  }
  size_t since = NearbyTurns::kNoList;
  if (item["since"]) {
    since = AddCueList(in, item["since"], "since", rule);
  }
  return std::make_unique<NearbyTurns>(cues, turns, own, key == "own_later", answering, since);
}

}  // namespace huashu::rules
