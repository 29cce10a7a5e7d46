// own_before / own_next / first_reply: the same speaker's neighbouring
// messages. Chat
// customers split what they say over several messages: 帮我催一下 / 谢谢你
// is a thanks attached to a request (own_before), and 好的谢谢 / 什么时候营业
// is a courtesy before a new question (own_next) — neither is thanks for the
// service that the agent owes an answer to.

#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

class OwnTurns final : public HitCondition {
 public:
  OwnTurns(size_t list, size_t turns, bool next) : list_(list), turns_(turns), next_(next) {}

  // Looks at up to `turns_` turns right before (or after) the hit's turn, as
  // long as they are the same speaker's: the run of messages sent together.
  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const auto self = ev.turn(c.turn).speaker;
    const uint32_t set = ev.book().SetOf(c.rule, list_);
    size_t t = c.turn;
    for (size_t k = 0; k < turns_; ++k) {
      if (next_) {
        if (++t >= ev.turn_count()) return false;
      } else {
        if (t == 0) return false;
        --t;
      }
      if (ev.turn(t).speaker != self) return false;
      if (ev.FindHit(t, set) != nullptr) return true;
    }
    return false;
  }
  std::string Describe(const Rule& rule) const override {
    return std::string(next_ ? "同一人紧接着的消息里有" : "同一人紧挨着的前一条消息里有") +
           CueLabel(rule.phrases[list_]);
  }

 private:
  size_t list_;
  size_t turns_;
  bool next_;
};

// first_reply: the hit's turn is the first of the speaker's reply: the turn
// right before it is the other speaker's. An ask-more sent as the whole
// answer to a question, not after an answer in an earlier message.
// alone_in_reply: the turn is the whole reply: no message of the same
// speaker right before or right after it. A sticker sent as the answer, not
// one beside the agent's worded answer in the same burst.
class FirstReply final : public HitCondition {
 public:
  explicit FirstReply(bool alone) : alone_(alone) {}

  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const auto self = ev.turn(c.turn).speaker;
    if (c.turn == 0) {
      if (!alone_) return false;
    } else {
      const auto before = ev.turn(c.turn - 1).speaker;
      if (before == self || (!alone_ && before == transcript::Speaker::kSystem)) return false;
    }
    return !alone_ || c.turn + 1 >= ev.turn_count() || ev.turn(c.turn + 1).speaker != self;
  }
  std::string Describe(const Rule&) const override {
    return alone_ ? "前后都没有同一人的其他消息（单独成为回复）" : "是紧接着对方那句话的第一句回复";
  }

 private:
  bool alone_;
};

}  // namespace

std::unique_ptr<HitCondition> MakeFirstReply(const RuleReader& in, const YAML::Node& item,
                                             std::string_view key, Rule*) {
  if (!in.Bool(item[std::string(key)], key))
    in.Fail(item, std::string(key) + ": false never holds as written; leave the condition out");
  return std::make_unique<FirstReply>(key == "alone_in_reply");
}

std::unique_ptr<HitCondition> MakeOwnTurns(const RuleReader& in, const YAML::Node& item,
                                           std::string_view key, Rule* rule) {
  const size_t turns =
      item["within"] ? static_cast<size_t>(in.Integer(item["within"], "within", 1)) : 1;
  return std::make_unique<OwnTurns>(AddCueList(in, item[std::string(key)], key, rule), turns,
                                    key == "own_next");
}

}  // namespace huashu::rules
