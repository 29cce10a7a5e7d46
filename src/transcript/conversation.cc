#include "huashu/transcript/conversation.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "../util/enum_names.h"

namespace huashu::transcript {
namespace {

constexpr std::array<std::string_view, 3> kSpeakers = {"agent", "customer", "system"};
constexpr std::array<std::string_view, 2> kChannels = {"chat", "call"};
constexpr std::array<std::string_view, 8> kEvents = {
    "ring", "answer", "hold_start", "hold_end", "mute_start", "mute_end", "transfer", "hangup"};

bool ReadInt(std::string_view s, size_t pos, size_t len, int* out) {
  if (pos + len > s.size()) return false;
  for (size_t i = pos; i < pos + len; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  std::from_chars(s.data() + pos, s.data() + pos + len, *out);
  return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

}  // namespace

std::string_view Name(Speaker s) { return kSpeakers[static_cast<size_t>(s)]; }
std::string_view Name(Channel c) { return kChannels[static_cast<size_t>(c)]; }
std::string_view Name(EventType e) { return kEvents[static_cast<size_t>(e)]; }
std::optional<Speaker> ParseSpeaker(std::string_view s) {
  return util::FindName<Speaker>(kSpeakers, s);
}
std::optional<Channel> ParseChannel(std::string_view s) {
  return util::FindName<Channel>(kChannels, s);
}
std::optional<EventType> ParseEventType(std::string_view s) {
  return util::FindName<EventType>(kEvents, s);
}

void SortEvents(Conversation* c) {
  std::stable_sort(c->events.begin(), c->events.end(), [](const Event& a, const Event& b) {
    if (!HasTime(a.at)) return false;
    return !HasTime(b.at) || a.at < b.at;
  });
}

std::optional<double> ParseIsoTime(std::string_view s) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
  if (!ReadInt(s, 0, 4, &y) || s.size() < 19 || s[4] != '-' || !ReadInt(s, 5, 2, &mo) ||
      s[7] != '-' || !ReadInt(s, 8, 2, &d) || (s[10] != 'T' && s[10] != ' ') ||
      !ReadInt(s, 11, 2, &h) || s[13] != ':' || !ReadInt(s, 14, 2, &mi) || s[16] != ':' ||
      !ReadInt(s, 17, 2, &sec)) {
    return std::nullopt;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return std::nullopt;
  double t = static_cast<double>(DaysFromCivil(y, mo, d)) * 86400.0 + h * 3600 + mi * 60 + sec;
  size_t pos = 19;
  if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
    double scale = 0.1;
    ++pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      t += (s[pos] - '0') * scale;
      scale /= 10;
      ++pos;
    }
  }
  if (pos == s.size()) return t;
  if (s[pos] == 'Z' && pos + 1 == s.size()) return t;
  if (s[pos] == '+' || s[pos] == '-') {
    int oh, om = 0;
    if (!ReadInt(s, pos + 1, 2, &oh)) return std::nullopt;
    size_t rest = pos + 3;
    if (rest < s.size() && s[rest] == ':') ++rest;
    if (rest < s.size() && !ReadInt(s, rest, 2, &om)) return std::nullopt;
    if (rest < s.size() && rest + 2 != s.size()) return std::nullopt;
    const double offset = oh * 3600.0 + om * 60.0;
    return s[pos] == '+' ? t - offset : t + offset;
  }
  return std::nullopt;
}

}  // namespace huashu::transcript
