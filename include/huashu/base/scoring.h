// The scoring model: how a conversation's findings become its score.
//
// A rulebook may declare one (`scoring:` in the YAML, docs/rulebook.md);
// the default is the model huashu has always used: 100 minus 10 per error,
// 3 per warning and 1 per info finding, at least 0. The model is vocabulary
// of every stage: the rulebook loader builds it, the checker applies it, the
// report shows it when it is not the default.
//
// Not applicable is not a finding: a rule skipped for lack of data or that
// chose not to judge a conversation (skipped_rules, not_judged) produces no
// finding, so it never deducts and never fails a conversation.

#ifndef HUASHU_BASE_SCORING_H_
#define HUASHU_BASE_SCORING_H_

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/base/finding.h"
#include "huashu/base/vocabulary.h"

namespace huashu::base {

// What the model says about one rule (`scoring.rules.ID`). At most one of
// deduct and weight is set.
struct RuleScoring {
  std::optional<int> deduct;     // points per finding, replacing the severity's
  std::optional<double> weight;  // multiplies the severity's deduction
  bool auto_fail = false;        // one finding fails the conversation
  bool operator==(const RuleScoring&) const = default;
};

struct ScoringModel {
  static constexpr int kFull = 100;  // the score of a conversation with no finding

  // Points per finding by severity, indexed by Severity (info, warning, error).
  std::array<int, 3> deduct = {1, 3, 10};
  int floor = 0;       // a score never goes below it (an auto-fail aside)
  int fail_score = 0;  // the score of a conversation an auto_fail rule failed
  std::map<std::string, RuleScoring, std::less<>> rules;  // by rule id

  bool operator==(const ScoringModel&) const = default;
  // True for the model of a book without `scoring:`.
  bool IsDefault() const { return *this == ScoringModel{}; }

  // The points one finding of `rule` at `severity` costs.
  double Deduction(std::string_view rule, std::string_view severity) const;
};

// A conversation's score under a model.
struct ScoreOutcome {
  int score = ScoringModel::kFull;
  // The auto_fail rules that fired, in the order of their first finding;
  // empty when the conversation did not fail.
  std::vector<std::string> failed_by;
};

// Scores the findings of one conversation: kFull minus the sum of their
// deductions (rounded to the nearest point), at least `floor`; fail_score
// if a finding is of an auto_fail rule. The default model gives exactly
// 100 - 10 x errors - 3 x warnings - 1 x infos, at least 0.
ScoreOutcome Score(const ScoringModel& model, const std::vector<Violation>& findings);

}  // namespace huashu::base

#endif  // HUASHU_BASE_SCORING_H_
