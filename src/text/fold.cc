#include "huashu/text/fold.h"

#include "huashu/base/utf8.h"

namespace huashu::text {
namespace {

#include "fold_tables.inc"

// The longest run of spaces between two Han characters that folding drops.
constexpr size_t kMaxDroppedSpaces = 3;

// Length of the run of spaces (at most kMaxDroppedSpaces) starting at unit i
// that sits between two Han characters, or 0.
size_t SpacedGapAt(const uint32_t* units, const uint8_t* flags, size_t n, size_t i) {
  if (i == 0 || !(flags[i - 1] & kFoldHan)) return 0;
  size_t k = 0;
  while (i + k < n && units[i + k] == ' ' && k <= kMaxDroppedSpaces) ++k;
  if (k == 0 || k > kMaxDroppedSpaces || i + k >= n || !(flags[i + k] & kFoldHan)) return 0;
  return k;
}

// Speech recognisers write Chinese with a space after every character or
// word (您 好 很 高 兴 / 您好 很高兴 为您服务); there the spaces carry no
// meaning and are dropped, so that every phrase reads such text as typed
// text. In typed text a space separates words or clauses (你好 黑鲨什么时候
// 发货) and is kept. A turn counts as spaced when at least one Han character
// in five is followed by such a gap (and there are two gaps or more).
// Returns the new length.
size_t DropRecognizerSpaces(uint32_t* units, uint32_t* origin, uint8_t* flags, uint16_t* syllables,
                            size_t n, uint32_t* noise) {
  size_t han = 0, gaps = 0;
  for (size_t i = 0; i < n; ++i) {
    han += (flags[i] & kFoldHan) != 0;
    if (units[i] == ' ' && SpacedGapAt(units, flags, n, i)) {
      ++gaps;
      while (i + 1 < n && units[i + 1] == ' ') ++i;
    }
  }
  if (gaps < 2 || gaps * 5 < han) return n;
  size_t w = 0;
  for (size_t i = 0; i < n;) {
    const size_t k = units[i] == ' ' ? SpacedGapAt(units, flags, n, i) : 0;
    if (k) {
      i += k;
      *noise -= static_cast<uint32_t>(k);
      continue;
    }
    units[w] = units[i];
    origin[w] = origin[i];
    flags[w] = flags[i];
    syllables[w] = syllables[i];
    ++w;
    ++i;
  }
  return w;
}

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
  if (noise > 0) n = DropRecognizerSpaces(units, origin, flags, syllables, n, &noise);
  out->length = n;
  out->noise_count = noise;
  out->original_length = index;
  return out->error_offset == std::string_view::npos;
}

std::u32string FoldToCodePoints(std::string_view utf8) {
  // One buffer per thread: compiling the books folds tens of thousands of
  // short pattern parts, and four vectors per call were a tenth of start-up.
  thread_local FoldedText folded;
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
