// SARIF 2.1.0 for code-scanning front ends (script templates in CI),
// checked in the test suite by Microsoft's SARIF Multitool against the
// schema and GitHub's ingestion rules (tests/sarif_validate.py).
//
// Columns count Unicode code points (run.columnKind = unicodeCodePoints).
// Files are named relative to the project root (uriBaseId %SRCROOT%, whose
// absolute location is in run.originalUriBaseIds), so that code-scanning
// services map them to the repository whatever directory the run was
// started from. Each result carries partialFingerprints["huashu/v1"]: the
// finding's key digest (report/fingerprint.h: rule, file or conversation,
// matched text; no line) and its occurrence, so alerts follow a finding
// when lines above it are edited.
//
// Streams: results are written as conversations arrive; the run's tool
// object (with the rule table: every rule in force, Summary::rules(), plus
// any rule that fired) and the invocation (diagnostics as notifications)
// follow them, at the end. JSON objects are unordered, so this is the same
// document as one with the tool first.

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "huashu/report/fingerprint.h"
#include "huashu/report/writer.h"
#include "percent_encode.h"
#include "spool.h"

namespace huashu::report {
namespace {

std::string_view Level(const std::string& severity) {
  return severity == "error" ? "error" : severity == "warning" ? "warning" : "note";
}

// "forbidden.first_reply_3s" -> "ForbiddenFirstReply3s": SARIF's rule
// `name`, a Pascal-case identifier: each word capitalised, except a word of
// one letter, which joins the word before it (interjection_o ->
// Interjectiono: two capitals in a row are not Pascal case).
std::string FriendlyName(std::string_view id) {
  std::string out;
  size_t i = 0;
  while (i < id.size()) {
    size_t j = i;
    while (j < id.size() && std::isalnum(static_cast<unsigned char>(id[j]))) ++j;
    std::string word(id.substr(i, j - i));
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (word.size() > 1 || out.empty())
      word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    out += word;
    i = j + 1;
  }
  return out.empty() ? "Rule" : out;
}

class SarifWriter : public ReportWriter {
 public:
  SarifWriter(std::FILE* out, const WriterOptions& options)
      : out_(out), options_(options), paths_(options.source_root) {}

  void Render(const ConversationResult& r, std::string* out) const override {
    std::string& s = *out;
    FindingCounter occurrences;
    for (const Violation& v : r.violations) {
      if (!s.empty()) s += ",\n";
      s += "{\"ruleId\":";
      AppendJsonString(v.rule, &s);
      s += ",\"level\":\"" + std::string(Level(v.severity)) + "\",\"message\":{\"text\":";
      AppendJsonString(
          v.suggestion.empty() ? v.message : v.message + "（建议：" + v.suggestion + "）", &s);
      s += "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":";
      AppendArtifact(v.source.file, &s);
      s += ",\"region\":{\"startLine\":" + std::to_string(std::max<uint32_t>(v.source.line, 1));
      if (v.column && v.span) {
        s += ",\"startColumn\":" + std::to_string(v.column) +
             ",\"endColumn\":" + std::to_string(v.column + v.span->end - v.span->start);
      }
      if (!v.text.empty()) {
        s += ",\"snippet\":{\"text\":";
        AppendJsonString(v.text, &s);
        s += "}";
      }
      const FindingKey key = KeyOf(v, paths_);
      s += "}}}],\"partialFingerprints\":{\"huashu/v1\":\"" + Digest(key) + ":" +
           std::to_string(occurrences.Next(key)) + "\"},\"properties\":{\"category\":";
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
    // A record that was not checked is an error of the run; a repaired one
    // is a note.
    s += d.dropped ? "{\"level\":\"error\"" : "{\"level\":\"note\"";
    s += ",\"message\":{\"text\":";
    AppendJsonString(d.message, &s);
    s += "},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":";
    AppendArtifact(d.file, &s);
    s += ",\"region\":{\"startLine\":" + std::to_string(std::max<uint32_t>(d.line, 1)) + "}}}]}";
    notifications_.Append(s);
  }
  void OnEnd(const Summary& summary) override {
    buf_ += "],";
    if (!paths_.root().empty()) {
      buf_ += "\"originalUriBaseIds\":{\"%SRCROOT%\":{\"uri\":";
      AppendJsonString("file://" + PercentEncode(paths_.root(), "/"), &buf_);
      buf_ += "}},";
    }
    buf_ += "\"tool\":{\"driver\":{\"name\":\"huashu\",\"version\":";
    AppendJsonString(options_.version, &buf_);
    buf_ += ",\"semanticVersion\":";
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
      AppendRule(id, meta);
    }
    buf_ += "]}},\"invocations\":[{\"executionSuccessful\":true,\"toolExecutionNotifications\":[";
    Flush();
    notifications_.WriteTo(out_);
    buf_ += "]}]}]}\n";
    Flush();
  }

 private:
  // {"uri": ..., "uriBaseId": "%SRCROOT%"} for a file under the project
  // root; a file:// URI for one outside it.
  void AppendArtifact(const std::string& file, std::string* s) const {
    *s += "{\"uri\":";
    const std::string mapped = paths_.Map(file);
    if (!paths_.root().empty() && paths_.UnderRoot(file)) {
      AppendJsonString(PercentEncode(mapped, "/"), s);
      *s += ",\"uriBaseId\":\"%SRCROOT%\"}";
    } else if (!mapped.empty() && mapped[0] == '/') {
      AppendJsonString("file://" + PercentEncode(mapped, "/"), s);
      *s += '}';
    } else {
      AppendJsonString(PercentEncode(mapped, "/"), s);
      *s += '}';
    }
  }

  // One reportingDescriptor: GitHub shows shortDescription as the alert's
  // title and help as its body.
  void AppendRule(const std::string& id, const Summary::RuleInfo& meta) {
    const std::string title = meta.description.empty() ? id : meta.description;
    std::string help = title;
    std::string markdown = "**" + title + "**";
    if (!meta.suggestion.empty()) {
      help += "\n\n建议说法：" + meta.suggestion;
      markdown += "\n\n建议说法：" + meta.suggestion;
    }
    if (!meta.source.empty()) {  // the clauses the rule enforces
      help += "\n\n依据：" + meta.source;
      markdown += "\n\n依据：" + meta.source;
    }
    help += "\n\n规则的词语、条件与示例：huashu rules explain " + id;
    markdown += "\n\n规则的词语、条件与示例：`huashu rules explain " + id + "`";
    buf_ += "{\"id\":";
    AppendJsonString(id, &buf_);
    buf_ += ",\"name\":";
    AppendJsonString(FriendlyName(id), &buf_);
    buf_ += ",\"shortDescription\":{\"text\":";
    AppendJsonString(title, &buf_);
    buf_ += "},\"fullDescription\":{\"text\":";
    AppendJsonString(meta.suggestion.empty() ? title : title + "（建议：" + meta.suggestion + "）",
                     &buf_);
    buf_ += "},\"help\":{\"text\":";
    AppendJsonString(help, &buf_);
    buf_ += ",\"markdown\":";
    AppendJsonString(markdown, &buf_);
    buf_ += "}";
    if (!meta.severity.empty())
      buf_ += ",\"defaultConfiguration\":{\"level\":\"" + std::string(Level(meta.severity)) + "\"}";
    buf_ += ",\"properties\":{\"category\":";
    AppendJsonString(meta.category, &buf_);
    if (!meta.clause.empty()) {
      buf_ += ",\"clause\":";
      AppendJsonString(meta.clause, &buf_);
    }
    if (!meta.category.empty()) {
      buf_ += ",\"tags\":[";
      AppendJsonString(meta.category, &buf_);
      buf_ += "]";
    }
    buf_ += "}}";
  }

  void Flush() {
    std::fwrite(buf_.data(), 1, buf_.size(), out_);
    buf_.clear();
  }

  std::FILE* out_;
  WriterOptions options_;
  ProjectPaths paths_;
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
