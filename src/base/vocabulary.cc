#include "huashu/base/vocabulary.h"

#include <array>

#include "huashu/base/enum_names.h"

namespace huashu::base {
namespace {

constexpr std::array<std::string_view, 3> kSpeakers = {"agent", "customer", "system"};
constexpr std::array<std::string_view, 2> kChannels = {"chat", "call"};
constexpr std::array<std::string_view, 2> kDirections = {"inbound", "outbound"};
constexpr std::array<std::string_view, 3> kSeverities = {"info", "warning", "error"};
constexpr std::array<std::string_view, 14> kCategories = {
    "forbidden", "ad_claim",    "platform", "pii",          "required",    "greeting", "closing",
    "hold",      "silent_call", "dead_air", "interruption", "speech_rate", "response", "transfer"};

}  // namespace

std::string_view Name(Speaker s) { return kSpeakers[static_cast<size_t>(s)]; }
std::string_view Name(Channel c) { return kChannels[static_cast<size_t>(c)]; }
std::string_view Name(Severity s) { return kSeverities[static_cast<size_t>(s)]; }
std::string_view Name(Category c) { return kCategories[static_cast<size_t>(c)]; }
std::optional<Speaker> ParseSpeaker(std::string_view s) { return FindName<Speaker>(kSpeakers, s); }
std::optional<Channel> ParseChannel(std::string_view s) { return FindName<Channel>(kChannels, s); }
std::string_view Name(Direction d) { return kDirections[static_cast<size_t>(d)]; }
std::optional<Direction> ParseDirection(std::string_view s) {
  return FindName<Direction>(kDirections, s);
}
std::optional<Severity> ParseSeverity(std::string_view s) {
  return FindName<Severity>(kSeverities, s);
}
std::optional<Category> ParseCategory(std::string_view s) {
  return FindName<Category>(kCategories, s);
}

}  // namespace huashu::base
