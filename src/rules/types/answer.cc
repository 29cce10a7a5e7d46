// type: answer — picking up the call: no more than max_rings rings or
// max_seconds after the first ring; a late pick-up needs an apology.

#include <cmath>

#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "timeline.h"

namespace huashu::rules {
namespace {

using transcript::EventType;
using transcript::HasTime;
using transcript::Speaker;

struct AnswerParams : RuleParams {
  int max_rings = 0;       // 0 = not set
  double max_seconds = 0;  // 0 = not set
};

class AnswerType final : public PerRuleType {
 public:
  std::string_view name() const override { return "answer"; }
  std::vector<std::string_view> placeholders() const override { return {"detail"}; }
  std::vector<std::string_view> keys() const override {
    return {"max_rings", "max_seconds", "late_apology"};
  }

  void Read(RuleReader& in, Rule* r) const override {
    const YAML::Node& node = in.rule();
    if (!node["max_rings"] && !node["max_seconds"])
      in.Fail(node, "answer rule needs max_rings or max_seconds");
    auto p = std::make_shared<AnswerParams>();
    if (node["max_rings"]) p->max_rings = in.Integer(node["max_rings"], "max_rings", 1);
    if (node["max_seconds"]) p->max_seconds = in.Number(node["max_seconds"], "max_seconds");
    if (node["late_apology"])
      r->phrases.push_back(
          in.Phrases(node["late_apology"], PhraseRole::kLateApology, "late_apology"));
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    const auto& p = r.Params<AnswerParams>();
    if (p.max_rings) out->push_back({"max_rings", std::to_string(p.max_rings)});
    if (p.max_seconds) out->push_back({"max_seconds", FormatSeconds(p.max_seconds)});
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& p = r.Params<AnswerParams>();
    const auto& c = ev.conversation();
    std::vector<double> rings;
    std::optional<double> answer;
    for (const auto& e : c.events) {
      if (e.type == EventType::kRing && !answer) rings.push_back(e.at);
      if (e.type == EventType::kAnswer && !answer) answer = e.at;
    }
    if (rings.empty()) {
      ev.Skip(r);
      return;
    }
    std::optional<size_t> first_agent;
    for (size_t t = 0; t < c.turns.size() && !first_agent; ++t) {
      if (c.turns[t].speaker == Speaker::kAgent) first_agent = t;
    }
    if (!answer && first_agent) answer = c.turns[*first_agent].start;
    std::string late;
    if (p.max_rings > 0 && rings.size() > static_cast<size_t>(p.max_rings)) {
      late = "振铃 " + std::to_string(rings.size()) + " 声才接听，应不超过 " +
             std::to_string(p.max_rings) + " 声";
    } else if (p.max_seconds > 0 && answer && HasTime(*answer) && HasTime(rings.front()) &&
               *answer - rings.front() > p.max_seconds) {
      late = FormatSeconds(std::round((*answer - rings.front()) * 10) / 10) + " 秒才接听，应在 " +
             FormatSeconds(p.max_seconds) + " 秒内";
    }
    if (late.empty()) return;
    const auto apology = ev.book().Sets(ri, PhraseRole::kLateApology);
    if (!apology.empty() && first_agent && AnyHit(ev, *first_agent, apology)) return;
    if (!apology.empty()) late += "，且接听后未致歉";
    EmitDetail(ev, r, late, answer.value_or(transcript::kNoTime), first_agent);
  }
};

}  // namespace

const RuleType* AnswerRuleType() {
  static const AnswerType type;
  return &type;
}

}  // namespace huashu::rules
