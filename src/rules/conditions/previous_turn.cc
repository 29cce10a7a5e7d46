// previous / echo: the other speaker's previous turn. An agent answering the
// customer's 是正品吗 with the store's guarantee (previous), or repeating
// the customer's own word back (您说的QQ邮箱是哪个), is not making a claim
// or an invitation of their own (echo). previous_ends: the other speaker's
// previous turn ends on a cue: 好的 closing a message has settled it, while
// 好的，那大概多久能到 goes on to ask something that is still owed an answer.

#include "clause.h"
#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

class PreviousTurn final : public HitCondition {
 public:
  explicit PreviousTurn(size_t list) : list_(list) {}

  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const size_t prev = ev.PreviousOther(c.turn);
    return prev != SIZE_MAX && ev.FindHit(prev, ev.book().SetOf(c.rule, list_)) != nullptr;
  }
  std::string Describe(const Rule& rule) const override {
    return "对方上一句有" + CueLabel(rule.phrases[list_]);
  }

 private:
  size_t list_;
};

class PreviousEnds final : public HitCondition {
 public:
  explicit PreviousEnds(size_t list) : list_(list) {}

  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const size_t prev = ev.PreviousOther(c.turn);
    if (prev == SIZE_MAX) return false;
    const uint32_t set = ev.book().SetOf(c.rule, list_);
    const auto flags = ev.Flags(prev);
    const auto end = static_cast<uint32_t>(flags.size());
    for (const match::Hit& h : ev.TurnHits(prev)) {
      // Only spaces, punctuation and emoji may follow the cue.
      if (h.set == set && LettersBetween(flags, h.uend, end) == 0) return true;
    }
    return false;
  }
  std::string Describe(const Rule& rule) const override {
    return "对方上一句以" + CueLabel(rule.phrases[list_]) + "结尾";
  }

 private:
  size_t list_;
};

class Echo final : public HitCondition {
 public:
  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const size_t prev = ev.PreviousOther(c.turn);
    if (prev == SIZE_MAX) return false;
    // The hit's letters, in order, somewhere in the previous turn's letters.
    return LettersFoundIn(ev.Units(c.turn), ev.Flags(c.turn), c.hit->ubegin, c.hit->uend,
                          ev.Units(prev), ev.Flags(prev));
  }
  std::string Describe(const Rule&) const override { return "复述对方上一句的原话"; }
};

}  // namespace

std::unique_ptr<HitCondition> MakePreviousTurn(const RuleReader& in, const YAML::Node& item,
                                               std::string_view key, Rule* rule) {
  return std::make_unique<PreviousTurn>(AddCueList(in, item[std::string(key)], key, rule));
}

std::unique_ptr<HitCondition> MakePreviousEnds(const RuleReader& in, const YAML::Node& item,
                                               std::string_view key, Rule* rule) {
  return std::make_unique<PreviousEnds>(AddCueList(in, item[std::string(key)], key, rule));
}

std::unique_ptr<HitCondition> MakeEcho(const RuleReader& in, const YAML::Node& item,
                                       std::string_view key, Rule*) {
  if (!in.Bool(item[std::string(key)], key))
    in.Fail(item, "echo: false never holds; leave the condition out");
  return std::make_unique<Echo>();
}

}  // namespace huashu::rules
