// The words every stage of huashu shares: who speaks, how bad a finding is,
// what kind of finding it is, and where in a turn it lies.
//
// These are contract values (DESIGN.md): Name() returns the exact spelling
// used in rulebooks and reports, Parse*() accepts only that spelling.

#ifndef HUASHU_BASE_VOCABULARY_H_
#define HUASHU_BASE_VOCABULARY_H_

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace huashu::base {

// Who said a turn.
enum class Speaker : uint8_t { kAgent, kCustomer, kSystem };

// Where a conversation took place.
enum class Channel : uint8_t { kChat, kCall };

// Who started the conversation: the customer (inbound, the default) or the
// agent (outbound: a follow-up, a call-back, a survey), which has its own
// opening and closing.
enum class Direction : uint8_t { kInbound, kOutbound };

// How bad a finding is. Ordered: a higher value is more severe, which is
// what --fail-on compares.
enum class Severity : uint8_t { kInfo, kWarning, kError };

// The fixed category vocabulary of the Violation contract.
enum class Category : uint8_t {
  kForbidden,
  kAdClaim,
  kPlatform,
  kPii,
  kRequired,
  kGreeting,
  kClosing,
  kHold,
  kSilentCall,
  kDeadAir,
  kInterruption,
  kSpeechRate,
  kResponse,
  kTransfer,
};

std::string_view Name(Speaker s);   // "agent", "customer", "system"
std::string_view Name(Channel c);   // "chat", "call"
std::string_view Name(Severity s);  // "info", "warning", "error"
std::string_view Name(Category c);  // "forbidden", "ad_claim", ...
// Returns nullopt for anything but an exact contract name.
std::optional<Speaker> ParseSpeaker(std::string_view s);
std::optional<Channel> ParseChannel(std::string_view s);
std::string_view Name(Direction d);
std::optional<Direction> ParseDirection(std::string_view s);
std::optional<Severity> ParseSeverity(std::string_view s);
std::optional<Category> ParseCategory(std::string_view s);

// A range of code points of one turn's original text: 0-based, end-exclusive.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
};

// Seconds from the start of a conversation; kNoTime when the input has none.
inline constexpr double kNoTime = NAN;
inline bool HasTime(double t) { return !std::isnan(t); }

// Where a record came from.
struct SourceRef {
  std::string file;   // as given on the command line; "-" for standard input
  uint32_t line = 0;  // 1-based line where the record starts
};

}  // namespace huashu::base

#endif  // HUASHU_BASE_VOCABULARY_H_
