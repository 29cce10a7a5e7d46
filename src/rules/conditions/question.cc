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
    if (!ClauseAsks(units, flags, from, to, U"吗么嘛")) return false;
    // Speech-recognition text has no clause marks, so a whole turn reads as
    // one clause and a 对吗 at its end would make every word in it "asked"
    // (回头经理会联系您 请问回电打这个号码可以吗). In such a run-on clause
    // the question reaches back only kQuestionReach letters from its end.
    const uint32_t after = LettersBetween(flags, c.hit->uend, to);
    return after <= kQuestionReach || LettersBetween(flags, from, to) <= kRunOnClause;
  }
  std::string Describe(const Rule&) const override { return "所在分句是问句"; }

 private:
  static constexpr uint32_t kQuestionReach = 16;  // letters from the hit to the clause's end
  static constexpr uint32_t kRunOnClause = 30;    // a typed clause is rarely longer
};

}  // namespace

std::unique_ptr<HitCondition> MakeQuestion(const RuleReader& in, const YAML::Node& item,
                                           std::string_view key, Rule*) {
  if (!in.Bool(item[std::string(key)], key))
    in.Fail(item, "question: false never holds as written; use only_if: [{question: true}]");
  return std::make_unique<Question>();
}

}  // namespace huashu::rules
