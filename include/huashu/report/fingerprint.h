// Finding fingerprints: what identifies a finding across runs and edits,
// for baselines (`huashu check --baseline`) and SARIF's partialFingerprints.
//
// A finding is named by its rule, where it is (a conversation's id, or for a
// script template the file's path relative to the project root) and its
// matched text with white space normalised; never by line, column, turn or
// time, so editing the lines above a finding leaves its key unchanged.
// Findings with the same key (the same word twice in one template file, a
// conversation-level finding twice in one conversation) are told apart by
// their occurrence, counted in input order within that conversation or
// file (FindingCounter).
//
// Paths are mapped once for every report (ProjectPaths): relative to the
// project root when under it, so a run from a subdirectory and a run from
// the root name a file the same way.

#ifndef HUASHU_REPORT_FINGERPRINT_H_
#define HUASHU_REPORT_FINGERPRINT_H_

#include <compare>
#include <map>
#include <string>
#include <string_view>

#include "huashu/report/violation.h"

namespace huashu::report {

// Maps input paths to the names reports use.
class ProjectPaths {
 public:
  // `root`: the project root (an existing directory; relative to the
  // current directory or absolute); "" keeps paths as given (only "./" and
  // repeated slashes removed).
  explicit ProjectPaths(std::string_view root = "");

  // The absolute root, '/'-terminated; "" when none was given.
  const std::string& root() const { return root_; }
  // `path` relative to the root when it lies under it ("-" and paths outside
  // the root are returned unchanged, only normalised).
  std::string Map(std::string_view path) const;
  // True if Map(path) is relative to the root.
  bool UnderRoot(std::string_view path) const;

 private:
  std::string Absolute(std::string_view path) const;
  std::string root_;
  std::string cwd_;  // '/'-terminated
};

struct FindingKey {
  std::string rule;
  std::string file;          // a template's path (ProjectPaths::Map); "" for conversations
  std::string conversation;  // a conversation's id; "" for templates
  std::string text;          // NormaliseText(matched text); "" for conversation-level findings
  auto operator<=>(const FindingKey&) const = default;
};

// Trims white space and folds each run of it (ASCII or ideographic space)
// into one ASCII space.
std::string NormaliseText(std::string_view text);

// The key of `v`. A template finding is recognised by its conversation being
// its file (the template reader names a template by its file).
FindingKey KeyOf(const Violation& v, const ProjectPaths& paths);

// 16 lowercase hex digits: a 64-bit FNV-1a hash of the key's fields. Stable
// across versions and machines.
std::string Digest(const FindingKey& key);

// Counts occurrences of keys: Next(k) returns 1 the first time k is seen, 2
// the second, ...
class FindingCounter {
 public:
  int Next(const FindingKey& key) { return ++seen_[key]; }

 private:
  std::map<FindingKey, int> seen_;
};

}  // namespace huashu::report

#endif  // HUASHU_REPORT_FINGERPRINT_H_
