#include "huashu/rules/rule.h"

#include <array>

#include "huashu/base/enum_names.h"

namespace huashu::rules {
namespace {

constexpr std::array<std::string_view, 10> kRoles = {
    "words",    "allow",  "group",        "trigger", "expect",
    "greeting", "notice", "late_apology", "goodbye", "cue"};
constexpr std::array<std::string_view, 3> kSpeakers = {"agent", "customer", "any"};
constexpr std::array<std::string_view, 3> kChannels = {"any", "call", "chat"};

}  // namespace

std::string_view Name(PhraseRole r) { return kRoles[static_cast<size_t>(r)]; }
std::string_view Name(SpeakerScope s) { return kSpeakers[static_cast<size_t>(s)]; }
std::string_view Name(ChannelScope c) { return kChannels[static_cast<size_t>(c)]; }
std::optional<PhraseRole> ParsePhraseRole(std::string_view s) {
  return base::FindName<PhraseRole>(kRoles, s);
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

std::string RuleSource::Describe() const {
  std::string s = doc;
  if (!title.empty()) s += "《" + title + "》";
  s += "§" + section;
  if (!quote.empty()) s += "「" + quote + "」";
  return s;
}

std::vector<const PhraseList*> Rule::Lists(PhraseRole role) const {
  std::vector<const PhraseList*> out;
  for (const PhraseList& l : phrases) {
    if (l.role == role) out.push_back(&l);
  }
  return out;
}

std::vector<const PhraseList*> Rule::Lists(std::string_view role) const {
  const auto r = ParsePhraseRole(role);
  return r ? Lists(*r) : std::vector<const PhraseList*>{};
}

}  // namespace huashu::rules
