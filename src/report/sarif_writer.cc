// SARIF 2.1.0 for code-scanning front ends (script templates in CI).
// Columns count Unicode code points (run.columnKind = unicodeCodePoints).

#include <algorithm>
#include <set>

#include "huashu/report/writer.h"

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
  void Append(const ConversationResult& r, std::string_view rendered) override {
    if (rendered.empty()) return;
    if (!results_.empty()) results_ += ",\n";
    results_ += rendered;
    for (const Violation& v : r.violations) used_.insert(v.rule);
  }

  void Finish(const Summary&, const std::vector<Diagnostic>& diags) override {
    std::string s =
        "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
        "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"huashu\",\"version\":";
    AppendJsonString(options_.version, &s);
    s += ",\"rules\":[";
    bool first = true;
    for (const auto& [id, meta] : options_.rules) {
      if (!used_.count(id)) continue;
      if (!first) s += ',';
      first = false;
      s += "{\"id\":";
      AppendJsonString(id, &s);
      s += ",\"shortDescription\":{\"text\":";
      AppendJsonString(meta.first.empty() ? id : meta.first, &s);
      s += "},\"properties\":{\"category\":";
      AppendJsonString(meta.second, &s);
      s += "}}";
    }
    s += "]}},\"columnKind\":\"unicodeCodePoints\",\"results\":[\n" + results_ +
         "],\"invocations\":[{\"executionSuccessful\":true,\"toolExecutionNotifications\":[";
    for (size_t i = 0; i < diags.size(); ++i) {
      if (i) s += ',';
      s += "{\"level\":\"error\",\"message\":{\"text\":";
      AppendJsonString(diags[i].message, &s);
      s += "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":";
      AppendJsonString(diags[i].file, &s);
      s += "},\"region\":{\"startLine\":" + std::to_string(std::max<uint32_t>(diags[i].line, 1)) +
           "}}}]}";
    }
    s += "]}]}]}\n";
    std::fwrite(s.data(), 1, s.size(), out_);
  }

 private:
  std::FILE* out_;
  WriterOptions options_;
  std::string results_;
  std::set<std::string> used_;
};

}  // namespace

std::unique_ptr<ReportWriter> MakeSarifWriter(std::FILE* out, const WriterOptions& options) {
  return std::make_unique<SarifWriter>(out, options);
}

}  // namespace huashu::report
