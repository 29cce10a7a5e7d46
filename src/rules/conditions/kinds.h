// Internal: the factories of the condition kinds, one per file in this
// folder, listed in registry.cc.

#ifndef HUASHU_SRC_RULES_CONDITIONS_KINDS_H_
#define HUASHU_SRC_RULES_CONDITIONS_KINDS_H_

#include <yaml-cpp/yaml.h>

#include <memory>
#include <string_view>

#include "../rule_reader.h"
#include "huashu/rules/condition.h"

namespace huashu::rules {

// Makes a condition from its YAML item ({before: [...], within: 6}).
// `key` is the item's kind key; cue lists are appended to rule->phrases.
using ConditionFactory = std::unique_ptr<HitCondition> (*)(const RuleReader& in,
                                                           const YAML::Node& item,
                                                           std::string_view key, Rule* rule);

// Appends the cue list `node` to rule->phrases; returns its index there.
size_t AddCueList(const RuleReader& in, const YAML::Node& node, std::string_view what, Rule* rule);
// "「因为」「由于」等" for messages.
std::string CueLabel(const PhraseList& list);

std::unique_ptr<HitCondition> MakeCueWindow(const RuleReader&, const YAML::Node&, std::string_view,
                                            Rule*);
std::unique_ptr<HitCondition> MakeTurnHas(const RuleReader&, const YAML::Node&, std::string_view,
                                          Rule*);
std::unique_ptr<HitCondition> MakePreviousTurn(const RuleReader&, const YAML::Node&,
                                               std::string_view, Rule*);
std::unique_ptr<HitCondition> MakePreviousEnds(const RuleReader&, const YAML::Node&,
                                               std::string_view, Rule*);
std::unique_ptr<HitCondition> MakeEcho(const RuleReader&, const YAML::Node&, std::string_view,
                                       Rule*);
std::unique_ptr<HitCondition> MakeQuestion(const RuleReader&, const YAML::Node&, std::string_view,
                                           Rule*);
std::unique_ptr<HitCondition> MakePosition(const RuleReader&, const YAML::Node&, std::string_view,
                                           Rule*);
// earlier: within = how many turns back (default 6), not characters.
std::unique_ptr<HitCondition> MakeEarlier(const RuleReader&, const YAML::Node&, std::string_view,
                                          Rule*);
// repeated: within = how many turns back (default 20).
std::unique_ptr<HitCondition> MakeRepeated(const RuleReader&, const YAML::Node&, std::string_view,
                                           Rule*);
std::unique_ptr<HitCondition> MakeLettersAround(const RuleReader&, const YAML::Node&,
                                                std::string_view, Rule*);
// own_before / own_next: within = how many of the same speaker's adjacent
// messages (default 1).
std::unique_ptr<HitCondition> MakeOwnTurns(const RuleReader&, const YAML::Node&, std::string_view,
                                           Rule*);
std::unique_ptr<HitCondition> MakeFirstReply(const RuleReader&, const YAML::Node&, std::string_view,
                                             Rule*);
// digits_after / earlier_digits: runs of digits (earlier_digits: within =
// turns back, default 6).
std::unique_ptr<HitCondition> MakeDigits(const RuleReader&, const YAML::Node&, std::string_view,
                                         Rule*);
// pause_after: S seconds before the same speaker's next turn.
std::unique_ptr<HitCondition> MakePause(const RuleReader&, const YAML::Node&, std::string_view,
                                        Rule*);
// opens_conversation: the hit's turn is the log's first non-system turn.
std::unique_ptr<HitCondition> MakeOpensConversation(const RuleReader&, const YAML::Node&,
                                                    std::string_view, Rule*);
std::unique_ptr<HitCondition> MakePlatform(const RuleReader&, const YAML::Node&, std::string_view,
                                           Rule*);

}  // namespace huashu::rules

#endif  // HUASHU_SRC_RULES_CONDITIONS_KINDS_H_
