// The rulebook model: what a loaded rule says, before compilation.
//
// A Rule is a plain value. Its phrase lists are kept in `phrases` by role
// ("words", "allow", "group", "trigger", ...) so that the compiler can turn
// every list of every rule into phrase sets of one matcher, and evaluators
// can find their sets by role.

#ifndef HUASHU_RULES_RULE_H_
#define HUASHU_RULES_RULE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "huashu/match/matcher.h"
#include "huashu/transcript/conversation.h"

namespace huashu::rules {

enum class RuleType : uint8_t {
  kForbidden,
  kRequired,
  kPii,
  kRespond,
  kEvent,
  kHoldLimit,
  kGap,
  kOverlap,
  kRate,
  kSilentCall,
  kAnswer,
  kHangup,
};

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

enum class Severity : uint8_t { kInfo, kWarning, kError };

// Whose turns a rule reads.
enum class SpeakerScope : uint8_t { kAgent, kCustomer, kAny };
enum class ChannelScope : uint8_t { kAny, kCall, kChat };

std::string_view Name(RuleType t);
std::string_view Name(Category c);
std::string_view Name(Severity s);
std::string_view Name(SpeakerScope s);
std::string_view Name(ChannelScope c);
std::optional<RuleType> ParseRuleType(std::string_view s);
std::optional<Category> ParseCategory(std::string_view s);
std::optional<Severity> ParseSeverity(std::string_view s);
std::optional<SpeakerScope> ParseSpeakerScope(std::string_view s);
std::optional<ChannelScope> ParseChannelScope(std::string_view s);

bool SpeakerMatches(SpeakerScope scope, transcript::Speaker s);

// A position in a rulebook file, 1-based.
struct SourcePos {
  std::string file;
  int line = 0;
  int column = 0;
  std::string ToString() const;  // "file:line:col"
};

// One list of phrases with one role in a rule.
struct PhraseList {
  std::string role;  // "words", "allow", "group", "trigger", "expect", "greeting", ...
  std::string name;  // a group's name ("询问其他需求"); empty otherwise
  std::vector<std::string> phrases;
  std::vector<SourcePos> positions;  // where each phrase was written
};

// What a fire example promises about its finding (`expect:` in the YAML):
// some finding of the rule has every field stated here.
struct ExampleExpect {
  std::optional<std::string> text;
  std::optional<std::pair<uint32_t, uint32_t>> span;  // code points, end-exclusive
  std::optional<uint32_t> turn;                       // 1-based
  std::optional<std::string> message;
  std::vector<std::pair<std::string, std::string>> values;  // placeholder -> value
  std::optional<uint32_t> count;                            // findings of the rule
};

// A rule example: a conversation that must (fire) or must not (pass) produce
// a finding of its rule.
struct Example {
  transcript::Conversation conversation;
  bool must_fire = true;
  std::string label;  // the example as written, for messages
  SourcePos pos;
  std::optional<ExampleExpect> expect;
};

struct Rule {
  std::string id;
  RuleType type = RuleType::kForbidden;
  Category category = Category::kForbidden;
  Severity severity = Severity::kWarning;
  SpeakerScope speaker = SpeakerScope::kAgent;
  ChannelScope channel = ChannelScope::kAny;
  std::string description;
  std::string message;
  std::string suggestion;
  match::MatchOptions variants;
  std::vector<PhraseList> phrases;

  // required / event: the turns read.
  int scope_first = 0;  // first N turns of `speaker` (0 = not set)
  int scope_last = 0;   // last N turns of `speaker`
  bool in_order = false;
  // respond / event
  SpeakerScope trigger_speaker = SpeakerScope::kCustomer;
  SpeakerScope expect_speaker = SpeakerScope::kAgent;
  int within_turns = 0;       // 0 = unbounded
  double within_seconds = 0;  // 0 = unbounded
  transcript::EventType event = transcript::EventType::kHoldStart;
  bool before = true;
  // Numbers of the scenario types (see docs/rulebook.md); 0 = not set.
  double max_seconds = 0;
  double tolerance_seconds = 0;
  double max_chars_per_second = 0;
  int min_chars = 0;
  int max_rings = 0;
  int min_attempts = 0;
  double pause_seconds = 0;
  double wait_seconds = 0;
  bool customer_first = false;
  bool first_only = false;
  std::string detector;  // pii: mobile | id_card | bank_card | email

  std::vector<Example> examples;
  std::string book;  // name of the book that defined it
  SourcePos pos;

  // Returns the lists of `role`, in order.
  std::vector<const PhraseList*> Lists(std::string_view role) const;
};

}  // namespace huashu::rules

#endif  // HUASHU_RULES_RULE_H_
