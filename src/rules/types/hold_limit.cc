// type: hold_limit — a hold (hold_start … hold_end) longer than max_seconds
// without the agent checking back in.

#include <cmath>

#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "timeline.h"

namespace huashu::rules {
namespace {

using transcript::EventType;
using transcript::HasTime;

struct HoldLimitParams : RuleParams {
  double max_seconds = 0;
};

class HoldLimitType final : public PerRuleType {
 public:
  std::string_view name() const override { return "hold_limit"; }
  std::vector<std::string_view> placeholders() const override { return {"seconds", "limit"}; }
  std::vector<std::string_view> keys() const override { return {"max_seconds"}; }

  void Read(RuleReader& in, Rule* r) const override {
    if (!in.rule()["max_seconds"]) in.Fail(in.rule(), "hold_limit rule needs max_seconds");
    auto p = std::make_shared<HoldLimitParams>();
    p->max_seconds = in.Number(in.rule()["max_seconds"], "max_seconds", 0);
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    out->push_back({"max_seconds", FormatSeconds(r.Params<HoldLimitParams>().max_seconds)});
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& c = ev.conversation();
    const double limit = r.Params<HoldLimitParams>().max_seconds;
    const auto holds = Holds(c);
    if (holds.empty()) {
      const bool untimed = std::any_of(c.events.begin(), c.events.end(), [](const auto& e) {
        return e.type == EventType::kHoldStart && !HasTime(e.at);
      });
      if (untimed) ev.Skip(r);
      return;
    }
    for (auto [start, end] : holds) {
      // The agent checking back in (a turn during the hold) restarts the clock.
      double segment_start = start, longest = 0, longest_at = start;
      for (const auto& t : c.turns) {
        if (!HasTime(t.start) || !SpeakerMatches(r.speaker, t.speaker)) continue;
        if (t.start > start && t.start < end) {
          if (t.start - segment_start > longest)
            longest = t.start - segment_start, longest_at = segment_start;
          segment_start = EndOf(t);
        }
      }
      if (end - segment_start > longest) longest = end - segment_start, longest_at = segment_start;
      if (longest <= limit) continue;
      base::Violation v =
          ev.Make(r, FormatMessage(r.message, {{"seconds", FormatSeconds(std::round(longest))},
                                               {"limit", FormatSeconds(limit)}}));
      v.time = longest_at;
      ev.Emit(std::move(v));
    }
  }
};

}  // namespace

const RuleType* HoldLimitRuleType() {
  static const HoldLimitType type;
  return &type;
}

}  // namespace huashu::rules
