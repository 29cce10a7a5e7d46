// Report writers: json (one document), jsonl (one finding per line), text
// (for people), sarif (for code-scanning tools in CI).
//
// Writers stream. Each conversation is rendered to text by Render(), which is
// const and thread-safe so that worker threads can do it, then handed to
// Append() in input order; Finish() closes the report with diagnostics and
// summary. Write() does both for single-threaded callers.

#ifndef HUASHU_REPORT_WRITER_H_
#define HUASHU_REPORT_WRITER_H_

#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/report/violation.h"

namespace huashu::report {

enum class OutputFormat { kJson, kJsonl, kText, kSarif };
std::optional<OutputFormat> ParseOutputFormat(std::string_view s);

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

  int checked() const { return checked_; }
  int rejected() const { return rejected_; }
  int violations() const { return violations_; }
  int suppressed() const { return suppressed_; }
  const std::map<std::string, int>& by_rule() const { return by_rule_; }
  const std::map<std::string, int>& by_category() const { return by_category_; }
  const std::map<std::string, int>& by_severity() const { return by_severity_; }
  const std::map<std::string, AgentSummary>& by_agent() const { return by_agent_; }
  const std::map<std::string, int>& skipped_rules() const { return skipped_; }
  const std::vector<std::string>& rulebooks() const { return rulebooks_; }
  double average_score() const { return checked_ ? double(score_total_) / checked_ : 100.0; }

 private:
  int checked_ = 0, rejected_ = 0, violations_ = 0, suppressed_ = 0;
  long score_total_ = 0;
  std::map<std::string, int> by_rule_, by_category_, by_severity_, skipped_;
  std::map<std::string, AgentSummary> by_agent_;
  std::vector<std::string> rulebooks_;
  const std::vector<std::string>* last_books_ = nullptr;
};

struct WriterOptions {
  bool color = false;  // ANSI colour in the text report
  std::string version;
  // Rule metadata for SARIF's rule table: id -> (description, category).
  std::map<std::string, std::pair<std::string, std::string>> rules;
};

class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  // Appends the report text for `r` to *out. Thread-safe.
  virtual void Render(const ConversationResult& r, std::string* out) const = 0;
  // Emits text from Render(r) (in input order).
  virtual void Append(const ConversationResult& r, std::string_view rendered) = 0;
  void Write(const ConversationResult& r) {
    std::string s;
    Render(r, &s);
    Append(r, s);
  }
  // Closes the report. `diagnostics`: records that could not be read.
  virtual void Finish(const Summary& summary, const std::vector<Diagnostic>& diagnostics) = 0;
};

// REQUIRES: `out` stays open until Finish() returns.
std::unique_ptr<ReportWriter> MakeWriter(OutputFormat format, std::FILE* out,
                                         const WriterOptions& options);

// Appends `s` to *out as a JSON string literal (quotes included).
void AppendJsonString(std::string_view s, std::string* out);
// Appends one violation as a JSON object (the DESIGN.md contract).
void AppendViolationJson(const Violation& v, std::string* out);

}  // namespace huashu::report

#endif  // HUASHU_REPORT_WRITER_H_
