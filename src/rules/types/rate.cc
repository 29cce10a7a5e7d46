// type: rate — speech faster than max_chars_per_second in a timed turn of
// at least min_chars spoken characters.

#include <cstdio>

#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "timeline.h"

namespace huashu::rules {
namespace {

using transcript::HasTime;

struct RateParams : RuleParams {
  double max_chars_per_second = 0;
  int min_chars = 8;
};

class RateType final : public PerRuleType {
 public:
  std::string_view name() const override { return "rate"; }
  std::vector<std::string_view> placeholders() const override { return {"rate", "limit"}; }
  std::vector<std::string_view> keys() const override {
    return {"max_chars_per_second", "min_chars"};
  }

  void Read(RuleReader& in, Rule* r) const override {
    if (!in.rule()["max_chars_per_second"])
      in.Fail(in.rule(), "rate rule needs max_chars_per_second");
    auto p = std::make_shared<RateParams>();
    p->max_chars_per_second =
        in.Number(in.rule()["max_chars_per_second"], "max_chars_per_second", 0.1);
    p->min_chars = in.IntegerOr("min_chars", 8, 1);
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    const auto& p = r.Params<RateParams>();
    out->push_back({"max_chars_per_second", FormatSeconds(p.max_chars_per_second)});
    out->push_back({"min_chars", std::to_string(p.min_chars)});
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& c = ev.conversation();
    const auto& p = r.Params<RateParams>();
    bool judged = false;
    for (size_t t = 0; t < c.turns.size(); ++t) {
      const auto& turn = c.turns[t];
      if (!SpeakerMatches(r.speaker, turn.speaker)) continue;
      if (!HasTime(turn.start) || !HasTime(turn.end) || turn.end <= turn.start) continue;
      judged = true;
      if (ev.spoken(t) < static_cast<uint32_t>(p.min_chars)) continue;
      const double rate = ev.spoken(t) / (turn.end - turn.start);
      if (rate <= p.max_chars_per_second) continue;
      char buf[16];
      std::snprintf(buf, sizeof buf, "%.1f", rate);
      ev.Emit(ev.MakeAt(
          r,
          FormatMessage(r.message,
                        {{"rate", buf}, {"limit", FormatSeconds(p.max_chars_per_second)}}),
          t, nullptr));
    }
    if (!judged) ev.Skip(r);
  }
};

}  // namespace

const RuleType* RateRuleType() {
  static const RateType type;
  return &type;
}

}  // namespace huashu::rules
