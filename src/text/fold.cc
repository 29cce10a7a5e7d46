#include "huashu/text/fold.h"

#include "huashu/text/utf8.h"

namespace huashu::text {
namespace {

#include "fold_tables.inc"

inline uint64_t Entry(uint32_t c) {
  return kFoldStage2[(uint32_t{kFoldStage1[c >> kFoldBlockBits]} << kFoldBlockBits) |
                     (c & ((1u << kFoldBlockBits) - 1))];
}

template <typename Emit>
inline void FoldCodePoint(uint32_t c, Emit&& emit) {
  const uint64_t e = Entry(c);
  const uint32_t low = static_cast<uint32_t>(e);
  const uint32_t len = static_cast<uint8_t>(e >> 32);
  const uint8_t flags = static_cast<uint8_t>(e >> 40);
  if (len == 1) {
    emit(c + low, flags);
  } else {
    for (uint32_t k = 0; k < len; ++k) {
      const uint32_t u = kFoldPool[low + k];
      emit(u, k == 0 ? flags : static_cast<uint8_t>(Entry(u) >> 40));
    }
  }
}

}  // namespace

bool Fold(std::string_view utf8, FoldedText* out) {
  out->units.clear();
  out->origin.clear();
  out->flags.clear();
  out->error_offset = std::string_view::npos;
  // Folding rarely expands; one unit per byte is an upper bound for the
  // common case and avoids regrowth inside the loop.
  out->units.reserve(utf8.size());
  out->origin.reserve(utf8.size());
  out->flags.reserve(utf8.size());
  uint32_t index = 0;
  size_t pos = 0;
  while (pos < utf8.size()) {
    const unsigned char b = static_cast<unsigned char>(utf8[pos]);
    int32_t c;
    if (b < 0x80) {  // ASCII fast path
      c = b;
      ++pos;
    } else {
      const size_t at = pos;
      c = DecodeUtf8(utf8, &pos);
      if (c < 0) {
        if (out->error_offset == std::string_view::npos) out->error_offset = at;
        c = 0xFFFD;
      }
    }
    FoldCodePoint(static_cast<uint32_t>(c), [&](uint32_t u, uint8_t flags) {
      out->units.push_back(u);
      out->origin.push_back(index);
      out->flags.push_back(flags);
    });
    ++index;
  }
  out->original_length = index;
  return out->error_offset == std::string_view::npos;
}

std::u32string FoldToCodePoints(std::string_view utf8) {
  FoldedText folded;
  Fold(utf8, &folded);
  return std::u32string(folded.units.begin(), folded.units.end());
}

uint8_t FoldFlags(char32_t folded) {
  return folded > 0x10FFFF ? 0 : static_cast<uint8_t>(Entry(folded) >> 40);
}

uint16_t PinyinSyllable(char32_t folded) {
  return folded > 0x10FFFF ? 0 : static_cast<uint16_t>(Entry(folded) >> 48);
}

std::string_view PinyinSpelling(uint16_t id) {
  constexpr size_t n = sizeof(kPinyinSyllables) / sizeof(kPinyinSyllables[0]);
  return id < n ? kPinyinSyllables[id] : "";
}

}  // namespace huashu::text
