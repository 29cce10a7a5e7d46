// turn_has: a cue phrase anywhere in the same turn. A refusal that comes
// with 抱歉 or 建议您; a 稍等 that comes with 请 or 麻烦.

#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

class TurnHas final : public HitCondition {
 public:
  explicit TurnHas(size_t list) : list_(list) {}

  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    return ev.FindHit(c.turn, ev.book().SetOf(c.rule, list_)) != nullptr;
  }
  std::string Describe(const Rule& rule) const override {
    return "同一句话里有" + CueLabel(rule.phrases[list_]);
  }

 private:
  size_t list_;
};

}  // namespace

std::unique_ptr<HitCondition> MakeTurnHas(const RuleReader& in, const YAML::Node& item,
                                          std::string_view key, Rule* rule) {
  return std::make_unique<TurnHas>(AddCueList(in, item[std::string(key)], key, rule));
}

}  // namespace huashu::rules
