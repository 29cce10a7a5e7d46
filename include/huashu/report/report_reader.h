// Reading back a report of `huashu check` (-o json or -o jsonl), for the
// commands that work on reports rather than on conversations (huashu stats,
// huashu sample).
//
// The reader streams: a JSON report is read one line (one conversation) at a
// time, as huashu check writes it, so memory does not grow with the report.
// A JSON report reformatted by another tool (one document over many lines)
// is read whole instead.

#ifndef HUASHU_REPORT_REPORT_READER_H_
#define HUASHU_REPORT_REPORT_READER_H_

#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "huashu/report/violation.h"

namespace huashu::report {

// A file that cannot be read or is not a report of huashu check. what()
// starts with "path:" (and "line:" when one line is at fault).
class ReportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One finding read back, with the conversation it belongs to.
struct ReportFinding {
  Violation violation;  // the report's fields (turn_text and turn_span are not in reports)
  // The agent of its conversation as the summary names agents (id, else
  // name, else "(unknown)"); "" when the report does not say (JSON Lines
  // reports list findings without their conversation).
  std::string agent;
};

// What the summary of a report says, for rates and rule-noise statistics.
struct ReportTotals {
  long checked = 0;                     // conversations (and template files) checked
  std::optional<long> agent_turns;      // absent in older reports
  std::map<std::string, long> by_rule;  // findings per rule
  // Candidates set aside per rule and allow phrase or condition
  // (Summary::set_aside); absent in older reports.
  std::optional<std::map<std::string, std::map<std::string, long>>> set_aside;
  std::vector<std::string> rulebooks;  // books applied (JSON reports only)
  bool jsonl = false;                  // the report was JSON Lines
};

// Reads the report at `path` (JSON or JSON Lines, told by the content),
// calling `on_finding` for each finding in report order (a conversation's
// findings together), and returns its summary. Throws ReportError.
ReportTotals ReadReport(const std::string& path,
                        const std::function<void(const ReportFinding&)>& on_finding);

}  // namespace huashu::report

#endif  // HUASHU_REPORT_REPORT_READER_H_
