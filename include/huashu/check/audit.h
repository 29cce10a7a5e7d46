// Audit: a whole `huashu check` run as a library.
//
// An Audit owns the run's book set (the embedded books chosen per
// conversation, or the user's rulebook files), loaded and compiled once per
// run, each combination on first use. It consumes conversations from
// readers in input order, checks them on a pool of threads (oneTBB
// parallel_pipeline: an ordered read stage, a parallel check stage, an
// ordered write stage, with a bounded number of batches in flight), and
// hands each result and each diagnostic to an AuditSink, in input order,
// on one thread at a time. It keeps the run's summary (counts by rule,
// category, severity and agent) and counts every diagnostic, keeping the
// first few in memory. Memory does not grow with the input.
//
// Typical use (what `huashu check` does):
//
//   check::AuditOptions options;
//   options.threads = 2;
//   check::Audit audit(options);              // throws on a bad rulebook
//   MySink sink;                              // e.g. forwards to a ReportWriter
//   for (file : files) audit.Run(reader_of(file).get(), &sink);
//   const report::Summary& summary = audit.Finish();
//
// Output is the same whatever `threads` is: results and diagnostics reach the
// sink in input order. Diagnostics of one batch of records (at most 512
// conversations or 4 MB) come in this order: the readers' errors of the
// batch, then, record by record, records that could not be parsed or have
// no agent turn (not checked, not scored: a dropped diagnostic naming the
// speakers seen) and notes on checked conversations (a suppression comment
// that names no rule).
//
// Thread safety: an Audit is used by one thread at a time; Run() uses the
// worker threads internally.

#ifndef HUASHU_CHECK_AUDIT_H_
#define HUASHU_CHECK_AUDIT_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/check/book_selector.h"
#include "huashu/report/summary.h"
#include "huashu/report/violation.h"
#include "huashu/transcript/conversation.h"
#include "huashu/transcript/reader.h"

namespace huashu::check {

// A usage error found while setting up a run (an unknown rule in `disabled`,
// a bad shard). The message is for people.
class AuditError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct AuditOptions {
  // Rulebook files layered in order; empty: the embedded books of the
  // catalogue, chosen per conversation.
  std::vector<std::string> rule_files;
  // Rule ids switched off for the run. Each must name a rule of the books.
  std::set<std::string> disabled;
  // Threads that check conversations, the caller's included; 0: one per core.
  int threads = 0;
  // Check only records shard, shard + shards, ... (records counted from 0
  // over every input of the run, in order). REQUIRES: shard < shards.
  uint64_t shard = 0;
  uint64_t shards = 1;
  // failing() is true once a finding at or above this severity was seen:
  // "error", "warning", "info"; "never": never.
  std::string fail_on = "error";
  // Build each finding's context window (Violation::turn_text): only
  // writers that print it need it (ReportWriter::PrintsContext()).
  bool context = true;
  // How deferred records (JSON Lines) are parsed on the worker threads;
  // give the same options to the readers.
  transcript::ReaderOptions reader;
  // Diagnostics kept in memory (diagnostics()); all are counted.
  size_t kept_diagnostics = 1000;
  // Batches in flight in the pipeline (memory: at most 4 MB of input each);
  // 0: one per thread, at least 2.
  int max_batches = 0;
};

// Receives the run in input order, on one thread at a time.
class AuditSink {
 public:
  virtual ~AuditSink() = default;
  // Called on worker threads, in any order, first: may drop findings of *r
  // that the run does not report (those of a baseline). Whatever it leaves
  // is what the summary counts and --fail-on judges. Must be thread-safe.
  // Default: keeps every finding.
  virtual void Filter(report::ConversationResult* r) const { (void)r; }
  // Called on worker threads, in any order, after Filter(r) and before
  // OnConversation(r):
  // renders whatever the sink will print for `r` into *out, so that this
  // work runs in parallel. Must be thread-safe. Default: nothing.
  virtual void Render(const report::ConversationResult& r, std::string* out) const {
    (void)r, (void)out;
  }
  // One checked conversation. `rendered`: what Render(r) produced.
  virtual void OnConversation(const transcript::Conversation& c,
                              const report::ConversationResult& r, std::string_view rendered) = 0;
  // One diagnostic: a record that could not be read (dropped), repaired
  // input, or a note.
  virtual void OnDiagnostic(const report::Diagnostic& d) = 0;
};

class Audit {
 public:
  // Loads the rulebook files (the embedded books are loaded as
  // conversations need them) and checks `options`. Throws
  // rules::RulebookError for a bad rulebook and AuditError for bad options.
  explicit Audit(AuditOptions options);
  ~Audit();
  Audit(const Audit&) = delete;
  Audit& operator=(const Audit&) = delete;

  // Reads every record of `reader` and checks it (or skips it, by shard),
  // handing results and diagnostics to `sink` in input order. Returns when
  // every record was handed over. May be called once per input: records
  // are counted for the shard over all calls.
  void Run(transcript::ConversationReader* reader, AuditSink* sink);

  // Records a diagnostic about an input as a whole (a file that cannot be
  // opened or read) and hands it to `sink`. Not a rejected record.
  void AddInputDiagnostic(report::Diagnostic d, AuditSink* sink);

  // Ends the run: adds the rules in force (every rule of every book applied)
  // to the summary, and returns it. Call once, after the last Run().
  const report::Summary& Finish();

  // The run so far.
  const report::Summary& summary() const { return summary_; }
  // True if a finding at or above `fail_on` was seen.
  bool failing() const { return failing_; }
  // True if some input could not be read at all (binary, undecodable, a
  // read error): the run must exit 2.
  bool io_error() const { return io_error_; }
  // Diagnostics handed to the sink so far, and the first kept_diagnostics
  // of them.
  uint64_t diagnostic_count() const { return diagnostic_count_; }
  const std::vector<report::Diagnostic>& diagnostics() const { return kept_; }
  // The first internal error (a conversation that could not be checked: a
  // defect, never bad input); empty if none. Such a conversation is not
  // handed to the sink.
  const std::string& failure() const { return error_; }
  // Platforms of conversations that no book of the catalogue covers.
  std::set<std::string> UnknownPlatforms() { return books_->UnknownPlatforms(); }
  // BookSelector::KeepBooksUntilExit: for a process that exits soon after
  // the audit.
  void KeepBooksUntilExit() { books_->KeepBooksUntilExit(); }

 private:
  struct Item;
  struct Batch;
  struct Worker;
  class Pool;

  // Fills *b from `reader` (at most one batch). Returns false at the end of
  // the input.
  bool Read(transcript::ConversationReader* reader, Batch* b);
  bool ReadRecords(transcript::ConversationReader* reader, Batch* b);
  void Process(Item* item, Worker* w, AuditSink* sink) const;
  void Write(Batch* b, AuditSink* sink);
  void Emit(report::Diagnostic d, bool record, AuditSink* sink);
  void NoteOddities(const transcript::Conversation& c, AuditSink* sink);
  static bool NoAgentTurn(const transcript::Conversation& c);
  static std::string SpeakerLabels(const transcript::Conversation& c);
  const std::set<std::string>& KnownRules();

  AuditOptions options_;
  std::unique_ptr<BookSelector> books_;
  std::unique_ptr<Pool> pool_;
  std::optional<std::set<std::string>> known_rules_;
  report::Summary summary_;
  int fail_rank_ = 9;
  bool failing_ = false;
  bool io_error_ = false;
  uint64_t record_ = 0;  // records read over all inputs, for the shard
  uint64_t diagnostic_count_ = 0;
  std::vector<report::Diagnostic> kept_;
  std::string error_;
};

}  // namespace huashu::check

#endif  // HUASHU_CHECK_AUDIT_H_
