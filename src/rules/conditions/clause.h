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

}  // namespace huashu::rules

#endif  // HUASHU_SRC_RULES_CONDITIONS_CLAUSE_H_
