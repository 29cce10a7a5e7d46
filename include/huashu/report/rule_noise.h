// Rule-noise statistics: how often each rule fires, on how many
// conversations, and — when reviewers judged a sample of findings — how
// often it was right. Computed from reports (huashu stats), never from
// conversations, so a day's audit can be judged after the fact and from
// several reports (shards) at once.

#ifndef HUASHU_REPORT_RULE_NOISE_H_
#define HUASHU_REPORT_RULE_NOISE_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "huashu/report/report_reader.h"

namespace huashu::report {

// A rule of the books in force, as the statistics need it.
struct RuleInForce {
  std::string id;
  std::string category;
  std::string severity;
  std::vector<std::string> allow;  // allow-list entries, as written
  // Conditions that can set a candidate aside: key ("unless[0]",
  // "only_if[1]", as in Summary::set_aside) and what it says.
  std::vector<std::pair<std::string, std::string>> conditions;
};

// One rule's line of the statistics.
struct RuleNoise {
  std::string rule;
  std::string category;
  std::string severity;
  long fires = 0;
  long conversations = 0;  // conversations (or template files) it fired on
  double per_1k_conversations = 0;
  std::optional<double> per_1k_agent_turns;      // unknown when a report lacks agent turns
  double share = 0;                              // conversations / conversations checked, 0..1
  long true_positives = 0, false_positives = 0;  // reviewers' verdicts
  std::optional<double> precision;               // tp / (tp + fp); none when nothing was reviewed
  bool in_books = true;                          // false: fired but not a rule of the books given
};

// An allow-list entry or a condition that set nothing aside in the run.
struct IdleSuppressor {
  std::string rule;
  std::string key;          // "allow:PHRASE", "unless[0]", ...
  std::string description;  // the phrase, or what the condition says
};

class RuleNoiseStats {
 public:
  // Adds one report: its totals (ReadReport's result), after its findings.
  void AddReport(const ReportTotals& totals);
  // Adds one finding, in report order (a conversation's findings together:
  // a run of findings with the same file and conversation is one conversation).
  void AddFinding(const Violation& v);
  // Adds a reviewer's verdict on a finding of `rule`.
  void AddVerdict(const std::string& rule, bool true_positive);

  long checked() const { return checked_; }
  // Agent turns over all reports; none if some report does not carry them.
  std::optional<long> agent_turns() const;
  long findings() const { return findings_; }
  long reviewed() const { return reviewed_; }

  // One line per rule that fired or was reviewed, most fires first (then by
  // id). `rules`: the books in force (category and severity for rules with
  // no finding; in_books); nullptr: unknown.
  std::vector<RuleNoise> Rows(const std::vector<RuleInForce>* rules) const;
  // Rules of `rules` with no finding in any report, by id.
  std::vector<std::string> NeverFired(const std::vector<RuleInForce>& rules) const;
  // Allow-list entries and conditions of `rules` that set nothing aside;
  // none (nullopt) when some report does not record what was set aside.
  std::optional<std::vector<IdleSuppressor>> NeverSetAside(
      const std::vector<RuleInForce>& rules) const;

 private:
  struct PerRule {
    std::string category, severity;
    long fires = 0, conversations = 0, tp = 0, fp = 0;
    std::string last_conversation;  // file + '\n' + id of the last finding
  };
  std::map<std::string, PerRule> rules_;
  std::map<std::string, std::map<std::string, long>> set_aside_;
  long checked_ = 0, agent_turns_ = 0, findings_ = 0, reviewed_ = 0;
  bool turns_known_ = true, set_aside_known_ = true;
  int reports_ = 0;
};

}  // namespace huashu::report

#endif  // HUASHU_REPORT_RULE_NOISE_H_
