#include "huashu/text/fold.h"

#include "huashu/base/utf8.h"

namespace huashu::text {
namespace {

#include "fold_tables.inc"

inline uint64_t Entry(uint32_t c) {
  return kFoldStage2[(uint32_t{kFoldStage1[c >> kFoldBlockBits]} << kFoldBlockBits) |
                     (c & ((1u << kFoldBlockBits) - 1))];
}

}  // namespace

bool Fold(std::string_view utf8, FoldedText* out) {
  // Folding expands past one unit per byte only for rare compatibility
  // characters (U+FDFA), handled by growing below; size the buffers for the
  // common case once and write through raw pointers.
  size_t cap = utf8.size() + 8;
  if (out->units.size() < cap) {
    out->units.resize(cap);
    out->origin.resize(cap);
    out->flags.resize(cap);
    out->syllables.resize(cap);
  }
  uint32_t* units = out->units.data();
  uint32_t* origin = out->origin.data();
  uint8_t* flags = out->flags.data();
  uint16_t* syllables = out->syllables.data();
  out->error_offset = std::string_view::npos;
  uint32_t noise = 0;
  size_t n = 0;
  uint32_t index = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const size_t size = utf8.size();
  size_t pos = 0;
  while (pos < size) {
    uint32_t c;
    const unsigned char b = p[pos];
    if (b < 0x80) {
      c = b;
      ++pos;
    } else if ((b & 0xF0) == 0xE0 && pos + 2 < size && (p[pos + 1] & 0xC0) == 0x80 &&
               (p[pos + 2] & 0xC0) == 0x80) {
      // Three-byte sequences: all of CJK. Reject overlongs and surrogates.
      c = ((b & 0x0Fu) << 12) | ((p[pos + 1] & 0x3Fu) << 6) | (p[pos + 2] & 0x3Fu);
      if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) {
        if (out->error_offset == std::string_view::npos) out->error_offset = pos;
        c = 0xFFFD;
        pos += 1;
      } else {
        pos += 3;
      }
    } else {
      const size_t at = pos;
      const int32_t d = base::DecodeUtf8(utf8, &pos);
      if (d < 0) {
        if (out->error_offset == std::string_view::npos) out->error_offset = at;
        c = 0xFFFD;
      } else {
        c = static_cast<uint32_t>(d);
      }
    }
    const uint64_t e = Entry(c);
    const uint32_t len = static_cast<uint8_t>(e >> 32);
    if (len == 1) [[likely]] {
      const uint8_t f = static_cast<uint8_t>(e >> 40);
      units[n] = c + static_cast<uint32_t>(e);
      origin[n] = index;
      flags[n] = f;
      syllables[n] = static_cast<uint16_t>(e >> 48);
      noise += f & kFoldNoise;
      ++n;
    } else if (len > 1) {
      if (n + len + (size - pos) > cap) {
        cap = n + len + (size - pos) + 8;
        out->units.resize(cap);
        out->origin.resize(cap);
        out->flags.resize(cap);
        out->syllables.resize(cap);
        units = out->units.data();
        origin = out->origin.data();
        flags = out->flags.data();
        syllables = out->syllables.data();
      }
      const uint32_t low = static_cast<uint32_t>(e);
      for (uint32_t k = 0; k < len; ++k) {
        const uint32_t u = kFoldPool[low + k];
        const uint8_t f = static_cast<uint8_t>(Entry(u) >> 40);
        units[n] = u;
        origin[n] = index;
        flags[n] = f;
        syllables[n] = 0;
        noise += f & kFoldNoise;
        ++n;
      }
    }
    ++index;
  }
  out->length = n;
  out->noise_count = noise;
  out->original_length = index;
  return out->error_offset == std::string_view::npos;
}

std::u32string FoldToCodePoints(std::string_view utf8) {
  FoldedText folded;
  Fold(utf8, &folded);
  return std::u32string(folded.units.begin(), folded.units.begin() + folded.size());
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
