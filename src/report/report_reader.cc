#include "huashu/report/report_reader.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string_view>

namespace huashu::report {
namespace {

using nlohmann::json;

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

std::string AgentKey(const json& c) {
  if (!c.contains("agent")) return "(unknown)";
  const std::string id = c["agent"].value("id", ""), name = c["agent"].value("name", "");
  return !id.empty() ? id : !name.empty() ? name : "(unknown)";
}

Violation ToViolation(const json& j) {
  Violation v;
  v.rule = j.at("rule");
  v.category = j.value("category", "");
  v.severity = j.value("severity", "");
  v.message = j.value("message", "");
  v.suggestion = j.value("suggestion", "");
  v.conversation = j.at("conversation");
  if (j.contains("turn") && !j["turn"].is_null()) v.turn = j["turn"].get<uint32_t>();
  if (j.contains("reply_turn")) v.reply_turn = j["reply_turn"].get<uint32_t>();
  if (j.contains("speaker") && !j["speaker"].is_null())
    v.speaker = base::ParseSpeaker(j["speaker"].get<std::string>());
  if (j.contains("span") && !j["span"].is_null())
    v.span = Span{j["span"].at("start").get<uint32_t>(), j["span"].at("end").get<uint32_t>()};
  v.text = j.value("text", "");
  if (j.contains("time") && !j["time"].is_null()) v.time = j["time"].get<double>();
  if (j.contains("source")) {
    v.source.file = j["source"].value("file", "");
    v.source.line = j["source"].value("line", 0u);
    v.column = j["source"].value("column", 0u);
  }
  if (j.contains("match")) {
    const json& m = j["match"];
    v.match = MatchInfo{m.value("how", ""), m.value("phrase", ""), m.value("detail", "")};
  }
  v.clause = j.value("clause", "");
  return v;
}

void ReadTotals(const json& s, ReportTotals* t) {
  t->checked = s.at("checked").get<long>();
  if (s.contains("agent_turns")) t->agent_turns = s["agent_turns"].get<long>();
  for (const auto& [rule, n] : s.at("by_rule").items()) t->by_rule[rule] += n.get<long>();
  if (s.contains("set_aside")) {
    t->set_aside.emplace();
    for (const auto& [rule, by] : s["set_aside"].items())
      for (const auto& [key, n] : by.items()) (*t->set_aside)[rule][key] += n.get<long>();
  }
}

void Conversation(const json& c, const std::function<void(const ReportFinding&)>& on_finding) {
  ReportFinding f;
  f.agent = AgentKey(c);
  for (const json& v : c.at("violations")) {
    f.violation = ToViolation(v);
    on_finding(f);
  }
}

// A JSON report as one document (reformatted, or small).
ReportTotals ReadWhole(const std::string& path, std::istream& in,
                       const std::function<void(const ReportFinding&)>& on_finding) {
  const json doc = json::parse(in);
  if (!doc.is_object() || !doc.contains("conversations") || !doc.contains("summary"))
    throw ReportError(path + ": not a report of huashu check (no conversations and summary)");
  for (const json& c : doc["conversations"]) Conversation(c, on_finding);
  ReportTotals t;
  ReadTotals(doc["summary"], &t);
  if (doc.contains("rulebooks")) t.rulebooks = doc["rulebooks"].get<std::vector<std::string>>();
  return t;
}

}  // namespace

ReportTotals ReadReport(const std::string& path,
                        const std::function<void(const ReportFinding&)>& on_finding) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ReportError(path + ": cannot open");
  constexpr std::string_view kHead = "{\"tool\":";
  constexpr std::string_view kConversations = ",\"conversations\":[";
  constexpr std::string_view kBooks = "],\"rulebooks\":";
  constexpr std::string_view kDiagnostics = ",\"diagnostics\":[";
  constexpr std::string_view kSummary = "\"summary\":";
  constexpr std::string_view kJsonlSummary = "{\"summary\":";
  constexpr std::string_view kJsonlDiagnostic = "{\"diagnostic\":";
  std::string line;
  long lineno = 0;
  ReportTotals t;
  bool have_summary = false;
  try {
    if (!std::getline(in, line)) throw ReportError(path + ": empty, not a report of huashu check");
    lineno = 1;
    if (StartsWith(line, kHead) && !EndsWith(line, kConversations)) {
      in.clear();
      in.seekg(0);
      return ReadWhole(path, in, on_finding);
    }
    if (StartsWith(line, kHead)) {
      // As huashu check writes it: a conversation per line.
      bool in_conversations = true;
      while (std::getline(in, line)) {
        ++lineno;
        if (in_conversations) {
          if (StartsWith(line, kBooks)) {
            in_conversations = false;
            const size_t d = line.find(kDiagnostics);
            if (d != std::string::npos)
              t.rulebooks = json::parse(line.substr(kBooks.size(), d - kBooks.size()))
                                .get<std::vector<std::string>>();
            continue;
          }
          std::string_view c = line;
          if (EndsWith(c, ",")) c.remove_suffix(1);
          Conversation(json::parse(c), on_finding);
        } else if (StartsWith(line, kSummary)) {
          ReadTotals(json::parse(std::string_view(line).substr(kSummary.size(),
                                                               line.size() - kSummary.size() - 1)),
                     &t);
          have_summary = true;
        }
      }
    } else {
      // JSON Lines: findings, diagnostics, the summary last.
      t.jsonl = true;
      ReportFinding f;
      do {
        if (line.empty() || StartsWith(line, kJsonlDiagnostic)) continue;
        const json j = json::parse(line);
        if (StartsWith(line, kJsonlSummary)) {
          ReadTotals(j.at("summary"), &t);
          have_summary = true;
          continue;
        }
        f.violation = ToViolation(j);
        on_finding(f);
      } while (std::getline(in, line) && ++lineno);
    }
  } catch (const json::exception& e) {
    throw ReportError(path + ":" + std::to_string(lineno) +
                      ": not a report of huashu check (-o json or -o jsonl): " + e.what());
  }
  if (!have_summary)
    throw ReportError(path +
                      ": no summary: not a complete report of huashu check (-o json or "
                      "-o jsonl)");
  return t;
}

}  // namespace huashu::report
