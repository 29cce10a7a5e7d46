// repeated: the same words said again after the other speaker answered them.
// A customer who types 还没处理好吗 a second time, after the agent apologised
// for the first, or who says 恶心 again after the apology for it, repeats a
// complaint already answered; the first time a word is said, or a repeat
// the agent never answered, is still judged. Sharper than a wide `earlier`
// window: an apology for one matter does not excuse the next matter.

#include "clause.h"
#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

class Repeated final : public HitCondition {
 public:
  Repeated(size_t list, size_t turns) : list_(list), turns_(turns) {}

  // Holds if one of the same speaker's turns among the `turns_` turns before
  // the hit's turn holds the hit's letters (as `echo` compares them), and a
  // turn of the other speaker after that turn and before the hit's holds a
  // cue. System turns count towards the window and never answer.
  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const auto self = ev.turn(c.turn).speaker;
    const uint32_t set = ev.book().SetOf(c.rule, list_);
    const size_t first = c.turn > turns_ ? c.turn - turns_ : 0;
    bool answered = false;  // the other speaker said a cue after turn t
    for (size_t t = c.turn; t-- > first;) {
      const auto who = ev.turn(t).speaker;
      if (who == transcript::Speaker::kSystem) continue;
      if (who != self) {
        answered = answered || ev.FindHit(t, set) != nullptr;
        continue;
      }
      if (answered && LettersFoundIn(ev.Units(c.turn), ev.Flags(c.turn), c.hit->ubegin, c.hit->uend,
                                     ev.Units(t), ev.Flags(t)))
        return true;
    }
    return false;
  }
  std::string Describe(const Rule& rule) const override {
    return "前 " + std::to_string(turns_) + " 句内说过同样的话，对方随后已说" +
           CueLabel(rule.phrases[list_]);
  }

 private:
  size_t list_;
  size_t turns_;
};

}  // namespace

std::unique_ptr<HitCondition> MakeRepeated(const RuleReader& in, const YAML::Node& item,
                                           std::string_view key, Rule* rule) {
  const size_t turns =
      item["within"] ? static_cast<size_t>(in.Integer(item["within"], "within", 1)) : 20;
  return std::make_unique<Repeated>(AddCueList(in, item[std::string(key)], key, rule), turns);
}

}  // namespace huashu::rules
