// opens_conversation: the hit's turn is the first thing anyone says in the
// log (system lines such as order cards do not count). 人呢 sent before the
// agent has said a word is a way to ask whether anyone is there, like 在吗;
// the same words after the agent has gone quiet are an urge that is owed an
// apology.

#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

class OpensConversation final : public HitCondition {
 public:
  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    for (size_t t = 0; t < c.turn; ++t)
      if (ev.turn(t).speaker != transcript::Speaker::kSystem) return false;
    return true;
  }
  std::string Describe(const Rule&) const override { return "是整段对话的第一句话"; }
};

}  // namespace

std::unique_ptr<HitCondition> MakeOpensConversation(const RuleReader& in, const YAML::Node& item,
                                                    std::string_view key, Rule*) {
  if (!in.Bool(item[std::string(key)], key))
    in.Fail(item, std::string(key) + ": false never holds as written; use the other list");
  return std::make_unique<OpensConversation>();
}

}  // namespace huashu::rules
