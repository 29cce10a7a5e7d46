// question: the hit's clause asks something — it ends with a question mark,
// or its last letter is a question particle (吗, 么). A rhetorical 是不是
// is a finding; 请问是不是这个订单？ asked politely may be fine.

#include "clause.h"
#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

class Question final : public HitCondition {
 public:
  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const auto units = ev.Units(c.turn);
    const auto flags = ev.Flags(c.turn);
    uint32_t from, to;
    ClauseAround(units, flags, c.hit->ubegin, c.hit->uend, &from, &to);
    return ClauseAsks(units, flags, from, to, U"吗么嘛");
  }
  std::string Describe(const Rule&) const override { return "所在分句是问句"; }
};

}  // namespace

std::unique_ptr<HitCondition> MakeQuestion(const RuleReader& in, const YAML::Node& item,
                                           std::string_view key, Rule*) {
  if (!in.Bool(item[std::string(key)], key))
    in.Fail(item, "question: false never holds as written; use only_if: [{question: true}]");
  return std::make_unique<Question>();
}

}  // namespace huashu::rules
