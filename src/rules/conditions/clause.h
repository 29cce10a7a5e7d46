// Internal: reading the folded text of a turn around a hit — clause limits,
// letters between two positions — for the conditions.

#ifndef HUASHU_SRC_RULES_CONDITIONS_CLAUSE_H_
#define HUASHU_SRC_RULES_CONDITIONS_CLAUSE_H_

#include <cstdint>
#include <span>

#include "huashu/match/matcher.h"
#include "huashu/text/fold_flags.h"

namespace huashu::rules {

// True if folded unit `u` with flags `f` ends a clause: a sentence break
// (。！？ line break) or clause punctuation (，；：、 and their ASCII forms).
inline bool EndsClause(uint32_t u, uint8_t f) {
  if (f & text::kFoldBreak) return true;
  return u == ',' || u == ';' || u == ':' || u == 0x3001 /* 、 */ || u == 0xFF0C || u == 0xFF1B ||
         u == 0xFF1A;
}

inline bool IsLetter(uint8_t f) { return (f & (text::kFoldNoise | text::kFoldBreak)) == 0; }

// The clause around units [begin, end) of a turn: [*from, *to).
inline void ClauseAround(std::span<const uint32_t> units, std::span<const uint8_t> flags,
                         uint32_t begin, uint32_t end, uint32_t* from, uint32_t* to) {
  uint32_t a = begin;
  while (a > 0 && !EndsClause(units[a - 1], flags[a - 1])) --a;
  uint32_t b = end;
  while (b < units.size() && !EndsClause(units[b], flags[b])) ++b;
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
