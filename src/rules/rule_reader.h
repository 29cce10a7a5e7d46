// Internal: reading YAML values of a rulebook with "file:line:col" errors.
// Shared by the book loader and every rule type's Read().

#ifndef HUASHU_SRC_RULES_RULE_READER_H_
#define HUASHU_SRC_RULES_RULE_READER_H_

#include <yaml-cpp/yaml.h>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/rules/rule.h"

namespace huashu::rules {

SourcePos PosOf(const YAML::Node& node, const std::string& file);

// Bounds on phrase-set expansion (sets use earlier sets by @name and each
// use copies them): one list, and all the sets of a load together.
inline constexpr size_t kMaxListPhrases = 100000;
inline constexpr size_t kMaxSetPhrases = 200000;
inline constexpr size_t kMaxSetBytes = 16u << 20;

class RuleReader {
 public:
  // REQUIRES: `file`, `sets` and `documents` (if given) outlive the reader.
  RuleReader(const std::string& file, const std::map<std::string, std::vector<std::string>>* sets,
             const std::map<std::string, Document>* documents = nullptr)
      : file_(file), sets_(sets), documents_(documents) {}

  // The rule being read (set by the loader before RuleType::Read).
  // REQUIRES: set_rule() called. (A pointer, not a Node: assigning to a
  // yaml-cpp Node would overwrite the node it refers to in the tree.)
  const YAML::Node& rule() const { return *rule_; }
  void set_rule(const YAML::Node& node) { rule_ = &node; }
  const std::string& file() const { return file_; }

  [[noreturn]] void Fail(const YAML::Node& node, const std::string& message) const;
  SourcePos Pos(const YAML::Node& node) const { return PosOf(node, file_); }

  std::string Scalar(const YAML::Node& node, std::string_view what) const;
  double Number(const YAML::Node& node, std::string_view what, double min = 0) const;
  int Integer(const YAML::Node& node, std::string_view what, int min = 0) const;
  bool Bool(const YAML::Node& node, std::string_view what) const;
  // The value of `key` of the rule as a number/whole number/bool, or
  // `fallback` when the key is absent.
  double NumberOr(std::string_view key, double fallback, double min = 0) const;
  int IntegerOr(std::string_view key, int fallback, int min = 0) const;
  bool BoolOr(std::string_view key, bool fallback) const;

  // Reads a phrase list; "@name" inserts a named set.
  PhraseList Phrases(const YAML::Node& node, PhraseRole role, std::string_view what) const;
  // Fails on a key of `map` that is not in `allowed`.
  void CheckKeys(const YAML::Node& map, const std::set<std::string>& allowed,
                 std::string_view where) const;
  // any_of / all_of of the rule into kGroup lists; `required`: one must exist.
  void Groups(Rule* r, bool required) const;

  // A `source:` value: one {doc, section, quote} mapping or a list of them.
  // `doc` must name a declared document (see Document); `quote` is at most
  // kMaxQuoteChars code points.
  std::vector<RuleSource> Sources(const YAML::Node& node) const;
  // One {doc, section, quote} mapping that may also hold `extra_keys`.
  RuleSource Source(const YAML::Node& item, const std::set<std::string>& extra_keys = {}) const;

  // A `within:` window: {turns: N, seconds: S} or {end: true}.
  struct Window {
    int turns = 0;       // 0 = unbounded
    double seconds = 0;  // 0 = unbounded
    bool to_end = false;
  };
  Window Within(const YAML::Node& node) const;

 private:
  const std::string& file_;
  const std::map<std::string, std::vector<std::string>>* sets_;
  const std::map<std::string, Document>* documents_;
  const YAML::Node* rule_ = nullptr;
};

}  // namespace huashu::rules

#endif  // HUASHU_SRC_RULES_RULE_READER_H_
