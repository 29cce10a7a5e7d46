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
    // The question mark may follow a few noise units (吗~？, 吗 ?).
    for (uint32_t i = to; i < units.size() && i < to + 4; ++i) {
      if (units[i] == '?' || units[i] == 0xFF1F) return true;
      if (IsLetter(flags[i])) break;
    }
    for (uint32_t i = to; i-- > from;) {
      if (!IsLetter(flags[i])) continue;
      return units[i] == U'吗' || units[i] == U'么' || units[i] == U'嘛';
    }
    return false;
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
