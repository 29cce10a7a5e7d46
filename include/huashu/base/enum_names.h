// Contract names of small enums, kept as arrays indexed by value.

#ifndef HUASHU_BASE_ENUM_NAMES_H_
#define HUASHU_BASE_ENUM_NAMES_H_

#include <array>
#include <optional>
#include <string_view>

namespace huashu::base {

// Returns the enum value whose name is `s` in `names` (indexed by value), or
// nullopt.
template <typename E, size_t N>
std::optional<E> FindName(const std::array<std::string_view, N>& names, std::string_view s) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == s) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace huashu::base

#endif  // HUASHU_BASE_ENUM_NAMES_H_
