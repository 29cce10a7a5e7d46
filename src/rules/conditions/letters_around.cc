// letters_before / letters_after: N: at least N letters precede / follow the
// hit in the same turn. A 谢谢 that only leads into a new matter (谢谢 您好
// 刚才我和配送站联系了…) is a courtesy before a request, not thanks for the
// service to be answered; an ask-more with an answer before it (运费我们承担，
// 请问还有其他问题吗) is not an ask-more in place of the answer.

#include "clause.h"
#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

class LettersAround final : public HitCondition {
 public:
  LettersAround(uint32_t n, bool after) : n_(n), after_(after) {}

  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const auto flags = ev.Flags(c.turn);
    return (after_ ? LettersBetween(flags, c.hit->uend, static_cast<uint32_t>(flags.size()))
                   : LettersBetween(flags, 0, c.hit->ubegin)) >= n_;
  }
  std::string Describe(const Rule&) const override {
    return std::string(after_ ? "后面" : "前面") + "同一句话里还有至少 " + std::to_string(n_) +
           " 个字";
  }

 private:
  uint32_t n_;
  bool after_;
};

}  // namespace

std::unique_ptr<HitCondition> MakeLettersAround(const RuleReader& in, const YAML::Node& item,
                                                std::string_view key, Rule*) {
  return std::make_unique<LettersAround>(
      static_cast<uint32_t>(in.Integer(item[std::string(key)], key, 1)), key == "letters_after");
}

}  // namespace huashu::rules
