#include "huashu/report/summary.h"

#include <algorithm>

namespace huashu::report {

void Summary::Add(const ConversationResult& r) {
  ++checked_;
  suppressed_ += r.suppressed;
  score_total_ += r.score;
  failed_ += !r.failed_by.empty();
  if (r.scoring && r.scoring != last_scoring_) {
    last_scoring_ = r.scoring;
    AddScoring(*r.scoring);
  }
  violations_ += static_cast<int>(r.violations.size());
  for (const Violation& v : r.violations) {
    ++by_rule_[v.rule];
    ++by_category_[v.category];
    ++by_severity_[v.severity];
  }
  for (const std::string& id : r.skipped_rules) ++skipped_[id];
  agent_turns_ += r.agent_turns;
  for (const auto& a : r.set_aside) ++set_aside_[a.rule][a.by];
  for (const auto& n : r.not_judged) ++not_judged_[n.rule];
  const std::string agent =
      r.agent_id.empty() ? (r.agent_name.empty() ? "(unknown)" : r.agent_name) : r.agent_id;
  AgentSummary& a = by_agent_[agent];
  ++a.conversations;
  a.violations += static_cast<int>(r.violations.size());
  a.score_total += r.score;
  if (r.rulebooks && r.rulebooks != last_books_) {
    last_books_ = r.rulebooks;
    for (const std::string& b : *r.rulebooks) {
      if (std::find(rulebooks_.begin(), rulebooks_.end(), b) == rulebooks_.end())
        rulebooks_.push_back(b);
    }
  }
}

}  // namespace huashu::report
