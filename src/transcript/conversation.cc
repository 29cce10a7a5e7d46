#include "huashu/transcript/conversation.h"

#include <algorithm>
#include <array>

#include "huashu/base/enum_names.h"

namespace huashu::transcript {
namespace {

constexpr std::array<std::string_view, 8> kEvents = {
    "ring", "answer", "hold_start", "hold_end", "mute_start", "mute_end", "transfer", "hangup"};

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

std::string_view Name(EventType e) { return kEvents[static_cast<size_t>(e)]; }
std::optional<EventType> ParseEventType(std::string_view s) {
  return base::FindName<EventType>(kEvents, s);
}

void SortEvents(Conversation* c) {
  std::stable_sort(c->events.begin(), c->events.end(), [](const Event& a, const Event& b) {
    if (!HasTime(a.at)) return false;
    return !HasTime(b.at) || a.at < b.at;
  });
}

std::optional<double> ParseIsoTime(std::string_view s) {
  // Fixed positions: YYYY-MM-DD[T ]HH:MM:SS, then optional .fff and zone.
  // Called for every chat message: no allocation, no locale.
  if (s.size() < 19) return std::nullopt;
  auto digit = [&](size_t i) { return static_cast<unsigned>(s[i] - '0') <= 9; };
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
    if (!digit(i)) return std::nullopt;
  }
  if (s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' ||
      s[16] != ':') {
    return std::nullopt;
  }
  auto two = [&](size_t i) { return (s[i] - '0') * 10 + (s[i + 1] - '0'); };
  const int y = two(0) * 100 + two(2), mo = two(5), d = two(8), h = two(11), mi = two(14),
            sec = two(17);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return std::nullopt;
  double t = static_cast<double>(DaysFromCivil(y, mo, d)) * 86400.0 + h * 3600 + mi * 60 + sec;
  size_t pos = 19;
  if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
    double scale = 0.1;
    ++pos;
    while (pos < s.size() && digit(pos)) {
      t += (s[pos] - '0') * scale;
      scale /= 10;
      ++pos;
    }
  }
  if (pos == s.size()) return t;
  if (s[pos] == 'Z' && pos + 1 == s.size()) return t;
  if (s[pos] == '+' || s[pos] == '-') {
    // +HH, +HHMM or +HH:MM
    const size_t zone = pos + 1;
    if (zone + 2 > s.size() || !digit(zone) || !digit(zone + 1)) return std::nullopt;
    const int oh = two(zone);
    int om = 0;
    size_t rest = zone + 2;
    if (rest < s.size() && s[rest] == ':') ++rest;
    if (rest < s.size()) {
      if (rest + 2 != s.size() || !digit(rest) || !digit(rest + 1)) return std::nullopt;
      om = two(rest);
    }
    const double offset = oh * 3600.0 + om * 60.0;
    return s[pos] == '+' ? t - offset : t + offset;
  }
  return std::nullopt;
}

}  // namespace huashu::transcript
