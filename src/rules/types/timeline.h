// Internal: what the scenario types share about a conversation's time line
// (turn times, hold and mute intervals) and about reporting a finding that
// carries only a detail string.

#ifndef HUASHU_SRC_RULES_TYPES_TIMELINE_H_
#define HUASHU_SRC_RULES_TYPES_TIMELINE_H_

#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "huashu/rules/evaluation.h"
#include "huashu/transcript/conversation.h"

namespace huashu::rules {

using Interval = std::pair<double, double>;

// True if every turn has a start time (and there is at least one turn).
bool TurnsTimed(const transcript::Conversation& c);
// The end of a turn, or its start when the input gives no end.
double EndOf(const transcript::Turn& t);
// True if the customer said anything at all.
bool CustomerSpoke(const transcript::Conversation& c);
// [start, end) between `open` and `close` events; one that never closes
// runs to the hangup or to the end of the last turn.
std::vector<Interval> Intervals(const transcript::Conversation& c, transcript::EventType open,
                                transcript::EventType close);
std::vector<Interval> Holds(const transcript::Conversation& c);
// Time the line is quiet by arrangement: on hold or on mute.
std::vector<Interval> QuietTimes(const transcript::Conversation& c);
// Seconds of [a, b) that fall inside `intervals`.
double Overlap(const std::vector<Interval>& intervals, double a, double b);

// One reply of the answering side and how long the customer waited for it.
struct ReplyWait {
  size_t reply;  // the turn that answered
  double wait;   // seconds, hold and mute time left out
};
// Every first reply of a `replier` turn to the customer, in order. Chats
// count from the customer's first unanswered message, calls from the end of
// the customer's last words; hold and mute time does not count.
// REQUIRES: TurnsTimed(c).
std::vector<ReplyWait> ReplyWaits(const transcript::Conversation& c, SpeakerScope replier);

// Which phrase groups (sets) none of `turns` contains, as "name、name".
std::string MissingGroups(const Evaluation& ev, std::span<const uint32_t> groups,
                          const std::vector<size_t>& turns);
inline bool AnyHit(const Evaluation& ev, size_t t, std::span<const uint32_t> sets) {
  return ev.FindHit(t, sets) != nullptr;
}
// Reports rule `r` with its message's {detail} filled, at `at` seconds (if
// known) and at turn `turn` (if any).
void EmitDetail(Evaluation& ev, const Rule& r, const std::string& detail, double at,
                std::optional<size_t> turn);

}  // namespace huashu::rules

#endif  // HUASHU_SRC_RULES_TYPES_TIMELINE_H_
