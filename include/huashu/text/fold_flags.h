// Flags of a folded code point, shared by the build-time table generator and
// the scanner.

#ifndef HUASHU_TEXT_FOLD_FLAGS_H_
#define HUASHU_TEXT_FOLD_FLAGS_H_

#include <cstdint>

namespace huashu::text {

// Space, punctuation, symbol or emoji that does not end a sentence. Rules that
// ask for it skip a bounded number of these inside a phrase (支 付 宝, 微*信).
inline constexpr uint8_t kFoldNoise = 1;
// Ends a sentence or line (。！？.!?;\n…): never skipped, so variant matching
// does not glue two sentences together.
inline constexpr uint8_t kFoldBreak = 2;
// A Han ideograph; carries a pinyin syllable.
inline constexpr uint8_t kFoldHan = 4;
// ASCII letter or digit after folding: phrases with Latin edges match whole
// words only, judged by these neighbours.
inline constexpr uint8_t kFoldAlnum = 8;

}  // namespace huashu::text

#endif  // HUASHU_TEXT_FOLD_FLAGS_H_
