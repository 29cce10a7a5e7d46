// letters_after: N: at least N letters follow the hit in the same turn. A
// 谢谢 that only leads into a new matter (谢谢 您好 刚才我和配送站联系了…)
// is a courtesy before a request, not thanks for the service to be answered.

#include "clause.h"
#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

class LettersAfter final : public HitCondition {
 public:
  explicit LettersAfter(uint32_t n) : n_(n) {}

  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const auto flags = ev.Flags(c.turn);
    return LettersBetween(flags, c.hit->uend, static_cast<uint32_t>(flags.size())) >= n_;
  }
  std::string Describe(const Rule&) const override {
    return "后面同一句话里还有至少 " + std::to_string(n_) + " 个字";
  }

 private:
  uint32_t n_;
};

}  // namespace

std::unique_ptr<HitCondition> MakeLettersAfter(const RuleReader& in, const YAML::Node& item,
                                               std::string_view key, Rule*) {
  return std::make_unique<LettersAfter>(
      static_cast<uint32_t>(in.Integer(item[std::string(key)], key, 1)));
}

}  // namespace huashu::rules
