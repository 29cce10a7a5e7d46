#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <vector>

#include "huashu/base/utf8.h"
#include "huashu/report/writer.h"
#include "spool.h"

namespace huashu::report {
namespace {

void AppendNumber(double d, std::string* out) {
  if (!std::isfinite(d)) {  // JSON has no inf or nan
    *out += "null";
    return;
  }
  char buf[400];  // %.3f of the largest double
  std::snprintf(buf, sizeof buf, "%.3f", d);
  // Trim trailing zeros: 41.200 -> 41.2, 3.000 -> 3.
  std::string s(buf);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  *out += s;
}

void AppendKey(std::string_view key, std::string* out) {
  AppendJsonString(key, out);
  *out += ':';
}

template <typename Map>
void AppendCounts(const Map& m, std::string* out) {
  *out += '{';
  bool first = true;
  for (const auto& [k, v] : m) {
    if (!first) *out += ',';
    first = false;
    AppendKey(k, out);
    *out += std::to_string(v);
  }
  *out += '}';
}

// {"start":…,"end":…} in code points, or null when there is no span.
void AppendSpan(const std::optional<base::Span>& span, std::string* out) {
  if (span)
    *out +=
        "{\"start\":" + std::to_string(span->start) + ",\"end\":" + std::to_string(span->end) + "}";
  else
    *out += "null";
}

void AppendSource(const transcript::SourceRef& s, std::string* out) {
  *out += "{\"file\":";
  AppendJsonString(s.file, out);
  *out += ",\"line\":" + std::to_string(s.line) + "}";
}

void AppendResult(const ConversationResult& r, bool context, std::string* out) {
  *out += "{\"id\":";
  AppendJsonString(r.id, out);
  *out += ",\"source\":";
  AppendSource(r.source, out);
  *out += ",\"channel\":";
  AppendJsonString(transcript::Name(r.channel), out);
  if (!r.platform.empty()) {
    *out += ",\"platform\":";
    AppendJsonString(r.platform, out);
  }
  if (!r.agent_id.empty() || !r.agent_name.empty()) {
    *out += ",\"agent\":{\"id\":";
    AppendJsonString(r.agent_id, out);
    *out += ",\"name\":";
    AppendJsonString(r.agent_name, out);
    *out += '}';
  }
  // The start as the input wrote it, so that a merge of reports can chart
  // findings by hour and day as the run's HTML report does.
  if (!r.started_at.empty()) {
    *out += ",\"started_at\":";
    AppendJsonString(r.started_at, out);
  }
  // A template's lines, so that a merge counts templates apart as the run did.
  if (r.template_lines) *out += ",\"template_lines\":" + std::to_string(r.template_lines);
  *out += ",\"score\":" + std::to_string(r.score);
  if (!r.failed_by.empty()) {
    *out += ",\"failed\":true,\"failed_by\":[";
    for (size_t i = 0; i < r.failed_by.size(); ++i) {
      if (i) *out += ',';
      AppendJsonString(r.failed_by[i], out);
    }
    *out += ']';
  }
  *out += ",\"violations\":[";
  for (size_t i = 0; i < r.violations.size(); ++i) {
    if (i) *out += ',';
    AppendViolationJson(r.violations[i], out, context);
  }
  *out += "],\"skipped_rules\":[";
  for (size_t i = 0; i < r.skipped_rules.size(); ++i) {
    if (i) *out += ',';
    AppendJsonString(r.skipped_rules[i], out);
  }
  *out += ']';
  if (!r.not_judged.empty()) {
    *out += ",\"not_judged\":[";
    for (size_t i = 0; i < r.not_judged.size(); ++i) {
      if (i) *out += ',';
      *out += "{\"rule\":";
      AppendJsonString(r.not_judged[i].rule, out);
      *out += ",\"reason\":";
      AppendJsonString(r.not_judged[i].reason, out);
      *out += '}';
    }
    *out += ']';
  }
  *out += '}';
}

void AppendDiagnostic(const Diagnostic& d, std::string* out) {
  *out += "{\"file\":";
  AppendJsonString(d.file, out);
  *out += ",\"line\":" + std::to_string(d.line);
  if (d.column) *out += ",\"column\":" + std::to_string(d.column);
  *out += ",\"message\":";
  AppendJsonString(d.message, out);
  *out += d.dropped ? ",\"dropped\":true}" : ",\"dropped\":false}";
}

// {"deduct": {...}, "floor": N, "fail_score": N, "rules": {ID: {...}}}:
// every key, so that a reader needs no defaults.
void AppendScoring(const base::ScoringModel& m, std::string* out) {
  using base::Severity;
  *out += "{\"deduct\":{\"error\":" + std::to_string(m.deduct[int(Severity::kError)]) +
          ",\"warning\":" + std::to_string(m.deduct[int(Severity::kWarning)]) +
          ",\"info\":" + std::to_string(m.deduct[int(Severity::kInfo)]) +
          "},\"floor\":" + std::to_string(m.floor) +
          ",\"fail_score\":" + std::to_string(m.fail_score) + ",\"rules\":{";
  bool first = true;
  for (const auto& [id, r] : m.rules) {
    if (!first) *out += ',';
    first = false;
    AppendKey(id, out);
    std::string fields;
    if (r.deduct) fields += ",\"deduct\":" + std::to_string(*r.deduct);
    if (r.weight) {
      fields += ",\"weight\":";
      AppendNumber(*r.weight, &fields);
    }
    if (r.auto_fail) fields += ",\"auto_fail\":true";
    if (!fields.empty()) fields[0] = '{';
    *out += fields.empty() ? "{}" : fields + '}';
  }
  *out += "}}";
}

void AppendSummary(const Summary& s, std::string* out) {
  *out += "{\"records\":" + std::to_string(s.checked() + s.rejected()) +
          ",\"checked\":" + std::to_string(s.checked()) +
          ",\"rejected\":" + std::to_string(s.rejected()) +
          ",\"violations\":" + std::to_string(s.violations()) +
          ",\"suppressed\":" + std::to_string(s.suppressed()) + ",\"average_score\":";
  if (s.checked() > 0)
    AppendNumber(s.average_score(), out);
  else
    *out += "null";  // no conversation, no average
  *out += ",\"by_rule\":";
  AppendCounts(s.by_rule(), out);
  *out += ",\"by_category\":";
  AppendCounts(s.by_category(), out);
  *out += ",\"by_severity\":";
  AppendCounts(s.by_severity(), out);
  *out += ",\"by_agent\":{";
  bool first = true;
  for (const auto& [agent, a] : s.by_agent()) {
    if (!first) *out += ',';
    first = false;
    AppendKey(agent, out);
    *out += "{\"conversations\":" + std::to_string(a.conversations) +
            ",\"violations\":" + std::to_string(a.violations) + ",\"average_score\":";
    AppendNumber(a.conversations ? double(a.score_total) / a.conversations : 100.0, out);
    *out += '}';
  }
  *out += "},\"skipped_rules\":";
  AppendCounts(s.skipped_rules(), out);
  *out += ",\"agent_turns\":" + std::to_string(s.agent_turns()) + ",\"set_aside\":{";
  first = true;
  for (const auto& [rule, by] : s.set_aside()) {
    if (!first) *out += ',';
    first = false;
    AppendKey(rule, out);
    AppendCounts(by, out);
  }
  *out += '}';
  // The rules in force, by the book that defines them (books and ids
  // sorted), so that huashu merge knows the rules that never fired and
  // that shards ran the same books. Absent when no book was applied (no
  // conversation checked) or not known (a merge of reports without it).
  if (!s.rules().empty()) {
    std::map<std::string_view, std::vector<std::string_view>> by_book;
    for (const auto& [id, info] : s.rules()) by_book[info.book].push_back(id);
    *out += ",\"rules_in_force\":{";
    first = true;
    for (const auto& [book, ids] : by_book) {
      if (!first) *out += ',';
      first = false;
      AppendKey(book, out);
      *out += '[';
      for (size_t i = 0; i < ids.size(); ++i) {
        if (i) *out += ',';
        AppendJsonString(ids[i], out);
      }
      *out += ']';
    }
    *out += '}';
  }
  // Only when a book declared a model: reports of the default model keep
  // their exact shape.
  if (!s.scoring().empty()) {
    *out += ",\"scoring\":[";
    for (size_t i = 0; i < s.scoring().size(); ++i) {
      if (i) *out += ',';
      AppendScoring(s.scoring()[i], out);
    }
    *out += "],\"failed\":" + std::to_string(s.failed());
  }
  if (s.baselined()) *out += ",\"baselined\":" + std::to_string(*s.baselined());
  // Only in a report of part of a sharded run, so that `huashu merge` can
  // tell a missing or repeated shard.
  if (const auto& sh = s.shards()) {
    *out += ",\"shards\":{\"count\":" + std::to_string(sh->count) + ",\"covered\":[";
    for (size_t i = 0; i < sh->covered.size(); ++i) {
      if (i) *out += ',';
      *out += std::to_string(sh->covered[i]);
    }
    *out += "]}";
  }
  *out += '}';
}

// Collects output in a buffer and writes it in large blocks; diagnostics,
// which these formats print after the conversations, wait in a spool.
class BufferedWriter : public ReportWriter {
 protected:
  explicit BufferedWriter(std::FILE* out) : out_(out) {}
  void Flush() {
    std::fwrite(buf_.data(), 1, buf_.size(), out_);
    buf_.clear();
  }
  void FlushIfFull() {
    if (buf_.size() > (1 << 16)) Flush();
  }
  // Writes the buffer, then the spooled diagnostics.
  void FlushWithDiagnostics() {
    Flush();
    diagnostics_.WriteTo(out_);
  }
  std::string buf_;
  Spool diagnostics_;
  size_t diagnostic_count_ = 0;

 private:
  std::FILE* out_;
};

class JsonWriter : public BufferedWriter {
 public:
  JsonWriter(std::FILE* out, const WriterOptions& options)
      : BufferedWriter(out), version_(options.version), context_(options.context) {}
  bool PrintsContext() const override { return context_; }
  void Render(const ConversationResult& r, std::string* out) const override {
    AppendResult(r, context_, out);
  }

 protected:
  void OnBegin() override {
    buf_ = "{\"tool\":{\"name\":\"huashu\",\"version\":";
    AppendJsonString(version_, &buf_);
    buf_ += "},\"conversations\":[";
  }
  void OnConversation(const ConversationResult&, std::string_view rendered) override {
    buf_ += count_++ ? ",\n" : "\n";
    buf_ += rendered;
    FlushIfFull();
  }
  void OnDiagnostic(const Diagnostic& d) override {
    std::string s = diagnostic_count_++ ? ",\n" : "\n";
    AppendDiagnostic(d, &s);
    diagnostics_.Append(s);
  }
  void OnEnd(const Summary& s) override {
    buf_ += "\n],\"rulebooks\":[";
    for (size_t i = 0; i < s.rulebooks().size(); ++i) {
      if (i) buf_ += ',';
      AppendJsonString(s.rulebooks()[i], &buf_);
    }
    buf_ += "],\"diagnostics\":[";
    FlushWithDiagnostics();
    buf_ += "],\n\"summary\":";
    AppendSummary(s, &buf_);
    buf_ += "}\n";
    Flush();
  }

 private:
  std::string version_;
  bool context_;
  size_t count_ = 0;
};

// One finding per line; diagnostics as {"diagnostic": ...} lines and the
// summary as a last {"summary": ...} line, so every line is one object.
class JsonlWriter : public BufferedWriter {
 public:
  JsonlWriter(std::FILE* out, const WriterOptions& options)
      : BufferedWriter(out), context_(options.context) {}
  bool PrintsContext() const override { return context_; }
  void Render(const ConversationResult& r, std::string* out) const override {
    for (const Violation& v : r.violations) {
      AppendViolationJson(v, out, context_);
      *out += '\n';
    }
  }

 protected:
  void OnBegin() override {}
  void OnConversation(const ConversationResult&, std::string_view rendered) override {
    buf_ += rendered;
    FlushIfFull();
  }
  void OnDiagnostic(const Diagnostic& d) override {
    std::string s = "{\"diagnostic\":";
    AppendDiagnostic(d, &s);
    s += "}\n";
    diagnostics_.Append(s);
  }
  void OnEnd(const Summary& s) override {
    FlushWithDiagnostics();
    buf_ += "{\"summary\":";
    AppendSummary(s, &buf_);
    buf_ += "}\n";
    Flush();
  }

 private:
  bool context_;
};

// True when `s` can be written into a JSON string as it is: no control
// character, quote or backslash, and well-formed UTF-8 (what the loop of
// AppendJsonString would copy unchanged). Most strings of a report are:
// one pass over every byte, which the compiler vectorises, and for text
// that is not ASCII simdjson's UTF-8 check (tens of bytes per instruction
// where the loop decodes a character at a time). simdjson accepts what
// base::DecodeUtf8 accepts: shortest forms of scalar values only.
bool CopiesAsIs(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  uint8_t special = 0, high = 0;  // bytes, so that the loop vectorises
  for (size_t i = 0; i < n; ++i) {
    const uint8_t c = p[i];
    special |= static_cast<uint8_t>((c < 0x20) | (c == '"') | (c == '\\'));
    high |= c;
  }
  return special == 0 && (high < 0x80 || simdjson::validate_utf8(s));
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  if (CopiesAsIs(s)) {
    out->append(s);
    out->push_back('"');
    return;
  }
  // Copy runs that need no escaping in one go; most text has none. Bytes
  // that are not UTF-8 (a file name, an id from a text export) become
  // U+FFFD, so the report is always valid JSON.
  size_t run = 0;
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const size_t at = i;
      if (base::DecodeUtf8(s, &i) >= 0) continue;
      out->append(s.data() + run, at - run);
      *out += "\xEF\xBF\xBD";
      run = i;
      continue;
    }
    ++i;
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - 1 - run);
    run = i;
    switch (c) {
      case '"':
        *out += "\\\"";
        break;
      case '\\':
        *out += "\\\\";
        break;
      case '\n':
        *out += "\\n";
        break;
      case '\r':
        *out += "\\r";
        break;
      case '\t':
        *out += "\\t";
        break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        *out += buf;
      }
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AppendViolationJson(const Violation& v, std::string* out, bool context) {
  *out += "{\"rule\":";
  AppendJsonString(v.rule, out);
  *out += ",\"category\":";
  AppendJsonString(v.category, out);
  *out += ",\"severity\":";
  AppendJsonString(v.severity, out);
  *out += ",\"message\":";
  AppendJsonString(v.message, out);
  *out += ",\"suggestion\":";
  AppendJsonString(v.suggestion, out);
  *out += ",\"conversation\":";
  AppendJsonString(v.conversation, out);
  *out += ",\"turn\":";
  *out += v.turn ? std::to_string(*v.turn) : "null";
  if (v.reply_turn) *out += ",\"reply_turn\":" + std::to_string(*v.reply_turn);
  *out += ",\"speaker\":";
  if (v.speaker)
    AppendJsonString(transcript::Name(*v.speaker), out);
  else
    *out += "null";
  *out += ",\"span\":";
  AppendSpan(v.span, out);
  *out += ",\"text\":";
  AppendJsonString(v.text, out);
  *out += ",\"time\":";
  if (transcript::HasTime(v.time))
    AppendNumber(v.time, out);
  else
    *out += "null";
  *out += ",\"source\":";
  AppendSource(v.source, out);
  if (v.column) {
    out->pop_back();
    *out += ",\"column\":" + std::to_string(v.column) + "}";
  }
  if (v.match) {
    *out += ",\"match\":{\"how\":";
    AppendJsonString(v.match->how, out);
    *out += ",\"phrase\":";
    AppendJsonString(v.match->phrase, out);
    if (!v.match->detail.empty()) {
      *out += ",\"detail\":";
      AppendJsonString(v.match->detail, out);
    }
    *out += '}';
  }
  if (!v.clause.empty()) {
    *out += ",\"clause\":";
    AppendJsonString(v.clause, out);
  }
  if (context && v.turn) {
    *out += ",\"context\":{\"text\":";
    AppendJsonString(v.turn_text, out);
    *out += ",\"span\":";
    AppendSpan(v.turn_span, out);
    *out += '}';
  }
  *out += '}';
}

void ReportWriter::Begin() {
  if (begun_) return;
  begun_ = true;
  OnBegin();
}

void ReportWriter::Add(const ConversationResult& r, std::string_view rendered) {
  Begin();
  OnConversation(r, rendered);
}

void ReportWriter::AddDiagnostic(const Diagnostic& d) {
  Begin();
  OnDiagnostic(d);
}

void ReportWriter::End(const Summary& summary) {
  Begin();
  OnEnd(summary);
}

void ReportWriter::Write(const ConversationResult& r) {
  std::string s;
  Render(r, &s);
  Add(r, s);
}

void ReportWriter::Finish(const Summary& summary, const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) AddDiagnostic(d);
  End(summary);
}

std::optional<OutputFormat> ParseOutputFormat(std::string_view s) {
  if (s == "json") return OutputFormat::kJson;
  if (s == "jsonl") return OutputFormat::kJsonl;
  if (s == "text") return OutputFormat::kText;
  if (s == "sarif") return OutputFormat::kSarif;
  if (s == "html") return OutputFormat::kHtml;
  return std::nullopt;
}

std::vector<std::string> OutputFormatNames() {
  // The names of every format huashu has or is getting; only those
  // ParseOutputFormat() knows are kept, so a format added there (and in
  // MakeWriter) is offered here as soon as its name is in this list.
  std::vector<std::string> names;
  for (const char* n : {"json", "jsonl", "text", "sarif", "html"})
    if (ParseOutputFormat(n)) names.push_back(n);
  return names;
}

std::unique_ptr<ReportWriter> MakeTextWriter(std::FILE* out, const WriterOptions& options);
std::unique_ptr<ReportWriter> MakeSarifWriter(std::FILE* out, const WriterOptions& options);
std::unique_ptr<ReportWriter> MakeHtmlWriter(std::FILE* out, const WriterOptions& options);

std::unique_ptr<ReportWriter> MakeWriter(OutputFormat format, std::FILE* out,
                                         const WriterOptions& options) {
  switch (format) {
    case OutputFormat::kJson:
      return std::make_unique<JsonWriter>(out, options);
    case OutputFormat::kJsonl:
      return std::make_unique<JsonlWriter>(out, options);
    case OutputFormat::kText:
      return MakeTextWriter(out, options);
    case OutputFormat::kSarif:
      return MakeSarifWriter(out, options);
    case OutputFormat::kHtml:
      return MakeHtmlWriter(out, options);
  }
  return nullptr;
}

}  // namespace huashu::report
