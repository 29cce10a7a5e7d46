// The rule-type registry: one line per type. Adding a type is a new file in
// this folder and one line here (docs/architecture.md, "Add a rule type").

#include <algorithm>
#include <array>

#include "huashu/rules/rule_type.h"

namespace huashu::rules {

const RuleType* ForbiddenRuleType();
const RuleType* RequiredRuleType();
const RuleType* PiiRuleType();
const RuleType* RespondRuleType();
const RuleType* EventRuleType();
const RuleType* HoldLimitRuleType();
const RuleType* GapRuleType();
const RuleType* OverlapRuleType();
const RuleType* RateRuleType();
const RuleType* SilentCallRuleType();
const RuleType* AnswerRuleType();
const RuleType* HangupRuleType();
const RuleType* ListeningRuleType();
const RuleType* LateReplyRuleType();
const RuleType* FestivalRuleType();
const RuleType* SurnameRuleType();
const RuleType* WordlessRuleType();
const RuleType* ReadbackRuleType();
const RuleType* RestateRuleType();
const RuleType* RepeatedReplyRuleType();

std::span<const RuleType* const> RuleTypes() {
  // clang-format off
  static const std::array<const RuleType*, 20> types = {
      ForbiddenRuleType(),
      RequiredRuleType(),
      PiiRuleType(),
      RespondRuleType(),
      EventRuleType(),
      HoldLimitRuleType(),
      GapRuleType(),
      OverlapRuleType(),
      RateRuleType(),
      SilentCallRuleType(),
      AnswerRuleType(),
      HangupRuleType(),
      ListeningRuleType(),
      LateReplyRuleType(),
      FestivalRuleType(),
      SurnameRuleType(),
      WordlessRuleType(),
      ReadbackRuleType(),
      RestateRuleType(),
      RepeatedReplyRuleType(),
  };
  // clang-format on
  return types;
}

const RuleType* FindRuleType(std::string_view name) {
  for (const RuleType* t : RuleTypes()) {
    if (t->name() == name) return t;
  }
  return nullptr;
}

}  // namespace huashu::rules
