#include "huashu/transcript/script_line.h"

#include <charconv>

#include "readers.h"

namespace huashu::transcript {
namespace {

bool ParseSeconds(std::string_view s, double* out) {
  s = TrimLine(s);
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

std::optional<Speaker> SpeakerFromLabel(std::string_view s) {
  if (s == "客服" || s == "agent" || s == "A" || s == "坐席" || s == "卖家" || s == "商家" ||
      s == "店铺" || s == "掌柜" || s == "售后" || s == "店小二")
    return Speaker::kAgent;
  if (s == "客户" || s == "customer" || s == "C" || s == "顾客" || s == "买家")
    return Speaker::kCustomer;
  if (s == "系统" || s == "system") return Speaker::kSystem;
  return std::nullopt;
}

bool ParseScriptLine(std::string_view line, Conversation* c, std::string* error) {
  line = TrimLine(line);
  double start = kNoTime, end = kNoTime;
  if (!line.empty() && line.front() == '[') {
    const size_t close = line.find(']');
    if (close == std::string_view::npos) {
      *error = "missing ']' after the time";
      return false;
    }
    std::string_view times = line.substr(1, close - 1);
    const size_t dash = times.find('-', 1);
    if (dash == std::string_view::npos) {
      if (!ParseSeconds(times, &start)) {
        *error = "bad time '" + QuoteField(times) + "' (seconds, e.g. [3.5] or [0.8-3.1])";
        return false;
      }
    } else if (!ParseSeconds(times.substr(0, dash), &start) ||
               !ParseSeconds(times.substr(dash + 1), &end)) {
      *error = "bad time range '" + QuoteField(times) + "'";
      return false;
    }
    line = TrimLine(line.substr(close + 1));
  }
  // An event: an ASCII word naming an event type, optionally "by SIDE".
  {
    std::string_view word = line.substr(0, line.find(' '));
    if (auto type = ParseEventType(word)) {
      Event e;
      e.type = *type;
      e.at = start;
      std::string_view rest = TrimLine(line.substr(word.size()));
      if (!rest.empty()) {
        if (rest.substr(0, 3) != "by ") {
          *error = "after an event only 'by agent' or 'by customer' may follow";
          return false;
        }
        auto by = SpeakerFromLabel(TrimLine(rest.substr(3)));
        if (!by) {
          *error = "unknown side '" + QuoteField(rest.substr(3)) + "'";
          return false;
        }
        e.by = by;
      }
      c->events.push_back(e);
      return true;
    }
  }
  size_t colon = line.find(':');
  size_t colon_len = 1;
  const size_t wide = line.find("\xEF\xBC\x9A");  // ：
  if (wide != std::string_view::npos && (colon == std::string_view::npos || wide < colon)) {
    colon = wide;
    colon_len = 3;
  }
  if (colon == std::string_view::npos) {
    *error = "expected 'speaker: text' or an event, got '" + QuoteField(line) + "'";
    return false;
  }
  auto speaker = SpeakerFromLabel(TrimLine(line.substr(0, colon)));
  if (!speaker) {
    *error = "unknown speaker '" + QuoteField(TrimLine(line.substr(0, colon))) +
             "' (客服/agent/A, 客户/customer/C, 系统/system)";
    return false;
  }
  Turn t;
  t.speaker = *speaker;
  t.text = std::string(TrimLine(line.substr(colon + colon_len)));
  t.start = start;
  t.end = HasTime(end) ? end : start;
  c->turns.push_back(std::move(t));
  return true;
}

}  // namespace huashu::transcript
