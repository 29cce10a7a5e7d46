// Report writers: json (one document), jsonl (one finding per line), text
// (for people), sarif (for code-scanning tools in CI), html (one offline page
// for a QA lead: overview, per-agent table, filterable findings). Every format
// implements the one ReportWriter interface below.
//
// A run is: Begin(), then each conversation in input order (Add()) and each
// diagnostic in the order it arose (AddDiagnostic()), interleaved, then
// End(summary). Writers stream: a conversation is written (or buffered for a
// block write) when it is added and then forgotten, so memory does not grow
// with the number of conversations. What a format must print after the
// conversations (diagnostics; SARIF's rule table) is kept in a spool that
// moves to a temporary file when it grows, and counts (the rules that fired)
// are kept in memory.
//
// Rendering is split from writing so that worker threads can do it:
// Render() is const and thread-safe; Add() takes its text in input order.
// Write() does both for single-threaded callers.
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

#include "huashu/report/summary.h"
#include "huashu/report/violation.h"

namespace huashu::report {

enum class OutputFormat { kJson, kJsonl, kText, kSarif, kHtml };
std::optional<OutputFormat> ParseOutputFormat(std::string_view s);
// Every name ParseOutputFormat() accepts, in order (usage text, completion).
std::vector<std::string> OutputFormatNames();

struct WriterOptions {
  bool color = false;  // ANSI colour in the text report
  std::string version;
  // Rule metadata for SARIF's rule table: id -> (description, category), for
  // rules that fire but are not in Summary::rules().
  std::map<std::string, std::pair<std::string, std::string>> rules;
  // The project root (huashu check: the directory of the .huashu.yaml in
  // force, else the current directory): SARIF names files relative to it
  // (uriBaseId %SRCROOT%). "": files as given.
  std::string source_root;
  // JSON and JSON Lines: each turn finding carries "context", the sentence
  // around it as the text and HTML reports show it (check --context), so
  // that a merge of reports can show it too. Off by default: it adds 12-18 %
  // to a report of real chats (docs/report.md#merging-shards).
  bool context = false;
};

class ReportWriter {
 public:
  virtual ~ReportWriter() = default;

  // True if the format prints Violation::turn_text / turn_span (the context
  // window around a finding). The check builds them only then.
  virtual bool PrintsContext() const { return false; }

  // Appends the report text for `r` to *out. Thread-safe; may run on any
  // thread, in any order.
  virtual void Render(const ConversationResult& r, std::string* out) const = 0;

  // Starts the report. Called at most once, before anything else; Add(),
  // AddDiagnostic() and End() call it if it was not.
  void Begin();
  // Emits one conversation. `rendered`: what Render(r) produced. Called in
  // input order.
  void Add(const ConversationResult& r, std::string_view rendered);
  // Records a diagnostic (a rejected record, a repaired one, a note).
  void AddDiagnostic(const Diagnostic& d);
  // Closes the report with the run's summary. Called once, last.
  void End(const Summary& summary);

  // Single-threaded conveniences: Render() then Add(); every diagnostic of
  // `diagnostics`, then End().
  void Write(const ConversationResult& r);
  void Finish(const Summary& summary, const std::vector<Diagnostic>& diagnostics);

 protected:
  virtual void OnBegin() = 0;
  virtual void OnConversation(const ConversationResult& r, std::string_view rendered) = 0;
  virtual void OnDiagnostic(const Diagnostic& d) = 0;
  virtual void OnEnd(const Summary& summary) = 0;

 private:
  bool begun_ = false;
};

// Returns a writer of `format` that writes to `out`.
// REQUIRES: `out` stays open until End() returns.
std::unique_ptr<ReportWriter> MakeWriter(OutputFormat format, std::FILE* out,
                                         const WriterOptions& options);

// Appends `s` to *out as a JSON string literal (quotes included).
void AppendJsonString(std::string_view s, std::string* out);
// Appends one violation as a JSON object (the DESIGN.md contract); with
// `context`, a turn finding adds "context": {"text": Violation::turn_text,
// "span": Violation::turn_span or null}.
void AppendViolationJson(const Violation& v, std::string* out, bool context = false);

}  // namespace huashu::report

#endif  // HUASHU_REPORT_WRITER_H_
