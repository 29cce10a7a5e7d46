// clause_start / turn_start / whole_turn / only_words / first_in_turn: where
// the hit stands.
// 是这样的 opening a clause is a filler, X是这样的 is a predicate; a bare 嗯
// that is the whole reply is a finding, 嗯 inside a sentence is not; a reply
// made of stickers alone ([鲜花][鲜花], #E-s57#E-s57) is one finding; a goodbye
// said three ways in one breath (祝您愉快…请您挂机…再见) is one finding
// when only the first of the words holds (first_in_turn).

#include "clause.h"
#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

enum class Where { kClauseStart, kTurnStart, kWholeTurn, kOnlyWords, kFirstInTurn };

class Position final : public HitCondition {
 public:
  explicit Position(Where where) : where_(where) {}

  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const auto units = ev.Units(c.turn);
    const auto flags = ev.Flags(c.turn);
    switch (where_) {
      case Where::kClauseStart: {
        uint32_t from, to;
        ClauseAround(units, flags, c.hit->ubegin, c.hit->uend, &from, &to);
        return LettersBetween(flags, from, c.hit->ubegin) == 0;
      }
      case Where::kTurnStart:
        return LettersBetween(flags, 0, c.hit->ubegin) == 0;
      case Where::kWholeTurn:
        return LettersBetween(flags, 0, c.hit->ubegin) == 0 &&
               LettersBetween(flags, c.hit->uend, static_cast<uint32_t>(units.size())) == 0;
      case Where::kOnlyWords:
        return OnlyWords(ev, c, flags);
      case Where::kFirstInTurn:
        return FirstInTurn(ev, c);
    }
    return false;
  }
  std::string Describe(const Rule&) const override {
    switch (where_) {
      case Where::kClauseStart:
        return "位于分句开头";
      case Where::kTurnStart:
        return "位于这句话开头";
      case Where::kWholeTurn:
        return "就是整句话";
      case Where::kOnlyWords:
        return "整句话只有这条规则的词";
      case Where::kFirstInTurn:
        return "是这句话里这条规则的第一处";
    }
    return "";
  }

 private:
  // Holds for the first hit of the word set when every letter of the turn is
  // inside a hit of that set; later hits do not hold, so the turn is one
  // finding.
  static bool OnlyWords(const Evaluation& ev, const Candidate& c, std::span<const uint8_t> flags) {
    return FirstInTurn(ev, c) && LettersInsideHits(flags, ev.TurnHits(c.turn), c.hit->set);
  }

  // Holds when no hit of the same word set starts earlier in the turn.
  static bool FirstInTurn(const Evaluation& ev, const Candidate& c) {
    for (const match::Hit& h : ev.TurnHits(c.turn))
      if (h.set == c.hit->set && h.ubegin < c.hit->ubegin) return false;
    return true;
  }

  Where where_;
};

}  // namespace

std::unique_ptr<HitCondition> MakePosition(const RuleReader& in, const YAML::Node& item,
                                           std::string_view key, Rule*) {
  if (!in.Bool(item[std::string(key)], key))
    in.Fail(item, std::string(key) + ": false never holds as written; use the other list");
  const Where where = key == "clause_start"    ? Where::kClauseStart
                      : key == "turn_start"    ? Where::kTurnStart
                      : key == "only_words"    ? Where::kOnlyWords
                      : key == "first_in_turn" ? Where::kFirstInTurn
                                               : Where::kWholeTurn;
  return std::make_unique<Position>(where);
}

}  // namespace huashu::rules
