// Checker: runs a compiled rulebook over one conversation.
//
// Each turn is folded and matched exactly once; every rule type then judges
// its rules from the phrase hits, the turn times and the events
// (rules/rule_type.h). Nothing re-scans text.
//
// Thread safety: a Checker is immutable after construction and may be shared
// by threads; each thread needs its own CheckScratch.

#ifndef HUASHU_CHECK_CHECKER_H_
#define HUASHU_CHECK_CHECKER_H_

#include <vector>

#include "huashu/match/hit_memo.h"
#include "huashu/match/matcher.h"
#include "huashu/match/pii.h"
#include "huashu/report/violation.h"
#include "huashu/rules/compiled.h"
#include "huashu/rules/evaluation.h"
#include "huashu/text/fold.h"
#include "huashu/transcript/conversation.h"

namespace huashu::check {

// Per-thread buffers reused across conversations.
struct CheckScratch {
  text::FoldedText folded;
  match::MatchScratch match_scratch;  // the pattern verifier's working memory
  match::HitMemo memo;                // hits of turn texts met recently
  rules::MatchedTurns matched;
  std::vector<uint8_t> applies;  // rule i applies to the conversation being checked (0/1)
  // Applying rules of each type (indexed like rules::RuleTypes()).
  std::vector<std::vector<size_t>> by_type;
  // Personal data of every turn (see match::FindPersonalData): turn t's
  // stretches are pii[pii_offsets[t], pii_offsets[t + 1]). Every string a
  // finding of the turn carries is masked with them.
  std::vector<match::PiiSpan> pii;
  std::vector<uint32_t> pii_offsets;
};

// What a check computes beyond the findings themselves.
struct CheckOptions {
  // Fill Violation::turn_text/turn_span (the masked context window that the
  // text report prints). Off when no writer prints it.
  bool context = true;
};

class Checker {
 public:
  // REQUIRES: `book` outlives the Checker.
  explicit Checker(const rules::CompiledRulebook& book, CheckOptions options = {});

  // Checks `c` and fills *out (replacing its contents). Never throws on bad
  // conversation data: a turn with ill-formed UTF-8 is still checked (bad
  // bytes read as U+FFFD).
  void Check(const transcript::Conversation& c, CheckScratch* scratch,
             report::ConversationResult* out) const;
  // The same, and fills *notes with every candidate hit and what became of
  // it (reported, or set aside by which allow phrase or condition), for
  // `huashu explain`. Slower; not for batch runs.
  void Explain(const transcript::Conversation& c, CheckScratch* scratch,
               report::ConversationResult* out, std::vector<rules::CandidateNote>* notes) const;

  const rules::CompiledRulebook& book() const { return book_; }

 private:
  const rules::CompiledRulebook& book_;
  void Run(const transcript::Conversation& c, CheckScratch* scratch,
           report::ConversationResult* out, std::vector<rules::CandidateNote>* notes) const;

  CheckOptions options_;
  std::vector<size_t> type_of_;  // index into rules::RuleTypes() of each rule
  // Asked of the types once here rather than of every type for every turn
  // and of every rule for every conversation: indices into RuleTypes() of
  // the types that scan turns and of those that judge all their rules at
  // once, and the rules judged one by one, in book order.
  std::vector<size_t> scanning_types_;
  std::vector<size_t> all_at_once_types_;
  std::vector<size_t> one_by_one_rules_;
};

// Returns true if `rule` applies to `c` at all (channel, kind).
bool RuleApplies(const rules::Rule& rule, const transcript::Conversation& c);

// The score of a conversation under the default model: 100 minus 10 per
// error, 3 per warning and 1 per info finding, never below 0. A book's own
// model (base/scoring.h) scores the conversations its Checker checks.
int Score(const std::vector<report::Violation>& violations);

}  // namespace huashu::check

#endif  // HUASHU_CHECK_CHECKER_H_
