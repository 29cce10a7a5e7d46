// Pattern syntax: parsing and expansion into alternatives.
//
//   (甲|乙|丙)   alternatives; groups nest
//   (甲|乙)?     an optional group;  您?好  an optional single character
//   ~N  ~        a gap of 0..N letters inside one clause (bare ~ is 0..6)
//   \( \) \| \? \~ \\   the character itself
//
// A pattern expands to a bounded list of alternatives; each alternative is a
// list of literal parts (code points as written, not yet folded) with the
// largest gap allowed before each part. The matcher folds the parts and
// compiles them (matcher.h); this file knows nothing about folding.

#ifndef HUASHU_MATCH_PATTERN_H_
#define HUASHU_MATCH_PATTERN_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace huashu::match {

struct PatternPart {
  std::u32string text;  // literal code points as written (escapes resolved)
  uint32_t gap = 0;     // most letters allowed before this part (0 for the first)
};
using PatternAlternative = std::vector<PatternPart>;

// True when `phrase` uses pattern syntax: an unescaped ( ) | ? ~ or one of
// the escapes \( \) \| \? \~ \\.
bool IsPatternSyntax(std::string_view phrase);

// Parses `pattern` and appends its expansions (duplicates removed, in the
// order written) to *out. Returns false with a message in *error (when not
// null) on a syntax error, more than `max_expansions` alternatives, a gap
// above `max_gap`, or an alternative with no literal part. Character
// positions in messages count code points of `pattern` from 1.
bool ExpandPattern(std::string_view pattern, size_t max_expansions, uint32_t max_gap,
                   uint32_t default_gap, std::vector<PatternAlternative>* out,
                   std::string* error);

}  // namespace huashu::match

#endif  // HUASHU_MATCH_PATTERN_H_
