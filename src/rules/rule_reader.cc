#include "rule_reader.h"

#include <cmath>
#include <stdexcept>

#include "huashu/base/utf8.h"
#include "huashu/rules/rulebook.h"

namespace huashu::rules {

SourcePos PosOf(const YAML::Node& node, const std::string& file) {
  const YAML::Mark m = node.Mark();
  if (m.is_null() || m.line < 0) return SourcePos{file, 1, 1};  // a node without a place
  return SourcePos{file, m.line + 1, m.column + 1};
}

void RuleReader::Fail(const YAML::Node& node, const std::string& message) const {
  throw RulebookError(PosOf(node, file_), message);
}

std::string RuleReader::Scalar(const YAML::Node& node, std::string_view what) const {
  if (!node.IsScalar()) Fail(node, std::string(what) + " must be a single value");
  return node.Scalar();
}

double RuleReader::Number(const YAML::Node& node, std::string_view what, double min) const {
  const std::string s = Scalar(node, what);
  double v;
  try {
    size_t used;
    v = std::stod(s, &used);
    if (used != s.size()) throw std::invalid_argument(s);
  } catch (const std::exception&) {
    Fail(node, std::string(what) + " must be a number, got '" + s + "'");
  }
  if (!std::isfinite(v)) Fail(node, std::string(what) + " must be a number, got '" + s + "'");
  if (v < min) Fail(node, std::string(what) + " must be at least " + std::to_string(min));
  return v;
}

int RuleReader::Integer(const YAML::Node& node, std::string_view what, int min) const {
  const double v = Number(node, what, min);
  if (v > 1e6) Fail(node, std::string(what) + " is too large");
  if (v != static_cast<int>(v)) Fail(node, std::string(what) + " must be a whole number");
  return static_cast<int>(v);
}

bool RuleReader::Bool(const YAML::Node& node, std::string_view what) const {
  const std::string s = Scalar(node, what);
  if (s == "true" || s == "yes") return true;
  if (s == "false" || s == "no") return false;
  Fail(node, std::string(what) + " must be true or false, got '" + s + "'");
}

double RuleReader::NumberOr(std::string_view key, double fallback, double min) const {
  const YAML::Node n = rule()[std::string(key)];
  return n ? Number(n, key, min) : fallback;
}

int RuleReader::IntegerOr(std::string_view key, int fallback, int min) const {
  const YAML::Node n = rule()[std::string(key)];
  return n ? Integer(n, key, min) : fallback;
}

bool RuleReader::BoolOr(std::string_view key, bool fallback) const {
  const YAML::Node n = rule()[std::string(key)];
  return n ? Bool(n, key) : fallback;
}

PhraseList RuleReader::Phrases(const YAML::Node& node, PhraseRole role,
                               std::string_view what) const {
  PhraseList list;
  list.role = role;
  if (node.IsScalar()) Fail(node, std::string(what) + " must be a list of phrases, e.g. [您好]");
  if (!node.IsSequence()) Fail(node, std::string(what) + " must be a list of phrases");
  for (const YAML::Node& item : node) {
    const std::string s = Scalar(item, what);
    if (!s.empty() && s[0] == '@') {
      auto it = sets_->find(s.substr(1));
      if (it == sets_->end()) Fail(item, "unknown phrase set '" + s + "' (define it under sets:)");
      if (list.phrases.size() + it->second.size() > kMaxListPhrases)
        Fail(item, std::string(what) + ": more than " + std::to_string(kMaxListPhrases) +
                       " phrases once sets are expanded");
      for (const std::string& p : it->second) {
        list.phrases.push_back(p);
        list.positions.push_back(PosOf(item, file_));
      }
      continue;
    }
    if (s.empty()) Fail(item, std::string(what) + ": empty phrase");
    list.phrases.push_back(s);
    list.positions.push_back(PosOf(item, file_));
  }
  if (list.phrases.empty()) Fail(node, std::string(what) + " is empty: list at least one phrase");
  return list;
}

void RuleReader::CheckKeys(const YAML::Node& map, const std::set<std::string>& allowed,
                           std::string_view where) const {
  for (auto it = map.begin(); it != map.end(); ++it) {
    const std::string key = it->first.Scalar();
    if (!allowed.count(key)) {
      std::string list;
      for (const auto& k : allowed) list += (list.empty() ? "" : ", ") + k;
      Fail(it->first,
           "unknown key '" + key + "' in " + std::string(where) + " (allowed: " + list + ")");
    }
  }
}

void RuleReader::Groups(Rule* r, bool required) const {
  const YAML::Node& rule = this->rule();
  if (rule["any_of"]) r->phrases.push_back(Phrases(rule["any_of"], PhraseRole::kGroup, "any_of"));
  if (const YAML::Node all = rule["all_of"]) {
    if (!all.IsSequence() || all.size() == 0)
      Fail(all, "all_of must be a non-empty list of groups");
    for (const YAML::Node& g : all) {
      if (!g.IsMap()) Fail(g, "each all_of group is {name: ..., any_of: [...]}");
      CheckKeys(g, {"name", "any_of"}, "all_of group");
      if (!g["any_of"]) Fail(g, "all_of group needs any_of");
      PhraseList list = Phrases(g["any_of"], PhraseRole::kGroup, "any_of");
      list.name = g["name"] ? Scalar(g["name"], "name") : list.phrases.front();
      r->phrases.push_back(std::move(list));
    }
  }
  if (required && !rule["any_of"] && !rule["all_of"]) Fail(rule, "needs any_of or all_of");
}

std::vector<RuleSource> RuleReader::Sources(const YAML::Node& node) const {
  constexpr const char* kShape = "source is {doc: ID, section: ..., quote: ...} or a list of them";
  std::vector<YAML::Node> items;
  if (node.IsMap()) {
    items.push_back(node);
  } else if (node.IsSequence()) {
    for (const YAML::Node& item : node) items.push_back(item);
    if (items.empty()) Fail(node, "source is empty: cite at least one clause");
  } else {
    Fail(node, kShape);
  }
  std::vector<RuleSource> out;
  for (const YAML::Node& item : items) {
    if (!item.IsMap()) Fail(item, kShape);
    out.push_back(Source(item));
  }
  return out;
}

RuleSource RuleReader::Source(const YAML::Node& item,
                              const std::set<std::string>& extra_keys) const {
  std::set<std::string> keys = {"doc", "section", "quote"};
  keys.insert(extra_keys.begin(), extra_keys.end());
  CheckKeys(item, keys, "source");
  RuleSource src;
  src.pos = Pos(item);
  if (!item["doc"]) Fail(item, "source without doc (a document id from documents:)");
  src.doc = Scalar(item["doc"], "source.doc");
  if (!documents_ || !documents_->count(src.doc))
    Fail(item["doc"], "unknown document '" + src.doc + "' (declare it under documents:)");
  src.title = documents_->at(src.doc).title;
  if (!item["section"]) Fail(item, "source without section");
  src.section = Scalar(item["section"], "source.section");
  if (src.section.empty()) Fail(item["section"], "source.section is empty");
  if (const YAML::Node q = item["quote"]) {
    src.quote = Scalar(q, "source.quote");
    if (src.quote.empty()) Fail(q, "source.quote is empty (leave it out instead)");
    if (base::CountCodePoints(src.quote) > kMaxQuoteChars)
      Fail(q, "source.quote is longer than " + std::to_string(kMaxQuoteChars) +
                  " characters: a few characters that locate the clause, not a copy of it");
  }
  return src;
}

RuleReader::Window RuleReader::Within(const YAML::Node& node) const {
  Window w;
  if (!node) return w;
  if (!node.IsMap()) Fail(node, "within is {turns: N, seconds: S} or {end: true}");
  CheckKeys(node, {"turns", "seconds", "end"}, "within");
  if (node["end"]) {
    if (node["turns"] || node["seconds"]) Fail(node, "within: end excludes turns and seconds");
    w.to_end = Bool(node["end"], "within.end");
    return w;
  }
  if (node["turns"]) w.turns = Integer(node["turns"], "within.turns", 1);
  if (node["seconds"]) w.seconds = Number(node["seconds"], "within.seconds", 0);
  return w;
}

}  // namespace huashu::rules
