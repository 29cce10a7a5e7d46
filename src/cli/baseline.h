// Baselines: the findings a project has accepted for now, so that CI fails
// only on new ones (`huashu check --write-baseline FILE`, then
// `huashu check --baseline FILE`).
//
// A finding is matched by its key (report/fingerprint.h: rule, template
// file or conversation id, normalised matched text; no line numbers), so
// edits above a finding do not revive it. A key recorded with count N
// accepts the first N findings of that key in a conversation or template
// file, in input order; an (N+1)th is new.
//
// The file is JSON, versioned, one entry per line in a stable order, so
// that a change of the baseline reads as a small diff:
//
//   {"version": 1, "tool": "huashu",
//    "findings": [
//     {"file": "replies/pdd.txt", "rule": "ad.absolute", "text": "全网最低", "count": 2},
//     {"conversation": "c-0001", "rule": "closing.chat", "text": "", "count": 1}
//    ]}
//
// Entries are sorted by file or conversation, then rule, then text.

#ifndef HUASHU_SRC_CLI_BASELINE_H_
#define HUASHU_SRC_CLI_BASELINE_H_

#include <map>
#include <stdexcept>
#include <string>

#include "huashu/report/fingerprint.h"

namespace huashu::cli {

// A baseline file that cannot be read or is not a baseline. what() names
// the file (and line:col for JSON syntax errors).
class BaselineError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Baseline {
 public:
  static constexpr int kVersion = 1;

  // Reads `path`. Throws BaselineError.
  static Baseline Load(const std::string& path);

  // Records one more finding of `key`.
  void Add(const report::FindingKey& key) { ++counts_[key]; }
  // How many findings of `key` the baseline accepts per conversation or file.
  int Count(const report::FindingKey& key) const {
    auto it = counts_.find(key);
    return it == counts_.end() ? 0 : it->second;
  }
  // Entries and the findings they stand for.
  size_t entries() const { return counts_.size(); }
  int findings() const;

  // The file's text (see the top of this file).
  std::string ToJson() const;
  // Writes ToJson() to `path` through a temporary file renamed into place.
  // Throws BaselineError.
  void Save(const std::string& path) const;

 private:
  std::map<report::FindingKey, int> counts_;
};

}  // namespace huashu::cli

#endif  // HUASHU_SRC_CLI_BASELINE_H_
