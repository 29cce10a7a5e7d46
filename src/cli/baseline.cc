#include "baseline.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>
#include <vector>

#include "huashu/report/writer.h"

namespace huashu::cli {
namespace {

// "line:col" (1-based) of byte `offset` of `text`.
std::string Position(const std::string& text, size_t offset) {
  size_t line = 1, col = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++col;
    }
  }
  return std::to_string(line) + ":" + std::to_string(col);
}

}  // namespace

int Baseline::findings() const {
  int n = 0;
  for (const auto& [k, c] : counts_) n += c;
  return n;
}

Baseline Baseline::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw BaselineError(path + ": cannot open: " + std::strerror(errno) +
                        " (write one with huashu check --write-baseline " + path + ")");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw BaselineError(path + ":" + Position(text, e.byte ? e.byte - 1 : 0) +
                        ": not JSON: " + e.what());
  }
  auto bad = [&](const std::string& why) { return BaselineError(path + ": " + why); };
  if (!j.is_object() || !j.contains("version"))
    throw bad("not a huashu baseline (no \"version\"; write one with --write-baseline)");
  if (!j["version"].is_number_integer() || j["version"].get<int>() != kVersion)
    throw bad("baseline version " + j["version"].dump() + " is not supported (this huashu reads " +
              std::to_string(kVersion) + "; write it anew with --write-baseline)");
  if (!j.contains("findings") || !j["findings"].is_array())
    throw bad("\"findings\" must be an array");
  Baseline b;
  size_t i = 0;
  for (const auto& e : j["findings"]) {
    const std::string at = "findings[" + std::to_string(i++) + "]";
    auto str = [&](const char* k) -> std::string {
      if (!e.contains(k)) return "";
      if (!e[k].is_string()) throw bad(at + "." + k + " must be a string");
      return e[k].get<std::string>();
    };
    if (!e.is_object()) throw bad(at + " must be an object");
    report::FindingKey key;
    key.rule = str("rule");
    key.file = str("file");
    key.conversation = str("conversation");
    key.text = report::NormaliseText(str("text"));
    if (key.rule.empty()) throw bad(at + " has no \"rule\"");
    if (key.file.empty() == key.conversation.empty())
      throw bad(at + " needs one of \"file\" or \"conversation\"");
    int count = 1;
    if (e.contains("count")) {
      if (!e["count"].is_number_integer() || e["count"].get<long long>() < 1 ||
          e["count"].get<long long>() > (1 << 30))
        throw bad(at + ".count must be a positive integer");
      count = e["count"].get<int>();
    }
    b.counts_[key] += count;
  }
  return b;
}

std::string Baseline::ToJson() const {
  // Sorted by where first: one file's or conversation's entries together.
  std::vector<std::pair<std::tuple<std::string, std::string, std::string, std::string>, int>> rows;
  for (const auto& [k, n] : counts_) rows.push_back({{k.file, k.conversation, k.rule, k.text}, n});
  std::sort(rows.begin(), rows.end());
  std::string s = "{\"version\": " + std::to_string(kVersion) + ", \"tool\": \"huashu\",\n";
  s += " \"findings\": [";
  bool first = true;
  for (const auto& [t, n] : rows) {
    const auto& [file, conversation, rule, text] = t;
    s += first ? "\n  {" : ",\n  {";
    first = false;
    if (!file.empty()) {
      s += "\"file\": ";
      report::AppendJsonString(file, &s);
    } else {
      s += "\"conversation\": ";
      report::AppendJsonString(conversation, &s);
    }
    s += ", \"rule\": ";
    report::AppendJsonString(rule, &s);
    s += ", \"text\": ";
    report::AppendJsonString(text, &s);
    s += ", \"count\": " + std::to_string(n) + "}";
  }
  s += first ? "]}\n" : "\n ]}\n";
  return s;
}

void Baseline::Save(const std::string& path) const {
  const std::string tmp = path + ".tmp";
  const std::string text = ToJson();
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) throw BaselineError(path + ": cannot write: " + std::strerror(errno));
  const bool wrote = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  const bool closed = std::fclose(f) == 0;
  if (!wrote || !closed) {
    const int err = errno;
    std::remove(tmp.c_str());
    throw BaselineError(path + ": cannot write: " + std::strerror(err));
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    std::remove(tmp.c_str());
    throw BaselineError(path + ": cannot write: " + std::strerror(err));
  }
}

}  // namespace huashu::cli
