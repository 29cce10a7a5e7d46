#include "timeline.h"

#include <algorithm>

namespace huashu::rules {

using transcript::Conversation;
using transcript::EventType;
using transcript::HasTime;
using transcript::Speaker;
using transcript::Turn;

bool TurnsTimed(const Conversation& c) {
  if (c.turns.empty()) return false;
  return std::all_of(c.turns.begin(), c.turns.end(),
                     [](const Turn& t) { return HasTime(t.start); });
}

double EndOf(const Turn& t) { return HasTime(t.end) ? t.end : t.start; }

bool CustomerSpoke(const Conversation& c) {
  return std::any_of(c.turns.begin(), c.turns.end(), [](const Turn& t) {
    return t.speaker == Speaker::kCustomer && !t.text.empty();
  });
}

std::vector<Interval> Intervals(const Conversation& c, EventType open_type, EventType close_type) {
  double last = 0;
  for (const Turn& t : c.turns) last = std::max(last, HasTime(t.start) ? EndOf(t) : 0);
  for (const auto& e : c.events) {
    if (HasTime(e.at)) last = std::max(last, e.at);
  }
  std::vector<Interval> out;
  std::optional<double> open;
  for (const auto& e : c.events) {
    if (!HasTime(e.at)) continue;
    if (e.type == open_type && !open) open = e.at;
    if ((e.type == close_type || e.type == EventType::kHangup) && open) {
      out.push_back({*open, e.at});
      open.reset();
    }
  }
  if (open) out.push_back({*open, std::max(last, *open)});
  return out;
}

std::vector<Interval> Holds(const Conversation& c) {
  return Intervals(c, EventType::kHoldStart, EventType::kHoldEnd);
}

std::vector<Interval> QuietTimes(const Conversation& c) {
  auto out = Holds(c);
  auto mutes = Intervals(c, EventType::kMuteStart, EventType::kMuteEnd);
  out.insert(out.end(), mutes.begin(), mutes.end());
  return out;
}

double Overlap(const std::vector<Interval>& intervals, double a, double b) {
  double total = 0;
  for (auto [s, e] : intervals) total += std::max(0.0, std::min(b, e) - std::max(a, s));
  return total;
}

std::vector<ReplyWait> ReplyWaits(const transcript::Conversation& c, SpeakerScope replier) {
  std::vector<ReplyWait> out;
  const auto quiet = QuietTimes(c);
  const bool chat = c.channel == transcript::Channel::kChat;
  constexpr size_t kNone = SIZE_MAX;
  size_t waiting = kNone;  // customer turn the agent has yet to answer
  for (size_t t = 0; t < c.turns.size(); ++t) {
    const auto& turn = c.turns[t];
    if (turn.speaker == transcript::Speaker::kCustomer) {
      if (waiting == kNone || !chat) waiting = t;
      continue;
    }
    if (!SpeakerMatches(replier, turn.speaker) || waiting == kNone) continue;
    const auto& asked = c.turns[waiting];
    const double from = chat ? asked.start : EndOf(asked);
    out.push_back({t, turn.start - from - Overlap(quiet, from, turn.start)});
    waiting = kNone;
  }
  return out;
}

std::string MissingGroups(const Evaluation& ev, std::span<const uint32_t> groups,
                          const std::vector<size_t>& turns) {
  std::string missing;
  for (uint32_t g : groups) {
    const bool present = std::any_of(turns.begin(), turns.end(),
                                     [&](size_t t) { return ev.FindHit(t, g) != nullptr; });
    if (!present) {
      if (!missing.empty()) missing += "、";
      missing += GroupLabel(*ev.book().set(g).list);
    }
  }
  return missing;
}

void EmitDetail(Evaluation& ev, const Rule& r, const std::string& detail, double at,
                std::optional<size_t> turn) {
  base::Violation v = turn ? ev.MakeAt(r, "", *turn, nullptr) : ev.Make(r, "");
  v.message = FormatMessage(r.message, {{"detail", detail}});
  if (HasTime(at)) v.time = at;
  ev.Emit(std::move(v));
}

}  // namespace huashu::rules
