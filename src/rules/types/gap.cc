// type: gap — the agent's reply comes more than max_seconds after the
// customer (dead air on calls, late replies in chats); time on hold or on
// mute does not count. first_only: judge only the first reply.
// not_judged_if: the logs whose replies cannot be judged this way (an
// excerpt's first reply is not the conversation's first reply).

#include <cmath>

#include "../conditions/log_state.h"
#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "timeline.h"

namespace huashu::rules {
namespace {

using transcript::Speaker;

struct GapParams : RuleParams {
  double max_seconds = 0;
  bool first_only = false;
  LogStates not_judged_if;
};

class GapType final : public PerRuleType {
 public:
  std::string_view name() const override { return "gap"; }
  std::vector<std::string_view> placeholders() const override { return {"seconds", "limit"}; }
  std::vector<std::string_view> keys() const override {
    return {"max_seconds", "first_only", "not_judged_if"};
  }

  void Read(RuleReader& in, Rule* r) const override {
    if (!in.rule()["max_seconds"]) in.Fail(in.rule(), "gap rule needs max_seconds");
    auto p = std::make_shared<GapParams>();
    p->max_seconds = in.Number(in.rule()["max_seconds"], "max_seconds", 0);
    p->first_only = in.BoolOr("first_only", false);
    p->not_judged_if = ReadLogStates(in, in.rule()["not_judged_if"], r);
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    const auto& p = r.Params<GapParams>();
    out->push_back({"max_seconds", FormatSeconds(p.max_seconds)});
    if (p.first_only) out->push_back({"first_only", "true"});
    p.not_judged_if.Describe(r, out);
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& c = ev.conversation();
    const auto& p = r.Params<GapParams>();
    if (!TurnsTimed(c)) {
      ev.Skip(r);
      return;
    }
    if (const std::string* reason = p.not_judged_if.Holds(ev, ri)) {
      ev.NotJudged(r, *reason);
      return;
    }
    for (const ReplyWait& w : ReplyWaits(c, r.speaker)) {
      if (w.wait > p.max_seconds) {
        ev.Emit(ev.MakeAt(
            r,
            FormatMessage(r.message, {{"seconds", FormatSeconds(std::round(w.wait * 10) / 10)},
                                      {"limit", FormatSeconds(p.max_seconds)}}),
            w.reply, nullptr));  // at the reply that came too late
      }
      if (p.first_only) return;
    }
  }
};

}  // namespace

const RuleType* GapRuleType() {
  static const GapType type;
  return &type;
}

}  // namespace huashu::rules
