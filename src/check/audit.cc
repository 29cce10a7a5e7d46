#include "huashu/check/audit.h"

#include <tbb/enumerable_thread_specific.h>
#include <tbb/global_control.h>
#include <tbb/info.h>
#include <tbb/parallel_for.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <mutex>
#include <optional>
#include <thread>

#include "huashu/base/messages.h"
#include "huashu/match/pii.h"
#include "huashu/rules/rule.h"

namespace huashu::check {
namespace {

// A batch (one pipeline token) holds at most this many conversations or
// bytes of text.
constexpr size_t kBatchConversations = 512;
constexpr size_t kBatchBytes = 4 << 20;
// Reused items keep the capacity of the largest record, finding list and
// rendered text each has held, which grows with the input as its largest
// records come by; a batch frees its items after this many uses, so that
// memory follows the recent records rather than the largest of the run.
constexpr size_t kBatchReuses = 16;

int SeverityRank(std::string_view s) {
  return s == "error" ? 3 : s == "warning" ? 2 : s == "info" ? 1 : 9;
}

}  // namespace

// One record on its way through the pipeline: read (raw JSON text, or an
// already parsed conversation), then parsed, checked and rendered on a
// worker, then handed to the sink in input order.
struct Audit::Item {
  std::string raw;  // deferred record text (JSON Lines); empty when parsed
  transcript::SourceRef where;
  transcript::Conversation conversation;
  std::string error;  // the record could not be parsed
  std::string fatal;  // the conversation could not be checked (a defect)
  report::ConversationResult result;
  std::string rendered;
};

struct Audit::Batch {
  std::vector<Item> items;  // reused: only the first `count` are this batch's
  size_t count = 0;
  size_t uses = 0;
  std::vector<transcript::ReadError> errors;  // the reader's, while reading this batch
};

// A worker thread's reusable state.
struct Audit::Worker {
  CheckScratch scratch;
  transcript::JsonlRecordParser parser;
};

// The threads, the per-thread state and the batches, reused between Run()s.
class Audit::Pool {
 public:
  // oneTBB allows one thread per core unless told otherwise; -j may ask for
  // more. (The smallest of the limits alive applies, so only raise it.)
  explicit Pool(int threads) : arena(threads) {
    if (threads > tbb::info::default_concurrency())
      limit.emplace(tbb::global_control::max_allowed_parallelism, threads);
  }
  std::optional<tbb::global_control> limit;
  tbb::task_arena arena;
  tbb::enumerable_thread_specific<Worker> workers;
  std::mutex mu;
  std::vector<std::unique_ptr<Batch>> free;  // guarded by mu

  Batch* Take() {
    std::lock_guard<std::mutex> lock(mu);
    if (free.empty()) return new Batch;
    Batch* b = free.back().release();
    free.pop_back();
    return b;
  }
  void Give(Batch* b) {
    std::lock_guard<std::mutex> lock(mu);
    free.emplace_back(b);
  }
};

Audit::Audit(AuditOptions options) : options_(std::move(options)) {
  if (options_.shards == 0 || options_.shard >= options_.shards)
    throw AuditError("--shard takes K/N with 0 <= K < N");
  fail_rank_ = SeverityRank(options_.fail_on);
  // A shard's report says which shard it is, for huashu merge.
  if (options_.shards > 1) summary_.set_shards({options_.shards, {options_.shard}});
  for (const std::string& id : options_.disabled) {
    if (!KnownRules().count(id)) throw AuditError(base::Msg("audit.disable_unknown", {id}));
  }
  CheckOptions check;
  check.context = options_.context;
  books_ = options_.rule_files.empty()
               ? std::make_unique<BookSelector>(options_.disabled, check)
               : std::make_unique<BookSelector>(options_.rule_files, options_.disabled, check);
  int threads = options_.threads > 0
                    ? options_.threads
                    : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  options_.threads = threads;
  if (options_.max_batches <= 0) options_.max_batches = std::max(2, threads);
  pool_ = std::make_unique<Pool>(threads);
}

Audit::~Audit() = default;

const std::set<std::string>& Audit::KnownRules() {
  if (!known_rules_) known_rules_ = BookSelector::KnownRuleIds(options_.rule_files);
  return *known_rules_;
}

bool Audit::Read(transcript::ConversationReader* reader, Batch* b) {
  const bool more = ReadRecords(reader, b);
  reader->TakeErrors(&b->errors);  // notes, over-long records, read errors
  return more;
}

bool Audit::ReadRecords(transcript::ConversationReader* reader, Batch* b) {
  const bool deferred = reader->deferred();
  if (++b->uses % kBatchReuses == 0) b->items.clear();
  b->count = 0;
  b->errors.clear();
  size_t bytes = 0;
  while (b->count < kBatchConversations && bytes < kBatchBytes) {
    if (b->items.size() <= b->count) b->items.emplace_back();
    Item& item = b->items[b->count];
    item.error.clear();
    item.fatal.clear();
    if (deferred) {
      if (!reader->NextRaw(&item.raw, &item.where)) return false;
      if (record_++ % options_.shards != options_.shard) continue;
      bytes += item.raw.size();
    } else {
      item.raw.clear();
      if (!reader->Next(&item.conversation, &b->errors)) return false;
      if (record_++ % options_.shards != options_.shard) continue;
      for (const auto& t : item.conversation.turns) bytes += t.text.size();
    }
    ++b->count;
  }
  return true;
}

void Audit::Process(Item* item, Worker* w, AuditSink* sink) const {
  try {
    item->rendered.clear();
    if (!item->raw.empty() && !w->parser.Parse(item->raw, item->where, options_.reader,
                                               &item->conversation, &item->error)) {
      return;
    }
    books_->For(item->conversation).Check(item->conversation, &w->scratch, &item->result);
    sink->Filter(&item->result);
    sink->Render(item->result, &item->rendered);
  } catch (const std::exception& e) {
    item->fatal = e.what();
  }
}

void Audit::Emit(report::Diagnostic d, bool record, AuditSink* sink) {
  // Every diagnostic of a run passes here on its way to standard error and
  // the reports: personal data a reader quoted (a field, a line) is masked
  // whatever the reader did with it.
  match::MaskInPlace(&d.message);
  if (record) summary_.AddRejected(d);
  ++diagnostic_count_;
  sink->OnDiagnostic(d);
  if (kept_.size() < options_.kept_diagnostics) kept_.push_back(std::move(d));
}

// True for a conversation in which no turn was recognised as the agent's
// (wrong --agent-pattern or --agent-speaker?): it is not scored.
bool Audit::NoAgentTurn(const transcript::Conversation& c) {
  return c.kind == transcript::Kind::kConversation && !c.turns.empty() &&
         std::none_of(c.turns.begin(), c.turns.end(), [](const transcript::Turn& t) {
           return t.speaker == transcript::Speaker::kAgent;
         });
}

// The speakers of a conversation as its input named them (sender names of a
// chat export, speaker roles otherwise), each once, at most eight.
std::string Audit::SpeakerLabels(const transcript::Conversation& c) {
  std::vector<std::string> seen;
  for (const transcript::Turn& t : c.turns) {
    // Sender names come from the input and may be a phone number: quoted
    // the way every diagnostic quotes input (digits masked, length bounded).
    std::string label =
        t.label.empty() ? std::string(base::Name(t.speaker)) : transcript::QuoteField(t.label);
    if (std::find(seen.begin(), seen.end(), label) != seen.end()) continue;
    if (seen.size() == 8) {
      seen.push_back("…");
      break;
    }
    seen.push_back(std::move(label));
  }
  std::string out;
  for (const std::string& s : seen) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// Things worth a note that are not errors: a suppression comment naming no
// known rule (a typo that suppresses nothing). Rule ids are loaded only when
// a suppression comment needs them.
void Audit::NoteOddities(const transcript::Conversation& c, AuditSink* sink) {
  for (const auto& s : c.suppressions) {
    if (s.rule.empty() || KnownRules().count(s.rule)) continue;
    uint32_t line = c.source.line;
    if (s.turn > 0 && s.turn <= c.turns.size()) line = c.turns[s.turn - 1].line;
    Emit({c.source.file, line > 0 ? line - 1 : 0, 0,
          base::Msg("audit.unknown_suppression", {s.rule}), false},
         false, sink);
  }
}

void Audit::Write(Batch* b, AuditSink* sink) {
  for (const transcript::ReadError& e : b->errors) {
    // Unreadable input (binary, undecodable, a failing device) is an I/O
    // error of the run, not a rejected record.
    io_error_ = io_error_ || e.io;
    Emit({e.file, e.line, e.column, e.message, e.dropped}, !e.io, sink);
  }
  for (size_t i = 0; i < b->count; ++i) {
    Item& item = b->items[i];
    if (!item.fatal.empty()) {
      if (error_.empty()) error_ = item.fatal;
      continue;
    }
    if (!item.error.empty()) {
      Emit({item.where.file, item.where.line, 0, item.error}, true, sink);
      continue;
    }
    if (NoAgentTurn(item.conversation)) {
      // Not a clean pass: not scored, not handed on, counted as not checked.
      const transcript::Conversation& c = item.conversation;
      Emit({c.source.file, c.source.line, 0, base::Msg("audit.no_agent", {c.id, SpeakerLabels(c)}),
            true},
           true, sink);
      summary_.AddNoAgent();
      continue;
    }
    NoteOddities(item.conversation, sink);
    summary_.Add(item.result);
    if (item.conversation.kind == transcript::Kind::kTemplate)
      summary_.AddTemplate(item.result, static_cast<int>(item.conversation.turns.size()));
    for (const auto& v : item.result.violations)
      failing_ = failing_ || SeverityRank(v.severity) >= fail_rank_;
    sink->OnConversation(item.conversation, item.result, item.rendered);
  }
}

void Audit::Run(transcript::ConversationReader* reader, AuditSink* sink) {
  bool more = true;
  Pool& pool = *pool_;
  pool.arena.execute([&] {
    tbb::parallel_pipeline(
        static_cast<size_t>(options_.max_batches),
        tbb::make_filter<void, Batch*>(tbb::filter_mode::serial_in_order,
                                       [&](tbb::flow_control& fc) -> Batch* {
                                         if (!more) {
                                           fc.stop();
                                           return nullptr;
                                         }
                                         Batch* b = pool.Take();
                                         more = Read(reader, b);
                                         return b;
                                       }) &
            tbb::make_filter<Batch*, Batch*>(tbb::filter_mode::parallel,
                                             [&](Batch* b) {
                                               tbb::parallel_for(
                                                   tbb::blocked_range<size_t>(0, b->count, 8),
                                                   [&](const tbb::blocked_range<size_t>& r) {
                                                     Worker& w = pool.workers.local();
                                                     for (size_t i = r.begin(); i < r.end(); ++i)
                                                       Process(&b->items[i], &w, sink);
                                                   });
                                               return b;
                                             }) &
            tbb::make_filter<Batch*, void>(tbb::filter_mode::serial_in_order, [&](Batch* b) {
              Write(b, sink);
              pool.Give(b);
            }));
  });
}

void Audit::AddInputDiagnostic(report::Diagnostic d, AuditSink* sink) {
  Emit(std::move(d), false, sink);
}

const report::Summary& Audit::Finish() {
  for (const rules::CompiledRulebook* book : books_->UsedBooks()) {
    for (const rules::Rule& r : book->rules()) {
      std::string source;
      for (const rules::RuleSource& s : r.sources) {
        if (!source.empty()) source += '\n';
        source += s.Describe();
      }
      summary_.AddRule(
          r.id, {r.description, std::string(rules::Name(r.category)), r.clause, std::move(source),
                 std::string(rules::Name(r.severity)), r.suggestion, r.book});
    }
  }
  return summary_;
}

}  // namespace huashu::check
