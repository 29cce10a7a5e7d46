// huashu check: read -> check (in parallel, by batch) -> write in input order.

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <utility>

#include "commands.h"
#include "huashu/check/book_selector.h"
#include "huashu/report/writer.h"
#include "huashu/rules/embedded.h"
#include "huashu/transcript/input_set.h"
#include "huashu/transcript/reader.h"

namespace huashu::cli {
namespace {

using transcript::Conversation;

// One record on its way through the pipeline. The main thread reads it (raw
// JSON text, or an already parsed conversation); a worker parses, checks
// and renders it; the main thread writes it out in input order.
struct Item {
  std::string raw;  // deferred record text (JSON Lines); empty when parsed
  transcript::SourceRef where;
  Conversation conversation;
  std::string error;  // the record could not be parsed
  report::ConversationResult result;
  std::string rendered;
};

// Workers of one batch at a time. Results come back in input order
// whatever the thread count. The calling thread is one of the `threads`:
// it reads the next batch while the others work, then helps finish.
class BatchPool {
 public:
  BatchPool(int threads, check::BookSelector* books, const report::ReportWriter* writer,
            const transcript::ReaderOptions* options)
      : books_(books), writer_(writer), options_(options) {
    for (int i = 1; i < threads; ++i) workers_.emplace_back([this] { Work(); });
  }
  ~BatchPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    start_.notify_all();
    for (auto& w : workers_) w.join();
  }

  // Starts processing items[0, n). Returns at once.
  // REQUIRES: the previous batch has been waited for.
  void Submit(std::vector<Item>* items, size_t n) {
    auto batch = std::make_shared<Batch>();
    batch->items = items;
    batch->count = n;
    batch->pending = n;
    std::lock_guard<std::mutex> lock(mu_);
    batch_ = std::move(batch);
    start_.notify_all();
  }
  // Helps with the submitted batch, then waits until it is done. Returns
  // the first error, if any.
  std::string Wait() {
    std::shared_ptr<Batch> batch;
    {
      std::lock_guard<std::mutex> lock(mu_);
      batch = batch_;
    }
    if (batch) Drain(batch, &scratch_, &parser_);
    std::unique_lock<std::mutex> lock(mu_);
    done_.wait(lock, [&] { return !batch_ || batch_->pending == 0; });
    return std::exchange(error_, {});
  }

 private:
  // One submitted batch. Workers hold it by shared_ptr, so a worker that is
  // slow to notice the end of a batch can never touch the next one's
  // counters.
  struct Batch {
    std::vector<Item>* items = nullptr;
    size_t count = 0;
    std::atomic<size_t> next{0};
    size_t pending = 0;  // guarded by mu_
  };

  void Work() {
    check::CheckScratch scratch;
    transcript::JsonlRecordParser parser;
    std::shared_ptr<Batch> seen;
    while (true) {
      std::shared_ptr<Batch> batch;
      {
        std::unique_lock<std::mutex> lock(mu_);
        start_.wait(lock, [&] { return stop_ || (batch_ && batch_ != seen); });
        if (stop_) return;
        batch = seen = batch_;
      }
      Drain(batch, &scratch, &parser);
    }
  }

  // Processes items of `batch` until none is left to take.
  void Drain(const std::shared_ptr<Batch>& batch, check::CheckScratch* scratch,
             transcript::JsonlRecordParser* parser) {
    size_t finished = 0;
    while (true) {
      const size_t i = batch->next.fetch_add(1);
      if (i >= batch->count) break;
      Process(&(*batch->items)[i], scratch, parser);
      ++finished;
    }
    if (finished == 0) return;
    std::lock_guard<std::mutex> lock(mu_);
    batch->pending -= finished;
    if (batch->pending == 0) done_.notify_all();
  }

  void Process(Item* item, check::CheckScratch* scratch, transcript::JsonlRecordParser* parser) {
    try {
      item->error.clear();
      item->rendered.clear();
      if (!item->raw.empty() &&
          !parser->Parse(item->raw, item->where, *options_, &item->conversation, &item->error)) {
        return;
      }
      books_->For(item->conversation).Check(item->conversation, scratch, &item->result);
      writer_->Render(item->result, &item->rendered);
    } catch (const std::exception& e) {
      std::lock_guard<std::mutex> lock(mu_);
      if (error_.empty()) error_ = e.what();
    }
  }

  check::BookSelector* books_;
  const report::ReportWriter* writer_;
  const transcript::ReaderOptions* options_;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable start_, done_;
  std::shared_ptr<Batch> batch_;  // guarded by mu_
  check::CheckScratch scratch_;   // the calling thread's, for Wait()
  transcript::JsonlRecordParser parser_;
  bool stop_ = false;
  std::string error_;
};

// Things worth a note that are not errors: a conversation in which no turn
// was recognised as the agent's (wrong --agent-pattern or --agent-speaker?),
// and a suppression comment naming no known rule (a typo that suppresses
// nothing).
// `known_rules` returns every rule id that could apply; it loads them on
// first call, so runs without suppression comments never pay for it.
void NoteOddities(const Item& item,
                  const std::function<const std::set<std::string>&()>& known_rules,
                  std::vector<report::Diagnostic>* diagnostics) {
  const Conversation& c = item.conversation;
  if (c.kind == transcript::Kind::kConversation && !c.turns.empty() &&
      std::none_of(c.turns.begin(), c.turns.end(), [](const transcript::Turn& t) {
        return t.speaker == transcript::Speaker::kAgent;
      })) {
    diagnostics->push_back({c.source.file, c.source.line, 0,
                            "conversation '" + c.id +
                                "' has no agent turn: agent rules did not run (check "
                                "--agent-pattern or --agent-speaker)",
                            false});
  }
  for (const auto& s : c.suppressions) {
    if (s.rule.empty() || known_rules().count(s.rule)) continue;
    uint32_t line = c.source.line;
    if (s.turn > 0 && s.turn <= c.turns.size()) line = c.turns[s.turn - 1].line;
    diagnostics->push_back({c.source.file, line > 0 ? line - 1 : 0, 0,
                            "huashu-ignore-next-line names no known rule '" + s.rule + "'",
                            false});
  }
}

constexpr size_t kBatchConversations = 512;
constexpr size_t kBatchBytes = 4 << 20;

bool AtLeast(const std::string& severity, const std::string& threshold) {
  auto rank = [](const std::string& s) {
    return s == "error" ? 3 : s == "warning" ? 2 : s == "info" ? 1 : 9;
  };
  return rank(severity) >= rank(threshold);
}

}  // namespace

int RunCheck(const CheckOptions& o) {
  std::unique_ptr<check::BookSelector> books;
  report::WriterOptions wopts;
  wopts.version = HUASHU_VERSION;
  uint64_t shard = 0, shards = 1;
  if (!o.shard.empty()) {
    unsigned long long k = 0, n = 0;
    char tail;
    if (std::sscanf(o.shard.c_str(), "%llu/%llu%c", &k, &n, &tail) != 2 || n == 0 || k >= n) {
      std::fprintf(stderr, "huashu: --shard takes K/N with 0 <= K < N, got '%s'\n",
                   o.shard.c_str());
      return 2;
    }
    shard = k;
    shards = n;
  }
  // Every rule id that could apply, loaded on first need (--disable,
  // suppression comments).
  std::optional<std::set<std::string>> known_cache;
  auto known_rules = [&]() -> const std::set<std::string>& {
    if (!known_cache) known_cache = check::BookSelector::KnownRuleIds(o.rules);
    return *known_cache;
  };
  try {
    std::set<std::string> disabled(o.disable.begin(), o.disable.end());
    if (!disabled.empty()) {
      const auto& known = known_rules();
      for (const auto& id : disabled) {
        if (!known.count(id)) {
          std::fprintf(stderr, "huashu: --disable: no rule '%s' (see huashu rules list)\n",
                       id.c_str());
          return 2;
        }
      }
    }
    books = o.rules.empty() ? std::make_unique<check::BookSelector>(disabled)
                            : std::make_unique<check::BookSelector>(o.rules, disabled);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "huashu: %s\n", e.what());
    return 2;
  }
  transcript::ReaderOptions ropts;
  if (!o.agent_pattern.empty()) ropts.agent_pattern = o.agent_pattern;
  if (!o.channel.empty()) {
    ropts.channel = transcript::ParseChannel(o.channel);
    ropts.force_channel = true;
  }
  if (!o.platform.empty()) ropts.platform = o.platform;
  if (o.agent_speaker >= 0) ropts.agent_speaker = o.agent_speaker;
  // --- input layer options (transcript::ReaderOptions) ---
  if (const std::string why = transcript::CheckAgentPattern(ropts.agent_pattern); !why.empty()) {
    std::fprintf(stderr, "huashu: --agent-pattern is not a valid RE2 pattern: %s\n", why.c_str());
    return 2;
  }
  if (!o.encoding.empty()) {
    if (const std::string why = transcript::CheckEncoding(o.encoding); !why.empty()) {
      std::fprintf(stderr, "huashu: --encoding: %s\n", why.c_str());
      return 2;
    }
    ropts.encoding = o.encoding;
  }
  if (o.max_record_size > 0) ropts.max_record_bytes = o.max_record_size;
  // --- end of input layer options ---
  const auto format = *report::ParseOutputFormat(o.output);
  wopts.color =
      o.color == "always" || (o.color == "auto" && format == report::OutputFormat::kText &&
                              isatty(fileno(stdout)) && !std::getenv("NO_COLOR"));
  if (format == report::OutputFormat::kSarif) {
    // Rule table for SARIF: every rule of every book that may apply.
    try {
      rules::RulebookLoader loader;
      if (o.rules.empty()) {
        for (const auto& b : rules::EmbeddedBooks()) loader.AddEmbedded(b.name);
      } else {
        for (const auto& f : o.rules) loader.AddFile(f);
      }
      const rules::Rulebook book = loader.Finish();
      for (const rules::Rule& r : book.rules())
        wopts.rules[r.id] = {r.description, std::string(rules::Name(r.category))};
    } catch (const std::exception&) {
      // Embedded books that clash with each other: the table is only metadata.
    }
  }
  auto writer = report::MakeWriter(format, stdout, wopts);
  report::Summary summary;
  std::vector<report::Diagnostic> diagnostics;
  bool io_error = false, failing = false;
  const int threads = o.jobs > 0 ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  BatchPool pool(threads, books.get(), writer.get(), &ropts);
  const auto input = *transcript::ParseInputFormat(o.input);

  // Two batches: the main thread reads one while the workers process the other.
  std::vector<Item> batch[2];
  size_t filled[2] = {0, 0};
  int current = 0;
  bool in_flight = false;
  std::string fatal;
  // Writes a finished batch (after pool.Wait()); the workers may already be
  // busy with the next one, which lives in the other buffer.
  auto write = [&](int which) {
    for (size_t i = 0; i < filled[which]; ++i) {
      Item& item = batch[which][i];
      if (!item.error.empty()) {
        report::Diagnostic d{item.where.file, item.where.line, 0, item.error};
        summary.AddRejected(d);
        diagnostics.push_back(std::move(d));
        continue;
      }
      NoteOddities(item, known_rules, &diagnostics);
      summary.Add(item.result);
      for (const auto& v : item.result.violations)
        failing = failing || AtLeast(v.severity, o.fail_on);
      writer->Append(item.result, item.rendered);
    }
  };
  auto wait = [&] {
    std::string err = pool.Wait();
    if (!err.empty() && fatal.empty()) fatal = err;
  };

  uint64_t record = 0;  // records read so far, over all files, for --shard
  std::vector<std::string> files = o.files;
  if (files.empty()) {
    if (isatty(fileno(stdin))) {
      std::fprintf(stderr, "huashu: no input: give FILES, or pipe a file into huashu check\n");
      return 2;
    }
    files.push_back("-");  // a pipe: huashu check < day.jsonl
  }
  // --- input layer: directories walked, files opened by the transcript layer ---
  auto to_diagnostic = [&](const transcript::ReadError& e) {
    report::Diagnostic d{e.file, e.line, e.column, e.message, e.dropped};
    if (e.io) {
      io_error = true;  // unreadable input: exit 2, not a rejected record
    } else {
      summary.AddRejected(d);
    }
    diagnostics.push_back(std::move(d));
  };
  transcript::InputSet inputs = transcript::ExpandInputs(files, {o.include, o.exclude});
  for (const auto& e : inputs.errors) to_diagnostic(e);
  for (const std::string& file : inputs.files) {
    auto reader = transcript::OpenInput(file, input, ropts);
    const bool deferred = reader->deferred();
    std::vector<transcript::ReadError> errors;
    // --- end of input layer ---
    bool more = true;
    while (more) {
      std::vector<Item>& b = batch[current];
      size_t n = 0, bytes = 0;
      while (n < kBatchConversations && bytes < kBatchBytes) {
        if (b.size() <= n) b.emplace_back();
        Item& item = b[n];
        item.error.clear();
        if (deferred) {
          if (!reader->NextRaw(&item.raw, &item.where)) {
            more = false;
            break;
          }
          if (record++ % shards != shard) continue;
          bytes += item.raw.size();
        } else {
          item.raw.clear();
          if (!reader->Next(&item.conversation, &errors)) {
            more = false;
            break;
          }
          if (record++ % shards != shard) continue;
          for (const auto& t : item.conversation.turns) bytes += t.text.size();
        }
        ++n;
      }
      filled[current] = n;
      reader->TakeErrors(&errors);  // input layer: notes, over-long records, read errors
      for (const auto& e : errors) to_diagnostic(e);
      errors.clear();
      if (in_flight) wait();
      const int previous = 1 - current;
      if (n > 0) pool.Submit(&b, n);
      if (in_flight) write(previous);
      in_flight = n > 0;
      if (n > 0) current = 1 - current;
    }
    if (in_flight) {
      wait();
      write(1 - current);
      in_flight = false;
    }
  }
  writer->Finish(summary, diagnostics);
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "huashu: cannot write the report: %s\n", std::strerror(errno));
    return 2;
  }
  // On stderr too, unless the text report is on the same terminal.
  const bool text_on_terminal = format == report::OutputFormat::kText && isatty(fileno(stdout));
  for (const auto& d : diagnostics) {
    if (!text_on_terminal) {
      // A whole-file problem has no line: "file: message", not "file:0:".
      const std::string where = d.line > 0 ? ":" + std::to_string(d.line) : "";
      std::fprintf(stderr, "%s%s: %s%s\n", d.file.c_str(), where.c_str(),
                   d.dropped ? "" : "note: ", d.message.c_str());
    }
  }
  for (const std::string& p : books->UnknownPlatforms()) {
    std::fprintf(stderr,
                 "huashu: note: no rulebook for platform '%s' (known: pinduoduo, taobao, tmall, "
                 "jd, douyin); its conversations were checked with the other books\n",
                 p.c_str());
  }
  if (!fatal.empty()) {
    std::fprintf(stderr, "huashu: %s\n", fatal.c_str());
    return 2;
  }
  if (io_error) return 2;
  if (o.fail_on == "never") return 0;
  // A rejected record is as serious as an error finding: it went unchecked.
  return failing || summary.rejected() > 0 ? 1 : 0;
}

}  // namespace huashu::cli
