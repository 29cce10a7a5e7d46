// type: late_reply — every reply of the agent, not only the first, that
// comes more than max_seconds after the customer wrote must open with an
// apology for the wait (late_apology). The wait is measured as `gap`
// measures it (chats from the first unanswered message, calls from the end
// of the customer's words, time on hold or mute not counted); the apology
// may stand in the late turn or in the agent's messages sent right after
// it, before the customer writes again.

#include <cmath>

#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "timeline.h"

namespace huashu::rules {
namespace {

using transcript::Speaker;

struct LateReplyParams : RuleParams {
  double max_seconds = 0;
};

class LateReplyType final : public PerRuleType {
 public:
  std::string_view name() const override { return "late_reply"; }
  std::vector<std::string_view> placeholders() const override { return {"seconds", "limit"}; }
  std::vector<std::string_view> keys() const override { return {"max_seconds", "late_apology"}; }

  void Read(RuleReader& in, Rule* r) const override {
    const YAML::Node& node = in.rule();
    if (!node["max_seconds"]) in.Fail(node, "late_reply rule needs max_seconds");
    if (!node["late_apology"]) in.Fail(node, "late_reply rule needs late_apology: [...]");
    auto p = std::make_shared<LateReplyParams>();
    p->max_seconds = in.Number(node["max_seconds"], "max_seconds", 0);
    r->phrases.push_back(
        in.Phrases(node["late_apology"], PhraseRole::kLateApology, "late_apology"));
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    out->push_back({"max_seconds", FormatSeconds(r.Params<LateReplyParams>().max_seconds)});
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& c = ev.conversation();
    const double limit = r.Params<LateReplyParams>().max_seconds;
    if (!TurnsTimed(c)) {
      ev.Skip(r);  // reported as lacking times, like every timed rule
      return;
    }
    const auto apology = ev.book().Sets(ri, PhraseRole::kLateApology);
    for (const ReplyWait& w : ReplyWaits(c, r.speaker)) {
      if (w.wait <= limit) continue;
      // The reply may be several messages: any of them may apologise.
      bool apologised = false;
      for (size_t u = w.reply; u < c.turns.size() && c.turns[u].speaker != Speaker::kCustomer;
           ++u) {
        if (SpeakerMatches(r.speaker, c.turns[u].speaker) && AnyHit(ev, u, apology)) {
          apologised = true;
          break;
        }
      }
      if (apologised) continue;
      ev.Emit(ev.MakeAt(
          r,
          FormatMessage(r.message, {{"seconds", FormatSeconds(std::round(w.wait * 10) / 10)},
                                    {"limit", FormatSeconds(limit)}}),
          w.reply, nullptr));
    }
  }
};

}  // namespace

const RuleType* LateReplyRuleType() {
  static const LateReplyType type;
  return &type;
}

}  // namespace huashu::rules
