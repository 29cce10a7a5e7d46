// The rulebook model: what a loaded rule says, before compilation.
//
// A Rule holds what every rule has (id, category, severity, scope, message,
// examples, where it was written) plus its type (rules/rule_type.h) and that
// type's own parameters. Its phrase lists are kept in `phrases`, each with
// the role it plays for the type, so that the compiler can turn every list
// of every rule into phrase sets of one matcher.

#ifndef HUASHU_RULES_RULE_H_
#define HUASHU_RULES_RULE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "huashu/base/vocabulary.h"
#include "huashu/match/matcher.h"
#include "huashu/transcript/conversation.h"

namespace huashu::rules {

// The shared vocabulary, spelt as rules use it.
using base::Category;
using base::Name;
using base::ParseCategory;
using base::ParseSeverity;
using base::Severity;

// Whose turns a rule reads.
enum class SpeakerScope : uint8_t { kAgent, kCustomer, kAny };
enum class ChannelScope : uint8_t { kAny, kCall, kChat };

std::string_view Name(SpeakerScope s);
std::string_view Name(ChannelScope c);
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

// What a list of phrases does for its rule's type.
enum class PhraseRole : uint8_t {
  kWords,        // forbidden: what must not be said
  kAllow,        // longer phrases (or data contexts) that are fine
  kGroup,        // required / event: one group of any_of phrases
  kTrigger,      // respond: what calls for an answer
  kExpect,       // respond: an acceptable answer
  kGreeting,     // silent_call: an attempt to reach the caller
  kNotice,       // silent_call: telling the caller the line is silent
  kLateApology,  // answer: apology for a late pick-up
  kGoodbye,      // hangup: a goodbye before hanging up
  kCue,          // a condition's cue phrases (rules/condition.h)
};
std::string_view Name(PhraseRole r);  // the YAML key: "words", "allow", "any_of", ...
std::optional<PhraseRole> ParsePhraseRole(std::string_view s);

// One list of phrases with one role in a rule.
struct PhraseList {
  PhraseRole role = PhraseRole::kWords;
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

// Where a rule comes from: a clause of a reference document (`source:` in
// the YAML). `doc` is a short id declared in a book's `documents:` table;
// `quote` is a few characters that locate the clause in the document (not
// a copy of it; the loader refuses more than kMaxQuoteChars).
struct RuleSource {
  std::string doc;      // "002"
  std::string title;    // the document's title, from the book's table
  std::string section;  // "第二篇 6.1(1) 接听电话"
  std::string quote;    // "振鈴聲不應超過三次"; may be empty
  SourcePos pos;        // where the entry was written

  // "doc§section", the compact form findings carry.
  std::string Clause() const { return doc + "§" + section; }
  // "002《title》§section「quote」", for people.
  std::string Describe() const;
};
inline constexpr size_t kMaxQuoteChars = 24;

// A reference document, declared in a book's `documents:` table (id: title)
// and cited by the `source:` of its rules.
struct Document {
  std::string id;
  std::string title;
  SourcePos pos;
};

class RuleType;

// A type's own parameters (max_seconds, detector, ...): each type derives
// its struct from this.
struct RuleParams {
  virtual ~RuleParams() = default;
};

struct Rule {
  std::string id;
  const RuleType* type = nullptr;  // never null in a loaded rule
  Category category = Category::kForbidden;
  Severity severity = Severity::kWarning;
  SpeakerScope speaker = SpeakerScope::kAgent;
  ChannelScope channel = ChannelScope::kAny;
  // The conversations the rule judges by who started them (`direction:`):
  // unset = both; inbound greetings and closings do not apply to an
  // outbound call-back, which has rules of its own.
  std::optional<base::Direction> direction;
  std::string description;
  std::string message;
  std::string suggestion;
  match::MatchOptions variants;
  std::vector<PhraseList> phrases;
  std::vector<RuleSource> sources;  // the clauses it enforces; may be empty
  std::string clause;               // every source's Clause(), joined by "; " (set by the loader)

  std::shared_ptr<const RuleParams> params;  // the type's own; see rules/types/

  std::vector<Example> examples;
  std::string book;  // name of the book that defined it
  SourcePos pos;

  // Returns the lists of `role`, in order.
  std::vector<const PhraseList*> Lists(PhraseRole role) const;
  // The same by the role's name ("words"); no lists for an unknown name.
  std::vector<const PhraseList*> Lists(std::string_view role) const;
  // The type's parameters. REQUIRES: P is the params struct of this->type.
  template <typename P>
  const P& Params() const {
    return static_cast<const P&>(*params);
  }
};

}  // namespace huashu::rules

#endif  // HUASHU_RULES_RULE_H_
