// What a check finds, and what a report is made of. Field names and meaning
// follow the Violation contract in DESIGN.md.

#ifndef HUASHU_BASE_FINDING_H_
#define HUASHU_BASE_FINDING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "huashu/base/vocabulary.h"

namespace huashu::base {

struct ScoringModel;  // base/scoring.h

// How a phrase finding matched (the "match" object of the JSON report).
struct MatchInfo {
  std::string how;     // exact | normalized | noise | repeat | pinyin | detector
  std::string phrase;  // the rulebook phrase that matched
  std::string detail;  // human explanation: "威信 ≈ 微信（拼音 wei xin）"
};

struct Violation {
  std::string rule;
  std::string category;
  std::string severity;  // error | warning | info
  std::string message;
  std::string suggestion;
  std::string conversation;
  std::optional<uint32_t> turn;  // 1-based position in turns; nullopt: conversation-level
  // Respond rules (a reply owed to a turn): the 1-based turn of the first
  // reply judged, the one that lacked what was owed (turn is the trigger's).
  // nullopt for every other finding.
  std::optional<uint32_t> reply_turn;
  std::optional<Speaker> speaker;
  std::optional<Span> span;
  std::string text;  // the matched original text (masked for personal data)
  double time = kNoTime;
  SourceRef source;     // file and line of the record (or of the turn)
  uint32_t column = 0;  // 1-based code point column in that line; 0 = not known
  std::optional<MatchInfo> match;
  // The clauses of the reference documents the rule enforces, "doc§section"
  // joined by "; " (JSON "clause"); empty when the rule cites none.
  std::string clause;
  // The turn as written around the finding (at most ~40 characters either
  // side, "…" where cut; personal data masked), for the text report's
  // context line, and where the finding lies in it. Not part of the JSON
  // contract.
  std::string turn_text;
  std::optional<Span> turn_span;
};

struct ConversationResult {
  std::string id;
  SourceRef source;
  Channel channel = Channel::kChat;
  std::string platform;
  std::string agent_id;
  std::string agent_name;
  std::string started_at;  // ISO-8601 start as the input wrote it; "" = not known
  int score = 100;
  // The auto_fail rules that failed the conversation (its score is then the
  // model's fail score); empty: not failed. See base/scoring.h.
  std::vector<std::string> failed_by;
  std::vector<Violation> violations;
  std::vector<std::string> skipped_rules;  // rules lacking the data they need
  // Rules that chose not to judge this conversation, with the reason (a
  // log that starts or ends mid-conversation); also in skipped_rules.
  struct NotJudged {
    std::string rule;
    std::string reason;
  };
  std::vector<NotJudged> not_judged;
  int suppressed = 0;  // findings ignored by a source directive
  // Lines of a template (a script file checked line by line); 0 for a
  // conversation. Reports show templates apart from conversations.
  int template_lines = 0;
  // Turns of the agent in the conversation (lines of a template): the
  // denominator of rule-noise rates (huashu stats).
  int agent_turns = 0;
  // Candidates an allow phrase or a condition set aside, by which one, for
  // rule-noise statistics: `by` is "allow:PHRASE" (the allow-list entry as
  // written), "unless[I]" or "only_if[I]" (0-based index of the condition
  // in that list of the rule). One entry per candidate set aside.
  struct SetAside {
    std::string rule;
    std::string by;
  };
  std::vector<SetAside> set_aside;
  // Books applied to this conversation; owned by the rulebook, which
  // outlives every result.
  const std::vector<std::string>* rulebooks = nullptr;
  // The scoring model that scored it, owned by the rulebook likewise; null
  // for results not scored by a checker (huashu merge rebuilds them).
  const ScoringModel* scoring = nullptr;
};

}  // namespace huashu::base

#endif  // HUASHU_BASE_FINDING_H_
