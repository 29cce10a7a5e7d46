// Internal: percent-encoding for the report writers (SARIF artifact URIs,
// the HTML report's filter hash).

#ifndef HUASHU_SRC_REPORT_PERCENT_ENCODE_H_
#define HUASHU_SRC_REPORT_PERCENT_ENCODE_H_

#include <string>
#include <string_view>

namespace huashu::report {

// Returns `s` with every byte percent-encoded (RFC 3986) except the
// unreserved ASCII characters and those in `keep` ('/' for a path), so that
// Chinese names and spaces make valid URIs and URL fragments.
inline std::string PercentEncode(std::string_view s, std::string_view keep = {}) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
                            c == '~' || (c < 0x80 && keep.find(static_cast<char>(c)) != keep.npos);
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace huashu::report

#endif  // HUASHU_SRC_REPORT_PERCENT_ENCODE_H_
