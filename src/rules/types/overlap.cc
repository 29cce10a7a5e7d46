// type: overlap — the agent starts speaking while the customer is still
// talking, by more than tolerance_seconds (interrupting).

#include <cmath>

#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "timeline.h"

namespace huashu::rules {
namespace {

using transcript::HasTime;
using transcript::Speaker;

struct OverlapParams : RuleParams {
  double tolerance_seconds = 0.5;
};

class OverlapType final : public PerRuleType {
 public:
  std::string_view name() const override { return "overlap"; }
  std::vector<std::string_view> placeholders() const override { return {"seconds"}; }
  std::vector<std::string_view> keys() const override { return {"tolerance_seconds"}; }

  void Read(RuleReader& in, Rule* r) const override {
    auto p = std::make_shared<OverlapParams>();
    p->tolerance_seconds = in.NumberOr("tolerance_seconds", 0.5);
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    out->push_back(
        {"tolerance_seconds", FormatSeconds(r.Params<OverlapParams>().tolerance_seconds)});
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& c = ev.conversation();
    const double tolerance = r.Params<OverlapParams>().tolerance_seconds;
    if (!TurnsTimed(c)) {
      ev.Skip(r);
      return;
    }
    for (size_t u = 0; u < c.turns.size(); ++u) {
      const auto& agent = c.turns[u];
      if (!SpeakerMatches(r.speaker, agent.speaker)) continue;
      for (size_t t = 0; t < c.turns.size(); ++t) {
        const auto& other = c.turns[t];
        if (other.speaker != Speaker::kCustomer || !HasTime(other.end)) continue;
        // The agent cut in: started after the customer began and before
        // they finished.
        if (other.start < agent.start && agent.start < other.end) {
          const double overlap = std::min(other.end, EndOf(agent)) - agent.start;
          if (overlap > tolerance) {
            ev.Emit(ev.MakeAt(
                r,
                FormatMessage(r.message,
                              {{"seconds", FormatSeconds(std::round(overlap * 10) / 10)}}),
                u, nullptr));
            break;
          }
        }
      }
    }
  }
};

}  // namespace

const RuleType* OverlapRuleType() {
  static const OverlapType type;
  return &type;
}

}  // namespace huashu::rules
