// The rulebooks shipped in rules/, compiled into the binary.

#ifndef HUASHU_RULES_EMBEDDED_H_
#define HUASHU_RULES_EMBEDDED_H_

#include <cstddef>
#include <span>
#include <string_view>

namespace huashu::rules {

struct EmbeddedBook {
  const char* name;  // path under rules/ without ".yaml": "base", "platform/jd"
  const char* yaml;
  size_t size;
  std::string_view text() const { return {yaml, size}; }
};

// Returns every embedded book, sorted by name.
std::span<const EmbeddedBook> EmbeddedBooks();

// Returns rules/coverage-gaps.yaml, the requirements of the reference
// documents the embedded books leave out (rules/coverage.h); empty if the
// file does not exist.
std::string_view EmbeddedCoverageGaps();

}  // namespace huashu::rules

#endif  // HUASHU_RULES_EMBEDDED_H_
