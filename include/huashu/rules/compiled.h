// CompiledRulebook: a Rulebook plus the one Matcher that holds every phrase
// of every rule, and the map from the matcher's phrase sets back to rules.
//
// Compilation is where "a rule whose words can never match" is caught: a
// phrase that folds to nothing is rejected with its position.

#ifndef HUASHU_RULES_COMPILED_H_
#define HUASHU_RULES_COMPILED_H_

#include <span>
#include <string_view>
#include <vector>

#include "huashu/match/matcher.h"
#include "huashu/rules/rulebook.h"

namespace huashu::rules {

class CompiledRulebook {
 public:
  // Compiles `book`. Throws RulebookError on a phrase that can never match.
  explicit CompiledRulebook(Rulebook book);
  CompiledRulebook(const CompiledRulebook&) = delete;
  CompiledRulebook& operator=(const CompiledRulebook&) = delete;

  const Rulebook& book() const { return book_; }
  const std::vector<Rule>& rules() const { return book_.rules(); }
  const match::Matcher& matcher() const { return matcher_; }

  // One phrase set: a PhraseList of one rule.
  struct PhraseSet {
    uint32_t rule;           // index into rules()
    PhraseRole role_;        // list->role, kept here: rule types ask it of every hit
    const PhraseList* list;  // owned by the rule
    PhraseRole role() const { return role_; }
  };
  const PhraseSet& set(uint32_t id) const { return sets_[id]; }
  size_t set_count() const { return sets_.size(); }
  // Returns the set ids of rule `rule` with role `role`, in list order.
  std::span<const uint32_t> Sets(size_t rule, PhraseRole role) const;
  // The set id of phrase list `list` (index into rules()[rule].phrases).
  uint32_t SetOf(size_t rule, size_t list) const { return first_set_[rule] + list; }

  // The sets whose turns Evaluation::TurnsWith indexes up front (those of
  // the roles their rule's type reads_turns_with), numbered 0..n-1 in set
  // order: TurnSlot(set) is that number, or kNoTurnSlot.
  static constexpr uint32_t kNoTurnSlot = UINT32_MAX;
  uint32_t TurnSlot(uint32_t set) const { return turn_slot_[set]; }
  size_t turn_slot_count() const { return turn_slot_count_; }

 private:
  Rulebook book_;
  match::Matcher matcher_;
  std::vector<PhraseSet> sets_;
  struct RoleSets {
    PhraseRole role;
    std::vector<uint32_t> ids;
  };
  std::vector<uint32_t> first_set_;  // set id of each rule's first list
  std::vector<uint32_t> turn_slot_;  // by set id
  uint32_t turn_slot_count_ = 0;
  std::vector<std::vector<RoleSets>> by_rule_;
};

}  // namespace huashu::rules

#endif  // HUASHU_RULES_COMPILED_H_
