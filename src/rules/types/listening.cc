// type: listening — on a timed call, the customer speaks for longer than
// max_seconds without a single agent turn (a short 嗯 / 是 / 对 counts) to
// show the agent is listening. Consecutive customer turns with no agent
// turn between them are one stretch of speech.

#include <cmath>

#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "timeline.h"

namespace huashu::rules {
namespace {

using transcript::HasTime;
using transcript::Speaker;

struct ListeningParams : RuleParams {
  double max_seconds = 30;
};

class ListeningType final : public PerRuleType {
 public:
  std::string_view name() const override { return "listening"; }
  std::vector<std::string_view> keys() const override { return {"max_seconds"}; }
  std::vector<std::string_view> placeholders() const override { return {"seconds", "limit"}; }

  void Read(RuleReader& in, Rule* r) const override {
    auto p = std::make_shared<ListeningParams>();
    p->max_seconds = in.NumberOr("max_seconds", 30, 1);
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    out->push_back({"max_seconds", FormatSeconds(r.Params<ListeningParams>().max_seconds)});
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& c = ev.conversation();
    const double limit = r.Params<ListeningParams>().max_seconds;
    if (!TurnsTimed(c)) {
      ev.Skip(r);
      return;
    }
    constexpr size_t kNone = SIZE_MAX;
    size_t first = kNone;  // first customer turn of the current stretch
    double from = 0, to = 0;
    auto close = [&]() {
      if (first != kNone && to - from > limit) {
        ev.Emit(
            ev.MakeAt(r,
                      FormatMessage(r.message, {{"seconds", FormatSeconds(std::round(to - from))},
                                                {"limit", FormatSeconds(limit)}}),
                      first, nullptr));
      }
      first = kNone;
    };
    for (size_t t = 0; t < c.turns.size(); ++t) {
      const auto& turn = c.turns[t];
      if (turn.speaker == Speaker::kCustomer) {
        if (first == kNone) first = t, from = turn.start;
        to = std::max(to, EndOf(turn));
      } else if (SpeakerMatches(r.speaker, turn.speaker)) {
        // An agent turn that starts while the customer is still speaking
        // splits the stretch there.
        if (first != kNone && turn.start < to) to = turn.start;
        close();
      }
    }
    close();
  }
};

}  // namespace

const RuleType* ListeningRuleType() {
  static const ListeningType type;
  return &type;
}

}  // namespace huashu::rules
