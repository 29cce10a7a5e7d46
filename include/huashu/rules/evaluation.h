// Evaluation: what a rule type sees of one conversation while it judges it.
//
// The checker folds and matches every turn once and fills MatchedTurns;
// rule types then read hits, times and events through an Evaluation and
// report findings with Emit() or "not judged" with Skip(). Nothing here
// scans text again.

#ifndef HUASHU_RULES_EVALUATION_H_
#define HUASHU_RULES_EVALUATION_H_

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "huashu/base/finding.h"
#include "huashu/match/matcher.h"
#include "huashu/rules/compiled.h"
#include "huashu/transcript/conversation.h"

namespace huashu::rules {

// The matcher's output for one conversation. Reused across conversations
// by one thread, so nothing is allocated per turn in steady state.
struct MatchedTurns {
  std::vector<match::Hit> hits;        // all turns, concatenated
  std::vector<uint32_t> turn_offsets;  // hits of turn t: [turn_offsets[t], turn_offsets[t+1])
  std::vector<uint32_t> turn_lengths;  // spoken characters per turn (no spaces/punctuation)
  // The folded text of every turn, concatenated (units and kFold* flags):
  // turn t is [unit_offsets[t], unit_offsets[t+1]). Conditions read the
  // text next to a hit here; hit.ubegin/uend index into the turn's part.
  std::vector<uint32_t> units;
  std::vector<uint8_t> flags;
  std::vector<uint32_t> unit_offsets;
  // Byte offset of every code point of one turn (and of its end), so that
  // slicing by code points costs O(1); cp_turn says which turn it holds.
  std::vector<uint32_t> cp_bytes;
  size_t cp_turn = SIZE_MAX;
  // Evaluation::PreviousOther of every turn, built once per conversation:
  // a scan back per hit was quadratic in a template (one speaker throughout).
  std::vector<size_t> previous_other;
  // Evaluation::TurnsWith: the turns holding a hit of each set with a turn
  // slot (CompiledRulebook::TurnSlot), built on first use in a conversation
  // (slot_turns_built says whether). Slot k: slot_turns[slot_turn_offsets[k]
  // .. slot_turn_end[k]); slot_hits holds (slot, turn) of every hit of such
  // a set while it is built.
  std::vector<uint32_t> slot_turn_offsets;
  std::vector<uint32_t> slot_turn_end;
  std::vector<uint32_t> slot_turns;
  std::vector<std::pair<uint32_t, uint32_t>> slot_hits;
  bool slot_turns_built = false;
  // The same for every set of the book, built only when a set without a
  // slot is asked for. Set s: set_turns[set_turn_offsets[s] .. set_turn_end[s]).
  std::vector<uint32_t> set_turn_offsets;
  std::vector<uint32_t> set_turn_end;
  std::vector<uint32_t> set_turns;
  bool set_turns_built = false;
};

struct Placeholder {
  std::string_view name;
  std::string value;
};

// Fills "{name}" placeholders of `tmpl`; unknown ones are left as written.
std::string FormatMessage(std::string_view tmpl, std::initializer_list<Placeholder> values);
// How a phrase group is named in messages: its name, or 「first phrase」等.
std::string GroupLabel(const PhraseList& list);
// "245", "3.5": seconds as a person writes them.
std::string FormatSeconds(double s);

// What happened to one candidate hit, for `huashu explain`: a finding, or
// set aside by an allow phrase or a condition (with which one).
struct CandidateNote {
  std::string rule;
  size_t turn = 0;  // 0-based
  base::Span span;
  std::string text;    // the original text of the hit
  std::string phrase;  // the listed word or pattern
  bool kept = false;   // true: reported
  std::string reason;  // why it was set aside ("allow 「查清楚」", a condition)
};

class Evaluation {
 public:
  // REQUIRES: every argument outlives the Evaluation; `m` holds the hits of
  // every turn of `c`.
  Evaluation(const transcript::Conversation& c, const CompiledRulebook& book, MatchedTurns& m,
             base::ConversationResult* out);

  const transcript::Conversation& conversation() const { return c_; }
  const CompiledRulebook& book() const { return book_; }
  const Rule& rule(size_t ri) const { return book_.rules()[ri]; }
  size_t turn_count() const { return c_.turns.size(); }
  const transcript::Turn& turn(size_t t) const { return c_.turns[t]; }
  // Spoken characters of turn t (no spaces or punctuation).
  uint32_t spoken(size_t t) const { return m_.turn_lengths[t]; }

  // The folded text of turn t (see MatchedTurns).
  std::span<const uint32_t> Units(size_t t) const {
    return {m_.units.data() + m_.unit_offsets[t], m_.units.data() + m_.unit_offsets[t + 1]};
  }
  std::span<const uint8_t> Flags(size_t t) const {
    return {m_.flags.data() + m_.unit_offsets[t], m_.flags.data() + m_.unit_offsets[t + 1]};
  }
  // The nearest turn before t of another speaker (customer for an agent
  // turn and back; system turns are skipped), or SIZE_MAX. O(1).
  size_t PreviousOther(size_t t) const { return m_.previous_other[t]; }

  // Sorted as Matcher::Match sorts them: by ubegin first.
  std::span<const match::Hit> TurnHits(size_t t) const {
    return {m_.hits.data() + m_.turn_offsets[t], m_.hits.data() + m_.turn_offsets[t + 1]};
  }
  // Returns the first hit in turn t of any of `sets`, or nullptr.
  const match::Hit* FindHit(size_t t, std::span<const uint32_t> sets) const;
  const match::Hit* FindHit(size_t t, uint32_t set) const { return FindHit(t, {&set, 1}); }
  // Returns the turns with a hit of phrase set `set`, ascending, each once:
  // a rule whose trigger is rare reads those turns instead of every hit of
  // every turn. The first call of a conversation indexes the hits of the
  // sets with a turn slot (O(hits + slots)); later calls cost O(1). A set
  // without one is answered too, by an index of every set (O(hits + sets)).
  // REQUIRES: every turn has been matched (not from RuleType::ScanTurn).
  std::span<const uint32_t> TurnsWith(uint32_t set) const;

  // A finding of rule `r` pre-filled with rule and conversation fields.
  base::Violation Make(const Rule& r, std::string message) const;
  // The same, pointing at turn t (and at `hit` within it, if given).
  base::Violation MakeAt(const Rule& r, std::string message, size_t t, const match::Hit* hit) const;
  void Emit(base::Violation v) { out_->violations.push_back(std::move(v)); }
  // Records that `r` was not judged on this conversation (missing data).
  void Skip(const Rule& r) { out_->skipped_rules.push_back(r.id); }
  // The same, with the reason a reader is told ("记录从对话中途开始").
  void NotJudged(const Rule& r, std::string reason) {
    out_->skipped_rules.push_back(r.id);
    out_->not_judged.push_back({r.id, std::move(reason)});
  }

  // Records that an allow phrase or a condition of `r` set a candidate
  // aside (base::ConversationResult::set_aside; `by` as described there).
  // Costs one small record per candidate set aside, nothing otherwise.
  void SetAside(const Rule& r, std::string by) { out_->set_aside.push_back({r.id, std::move(by)}); }

  // Records what became of a candidate when explaining (set_notes()); a
  // no-op otherwise, so types may call it on every candidate.
  bool explaining() const { return notes_ != nullptr; }
  // A detector's hit (h.set == match::kNoPhraseSet) is shown as `shown`
  // (its masked form), never as the turn's own letters.
  void Note(const Rule& r, size_t t, const match::Hit& h, bool kept, std::string reason,
            std::string_view shown = {});
  void set_notes(std::vector<CandidateNote>* notes) { notes_ = notes; }

  // Original text of [begin, end) code points of turn t.
  std::string Slice(size_t t, uint32_t begin, uint32_t end) const;
  // Byte offsets of turn t's code points (and its end); valid until the
  // next call for another turn.
  const std::vector<uint32_t>& CodePointBytes(size_t t) const;

 private:
  void IndexTurnsBySlot() const;
  void IndexTurnsBySet() const;

  const transcript::Conversation& c_;
  const CompiledRulebook& book_;
  MatchedTurns& m_;
  base::ConversationResult* out_;
  std::vector<CandidateNote>* notes_ = nullptr;
};

}  // namespace huashu::rules

#endif  // HUASHU_RULES_EVALUATION_H_
