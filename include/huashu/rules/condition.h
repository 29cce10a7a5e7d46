// Conditions: what the text around a phrase hit says about it.
//
// A phrase hit is a candidate. Before a rule counts it, the rule's
// conditions judge it: `unless:` conditions suppress it when any holds,
// `only_if:` conditions keep it only when all hold. A suppressed candidate
// keeps the condition that suppressed it, so explaining why something did
// not fire costs nothing extra.
//
// Each kind of condition is one file in src/rules/conditions/ and one line
// in src/rules/conditions/registry.cc; any rule type that produces hits can
// read `unless:` / `only_if:` with ReadHitConditions().
//
//   unless:
//     - before: [因为, 由于]      # a cue ends <= `within` letters before, same clause
//       within: 6
//     - after: [分钟, 小时]        # a cue starts <= `within` letters after, same clause
//     - turn_has: [抱歉, 建议]     # a cue anywhere in the same turn
//     - previous: [是正品吗]       # a cue in the other speaker's previous turn
//     - echo: true                 # the hit's own words are in that previous turn
//     - question: true             # the hit's clause is a question
//     - clause_start: true         # the hit opens its clause
//     - turn_start: true           # the hit opens the turn
//     - whole_turn: true           # the hit is all the turn says
//     - platform: [jd, taobao]     # the conversation's platform

#ifndef HUASHU_RULES_CONDITION_H_
#define HUASHU_RULES_CONDITION_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/match/matcher.h"
#include "huashu/rules/rule.h"

namespace YAML {
class Node;
}

namespace huashu::rules {

class Evaluation;
class RuleReader;

// One phrase hit being judged: rule `rule` (index into the book) found
// `hit` in turn `turn`.
struct Candidate {
  size_t rule;
  size_t turn;
  const match::Hit* hit;
};

class HitCondition {
 public:
  virtual ~HitCondition() = default;
  // True if the condition holds for `c`. Never allocates per call.
  virtual bool Holds(const Evaluation& ev, const Candidate& c) const = 0;
  // What the condition says, for `rules explain` and suppression reasons
  // ("前 6 字内有「因为」等").
  virtual std::string Describe(const Rule& rule) const = 0;
};

class HitConditions {
 public:
  bool empty() const { return unless_.empty() && only_if_.empty(); }
  // Returns nullptr if `c` counts; otherwise the condition that suppressed
  // it (an `unless` that held, or an `only_if` that did not).
  const HitCondition* Suppressor(const Evaluation& ev, const Candidate& c) const;
  // True if `c` counts. Otherwise records that the rule set it aside and by
  // which condition (rule-noise statistics; the explanation when
  // explaining, with `shown` for a detector's hit) and returns false.
  bool Admit(Evaluation& ev, const Candidate& c, std::string_view shown = {}) const;
  // "unless …" or "only if …" for the suppressor `c` returned by Suppressor.
  std::string Why(const HitCondition& c, const Rule& rule) const;
  // "unless[I]" or "only_if[I]" (0-based) for the suppressor `c`: how
  // rule-noise statistics name a condition (ConversationResult::set_aside).
  std::string Key(const HitCondition& c) const;
  // "unless …; only if …" lines for `rules explain`.
  std::vector<std::string> Describe(const Rule& rule) const;

  std::vector<std::unique_ptr<HitCondition>> unless_;
  std::vector<std::unique_ptr<HitCondition>> only_if_;
};

// Reads the `unless:` and `only_if:` lists of `node` (a rule, or a map inside
// it such as a respond trigger). Cue phrases become kCue lists of *rule.
// Throws RulebookError on an unknown condition or a bad value.
std::shared_ptr<const HitConditions> ReadHitConditions(const RuleReader& in, const YAML::Node& node,
                                                       Rule* rule);

// The keys ReadHitConditions reads, for a type's keys().
inline constexpr std::string_view kUnlessKey = "unless";
inline constexpr std::string_view kOnlyIfKey = "only_if";

}  // namespace huashu::rules

#endif  // HUASHU_RULES_CONDITION_H_
