#include "huashu/report/review_csv.h"

#include <fstream>
#include <map>
#include <sstream>

#include "huashu/base/utf8.h"
#include "huashu/report/report_reader.h"

namespace huashu::report {
namespace {

constexpr const char* kColumns[] = {"id",      "rule",    "severity", "category", "conversation",
                                    "turn",    "agent",   "file",     "line",     "text",
                                    "message", "verdict", "note"};
constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// A spreadsheet runs a cell that starts with one of these as a formula;
// texts from conversations must not (CSV injection).
bool LooksLikeFormula(std::string_view field) {
  return !field.empty() && std::string_view("=+-@\t\r").find(field[0]) != std::string_view::npos;
}

}  // namespace

void AppendCsvField(std::string_view field, std::string* out) {
  const bool formula = LooksLikeFormula(field);
  if (!formula && field.find_first_of(",\"\r\n") == std::string_view::npos) {
    *out += field;
    return;
  }
  *out += '"';
  if (formula) *out += '\'';  // shown as text; ReadReviewFile drops it again
  for (char c : field) {
    if (c == '"') *out += '"';
    *out += c;
  }
  *out += '"';
}

std::string ReviewHeader() {
  std::string s(kBom);
  bool first = true;
  for (const char* c : kColumns) {
    if (!first) s += ',';
    first = false;
    s += c;
  }
  return s + "\r\n";
}

void AppendReviewRow(const ReviewRow& r, std::string* out) {
  const std::string* fields[] = {&r.id,      &r.rule,    &r.severity, &r.category, &r.conversation,
                                 &r.turn,    &r.agent,   &r.file,     &r.line,     &r.text,
                                 &r.message, &r.verdict, &r.note};
  bool first = true;
  for (const std::string* f : fields) {
    if (!first) *out += ',';
    first = false;
    AppendCsvField(*f, out);
  }
  *out += "\r\n";
}

std::optional<Verdict> ParseVerdict(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return Verdict::kNone;
  std::string lower(s);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (lower == "tp" || s == "正确") return Verdict::kTruePositive;
  if (lower == "fp" || s == "误报") return Verdict::kFalsePositive;
  return std::nullopt;
}

std::vector<ReviewRow> ReadReviewFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ReportError(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  if (text.compare(0, kBom.size(), kBom) == 0) text.erase(0, kBom.size());
  {
    size_t pos = 0;
    long line = 1;
    while (pos < text.size()) {
      if (text[pos] == '\n') ++line;
      if (base::DecodeUtf8(text, &pos) < 0)
        throw ReportError(path + ":" + std::to_string(line) +
                          ": not UTF-8 (save it from the spreadsheet as \"CSV UTF-8\")");
    }
  }
  // RFC 4180 records: fields split on commas, quoted fields may hold
  // commas, doubled quotes and line breaks.
  std::vector<std::pair<long, std::vector<std::string>>> records;
  long line = 1;
  size_t i = 0;
  while (i < text.size()) {
    std::vector<std::string> fields;
    const long start = line;
    std::string field;
    bool quoted = false, was_quoted = false;
    for (;;) {
      if (i == text.size()) {
        if (quoted) throw ReportError(path + ":" + std::to_string(start) + ": unclosed quote");
        fields.push_back(std::move(field));
        break;
      }
      const char c = text[i++];
      if (quoted) {
        if (c == '"') {
          if (i < text.size() && text[i] == '"') {
            field += '"';
            ++i;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') ++line;
          field += c;
        }
      } else if (c == '"' && field.empty() && !was_quoted) {
        quoted = was_quoted = true;
      } else if (c == ',') {
        fields.push_back(std::move(field));
        field.clear();
        was_quoted = false;
      } else if (c == '\r' && i < text.size() && text[i] == '\n') {
        // CRLF ends the record below.
      } else if (c == '\n') {
        ++line;
        fields.push_back(std::move(field));
        break;
      } else {
        field += c;
      }
    }
    if (fields.size() == 1 && Trim(fields[0]).empty()) continue;  // a blank line
    records.push_back({start, std::move(fields)});
  }
  if (records.empty()) throw ReportError(path + ": empty, no header line");
  std::map<std::string, size_t> column;
  for (size_t c = 0; c < records[0].second.size(); ++c)
    column.emplace(std::string(Trim(records[0].second[c])), c);
  for (const char* need : {"id", "rule", "verdict"})
    if (!column.count(need))
      throw ReportError(path + ":1: no column \"" + need +
                        "\" (the header of a file written by huashu sample)");
  std::vector<ReviewRow> rows;
  for (size_t k = 1; k < records.size(); ++k) {
    // Not a structured binding: clang 14 cannot capture one in the lambda below.
    const long at = records[k].first;
    const std::vector<std::string>& f = records[k].second;
    auto get = [&](const char* name) -> std::string {
      auto it = column.find(name);
      if (it == column.end() || it->second >= f.size()) return "";
      const std::string& v = f[it->second];
      // The quote AppendCsvField put before a formula-like text.
      if (v.size() > 1 && v[0] == '\'' && LooksLikeFormula(std::string_view(v).substr(1)))
        return v.substr(1);
      return v;
    };
    ReviewRow r;
    r.at = at;
    r.id = get("id");
    r.rule = get("rule");
    r.severity = get("severity");
    r.category = get("category");
    r.conversation = get("conversation");
    r.turn = get("turn");
    r.agent = get("agent");
    r.file = get("file");
    r.line = get("line");
    r.text = get("text");
    r.message = get("message");
    r.verdict = std::string(Trim(get("verdict")));
    r.note = get("note");
    if (!ParseVerdict(r.verdict))
      throw ReportError(path + ":" + std::to_string(at) + ": verdict \"" + r.verdict +
                        "\" is neither tp (a real finding) nor fp (a false alarm), nor empty");
    if (r.rule.empty()) throw ReportError(path + ":" + std::to_string(at) + ": no rule");
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace huashu::report
