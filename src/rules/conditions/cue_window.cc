// before / after: a cue phrase next to the hit, in the same clause, at most
// `within` letters away (default 6). 可能 after 因为 explains a cause; 请勿
// before 到付 prohibits it; 分钟 after 大概 estimates a wait.
//
// A near cue (within 4 letters or fewer: a negation, a word glued to the
// hit) governs only its own phrase: a space kept between it and the hit
// parts them. Typed chats use a space where a comma would stand (我收到啥都
// 没有 骗人的吧: the 没有 does not negate 骗人); speech-recognition spacing
// between every character or word is dropped by the fold before this, so
// 我 没有 骗人 still reads as one phrase. Wider windows (如果 … within 20)
// reach across spaces: a condition spans the whole sentence.

#include <algorithm>

#include "clause.h"
#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

class CueWindow final : public HitCondition {
 public:
  CueWindow(size_t list, bool before, uint32_t within)
      : list_(list), before_(before), within_(within) {}

  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const uint32_t set = ev.book().SetOf(c.rule, list_);
    const auto units = ev.Units(c.turn);
    const auto flags = ev.Flags(c.turn);
    uint32_t from, to;
    ClauseAround(units, flags, c.hit->ubegin, c.hit->uend, &from, &to);
    // A cue before the hit starts in [from, hit begin), one after it in
    // [hit end, to): only the hits starting there are read (a turn's hits
    // are sorted by where they start; a turn has a hundred or so).
    const uint32_t lo = before_ ? from : c.hit->uend;
    const uint32_t hi = before_ ? c.hit->ubegin : to;
    const std::span<const match::Hit> hits = ev.TurnHits(c.turn);
    auto h = std::lower_bound(hits.begin(), hits.end(), lo,
                              [](const match::Hit& x, uint32_t u) { return x.ubegin < u; });
    for (; h != hits.end() && h->ubegin < hi; ++h) {
      if (h->set != set) continue;
      if (before_) {
        if (h->uend <= c.hit->ubegin && LettersBetween(flags, h->uend, c.hit->ubegin) <= within_ &&
            !Parted(units, h->uend, c.hit->ubegin))
          return true;
      } else if (h->uend <= to && LettersBetween(flags, c.hit->uend, h->ubegin) <= within_ &&
                 !Parted(units, c.hit->uend, h->ubegin)) {
        return true;
      }
    }
    return false;
  }

  std::string Describe(const Rule& rule) const override {
    return std::string(before_ ? "前" : "后") + " " + std::to_string(within_) +
           " 字内（同一分句）有" + CueLabel(rule.phrases[list_]);
  }

 private:
  static constexpr uint32_t kNearCue = 4;

  // True if a near cue and the hit stand in different phrases: a space
  // (ASCII or ideographic) between units a and b.
  bool Parted(std::span<const uint32_t> units, uint32_t a, uint32_t b) const {
    if (within_ > kNearCue) return false;
    for (uint32_t i = a; i < b; ++i)
      if (units[i] == ' ' || units[i] == 0x3000) return true;
    return false;
  }

  size_t list_;
  bool before_;
  uint32_t within_;
};

}  // namespace

std::unique_ptr<HitCondition> MakeCueWindow(const RuleReader& in, const YAML::Node& item,
                                            std::string_view key, Rule* rule) {
  const uint32_t within = item["within"] ? in.Integer(item["within"], "within", 0) : 6;
  const size_t list = AddCueList(in, item[std::string(key)], key, rule);
  return std::make_unique<CueWindow>(list, key == "before", within);
}

}  // namespace huashu::rules
