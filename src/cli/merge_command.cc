// huashu merge: the JSON reports of `huashu check --shard K/N` runs
// (K = 0 .. N-1, given in that order) combined into the report one run over
// the same inputs would have written: the same conversations in the same
// order, the same diagnostics in the same order, the same summary.
//
// How the single run is rebuilt:
//   - Shard K checked records K, K+N, K+2N, ... (records counted over all
//     inputs in order). Each record is a checked conversation or a dropped
//     diagnostic of that shard. A shard's records are put back in input
//     order (files in input order, lines ascending), then the shards are
//     interleaved round-robin: record i is record i / N of shard i % N.
//   - Every shard reads every input, so what the readers report (a line that
//     could not be read, a file that could not be opened) is in every
//     shard: a diagnostic present in all shards is the run's, kept once.
//     The others are records (dropped) or notes on the next conversation of
//     their shard (not dropped).
//   - A run emits diagnostics per batch of 512 records of one file: the
//     readers' first, then record by record. The merge replays that.
//     (A batch also ends at 4 MB of input, which a report does not show:
//     with records of over 8 KB on average and reader diagnostics in the
//     same file, their order may differ.)
//   - The conversations are parsed back into ConversationResults and written
//     by the same report writer as `huashu check`, with a Summary rebuilt by
//     the same Summary::Add, so fields and number formats are equal by
//     construction. The books applied to each conversation (for
//     "rulebooks", in first-use order) follow from its channel and platform
//     as BookSelector chooses them, or are the one list of a --rules run.
//   - The rules in force (summary.rules_in_force, by book) are those of any
//     shard; a book has the same rules in force in every shard that applied
//     it, or the shards ran different books or --disable (CheckSameBooks).
//     A finding's sentence ("context", check --context) is read back into
//     Violation::turn_text, so the HTML page shows it as the run's does.
//
// JSON Lines reports hold less (findings, not conversations): MergeJsonl
// says what it can and cannot rebuild from them.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <queue>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "commands.h"
#include "huashu/base/messages.h"
#include "huashu/check/book_selector.h"
#include "huashu/report/writer.h"

namespace huashu::cli {
namespace {

using nlohmann::json;

class MergeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Records a run hands to the writer per batch (check/audit.cc).
constexpr size_t kBatchRecords = 512;

struct ConvRef {
  uint64_t offset = 0;  // the conversation's JSON text in its report
  uint32_t size = 0;
  int file = 0;
  uint32_t line = 0;
  std::string books_key;      // channel|platform
  std::vector<size_t> notes;  // diagnostics of the shard emitted just before it
};

struct DiagRef {
  report::Diagnostic d;
  int file = 0;
  std::string key;  // the same diagnostic in another shard has the same key
  bool common = false;
};

struct Shard {
  std::string path;
  std::string version;
  bool jsonl = false;
  // JSON: the checked conversations. JSON Lines: the conversations with
  // findings, each with its lines in `lines`.
  std::vector<ConvRef> convs;
  std::vector<std::string> lines;
  std::vector<std::string> books;
  std::vector<DiagRef> diags;
  json summary;
  // summary.shards: the shards of a --shard run the report covers (absent:
  // a whole run, or a report of an older huashu).
  bool has_covers = false;
  report::Summary::Shards covers;
  // Input order: {false, conversation index} or {true, diagnostic index}.
  std::vector<std::pair<bool, size_t>> records;
  // summary.rules_in_force: book -> its rules in force (absent: no book
  // applied, or a report of an older huashu).
  std::map<std::string, std::vector<std::string>> in_force;
  // Turn findings with and without "context" (check --context) seen.
  bool with_context = false, without_context = false;
};

class Files {
 public:
  int Id(const std::string& f) {
    auto [it, added] = ids_.try_emplace(f, static_cast<int>(names_.size()));
    if (added) names_.push_back(f);
    return it->second;
  }
  size_t size() const { return names_.size(); }
  const std::string& name(int id) const { return names_[id]; }

 private:
  std::unordered_map<std::string, int> ids_;
  std::vector<std::string> names_;
};

bool StartsWith(const std::string& s, std::string_view p) { return s.compare(0, p.size(), p) == 0; }
bool EndsWith(const std::string& s, std::string_view p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

// "K/N", as --shard takes it.
std::string ShardName(uint64_t k, uint64_t n) {
  return std::to_string(k) + "/" + std::to_string(n);
}

// "K/N" of the first shard a report records it covers.
std::string ShardName(const report::Summary::Shards& c) {
  return ShardName(c.covered.empty() ? 0 : c.covered[0], c.count);
}

report::Diagnostic ToDiagnostic(const json& j) {
  report::Diagnostic d;
  d.file = j.at("file").get<std::string>();
  d.line = j.at("line").get<uint32_t>();
  d.column = j.value("column", 0u);
  d.message = j.at("message").get<std::string>();
  d.dropped = j.at("dropped").get<bool>();
  return d;
}

// Notes whether a finding of the report carries its sentence (check
// --context puts "context" on every finding in a turn).
void NoteContext(const json& v, Shard* s) {
  if (v.at("turn").is_null()) return;
  (v.contains("context") ? s->with_context : s->without_context) = true;
}

// Reads a report written by `huashu check -o json`: one conversation per
// line, then the rulebooks, one diagnostic per line, the summary.
void ReadJsonReport(const std::string& path, Files* files, Shard* s) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw MergeError(path + ": cannot open");
  s->path = path;
  std::string line;
  uint64_t offset = 0, at = 0;
  auto next = [&] {
    at = offset;
    if (!std::getline(in, line)) return false;
    offset += line.size() + 1;
    return true;
  };
  auto bad = [&](const std::string& what) {
    return MergeError(path + ": not a JSON report of huashu check (" + what + ")");
  };
  constexpr std::string_view kHead = "{\"tool\":{\"name\":\"huashu\",\"version\":";
  constexpr std::string_view kConversations = ",\"conversations\":[";
  constexpr std::string_view kBooks = "],\"rulebooks\":";
  constexpr std::string_view kDiagnostics = ",\"diagnostics\":[";
  constexpr std::string_view kSummary = "\"summary\":";
  if (!next() || !StartsWith(line, kHead) || !EndsWith(line, kConversations))
    throw bad("first line");
  try {
    s->version = json::parse(line.substr(0, line.size() - kConversations.size()) + "}")
                     .at("tool")
                     .at("version");
    for (;;) {
      if (!next()) throw bad("ends in the conversations");
      if (StartsWith(line, kBooks)) break;
      const size_t size = line.size() - (EndsWith(line, ",") ? 1 : 0);
      const json c = json::parse(std::string_view(line).substr(0, size));
      ConvRef ref;
      ref.offset = at;
      ref.size = static_cast<uint32_t>(size);
      ref.file = files->Id(c.at("source").at("file"));
      ref.line = c.at("source").at("line");
      ref.books_key = c.at("channel").get<std::string>() + "|" + c.value("platform", "");
      for (const json& v : c.at("violations")) NoteContext(v, s);
      s->convs.push_back(std::move(ref));
    }
    const size_t d = line.find(kDiagnostics);
    if (d == std::string::npos) throw bad("rulebooks line");
    s->books = json::parse(line.substr(kBooks.size(), d - kBooks.size()));
    const std::string rest = line.substr(d + kDiagnostics.size());
    bool more = rest.empty();
    if (!more && rest != "],") throw bad("diagnostics");
    while (more) {
      if (!next()) throw bad("ends in the diagnostics");
      size_t size = line.size();
      if (EndsWith(line, "],")) {
        size -= 2;
        more = false;
      } else if (EndsWith(line, ",")) {
        size -= 1;
      } else {
        throw bad("diagnostic line");
      }
      DiagRef ref;
      ref.d = ToDiagnostic(json::parse(std::string_view(line).substr(0, size)));
      ref.file = files->Id(ref.d.file);
      ref.key = line.substr(0, size);
      s->diags.push_back(std::move(ref));
    }
    if (!next() || !StartsWith(line, kSummary) || !EndsWith(line, "}")) throw bad("summary");
    s->summary = json::parse(line.substr(kSummary.size(), line.size() - kSummary.size() - 1));
  } catch (const json::exception& e) {
    throw bad(e.what());
  }
}

// Reads a report written by `huashu check -o jsonl`: one finding per line
// (grouped here by conversation), {"diagnostic": ...} lines, and the last
// {"summary": ...} line.
void ReadJsonlReport(const std::string& path, Files* files, Shard* s) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw MergeError(path + ": cannot open");
  s->path = path;
  s->jsonl = true;
  constexpr std::string_view kDiagnostic = "{\"diagnostic\":";
  constexpr std::string_view kSummary = "{\"summary\":";
  std::string line, conversation;
  int lineno = 0;
  try {
    while (std::getline(in, line)) {
      ++lineno;
      if (!s->summary.is_null()) throw MergeError(path + ": lines after the summary");
      if (StartsWith(line, kDiagnostic) && EndsWith(line, "}")) {
        DiagRef ref;
        ref.key = line.substr(kDiagnostic.size(), line.size() - kDiagnostic.size() - 1);
        ref.d = ToDiagnostic(json::parse(ref.key));
        ref.file = files->Id(ref.d.file);
        s->diags.push_back(std::move(ref));
        continue;
      }
      if (StartsWith(line, kSummary) && EndsWith(line, "}")) {
        s->summary = json::parse(line.substr(kSummary.size(), line.size() - kSummary.size() - 1));
        continue;
      }
      const json v = json::parse(line);
      NoteContext(v, s);
      const int file = files->Id(v.at("source").at("file"));
      const uint32_t at = v.at("source").at("line");
      const std::string& id = v.at("conversation").get_ref<const std::string&>();
      if (s->convs.empty() || id != conversation || file != s->convs.back().file) {
        conversation = id;
        s->convs.push_back({});
        s->convs.back().file = file;
        s->convs.back().line = at;
        s->lines.emplace_back();
      }
      s->convs.back().line = std::min(s->convs.back().line, at);
      s->lines.back() += line;
      s->lines.back() += '\n';
    }
  } catch (const json::exception& e) {
    throw MergeError(path + ":" + std::to_string(lineno) +
                     ": not a JSON Lines report of huashu check (" + e.what() + ")");
  }
  if (s->summary.is_null())
    throw MergeError(path + ": not a JSON Lines report of huashu check (no summary line)");
}

std::optional<report::Span> SpanOf(const json& j) {
  if (j.is_null()) return std::nullopt;
  return report::Span{j.at("start").get<uint32_t>(), j.at("end").get<uint32_t>()};
}

report::Violation ToViolation(const json& j) {
  report::Violation v;
  v.rule = j.at("rule");
  v.category = j.at("category");
  v.severity = j.at("severity");
  v.message = j.at("message");
  v.suggestion = j.at("suggestion");
  v.conversation = j.at("conversation");
  if (!j.at("turn").is_null()) v.turn = j.at("turn").get<uint32_t>();
  if (j.contains("reply_turn")) v.reply_turn = j.at("reply_turn").get<uint32_t>();
  if (!j.at("speaker").is_null())
    v.speaker = base::ParseSpeaker(j.at("speaker").get<std::string>());
  v.span = SpanOf(j.at("span"));
  v.text = j.at("text");
  if (!j.at("time").is_null()) v.time = j.at("time").get<double>();
  v.source.file = j.at("source").at("file");
  v.source.line = j.at("source").at("line");
  v.column = j.at("source").value("column", 0u);
  if (j.contains("match")) {
    const json& m = j["match"];
    v.match = report::MatchInfo{m.at("how"), m.at("phrase"), m.value("detail", "")};
  }
  v.clause = j.value("clause", "");
  if (j.contains("context")) {
    v.turn_text = j["context"].at("text");
    v.turn_span = SpanOf(j["context"].at("span"));
  }
  return v;
}

report::ConversationResult ToResult(const json& j) {
  report::ConversationResult r;
  r.id = j.at("id");
  r.source.file = j.at("source").at("file");
  r.source.line = j.at("source").at("line");
  r.channel = base::ParseChannel(j.at("channel").get<std::string>()).value_or(base::Channel::kChat);
  r.platform = j.value("platform", "");
  if (j.contains("agent")) {
    r.agent_id = j["agent"].at("id");
    r.agent_name = j["agent"].at("name");
  }
  r.started_at = j.value("started_at", "");
  r.template_lines = j.value("template_lines", 0);
  r.score = j.at("score");
  if (j.contains("failed_by"))
    for (const json& id : j["failed_by"]) r.failed_by.push_back(id);
  for (const json& v : j.at("violations")) r.violations.push_back(ToViolation(v));
  for (const json& id : j.at("skipped_rules")) r.skipped_rules.push_back(id);
  if (j.contains("not_judged"))
    for (const json& n : j["not_judged"]) r.not_judged.push_back({n.at("rule"), n.at("reason")});
  return r;
}

// The scoring models a shard's summary lists (absent: the default model
// only), read back as the JSON writer wrote them.
std::vector<base::ScoringModel> ScoringModels(const json& sum) {
  std::vector<base::ScoringModel> out;
  if (!sum.contains("scoring")) return out;
  for (const json& j : sum["scoring"]) {
    base::ScoringModel m;
    const json& d = j.at("deduct");
    m.deduct[int(base::Severity::kError)] = d.at("error");
    m.deduct[int(base::Severity::kWarning)] = d.at("warning");
    m.deduct[int(base::Severity::kInfo)] = d.at("info");
    m.floor = j.at("floor");
    m.fail_score = j.at("fail_score");
    for (const auto& [id, r] : j.at("rules").items()) {
      base::RuleScoring& x = m.rules[id];
      if (r.contains("deduct")) x.deduct = r["deduct"].get<int>();
      if (r.contains("weight")) x.weight = r["weight"].get<double>();
      x.auto_fail = r.value("auto_fail", false);
    }
    out.push_back(std::move(m));
  }
  return out;
}

// The shards' agent turns and candidates set aside (summary counts no
// conversation of a report carries), summed, as one result's fields: added
// to the first conversation of the merge, so that Summary::Add counts them
// once. Reports of versions without them add nothing.
void AddShardCounts(const json& sum, report::ConversationResult* r) {
  r->agent_turns += sum.value("agent_turns", 0);
  if (!sum.contains("set_aside")) return;
  for (const auto& [rule, by] : sum["set_aside"].items())
    for (const auto& [key, n] : by.items())
      for (long i = 0; i < n.get<long>(); ++i) r->set_aside.push_back({rule, key});
}

// Reads summary.rules_in_force of a report, if it has one.
void ReadRulesInForce(Shard* s) {
  if (!s->summary.contains("rules_in_force")) return;
  try {
    s->in_force =
        s->summary["rules_in_force"].get<std::map<std::string, std::vector<std::string>>>();
  } catch (const json::exception& e) {
    throw MergeError(
        s->path + ": not a JSON report of huashu check (summary.rules_in_force: " + e.what() + ")");
  }
}

// Refuses reports that cannot be of one run by what they applied: one
// written with --context and one without, or two that had different rules
// of one book in force. Shards and parts of one run apply the same books
// with the same --disable, so a book has the same rules in force in every
// report that applied it (a report that applied no conversation a book
// says nothing of it). With `allow_partial` different rules are only
// noted on standard error, and the merge lists the rules in force in any
// report.
void CheckSameBooks(const std::vector<Shard>& shards, bool allow_partial) {
  const Shard* with = nullptr;
  const Shard* without = nullptr;
  for (const Shard& s : shards) {
    if (s.with_context && !with) with = &s;
    if (s.without_context && !without) without = &s;
  }
  if (with && without)
    throw MergeError(base::Msg("merge.context_differs", {with->path, without->path}));
  for (size_t k = 1; k < shards.size(); ++k) {
    for (const auto& entry : shards[k].in_force) {
      // Named, not a structured binding: clang's C++20 does not let the
      // lambda below capture one.
      const std::string& book = entry.first;
      const std::vector<std::string>& ids = entry.second;
      for (size_t j = 0; j < k; ++j) {
        auto it = shards[j].in_force.find(book);
        if (it == shards[j].in_force.end() || it->second == ids) continue;
        // The first rule (by id) in force in one of the two only.
        const std::vector<std::string>& a = it->second;
        std::vector<std::string> only;
        std::set_symmetric_difference(a.begin(), a.end(), ids.begin(), ids.end(),
                                      std::back_inserter(only));
        const std::string& rule = only.empty() ? book : only[0];
        const std::string& in =
            std::binary_search(a.begin(), a.end(), rule) ? shards[j].path : shards[k].path;
        auto message = [&](const char* id) {
          return base::Msg(id, {shards[j].path, shards[k].path, book, rule, in});
        };
        if (!allow_partial) throw MergeError(message("merge.rules_differ"));
        std::fprintf(stderr, "%s%s%s\n", base::Msg("cli.prefix").c_str(),
                     base::Msg("cli.note").c_str(),
                     Masked(message("merge.rules_differ_merged")).c_str());
        return;
      }
    }
  }
}

// The rules in force in the run: those any report had in force, by book.
void AddRulesInForce(const std::vector<Shard>& shards, report::Summary* summary) {
  for (const Shard& s : shards)
    for (const auto& [book, ids] : s.in_force)
      for (const std::string& id : ids) {
        report::Summary::RuleInfo info;
        info.book = book;
        summary->AddRule(id, std::move(info));
      }
}

// True if path `a` comes before `b` in a directory walk (names compared
// level by level, as transcript::ExpandInputs sorts each directory).
bool WalkOrder(std::string_view a, std::string_view b) {
  while (!a.empty() && !b.empty()) {
    const std::string_view ha = a.substr(0, a.find('/')), hb = b.substr(0, b.find('/'));
    if (ha != hb) return ha < hb;
    a.remove_prefix(std::min(a.size(), ha.size() + 1));
    b.remove_prefix(std::min(b.size(), hb.size() + 1));
  }
  return a.empty() && !b.empty();
}

// Files in input order, from the order they appear in in every list of
// every shard (each list is in input order). Files that no list orders
// (each seen in a different shard only) are taken in directory-walk order,
// which is the input order when the run was given a directory.
std::vector<int> FileRanks(const std::vector<Shard>& shards, const Files& files) {
  const size_t nfiles = files.size();
  std::vector<std::vector<int>> after(nfiles);
  std::vector<int> indegree(nfiles, 0);
  auto walk = [&](auto&& file_of, size_t n) {
    int prev = -1;
    for (size_t i = 0; i < n; ++i) {
      const int f = file_of(i);
      if (prev >= 0 && prev != f) {
        after[prev].push_back(f);
        ++indegree[f];
      }
      prev = f;
    }
  };
  for (const Shard& s : shards) {
    walk([&](size_t i) { return s.diags[i].file; }, s.diags.size());
    walk([&](size_t i) { return s.convs[i].file; }, s.convs.size());
  }
  auto later = [&](int a, int b) { return WalkOrder(files.name(b), files.name(a)); };
  std::priority_queue<int, std::vector<int>, decltype(later)> ready(later);
  for (size_t f = 0; f < nfiles; ++f)
    if (indegree[f] == 0) ready.push(static_cast<int>(f));
  std::vector<int> rank(nfiles, -1);
  int next = 0;
  while (!ready.empty()) {
    const int f = ready.top();
    ready.pop();
    rank[f] = next++;
    for (int g : after[f])
      if (--indegree[g] == 0) ready.push(g);
  }
  if (next != static_cast<int>(nfiles))
    throw MergeError(
        "the reports list their input files in different orders: not shards of one run");
  return rank;
}

// Marks the diagnostics every shard has (the readers'): as many of each as
// the shard with the fewest has. Checks that they come in the same order.
void MarkCommon(std::vector<Shard>* shards) {
  std::unordered_map<std::string, size_t> common;
  for (size_t k = 0; k < shards->size(); ++k) {
    std::unordered_map<std::string, size_t> count;
    for (const DiagRef& d : (*shards)[k].diags) ++count[d.key];
    if (k == 0) {
      common = std::move(count);
      continue;
    }
    for (auto& [key, n] : common) {
      auto it = count.find(key);
      n = std::min(n, it == count.end() ? size_t{0} : it->second);
    }
  }
  std::vector<std::string> order0;
  for (size_t k = 0; k < shards->size(); ++k) {
    std::unordered_map<std::string, size_t> used;
    std::vector<std::string> order;
    for (DiagRef& d : (*shards)[k].diags) {
      auto it = common.find(d.key);
      d.common = it != common.end() && used[d.key]++ < it->second;
      if (d.common) order.push_back(d.key);
    }
    if (k == 0)
      order0 = std::move(order);
    else if (order != order0)
      throw MergeError(
          (*shards)[k].path +
          ": its input diagnostics differ from the first report's: not shards of one run");
  }
}

// Puts a shard's conversations and dropped records back in input order, and
// attaches its notes to the conversation they were emitted before.
void OrderRecords(const std::vector<int>& rank, Shard* s) {
  std::vector<size_t> dropped;
  for (size_t i = 0; i < s->diags.size(); ++i)
    if (!s->diags[i].common && s->diags[i].d.dropped) dropped.push_back(i);
  size_t c = 0, d = 0;
  auto key = [&](int file, uint32_t line) { return std::pair(rank[file], line); };
  while (c < s->convs.size() || d < dropped.size()) {
    const bool take_diag =
        c == s->convs.size() ||
        (d < dropped.size() && key(s->diags[dropped[d]].file, s->diags[dropped[d]].d.line) <
                                   key(s->convs[c].file, s->convs[c].line));
    if (take_diag)
      s->records.push_back({true, dropped[d++]});
    else
      s->records.push_back({false, c++});
  }
  // A note precedes the next conversation of its file after the records
  // that precede it.
  std::vector<size_t> position(s->diags.size(), 0);
  for (size_t i = 0; i < s->records.size(); ++i)
    if (s->records[i].first) position[s->records[i].second] = i;
  size_t from = 0;
  for (size_t i = 0; i < s->diags.size(); ++i) {
    const DiagRef& n = s->diags[i];
    if (n.common) continue;
    if (n.d.dropped) {
      from = position[i] + 1;
      continue;
    }
    size_t r = from;
    while (r < s->records.size() &&
           (s->records[r].first || s->convs[s->records[r].second].file != n.file))
      ++r;
    if (r == s->records.size())
      throw MergeError(s->path + ": a note (" + n.d.file + ":" + std::to_string(n.d.line) +
                       ") belongs to no conversation");
    s->convs[s->records[r].second].notes.push_back(i);
    from = r;
  }
}

struct Record {
  size_t shard;
  bool diag;
  size_t index;
};

// The books of a conversation as the embedded catalogue chooses them.
std::vector<std::string> DefaultBooks(const std::string& books_key) {
  const size_t bar = books_key.find('|');
  transcript::Conversation c;
  c.channel = base::ParseChannel(books_key.substr(0, bar)).value_or(base::Channel::kChat);
  c.platform = books_key.substr(bar + 1);
  return check::BookSelector::DefaultBooks(c);
}

std::vector<std::string> FirstSeen(const std::vector<const std::vector<std::string>*>& lists) {
  std::vector<std::string> out;
  for (const auto* l : lists)
    for (const std::string& b : *l)
      if (std::find(out.begin(), out.end(), b) == out.end()) out.push_back(b);
  return out;
}

// The books of each conversation (by its books_key): the catalogue's choice
// if it explains every report's list, else the one list every report names
// (a --rules run).
std::map<std::string, std::vector<std::string>> BooksOf(const std::vector<Shard>& shards) {
  std::map<std::string, std::vector<std::string>> books_of;
  bool catalogue = true;
  for (const Shard& s : shards) {
    std::vector<const std::vector<std::string>*> lists;
    for (const ConvRef& c : s.convs) {
      auto it = books_of.find(c.books_key);
      if (it == books_of.end()) it = books_of.emplace(c.books_key, DefaultBooks(c.books_key)).first;
      lists.push_back(&it->second);
    }
    catalogue = catalogue && FirstSeen(lists) == s.books;
  }
  if (!catalogue) {
    const std::vector<std::string>* one = nullptr;
    for (const Shard& s : shards) {
      if (s.convs.empty()) continue;
      if (one && *one != s.books)
        throw MergeError("the reports name different rulebooks: not shards of one run");
      one = &s.books;
    }
    for (auto& [key, books] : books_of) books = *one;
  }

  return books_of;
}

// The counts of the JSON Lines reports' summaries, added to *summary
// through Summary::Add from results that carry them: per agent its
// conversations and score total, findings with the summed counts by rule,
// category and severity (each count is kept on its own, as the summary
// keeps them). Rejected records are not counted here.
void AddJsonlCounts(const std::vector<Shard>& shards, report::Summary* summary) {
  std::map<std::string, std::pair<long, long>> agents;  // conversations, score total
  std::map<std::string, long> agent_findings, rules, categories, severities, skipped;
  int suppressed = 0;
  for (const Shard& s : shards) {
    const json& sum = s.summary;
    for (const base::ScoringModel& m : ScoringModels(sum)) summary->AddScoring(m);
    summary->AddFailed(sum.value("failed", 0L));
    suppressed += sum.value("suppressed", 0);
    for (const auto& [a, v] : sum.at("by_agent").items()) {
      const long c = v.at("conversations");
      agents[a].first += c;
      agents[a].second += std::lround(v.at("average_score").get<double>() * c);
      agent_findings[a] += v.at("violations").get<long>();
    }
    for (const auto& [k, v] : sum.at("by_rule").items()) rules[k] += v.get<long>();
    for (const auto& [k, v] : sum.at("by_category").items()) categories[k] += v.get<long>();
    for (const auto& [k, v] : sum.at("by_severity").items()) severities[k] += v.get<long>();
    for (const auto& [k, v] : sum.at("skipped_rules").items()) skipped[k] += v.get<long>();
  }
  auto expand = [](const std::map<std::string, long>& m) {
    std::vector<std::string> out;
    for (const auto& [k, v] : m) out.insert(out.end(), v, k);
    return out;
  };
  const std::vector<std::string> rule_list = expand(rules), category_list = expand(categories),
                                 severity_list = expand(severities);
  if (rule_list.size() != category_list.size() || rule_list.size() != severity_list.size())
    throw MergeError("the summaries' counts by rule, category and severity disagree");
  size_t v = 0;
  bool first = true;
  for (const auto& [agent, cs] : agents) {
    const auto [conversations, total] = cs;
    for (long i = 0; i < conversations; ++i) {
      report::ConversationResult r;
      r.agent_id = agent;
      r.score = static_cast<int>(total / conversations + (i == 0 ? total % conversations : 0));
      if (i == 0) {
        for (long f = 0; f < agent_findings[agent] && v < rule_list.size(); ++f, ++v) {
          report::Violation x;
          x.rule = rule_list[v];
          x.category = category_list[v];
          x.severity = severity_list[v];
          r.violations.push_back(std::move(x));
        }
      }
      if (first) {
        first = false;
        for (const Shard& s : shards) AddShardCounts(s.summary, &r);
        r.suppressed = suppressed;
        for (const std::string& id : expand(skipped)) r.skipped_rules.push_back(id);
      }
      summary->Add(r);
    }
  }
  if (v != rule_list.size())
    throw MergeError("the summaries' counts by agent and by rule disagree");
}

// Marks the diagnostics every shard has (see MarkCommon); one shard's are
// all common: there is nothing to interleave.
void MarkCommonDiagnostics(std::vector<Shard>* shards) {
  if (shards->size() > 1)
    MarkCommon(shards);
  else
    for (DiagRef& d : (*shards)[0].diags) d.common = true;
}

// The records the readers rejected (a file that could not be opened, a line
// that could not be read): a shard's rejected count less its own dropped
// records, the same in every shard of one run.
// REQUIRES: MarkCommonDiagnostics(shards) was called.
long CommonRejected(const std::vector<Shard>& shards) {
  long common = -1;
  for (const Shard& s : shards) {
    long rejected = s.summary.value("rejected", 0L);
    for (const DiagRef& d : s.diags)
      if (!d.common && d.d.dropped) --rejected;
    if (common >= 0 && rejected != common)
      throw MergeError(s.path + ": its rejected count does not match the first report's");
    common = rejected;
  }
  return common;
}

void CheckOneVersion(const std::vector<Shard>& shards) {
  for (const Shard& s : shards)
    if (s.version != shards[0].version)
      throw MergeError(s.path + ": written by huashu " + s.version + ", the first report by " +
                       shards[0].version);
}

// Moves the line numbers of a part that read a later piece of a stream.
void ShiftLines(uint32_t by, report::ConversationResult* r) {
  r->source.line += by;
  for (report::Violation& v : r->violations) v.source.line += by;
}

// True if the reports carry the sentence around each finding (check
// --context): the merged report does too.
bool WithContext(const std::vector<Shard>& shards) {
  return std::any_of(shards.begin(), shards.end(), [](const Shard& s) { return s.with_context; });
}

std::unique_ptr<report::ReportWriter> BeginReport(report::OutputFormat format,
                                                  const std::vector<Shard>& shards) {
  report::WriterOptions wopts;
  wopts.version = shards[0].version;
  wopts.context = WithContext(shards);
  auto writer = report::MakeWriter(format, stdout, wopts);
  writer->Begin();
  return writer;
}

// Writes the run's diagnostics, counts `rejected` rejected records in
// *summary and ends the report with it. Fails if standard output could not
// be written.
void EndReport(const std::vector<report::Diagnostic>& diagnostics, long rejected,
               report::Summary* summary, report::ReportWriter* writer) {
  for (long i = 0; i < rejected; ++i) summary->AddRejected(report::Diagnostic{});
  writer->Finish(*summary, diagnostics);
  if (std::fflush(stdout) != 0 || std::ferror(stdout))
    throw MergeError(base::Msg("cli.write_failed", {"write error"}));
}

// A conversation of the merged report: conversation `index` of shards[shard].
struct ConvAt {
  size_t shard;
  size_t index;
};

// Writes, as huashu check writes it, the report of one run rebuilt from
// JSON reports (shards or parts): the conversations `order` names, in that
// order, parsed back from their reports, their line numbers moved on by
// shift[shard], and counted by the same Summary::Add; then `diagnostics`
// and the summary, with `rejected` records rejected. What the shards'
// summaries alone hold (scoring models, suppressed findings, agent turns,
// candidates set aside) is counted once. A report is open from its first
// conversation in `order` to its last: parts, taken one after another,
// hold one file open at a time.
// REQUIRES: JSON reports (not JSON Lines); shift.size() == shards.size().
void WriteJsonRun(const std::vector<Shard>& shards, const std::vector<ConvAt>& order,
                  const std::vector<uint32_t>& shift,
                  const std::vector<report::Diagnostic>& diagnostics, long rejected,
                  const std::string& output,
                  const std::optional<report::Summary::Shards>& partial = std::nullopt) {
  CheckOneVersion(shards);
  const std::map<std::string, std::vector<std::string>> books_of = BooksOf(shards);
  std::vector<size_t> last(shards.size(), 0);
  for (size_t i = 0; i < order.size(); ++i) last[order[i].shard] = i;

  auto writer = BeginReport(*report::ParseOutputFormat(output), shards);
  report::Summary summary;
  if (partial) summary.set_shards(*partial);
  AddRulesInForce(shards, &summary);
  int suppressed = 0;
  for (const Shard& s : shards) {
    for (const base::ScoringModel& m : ScoringModels(s.summary)) summary.AddScoring(m);
    suppressed += s.summary.value("suppressed", 0);
  }
  std::vector<std::ifstream> in(shards.size());
  std::string text;
  for (size_t i = 0; i < order.size(); ++i) {
    const size_t k = order[i].shard;
    const ConvRef& c = shards[k].convs[order[i].index];
    if (!in[k].is_open()) in[k].open(shards[k].path, std::ios::binary);
    text.resize(c.size);
    in[k].seekg(static_cast<std::streamoff>(c.offset));
    if (!in[k].read(text.data(), c.size)) throw MergeError(shards[k].path + ": read error");
    if (i == last[k]) in[k].close();
    report::ConversationResult result = ToResult(json::parse(text));
    if (shift[k] != 0) ShiftLines(shift[k], &result);
    result.rulebooks = &books_of.at(c.books_key);
    result.suppressed = std::exchange(suppressed, 0);  // the runs' total, counted once
    if (i == 0)
      for (const Shard& s : shards) AddShardCounts(s.summary, &result);
    summary.Add(result);
    if (result.template_lines) summary.AddTemplate(result, result.template_lines);
    writer->Write(result);
  }
  EndReport(diagnostics, rejected, &summary, writer.get());
}

// JSON Lines reports list findings, not conversations: conversations
// without findings and the record count of a file are not in them. The
// findings of each shard are merged in input order (file, then line), the
// readers' diagnostics of a file come before its records' (one batch per
// file: exact for files of up to 512 records), and the summary is rebuilt
// from the shards' summaries (score totals from average x count, exact while
// an agent has fewer than 1000 conversations in a shard).
int MergeJsonl(std::vector<Shard>* shards_in, Files* files,
               const std::optional<report::Summary::Shards>& partial) {
  std::vector<Shard>& shards = *shards_in;
  const size_t n = shards.size();
  MarkCommonDiagnostics(&shards);
  const std::vector<int> rank = FileRanks(shards, *files);

  auto writer = BeginReport(report::OutputFormat::kJsonl, shards);
  report::ConversationResult none;
  // Findings: a merge of the shards' conversations by (file, line).
  std::vector<size_t> at(n, 0);
  for (;;) {
    size_t best = n;
    for (size_t k = 0; k < n; ++k) {
      if (at[k] == shards[k].convs.size()) continue;
      const ConvRef& c = shards[k].convs[at[k]];
      if (best == n ||
          std::pair(rank[c.file], c.line) <
              std::pair(rank[shards[best].convs[at[best]].file], shards[best].convs[at[best]].line))
        best = k;
    }
    if (best == n) break;
    writer->Add(none, shards[best].lines[at[best]++]);
  }
  // Diagnostics: per file, the readers' (common) first, then the records' by line.
  struct Specific {
    std::pair<int, uint32_t> key;
    const DiagRef* d;
  };
  std::vector<Specific> specific;
  for (const Shard& s : shards)
    for (const DiagRef& d : s.diags)
      if (!d.common) specific.push_back({{rank[d.file], d.d.line}, &d});
  std::stable_sort(specific.begin(), specific.end(),
                   [](const Specific& a, const Specific& b) { return a.key < b.key; });
  long rejected = CommonRejected(shards);
  std::vector<report::Diagnostic> diagnostics;
  size_t next = 0;
  int slot = -1;
  std::vector<const DiagRef*> common;
  for (const DiagRef& d : shards[0].diags)
    if (d.common) common.push_back(&d);
  auto emit_common_until = [&](int file_rank) {
    while (next < common.size() && std::max(slot, rank[common[next]->file]) <= file_rank) {
      slot = std::max(slot, rank[common[next]->file]);
      diagnostics.push_back(common[next++]->d);
    }
  };
  for (const Specific& d : specific) {
    emit_common_until(d.key.first);
    diagnostics.push_back(d.d->d);
    rejected += d.d->d.dropped;
  }
  emit_common_until(INT32_MAX);

  report::Summary summary;
  if (partial) summary.set_shards(*partial);
  AddJsonlCounts(shards, &summary);
  AddRulesInForce(shards, &summary);
  EndReport(diagnostics, rejected, &summary, writer.get());
  return 0;
}

// merge --parts: reports of consecutive parts of one run's input, in input
// order, rather than --shard K/N shards. Two kinds of part:
//   - runs over some of the inputs each (every file read by one part only:
//     one task per file);
//   - runs over pieces of one stream cut at record boundaries and piped to
//     standard input part by part (every input named `-`): the line numbers
//     of part k continue those of the parts before it, so they count the
//     records of those parts (the same as lines when the stream has no
//     blank line).
// The run's report is the concatenation: the conversations (or findings)
// of part 0, then of part 1, ...; the diagnostics likewise (a run lists a
// file's diagnostics together, in batches of 512 records: exact for files,
// and for a stream whose unreadable lines, if any, are in a part cut at a
// multiple of 512 records); one summary.
int MergeParts(std::vector<Shard>* parts_in, Files* files, const std::string& output) {
  std::vector<Shard>& parts = *parts_in;
  const size_t n = parts.size();
  for (const Shard& p : parts)
    if (p.has_covers)
      throw MergeError(base::Msg("merge.parts_of_shards", {p.path, ShardName(p.covers)}));
  // The inputs each part names, and whether the parts are pieces of a stream.
  std::map<int, size_t> part_of;  // input -> the part that read it
  bool stream = false, named_files = false;
  for (size_t k = 0; k < n; ++k) {
    std::set<int> inputs;
    for (const ConvRef& c : parts[k].convs) inputs.insert(c.file);
    for (const DiagRef& d : parts[k].diags) inputs.insert(d.file);
    for (int f : inputs) {
      if (files->name(f) == "-") {
        stream = true;
        continue;
      }
      named_files = true;
      auto [it, fresh] = part_of.emplace(f, k);
      if (!fresh)
        throw MergeError(parts[k].path + ": input " + files->name(f) + " is in " +
                         parts[it->second].path +
                         " too: with --parts every file is read by one part (cut a file into "
                         "pieces by piping them to standard input)");
    }
  }
  if (stream && named_files)
    throw MergeError(
        "the parts read standard input and files: give the parts of one stream, or runs over "
        "files");
  std::vector<uint32_t> shift(n, 0);
  for (size_t k = 1; stream && k < n; ++k)
    shift[k] = shift[k - 1] + parts[k - 1].summary.value("records", 0u);

  // The diagnostics part by part; the rejected count is each part's own (a
  // file that could not be opened is a dropped diagnostic but no record).
  std::vector<report::Diagnostic> diagnostics;
  long rejected = 0;
  for (size_t k = 0; k < n; ++k) {
    for (const DiagRef& d : parts[k].diags) {
      diagnostics.push_back(d.d);
      diagnostics.back().line += shift[k];
    }
    rejected += parts[k].summary.value("rejected", 0L);
  }
  if (!parts[0].jsonl) {
    std::vector<ConvAt> order;
    for (size_t k = 0; k < n; ++k)
      for (size_t i = 0; i < parts[k].convs.size(); ++i) order.push_back({k, i});
    WriteJsonRun(parts, order, shift, diagnostics, rejected, output);
    return 0;
  }
  auto writer = BeginReport(*report::ParseOutputFormat(output), parts);
  for (size_t k = 0; k < n; ++k) {
    for (const std::string& lines : parts[k].lines) {
      if (shift[k] == 0) {
        writer->Add(report::ConversationResult{}, lines);
        continue;
      }
      report::ConversationResult r;
      for (size_t at = 0, end; at < lines.size(); at = end + 1) {
        end = lines.find('\n', at);
        r.violations.push_back(ToViolation(json::parse(lines.substr(at, end - at))));
      }
      ShiftLines(shift[k], &r);
      writer->Write(r);
    }
  }
  report::Summary summary;
  AddJsonlCounts(parts, &summary);
  AddRulesInForce(parts, &summary);
  EndReport(diagnostics, rejected, &summary, writer.get());
  return 0;
}

// Reads summary.shards of a report, if it has one.
void ReadCovers(Shard* s) {
  if (!s->summary.contains("shards")) return;
  try {
    report::Summary::Shards c;
    const json& j = s->summary["shards"];
    c.count = j.at("count").get<uint64_t>();
    c.covered = j.at("covered").get<std::vector<uint64_t>>();
    for (uint64_t k : c.covered)
      if (k >= c.count)
        throw MergeError(s->path + ": summary.shards names a shard beyond its count");
    s->covers = std::move(c);
    s->has_covers = true;
  } catch (const json::exception& e) {
    throw MergeError(s->path + ": not a JSON report of huashu check (summary.shards: " + e.what() +
                     ")");
  }
}

// The shards of one run, by what each report records (summary.shards): sorts
// them by K and refuses a report that is not one shard, shards of runs cut
// into different N, a shard given twice and, unless `allow_partial`, a
// missing shard. Returns, for each report in the new order, its K, and in
// *partial what the merge covers when shards are missing. Reports that
// record no shard (a whole run, an older huashu) are left as given: their
// record counts are checked against K/N by position instead.
std::vector<uint64_t> SortShards(std::vector<Shard>* shards, bool allow_partial,
                                 std::optional<report::Summary::Shards>* partial) {
  std::vector<uint64_t> ks;
  const Shard* recorded = nullptr;
  const Shard* unrecorded = nullptr;
  for (const Shard& s : *shards) (s.has_covers ? recorded : unrecorded) = &s;
  if (!recorded) {
    for (size_t k = 0; k < shards->size(); ++k) ks.push_back(k);
    return ks;
  }
  if (unrecorded)
    throw MergeError(base::Msg("merge.shard_unknown",
                               {unrecorded->path, recorded->path, ShardName(recorded->covers)}));
  const uint64_t n = shards->front().covers.count;
  for (const Shard& s : *shards) {
    const report::Summary::Shards& c = s.covers;
    if (c.covered.size() != 1) {
      std::string list;
      for (uint64_t k : c.covered) {
        if (!list.empty()) list += ',';
        list += std::to_string(k);
      }
      throw MergeError(base::Msg("merge.shard_merged", {s.path, list, std::to_string(c.count)}));
    }
    if (c.count != n)
      throw MergeError(
          base::Msg("merge.shard_counts",
                    {shards->front().path, ShardName(shards->front().covers.covered[0], n), s.path,
                     ShardName(c.covered[0], c.count)}));
  }
  std::stable_sort(shards->begin(), shards->end(), [](const Shard& a, const Shard& b) {
    return a.covers.covered[0] < b.covers.covered[0];
  });
  for (size_t i = 0; i < shards->size(); ++i) {
    const uint64_t k = (*shards)[i].covers.covered[0];
    if (i > 0 && ks.back() == k)
      throw MergeError(base::Msg("merge.shard_twice",
                                 {ShardName(k, n), (*shards)[i - 1].path, (*shards)[i].path}));
    ks.push_back(k);
  }
  if (ks.size() == n) return ks;
  std::string missing, covered;
  size_t count = 0;
  for (uint64_t k = 0, i = 0; k < n; ++k) {
    if (i < ks.size() && ks[i] == k) {
      if (!covered.empty()) covered += ", ";
      covered += std::to_string(k);
      ++i;
      continue;
    }
    // Not every one of thousands: the first few say enough.
    if (++count > 10) continue;
    if (!missing.empty()) missing += ", ";
    missing += ShardName(k, n);
  }
  if (count > 10) missing += ", … (" + std::to_string(count) + ")";
  if (!allow_partial)
    throw MergeError(base::Msg(count == 1 ? "merge.shard_missing" : "merge.shards_missing",
                               {missing, std::to_string(n - 1)}));
  std::fprintf(stderr, "%s%s\n", base::Msg("cli.prefix").c_str(),
               base::Msg("merge.partial", {covered, std::to_string(n), missing}).c_str());
  *partial = report::Summary::Shards{n, ks};
  return ks;
}

// The report of one run from the JSON reports of its shards (see the head
// of this file): `ks[i]` is the K of shards[i] (ascending), of `n` shards.
// With shards missing (`partial`), the run's report less their records.
int MergeShards(std::vector<Shard>* shards_in, Files* files, const std::string& output,
                const std::vector<uint64_t>& ks, uint64_t n_all,
                const std::optional<report::Summary::Shards>& partial) {
  std::vector<Shard>& shards = *shards_in;
  CheckOneVersion(shards);
  const size_t n = shards.size();
  MarkCommonDiagnostics(&shards);
  const std::vector<int> rank = FileRanks(shards, *files);
  size_t total = 0, rounds = 0;
  for (Shard& s : shards) {
    OrderRecords(rank, &s);
    total += s.records.size();
    rounds = std::max(rounds, s.records.size());
  }
  if (!partial) {
    for (size_t k = 0; k < n; ++k) {
      const size_t want = total > k ? (total - k + n - 1) / n : 0;
      if (shards[k].records.size() != want)
        throw MergeError(shards[k].path + ": " + std::to_string(shards[k].records.size()) +
                         " records, but shard " + std::to_string(k) + "/" + std::to_string(n) +
                         " of " + std::to_string(total) + " has " + std::to_string(want) +
                         "; give the reports of shards 0 to " + std::to_string(n - 1) +
                         " in that order, each once");
    }
  } else {
    // Shard K of a run of T records has ceil((T - K) / N) of them: some T
    // must fit every shard given.
    uint64_t lo = 0, hi = UINT64_MAX;  // T in [lo, hi]
    for (size_t i = 0; i < n; ++i) {
      const uint64_t c = shards[i].records.size(), k = ks[i];
      lo = std::max(lo, c ? (c - 1) * n_all + k + 1 : 0);
      hi = std::min(hi, c * n_all + k);
    }
    if (lo > hi)
      throw MergeError(shards[0].path + ", " + shards[n - 1].path +
                       ": their record counts do not fit shards " + ShardName(ks[0], n_all) +
                       " and " + ShardName(ks[n - 1], n_all) + " of one run");
  }
  // Round-robin, as --shard dealt them: record r of each shard in turn.
  std::vector<Record> run;
  run.reserve(total);
  for (size_t r = 0; r < rounds; ++r)
    for (size_t k = 0; k < n; ++k)
      if (r < shards[k].records.size()) {
        const auto& [diag, index] = shards[k].records[r];
        run.push_back({k, diag, index});
      }

  // Diagnostics in the order the run emits them: per file, per batch of
  // records, the readers' then record by record.
  std::vector<std::vector<uint32_t>> lines(files->size());
  for (const Record& r : run) {
    const Shard& s = shards[r.shard];
    if (r.diag)
      lines[s.diags[r.index].file].push_back(s.diags[r.index].d.line);
    else
      lines[s.convs[r.index].file].push_back(s.convs[r.index].line);
  }
  std::vector<std::pair<std::pair<int, size_t>, const DiagRef*>> common;
  std::pair<int, size_t> slot{-1, 0};
  for (const DiagRef& d : shards[0].diags) {
    if (!d.common) continue;
    const std::vector<uint32_t>& l = lines[d.file];
    const size_t batches = l.size() / kBatchRecords + 1;
    size_t b = 0;
    while (b + 1 < batches && l[b * kBatchRecords + kBatchRecords - 1] < d.d.line) ++b;
    slot = std::max(slot, std::pair(rank[d.file], b));
    common.push_back({slot, &d});
  }
  long rejected = CommonRejected(shards);
  std::vector<report::Diagnostic> diagnostics;
  size_t next_common = 0;
  auto emit_common_until = [&](std::pair<int, size_t> upto) {
    while (next_common < common.size() && common[next_common].first <= upto)
      diagnostics.push_back(common[next_common++].second->d);
  };
  // A record's own diagnostic counts if it dropped the record.
  auto emit = [&](const DiagRef& d) {
    diagnostics.push_back(d.d);
    rejected += d.d.dropped;
  };
  std::vector<size_t> in_file(files->size(), 0);
  std::vector<ConvAt> order;
  for (const Record& r : run) {
    const Shard& s = shards[r.shard];
    const int file = r.diag ? s.diags[r.index].file : s.convs[r.index].file;
    emit_common_until({rank[file], in_file[file]++ / kBatchRecords});
    if (r.diag) {
      emit(s.diags[r.index]);
    } else {
      for (size_t note : s.convs[r.index].notes) emit(s.diags[note]);
      order.push_back({r.shard, r.index});
    }
  }
  emit_common_until({INT32_MAX, SIZE_MAX});

  WriteJsonRun(shards, order, std::vector<uint32_t>(n, 0), diagnostics, rejected, output, partial);
  return 0;
}

int Merge(const MergeOptions& o) {
  Files files;
  std::vector<Shard> shards(o.files.size());
  for (size_t k = 0; k < o.files.size(); ++k) {
    // The format, by the first bytes: a JSON report starts with its tool.
    char head[9] = {};
    std::ifstream(o.files[k], std::ios::binary).read(head, 8);
    if (std::string_view(head) == "{\"tool\":")
      ReadJsonReport(o.files[k], &files, &shards[k]);
    else
      ReadJsonlReport(o.files[k], &files, &shards[k]);
    if (shards[k].jsonl != shards[0].jsonl)
      throw MergeError(o.files[k] + ": the reports must all be JSON or all JSON Lines");
    ReadCovers(&shards[k]);
    ReadRulesInForce(&shards[k]);
  }
  CheckSameBooks(shards, o.allow_partial);
  if (shards[0].jsonl && o.output != "jsonl")
    throw MergeError(
        "JSON Lines reports merge into JSON Lines only (-o jsonl): they list "
        "findings, not conversations");
  if (o.parts) return MergeParts(&shards, &files, o.output);
  std::optional<report::Summary::Shards> partial;
  const std::vector<uint64_t> ks = SortShards(&shards, o.allow_partial, &partial);
  if (shards[0].jsonl) return MergeJsonl(&shards, &files, partial);
  return MergeShards(&shards, &files, o.output, ks,
                     shards[0].has_covers ? shards[0].covers.count : shards.size(), partial);
}

}  // namespace

int RunMerge(const MergeOptions& o) {
  try {
    return Merge(o);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s%s\n", base::Msg("cli.prefix").c_str(), Masked(e.what()).c_str());
    return 2;
  }
}

}  // namespace huashu::cli
