// Minimal UTF-8 decoding and encoding for the scan path.

#ifndef HUASHU_BASE_UTF8_H_
#define HUASHU_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace huashu::base {

// Decodes the code point starting at s[*pos] and advances *pos past it.
// Returns the code point, or -1 for an ill-formed sequence (overlong forms,
// surrogates, values above U+10FFFF and truncated sequences are ill-formed);
// *pos then advances by one byte.
// REQUIRES: *pos < s.size().
inline int32_t DecodeUtf8(std::string_view s, size_t* pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = *pos;
  const unsigned char b0 = p[i];
  if (b0 < 0x80) {
    *pos = i + 1;
    return b0;
  }
  // Three bytes led by E1..EC or EE..EF (all of CJK) are always in range and
  // never a surrogate: only the continuation bytes need a look. Anything
  // else, and a sequence that fails here, takes the general path below.
  if (b0 >= 0xE1 && b0 != 0xED && i + 3 <= n) {
    const unsigned char b1 = p[i + 1], b2 = p[i + 2];
    if (b0 <= 0xEF && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      *pos = i + 3;
      return (int32_t{b0 & 0x0F} << 12) | (int32_t{b1 & 0x3F} << 6) | (b2 & 0x3F);
    }
  }
  int len;
  int32_t cp;
  int32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    *pos = i + 1;
    return -1;
  }
  if (i + len > n) {
    *pos = i + 1;
    return -1;
  }
  for (int k = 1; k < len; ++k) {
    const unsigned char b = p[i + k];
    if ((b & 0xC0) != 0x80) {
      *pos = i + 1;
      return -1;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *pos = i + 1;
    return -1;
  }
  *pos = i + len;
  return cp;
}

// Appends the UTF-8 encoding of cp to *out. REQUIRES: cp is a scalar value.
inline void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Fills *offsets with the byte offset of each code point of `s`, stepped as
// DecodeUtf8 steps (so as text::Fold counts: every byte of an ill-formed
// sequence is one code point), followed by s.size(). Folded-text offsets
// then name the bytes they were found in, even in invalid UTF-8.
inline void CodePointByteOffsets(std::string_view s, std::vector<uint32_t>* offsets) {
  offsets->clear();
  for (size_t i = 0; i < s.size();) {
    offsets->push_back(static_cast<uint32_t>(i));
    DecodeUtf8(s, &i);
  }
  offsets->push_back(static_cast<uint32_t>(s.size()));
}

// Returns the byte offset of code point index `cp_index` in valid UTF-8 `s`,
// or s.size() when the index is at or past the end.
inline size_t Utf8OffsetOfCodePoint(std::string_view s, size_t cp_index) {
  size_t i = 0;
  for (size_t k = 0; k < cp_index && i < s.size(); ++k) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  }
  return i < s.size() ? i : s.size();
}

// Replaces every ill-formed UTF-8 sequence in *s with U+FFFD, so that the
// text can be checked and reported as valid UTF-8. Returns the byte offset
// of the first ill-formed sequence, or std::string::npos if there was none.
inline size_t SanitizeUtf8(std::string* s) {
  size_t first = std::string::npos;
  size_t pos = 0;
  std::string out;  // built only once a bad sequence is seen
  size_t copied = 0;
  while (pos < s->size()) {
    if (static_cast<unsigned char>((*s)[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const size_t at = pos;
    if (DecodeUtf8(*s, &pos) >= 0) continue;
    if (first == std::string::npos) {
      first = at;
      out.reserve(s->size() + 16);
    }
    out.append(*s, copied, at - copied);
    out += "\xEF\xBF\xBD";
    copied = pos;
  }
  if (first != std::string::npos) {
    out.append(*s, copied, std::string::npos);
    s->swap(out);
  }
  return first;
}

// Returns the number of code points in valid UTF-8 `s`.
inline size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char b : s) n += (b & 0xC0) != 0x80;
  return n;
}

}  // namespace huashu::base

#endif  // HUASHU_BASE_UTF8_H_
