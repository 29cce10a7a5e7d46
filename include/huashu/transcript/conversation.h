// The canonical conversation model every reader produces and every checker
// consumes. It mirrors the JSON Lines input contract in DESIGN.md.

#ifndef HUASHU_TRANSCRIPT_CONVERSATION_H_
#define HUASHU_TRANSCRIPT_CONVERSATION_H_

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/base/vocabulary.h"

namespace huashu::transcript {

using base::Channel;
using base::Direction;
using base::HasTime;
using base::kNoTime;
using base::Name;
using base::ParseChannel;
using base::ParseDirection;
using base::ParseSpeaker;
using base::SourceRef;
using base::Speaker;

// What a conversation is: a real exchange, or a script template whose lines
// are unrelated snippets (only per-turn rules apply to templates).
enum class Kind : uint8_t { kConversation, kTemplate };

enum class EventType : uint8_t {
  kRing,
  kAnswer,
  kHoldStart,
  kHoldEnd,
  kMuteStart,
  kMuteEnd,
  kTransfer,
  kHangup,
};

// Returns the contract name ("agent", "hold_start", "call") of a value.
std::string_view Name(EventType e);
// Parses a contract name; returns nullopt for an unknown one.
std::optional<EventType> ParseEventType(std::string_view s);

struct Turn {
  Speaker speaker = Speaker::kAgent;
  std::string text;
  double start = kNoTime;  // seconds from the start of the conversation
  double end = kNoTime;
  uint32_t line = 0;  // source line of this turn (text exports, templates); 0 = the record's
  std::string label;  // the sender as the input named it (chat exports); "" = by `speaker`
};

struct Event {
  EventType type = EventType::kHangup;
  double at = kNoTime;
  std::optional<Speaker> by;
};

// A finding the author has accepted in the source: "# huashu-ignore-next-line
// [RULE...]" above a template line.
struct Suppression {
  uint32_t turn = 0;  // 1-based turn; 0: the whole conversation
  std::string rule;   // rule id, or "" for every rule
};

struct Conversation {
  std::string id;
  Channel channel = Channel::kChat;
  bool channel_given = false;  // false when the input did not say
  Direction direction = Direction::kInbound;
  Kind kind = Kind::kConversation;
  std::string platform;
  std::string agent_id;
  std::string agent_name;
  std::string started_at;
  std::vector<Turn> turns;
  std::vector<Event> events;
  std::vector<Suppression> suppressions;
  SourceRef source;
};

// Orders c->events by time (stable; events without a time keep their place
// relative to each other, after the timed ones). Scenario rules rely on it.
void SortEvents(Conversation* c);

// Parses an ISO-8601 date-time ("2026-11-22T10:00:03+08:00",
// "2026-11-22 10:00:03", fractions and "Z" allowed) into seconds since the
// Unix epoch, honouring the offset (none = UTC). Returns nullopt if malformed.
std::optional<double> ParseIsoTime(std::string_view s);

}  // namespace huashu::transcript

#endif  // HUASHU_TRANSCRIPT_CONVERSATION_H_
