#include "huashu/base/scoring.h"

#include <algorithm>
#include <cmath>

namespace huashu::base {

double ScoringModel::Deduction(std::string_view rule, std::string_view severity) const {
  // Severity strings as findings carry them; anything else counts as info,
  // as the score always has.
  const int by_severity = severity == "error"     ? deduct[static_cast<int>(Severity::kError)]
                          : severity == "warning" ? deduct[static_cast<int>(Severity::kWarning)]
                                                  : deduct[static_cast<int>(Severity::kInfo)];
  if (rules.empty()) return by_severity;
  auto it = rules.find(rule);
  if (it == rules.end()) return by_severity;
  if (it->second.deduct) return *it->second.deduct;
  if (it->second.weight) return by_severity * *it->second.weight;
  return by_severity;
}

ScoreOutcome Score(const ScoringModel& model, const std::vector<Violation>& findings) {
  ScoreOutcome out;
  double deducted = 0;
  for (const Violation& v : findings) {
    deducted += model.Deduction(v.rule, v.severity);
    if (model.rules.empty()) continue;
    auto it = model.rules.find(v.rule);
    if (it != model.rules.end() && it->second.auto_fail &&
        std::find(out.failed_by.begin(), out.failed_by.end(), v.rule) == out.failed_by.end())
      out.failed_by.push_back(v.rule);
  }
  if (!out.failed_by.empty()) {
    out.score = model.fail_score;
    return out;
  }
  // Sums of whole points are exact in a double; weights round once, here.
  const double score = std::round(ScoringModel::kFull - deducted);
  out.score = score < model.floor ? model.floor : static_cast<int>(score);
  return out;
}

}  // namespace huashu::base
