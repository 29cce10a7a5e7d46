// SARIF 2.1.0 for code-scanning front ends (script templates in CI).
// Columns count Unicode code points (run.columnKind = unicodeCodePoints).
//
// Streams: results are written as conversations arrive; the run's tool
// object (with the rule table: every rule in force, Summary::rules(), plus
// any rule that fired) and the invocation (diagnostics as notifications)
// follow them, at the end. JSON objects are unordered, so this is the same
// document as one with the tool first.

#include <algorithm>
#include <map>
#include <set>

#include "huashu/report/writer.h"
#include "spool.h"

namespace huashu::report {
namespace {

std::string_view Level(const std::string& severity) {
  return severity == "error" ? "error" : severity == "warning" ? "warning" : "note";
}

class SarifWriter : public ReportWriter {
 public:
  SarifWriter(std::FILE* out, const WriterOptions& options) : out_(out), options_(options) {}

  void Render(const ConversationResult& r, std::string* out) const override {
    std::string& s = *out;
    for (const Violation& v : r.violations) {
      if (!s.empty()) s += ",\n";
      s += "{\"ruleId\":";
      AppendJsonString(v.rule, &s);
      s += ",\"level\":\"" + std::string(Level(v.severity)) + "\",\"message\":{\"text\":";
      AppendJsonString(
          v.suggestion.empty() ? v.message : v.message + "（建议：" + v.suggestion + "）", &s);
      s += "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":";
      AppendJsonString(v.source.file, &s);
      s += "},\"region\":{\"startLine\":" + std::to_string(std::max<uint32_t>(v.source.line, 1));
      if (v.column && v.span) {
        s += ",\"startColumn\":" + std::to_string(v.column) +
             ",\"endColumn\":" + std::to_string(v.column + v.span->end - v.span->start);
      }
      if (!v.text.empty()) {
        s += ",\"snippet\":{\"text\":";
        AppendJsonString(v.text, &s);
        s += "}";
      }
      s += "}}}],\"properties\":{\"category\":";
      AppendJsonString(v.category, &s);
      s += ",\"conversation\":";
      AppendJsonString(v.conversation, &s);
      if (v.turn) s += ",\"turn\":" + std::to_string(*v.turn);
      s += "}}";
    }
  }

 protected:
  void OnBegin() override {
    buf_ =
        "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
        "\"runs\":[{\"columnKind\":\"unicodeCodePoints\",\"results\":[\n";
  }
  void OnConversation(const ConversationResult& r, std::string_view rendered) override {
    if (rendered.empty()) return;
    if (any_result_) buf_ += ",\n";
    any_result_ = true;
    buf_ += rendered;
    for (const Violation& v : r.violations) fired_.insert(v.rule);
    if (buf_.size() > (1 << 16)) Flush();
  }
  void OnDiagnostic(const Diagnostic& d) override {
    std::string s = notifications_.empty() ? "" : ",";
    s += "{\"level\":\"error\",\"message\":{\"text\":";
    AppendJsonString(d.message, &s);
    s += "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":";
    AppendJsonString(d.file, &s);
    s += "},\"region\":{\"startLine\":" + std::to_string(std::max<uint32_t>(d.line, 1)) + "}}}]}";
    notifications_.Append(s);
  }
  void OnEnd(const Summary& summary) override {
    buf_ += "],\"tool\":{\"driver\":{\"name\":\"huashu\",\"version\":";
    AppendJsonString(options_.version, &buf_);
    buf_ += ",\"rules\":[";
    // Every rule in force, and every rule that fired (sorted by id).
    std::map<std::string, Summary::RuleInfo> table = summary.rules();
    for (const std::string& id : fired_) {
      if (table.count(id)) continue;
      auto it = options_.rules.find(id);
      if (it != options_.rules.end()) table[id] = {it->second.first, it->second.second, "", ""};
    }
    bool first = true;
    for (const auto& [id, meta] : table) {
      if (!first) buf_ += ',';
      first = false;
      buf_ += "{\"id\":";
      AppendJsonString(id, &buf_);
      buf_ += ",\"shortDescription\":{\"text\":";
      AppendJsonString(meta.description.empty() ? id : meta.description, &buf_);
      if (!meta.source.empty()) {  // the clauses the rule enforces
        buf_ += "},\"help\":{\"text\":";
        AppendJsonString("依据：" + meta.source, &buf_);
      }
      buf_ += "},\"properties\":{\"category\":";
      AppendJsonString(meta.category, &buf_);
      if (!meta.clause.empty()) {
        buf_ += ",\"clause\":";
        AppendJsonString(meta.clause, &buf_);
      }
      buf_ += "}}";
    }
    buf_ += "]}},\"invocations\":[{\"executionSuccessful\":true,\"toolExecutionNotifications\":[";
    Flush();
    notifications_.WriteTo(out_);
    buf_ += "]}]}]}\n";
    Flush();
  }

 private:
  void Flush() {
    std::fwrite(buf_.data(), 1, buf_.size(), out_);
    buf_.clear();
  }

  std::FILE* out_;
  WriterOptions options_;
  std::string buf_;
  bool any_result_ = false;
  std::set<std::string> fired_;
  Spool notifications_;
};
}  // namespace

std::unique_ptr<ReportWriter> MakeSarifWriter(std::FILE* out, const WriterOptions& options) {
  return std::make_unique<SarifWriter>(out, options);
}

}  // namespace huashu::report
