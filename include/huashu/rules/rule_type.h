// Rule types: what a rule of each `type:` reads from YAML and how it judges
// a conversation.
//
// Each type is one source file in src/rules/types/ (its parameter struct,
// its YAML keys and validation, its phrase roles, its evaluation and its
// explanation) and one line in src/rules/types/registry.cc. Nothing outside
// the registry switches over types: the loader, the checker and `rules
// explain` only call this interface.

#ifndef HUASHU_RULES_RULE_TYPE_H_
#define HUASHU_RULES_RULE_TYPE_H_

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "huashu/rules/rule.h"
#include "huashu/text/fold.h"

namespace huashu::rules {

class Evaluation;
class RuleReader;

class RuleType {
 public:
  virtual ~RuleType() = default;

  // The YAML `type:` value.
  virtual std::string_view name() const = 0;
  // The keys a rule of this type may have besides the common ones; any
  // other key is a rulebook error.
  virtual std::vector<std::string_view> keys() const = 0;
  // Reads this type's keys of the rule `in` is reading: appends phrase
  // lists to rule->phrases and sets rule->params.
  // Throws RulebookError ("file:line:col: message") on a bad value.
  virtual void Read(RuleReader& in, Rule* rule) const = 0;

  // True if the type judges script templates (unrelated one-line replies),
  // not only conversations.
  virtual bool reads_templates() const { return false; }
  // True if Evaluate() takes every applying rule of the type in one call
  // (before the other types, which are called one rule at a time in book
  // order), for types that judge all their rules in one pass over the hits.
  virtual bool judges_all_at_once() const { return false; }
  // True if the type needs each turn's folded text (ScanTurn).
  virtual bool scans_turns() const { return false; }
  // True if Evaluate() asks Evaluation::TurnsWith for this type's phrase
  // sets of `role`. Those sets are indexed once per conversation; asking
  // for another set still works, but indexes every set of the book.
  virtual bool reads_turns_with(PhraseRole /*role*/) const { return false; }

  // Called once per turn, while its folded text is alive, for the rules of
  // this type that apply (`rules`: indices into the book). Most types judge
  // from hits alone and do nothing here.
  virtual void ScanTurn(Evaluation& /*ev*/, std::span<const size_t> /*rules*/, size_t /*turn*/,
                        const text::FoldedText& /*folded*/) const {}
  // Judges the rules of this type that apply to the conversation, after
  // every turn has been matched. Never throws; a rule that lacks the data
  // it needs calls ev.Skip() instead of reporting.
  virtual void Evaluate(Evaluation& ev, std::span<const size_t> rules) const = 0;

  // The {placeholders} a rule's message may use; any other {name} in a
  // message is a rulebook error (docs/rulebook.md lists them per type).
  virtual std::vector<std::string_view> placeholders() const { return {}; }

  // The type's parameters as (key, value) lines for `huashu rules explain`.
  virtual void Describe(const Rule& /*rule*/,
                        std::vector<std::pair<std::string, std::string>>* /*out*/) const {}
};

// Most types judge each rule on its own: they implement EvaluateRule and
// are called once per rule, in book order.
class PerRuleType : public RuleType {
 public:
  void Evaluate(Evaluation& ev, std::span<const size_t> rules) const final {
    for (size_t ri : rules) EvaluateRule(ev, ri);
  }

 protected:
  // Judges rule `ri` (index into the book) on the conversation.
  virtual void EvaluateRule(Evaluation& ev, size_t ri) const = 0;
};

// Returns the type registered as `name`, or nullptr.
const RuleType* FindRuleType(std::string_view name);
// Every registered type, in registration order.
std::span<const RuleType* const> RuleTypes();

}  // namespace huashu::rules

#endif  // HUASHU_RULES_RULE_TYPE_H_
