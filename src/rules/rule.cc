#include "huashu/rules/rule.h"

#include <array>

#include "huashu/base/enum_names.h"

namespace huashu::rules {
namespace {

constexpr std::array<std::string_view, 12> kTypes = {
    "forbidden", "required", "pii",  "respond",     "event",  "hold_limit",
    "gap",       "overlap",  "rate", "silent_call", "answer", "hangup"};
constexpr std::array<std::string_view, 3> kSpeakers = {"agent", "customer", "any"};
constexpr std::array<std::string_view, 3> kChannels = {"any", "call", "chat"};

}  // namespace

std::string_view Name(RuleType t) { return kTypes[static_cast<size_t>(t)]; }
std::string_view Name(SpeakerScope s) { return kSpeakers[static_cast<size_t>(s)]; }
std::string_view Name(ChannelScope c) { return kChannels[static_cast<size_t>(c)]; }
std::optional<RuleType> ParseRuleType(std::string_view s) {
  return base::FindName<RuleType>(kTypes, s);
}
std::optional<SpeakerScope> ParseSpeakerScope(std::string_view s) {
  return base::FindName<SpeakerScope>(kSpeakers, s);
}
std::optional<ChannelScope> ParseChannelScope(std::string_view s) {
  return base::FindName<ChannelScope>(kChannels, s);
}

bool SpeakerMatches(SpeakerScope scope, transcript::Speaker s) {
  switch (scope) {
    case SpeakerScope::kAgent:
      return s == transcript::Speaker::kAgent;
    case SpeakerScope::kCustomer:
      return s == transcript::Speaker::kCustomer;
    case SpeakerScope::kAny:
      return s != transcript::Speaker::kSystem;
  }
  return false;
}

std::string SourcePos::ToString() const {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::vector<const PhraseList*> Rule::Lists(std::string_view role) const {
  std::vector<const PhraseList*> out;
  for (const PhraseList& l : phrases) {
    if (l.role == role) out.push_back(&l);
  }
  return out;
}

}  // namespace huashu::rules
