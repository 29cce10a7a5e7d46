// Internal: reading the folded text of a turn around a hit — clause limits,
// letters between two positions — for the conditions.

#ifndef HUASHU_SRC_RULES_CONDITIONS_CLAUSE_H_
#define HUASHU_SRC_RULES_CONDITIONS_CLAUSE_H_

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "huashu/match/matcher.h"
#include "huashu/text/fold.h"
#include "huashu/text/fold_flags.h"

namespace huashu::rules {

// True if folded unit `u` with flags `f` ends a clause: a sentence break
// (。！？ line break) or clause punctuation (，；：、 and their ASCII forms).
inline bool EndsClause(uint32_t u, uint8_t f) {
  if (f & text::kFoldBreak) return true;
  return u == ',' || u == ';' || u == ':' || u == 0x3001 /* 、 */ || u == 0xFF0C || u == 0xFF1B ||
         u == 0xFF1A;
}

// EndsClause for unit i of a turn, reading its neighbours: a clock time's
// colon (text::IsClockColon) is no clause mark, as in the matcher's gaps.
inline bool EndsClauseAt(std::span<const uint32_t> units, std::span<const uint8_t> flags,
                         size_t i) {
  if (text::IsClockColon(units.data(), i, units.size())) return false;
  return EndsClause(units[i], flags[i]);
}

inline bool IsLetter(uint8_t f) { return (f & (text::kFoldNoise | text::kFoldBreak)) == 0; }

// The clause around units [begin, end) of a turn: [*from, *to).
inline void ClauseAround(std::span<const uint32_t> units, std::span<const uint8_t> flags,
                         uint32_t begin, uint32_t end, uint32_t* from, uint32_t* to) {
  uint32_t a = begin;
  while (a > 0 && !EndsClauseAt(units, flags, a - 1)) --a;
  uint32_t b = end;
  while (b < units.size() && !EndsClauseAt(units, flags, b)) ++b;
  *from = a;
  *to = b;
}

// Letters (not noise, not breaks) in units [a, b).
inline uint32_t LettersBetween(std::span<const uint8_t> flags, uint32_t a, uint32_t b) {
  uint32_t n = 0;
  for (uint32_t i = a; i < b; ++i) n += IsLetter(flags[i]);
  return n;
}

// True if every letter of a turn (its `flags`) lies inside one of `hits`
// of phrase set `set`; true for a turn with no letter. Quadratic in the
// turn's hits, without allocating: turns are short.
inline bool LettersInsideHits(std::span<const uint8_t> flags, std::span<const match::Hit> hits,
                              uint32_t set) {
  for (uint32_t i = 0; i < flags.size(); ++i) {
    if (!IsLetter(flags[i])) continue;
    bool covered = false;
    for (const match::Hit& h : hits)
      if (h.set == set && h.ubegin <= i && i < h.uend) {
        covered = true;
        break;
      }
    if (!covered) return false;
  }
  return true;
}

inline bool IsQuestionMark(uint32_t u) { return u == '?' || u == 0xFF1F; }

// True if units [from, to) of a turn ask something: a question mark after
// their last letter (up to a few noise units past `to`: 吗~？, 吗 ?), or
// their last letter is one of `particles`. Rules differ on the particles:
// 呢 and 吧 end statements as often as questions in a single clause, but a
// whole turn that ends on them is asked.
inline bool ClauseAsks(std::span<const uint32_t> units, std::span<const uint8_t> flags,
                       uint32_t from, uint32_t to, std::u32string_view particles) {
  for (uint32_t i = to; i < units.size() && i < to + 4; ++i) {
    if (IsQuestionMark(units[i])) return true;
    if (IsLetter(flags[i])) break;
  }
  for (uint32_t i = to; i-- > from;) {
    if (IsQuestionMark(units[i])) return true;
    if (!IsLetter(flags[i])) continue;
    return particles.find(static_cast<char32_t>(units[i])) != std::u32string_view::npos;
  }
  return false;
}

// True if folded unit `u` is a digit as people write or say one: 0-9, a
// Chinese numeral (零〇一二…九, 幺 and 两 as read out on the phone), or '*'
// (a digit an export masked).
inline bool IsDigitLike(uint32_t u) {
  if ((u >= '0' && u <= '9') || u == '*') return true;
  switch (u) {
    case U'零':
    case U'〇':
    case U'一':
    case U'二':
    case U'三':
    case U'四':
    case U'五':
    case U'六':
    case U'七':
    case U'八':
    case U'九':
    case U'幺':
    case U'两':
      return true;
    default:
      return false;
  }
}

// The digits of units [begin, end) of a turn as ASCII, Chinese numerals
// read as spoken (幺 one, 两 two), in place: no allocation (the first
// kCapacity digits; no number said in one breath is longer). Masking stars
// are kept when `stars`, so a masked run only repeats the same masked run.
struct DigitString {
  static constexpr uint32_t kCapacity = 64;
  char digits[kCapacity];
  uint32_t size = 0;
  std::string_view view() const { return {digits, size}; }
};

inline DigitString DigitsIn(std::span<const uint32_t> units, uint32_t begin, uint32_t end,
                            bool stars = true) {
  static constexpr std::pair<char32_t, char> kSpoken[] = {
      {U'零', '0'}, {U'〇', '0'}, {U'一', '1'}, {U'幺', '1'}, {U'二', '2'},
      {U'两', '2'}, {U'三', '3'}, {U'四', '4'}, {U'五', '5'}, {U'六', '6'},
      {U'七', '7'}, {U'八', '8'}, {U'九', '9'}};
  DigitString out;
  for (uint32_t i = begin; i < end && i < units.size() && out.size < DigitString::kCapacity; ++i) {
    const uint32_t u = units[i];
    if (!IsDigitLike(u) || (u == '*' && !stars)) continue;
    if ((u >= '0' && u <= '9') || u == '*') {
      out.digits[out.size++] = static_cast<char>(u);
      continue;
    }
    for (const auto& [c, d] : kSpoken)
      if (u == static_cast<uint32_t>(c)) out.digits[out.size++] = d;
  }
  return out;
}

// The digits (as DigitsIn, stars left out) of the longest run of digits in
// a turn: spaces, dashes and other noise inside a run are skipped, any other
// letter ends it. 一 of 一下 is a run of one and loses to the number.
inline DigitString LongestRunDigits(std::span<const uint32_t> units,
                                    std::span<const uint8_t> flags) {
  uint32_t best_begin = 0, best_end = 0, best = 0;
  for (uint32_t i = 0; i < units.size();) {
    if (!IsDigitLike(units[i]) || units[i] == '*') {
      ++i;
      continue;
    }
    uint32_t j = i, n = 0, end = i;
    while (j < units.size()) {
      if (IsDigitLike(units[j]) && units[j] != '*') {
        ++n;
        end = ++j;
      } else if (flags[j] & text::kFoldNoise) {
        ++j;
      } else {
        break;
      }
    }
    if (n > best) best = n, best_begin = i, best_end = end;
    i = j > i ? j : i + 1;
  }
  return DigitsIn(units, best_begin, best_end, /*stars=*/false);
}

// The number of digits in the run that starts at unit `from` of a turn,
// after any noise there: digits separated by spaces, dashes or other noise
// (138 1234 5678, 幺三八-一二) are one run; a letter that is no digit, or
// a sentence break, ends it. 0 if no digit starts there.
inline uint32_t DigitRunAt(std::span<const uint32_t> units, std::span<const uint8_t> flags,
                           uint32_t from) {
  uint32_t i = from;
  while (i < units.size() && (flags[i] & text::kFoldNoise) && !IsDigitLike(units[i])) ++i;
  uint32_t n = 0;
  for (; i < units.size(); ++i) {
    if (IsDigitLike(units[i])) {
      ++n;
    } else if (!(flags[i] & text::kFoldNoise)) {
      break;
    }
  }
  return n;
}

// The longest digit run (as DigitRunAt) anywhere in a turn. With `masked`
// false, a run of nothing but '*' does not count: an export's stars hide
// names and shops as well as numbers (138****5678 still counts, whole).
inline uint32_t LongestDigitRun(std::span<const uint32_t> units, std::span<const uint8_t> flags,
                                bool masked = true) {
  uint32_t best = 0, run = 0;
  bool real = false;  // the run holds a digit that is not '*'
  for (uint32_t i = 0; i < units.size(); ++i) {
    if (IsDigitLike(units[i])) {
      ++run;
      real = real || units[i] != '*';
      if (masked || real) best = std::max(best, run);
    } else if (!(flags[i] & text::kFoldNoise)) {
      run = 0;
      real = false;
    }
  }
  return best;
}

// True if the letters of units [begin, end) of a turn (`units`, `flags`)
// stand, in order and next to each other, among the letters of another turn
// (`in_units`, `in_flags`); spaces and punctuation are skipped on both
// sides. False when the other turn has no letter. Quadratic, without
// allocating: turns are short.
inline bool LettersFoundIn(std::span<const uint32_t> units, std::span<const uint8_t> flags,
                           uint32_t begin, uint32_t end, std::span<const uint32_t> in_units,
                           std::span<const uint8_t> in_flags) {
  for (size_t start = 0; start < in_units.size(); ++start) {
    if (!IsLetter(in_flags[start])) continue;
    size_t j = start;
    bool same = true;
    for (uint32_t i = begin; i < end; ++i) {
      if (!IsLetter(flags[i])) continue;
      while (j < in_units.size() && !IsLetter(in_flags[j])) ++j;
      if (j >= in_units.size() || in_units[j] != units[i]) {
        same = false;
        break;
      }
      ++j;
    }
    if (same) return true;
  }
  return false;
}

}  // namespace huashu::rules

#endif  // HUASHU_SRC_RULES_CONDITIONS_CLAUSE_H_
