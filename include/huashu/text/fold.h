// Text folding: the one normalization every turn goes through before matching.
//
// Folding maps each code point through a table generated from ICU at build
// time (tools/gen_fold_tables.cc): NFKC, case folding, full/half width,
// traditional -> simplified, circled and styled letters and digits (Ⓐ -> a,
// ① -> 1), with default-ignorable characters (zero-width space, variation
// selectors) dropped. In a turn written the way speech recognisers write
// Chinese, with a space after every character or word (您 好 很 高 兴), the
// spaces between Han characters are dropped too; in typed text, where a
// space separates words or clauses, they are kept (fold.cc). Scanning is an array look-up per code
// point; ICU is never called at scan time.
//
// Matching runs on the folded units, and every unit remembers the code point
// of the original text it came from, so spans map back exactly.

#ifndef HUASHU_TEXT_FOLD_H_
#define HUASHU_TEXT_FOLD_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/text/fold_flags.h"

namespace huashu::text {

// One folded text. Buffers are reused between calls to Fold(), so a scanner
// that keeps one FoldedText per thread allocates nothing in the steady state.
// The vectors are buffers: only their first size() elements are meaningful.
struct FoldedText {
  std::vector<uint32_t> units;      // folded code points
  std::vector<uint32_t> origin;     // units[i] came from original code point origin[i]
  std::vector<uint8_t> flags;       // kFold* flags of units[i]
  std::vector<uint16_t> syllables;  // pinyin syllable id of units[i] (0: none)
  uint32_t noise_count = 0;         // units flagged kFoldNoise
  size_t length = 0;                // folded units
  uint32_t original_length = 0;     // code points in the original text
  // Byte offset of the first ill-formed UTF-8 sequence, or npos.
  size_t error_offset = std::string_view::npos;

  size_t size() const { return length; }
  // Original code point span [begin, end) covered by units [ubegin, uend).
  // REQUIRES: ubegin < uend <= size().
  uint32_t OriginBegin(size_t ubegin) const { return origin[ubegin]; }
  uint32_t OriginEnd(size_t uend) const { return origin[uend - 1] + 1; }
};

// Folds `utf8` into *out, replacing its previous contents.
// Returns true if `utf8` is well-formed; otherwise returns false, sets
// out->error_offset to the first bad byte and folds each bad byte as U+FFFD
// so that the rest of the text is still usable.
bool Fold(std::string_view utf8, FoldedText* out);

// Returns the folded form of `utf8` as code points (for compiling phrases).
// Ill-formed bytes become U+FFFD.
std::u32string FoldToCodePoints(std::string_view utf8);

// Returns the kFold* flags of an already folded code point.
uint8_t FoldFlags(char32_t folded);

// True if folded unit i of units[0, n) is a colon between two digits: a
// clock time (12:40送达), which does not end a clause the way other colons
// do. Full-width colons and digits fold to ASCII, so one test covers both.
// Pattern gaps (match) and conditions (rules) both ask it, so that they
// agree on where a clause ends.
inline bool IsClockColon(const uint32_t* units, size_t i, size_t n) {
  auto digit = [](uint32_t u) { return u >= '0' && u <= '9'; };
  return units[i] == ':' && i > 0 && i + 1 < n && digit(units[i - 1]) && digit(units[i + 1]);
}

// Returns the toneless pinyin syllable id of an already folded Han code point
// (1-based), or 0 when it has none.
uint16_t PinyinSyllable(char32_t folded);

// Returns the spelling of syllable id `id` ("wei"), or "" for 0 or an
// unknown id.
std::string_view PinyinSpelling(uint16_t id);

}  // namespace huashu::text

#endif  // HUASHU_TEXT_FOLD_H_
