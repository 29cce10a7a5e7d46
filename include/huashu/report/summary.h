// Summary: the counts of a run (by rule, category, severity, agent), the
// books applied and the rules in force, accumulated as conversations are
// checked. Every report format prints it at the end.

#ifndef HUASHU_REPORT_SUMMARY_H_
#define HUASHU_REPORT_SUMMARY_H_

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "huashu/base/scoring.h"
#include "huashu/report/violation.h"

namespace huashu::report {

struct AgentSummary {
  int conversations = 0;
  int violations = 0;
  long score_total = 0;
};

// Counts for the summary block, accumulated as conversations are checked.
class Summary {
 public:
  void Add(const ConversationResult& r);
  // Counts a diagnostic; only dropped records count as rejected.
  void AddRejected(const Diagnostic& d) { rejected_ += d.dropped; }
  // Of the rejected, one more conversation with no agent turn (not scored).
  void AddNoAgent() { ++no_agent_; }

  int checked() const { return checked_; }
  int rejected() const { return rejected_; }
  // Conversations not checked because no turn was the agent's (part of rejected()).
  int no_agent() const { return no_agent_; }
  int violations() const { return violations_; }
  int suppressed() const { return suppressed_; }
  const std::map<std::string, int>& by_rule() const { return by_rule_; }
  const std::map<std::string, int>& by_category() const { return by_category_; }
  const std::map<std::string, int>& by_severity() const { return by_severity_; }
  const std::map<std::string, AgentSummary>& by_agent() const { return by_agent_; }
  const std::map<std::string, int>& skipped_rules() const { return skipped_; }
  // Agent turns of the checked conversations (template lines included): the
  // denominator of "fires per 1,000 agent turns" (huashu stats).
  long agent_turns() const { return agent_turns_; }
  // Candidates set aside, by rule and then by allow phrase or condition
  // (ConversationResult::set_aside): which entries of the allow-lists and
  // which conditions did any work in the run.
  const std::map<std::string, std::map<std::string, int>>& set_aside() const { return set_aside_; }
  // Of those, the rules that chose not to judge (an incomplete log), by id.
  const std::map<std::string, int>& not_judged() const { return not_judged_; }
  const std::vector<std::string>& rulebooks() const { return rulebooks_; }
  // The rules in force in the run (rules of every book applied to some
  // conversation), by id; set by whoever ran the books (huashu::check::Audit),
  // or by huashu merge from the reports' summary.rules_in_force (only `book`
  // is known there). SARIF lists them, JSON reports name them by book and
  // the HTML report lists those that never fired. Empty: only the rules
  // that fired are known.
  struct RuleInfo {
    std::string description;
    std::string category;
    std::string clause = {};      // "doc§section; ..." (Violation::clause); empty: no source
    std::string source = {};      // the same for people, with titles and quotes, one per line
    std::string severity = {};    // error | warning | info (SARIF's default level)
    std::string suggestion = {};  // the compliant phrasing (SARIF's help text)
    std::string book = {};        // the book that defines it (rules::Rule::book)
  };
  void AddRule(const std::string& id, RuleInfo info) { rules_.emplace(id, std::move(info)); }
  const std::map<std::string, RuleInfo>& rules() const { return rules_; }
  // Findings left out because a baseline (huashu check --baseline) already
  // holds them; absent when the run had no baseline.
  void set_baselined(int n) { baselined_ = n; }
  const std::optional<int>& baselined() const { return baselined_; }
  // Templates (script files) among the checked, and their lines.
  void AddTemplate(const ConversationResult& r, int lines) {
    ++template_files_;
    template_lines_ += lines;
    template_score_total_ += r.score;
  }
  int template_files() const { return template_files_; }
  int template_lines() const { return template_lines_; }
  // The average over conversations only (templates are not scored in the
  // text report); 100 when there is none.
  double conversation_average_score() const {
    const int n = checked_ - template_files_;
    return n > 0 ? double(score_total_ - template_score_total_) / n : 100.0;
  }
  double average_score() const { return checked_ ? double(score_total_) / checked_ : 100.0; }

  // The scoring models other than the default that scored some conversation
  // (ConversationResult::scoring), each once, in the order first used;
  // empty when every conversation was scored by the default model.
  const std::vector<base::ScoringModel>& scoring() const { return scoring_; }
  void AddScoring(const base::ScoringModel& m) {
    if (!m.IsDefault() && std::find(scoring_.begin(), scoring_.end(), m) == scoring_.end())
      scoring_.push_back(m);
  }
  // Conversations an auto_fail rule failed (ConversationResult::failed_by).
  long failed() const { return failed_; }
  // Counts failed conversations whose results are not at hand (huashu merge).
  void AddFailed(long n) { failed_ += n; }

  // The shards of a `--shard K/N` run a report covers: `count` is N,
  // `covered` the K's (ascending). Absent for a whole run (no --shard, or a
  // complete merge), so such reports keep their exact shape. A check run
  // covers one shard; `huashu merge --allow-partial` those it was given.
  struct Shards {
    uint64_t count = 0;
    std::vector<uint64_t> covered;
  };
  void set_shards(Shards s) { shards_ = std::move(s); }
  const std::optional<Shards>& shards() const { return shards_; }

 private:
  int checked_ = 0, rejected_ = 0, no_agent_ = 0, template_files_ = 0, template_lines_ = 0,
      violations_ = 0, suppressed_ = 0;
  long score_total_ = 0, template_score_total_ = 0, agent_turns_ = 0;
  std::map<std::string, int> by_rule_, by_category_, by_severity_, skipped_, not_judged_;
  std::map<std::string, AgentSummary> by_agent_;
  std::map<std::string, std::map<std::string, int>> set_aside_;
  std::vector<std::string> rulebooks_;
  const std::vector<std::string>* last_books_ = nullptr;
  std::map<std::string, RuleInfo> rules_;
  std::optional<int> baselined_;
  std::vector<base::ScoringModel> scoring_;
  const base::ScoringModel* last_scoring_ = nullptr;
  long failed_ = 0;
  std::optional<Shards> shards_;
};

}  // namespace huashu::report

#endif  // HUASHU_REPORT_SUMMARY_H_
