// Internal: states of a log in which a rule is not judged (`not_judged_if`
// of required, restate and gap rules): a log that starts or ends mid-conversation
// has no greeting or closing to miss, nor an answer to a thanks the agent
// was still giving when the log was cut.

#ifndef HUASHU_SRC_RULES_CONDITIONS_LOG_STATE_H_
#define HUASHU_SRC_RULES_CONDITIONS_LOG_STATE_H_

#include <yaml-cpp/yaml.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"

namespace huashu::rules {

// A state of the log in which the rule is not judged: a log that starts or
// ends mid-conversation has no greeting or closing to miss.
struct NotJudgedIf {
  // kAny: every turn (of `speaker`, if given), from the first: a state of
  // the whole conversation, not of one of its ends (a nuisance call the
  // agent ended by its own procedure), which recorded events never outweigh.
  enum class Turn { kFirst, kLast, kFirstAgent, kLastAgent, kFirstCustomer, kLastCustomer, kAny };
  Turn turn = Turn::kFirst;
  std::optional<transcript::Speaker> speaker;  // the turn must be this speaker's
  std::optional<size_t> list;                  // the turn must hold one of these cues
  std::optional<size_t> none;                  // and none of these
  bool question = false;                       // the turn must ask something
  // The turn must hold at least this many letters (0: any length): a
  // recording that stops on a long explanation nobody answered was cut.
  uint32_t min_letters = 0;
  // Only hits that end the turn count, for `list` and `none` (a recording cut
  // mid-phrase; a customer whose last words are not a goodbye).
  bool at_end = false;
  // Only hits that open the turn count (a log whose first words answer
  // something said before it: 对 / 好的 / 我还想问).
  bool at_start = false;
  // How many turns of the kind to look at, going inward from `turn` (the
  // last 2 agent turns, ...): the entry holds if one of them qualifies.
  size_t turns = 1;
  // The entry holds when there is no such turn at all (`absent: true`): a
  // silent call has no customer turn and its own procedure, not a closing.
  bool absent = false;
  // The entry does not hold when this state does (`unless:`): a log whose
  // last words look cut off, after the agent already said goodbye, ended.
  std::shared_ptr<const NotJudgedIf> unless;
  // An entry about the recorded events instead of a turn (`event: transfer`):
  // it holds when the conversation has an event of this type. A call the
  // agent handed on has its closing said by whoever took it; the transfer
  // rules judge the hand-over.
  std::optional<transcript::EventType> event;
  std::string reason;
};

class LogStates {
 public:
  // Returns the reason of the first state that holds, or nullptr.
  const std::string* Holds(const Evaluation& ev, size_t rule) const;
  void Describe(const Rule& r, std::vector<std::pair<std::string, std::string>>* out) const;
  bool empty() const { return states_.empty(); }

  std::vector<NotJudgedIf> states_;
};

// Reads a `not_judged_if:` list (absent: no state). Cue lists become kCue
// lists of *rule. Throws RulebookError on a bad entry.
LogStates ReadLogStates(const RuleReader& in, const YAML::Node& list, Rule* rule);

}  // namespace huashu::rules

#endif  // HUASHU_SRC_RULES_CONDITIONS_LOG_STATE_H_
