// Numbers around a hit, read as digits however they are written (138 1234
// 5678, 幺三八…, 138****5678):
//   digits_after: N    a run of at least N digits follows the hit right
//                      away (noise aside), or after up to `within` letters
//                      of the same clause: 热线是400…, 号码对吧 四零零… —
//                      the agent reading out a number to be noted down;
//   earlier_digits: N  one of the other speaker's turns among the `within`
//                      before (default 6) holds a run of at least N digits:
//                      the agent asking for a phone number (N = 11) or an
//                      order number (N = 12) the customer already gave
//                      (stars alone, which may hide a name, are no number);
//   read_back: N       on a call, the hit's digits (at least N of them)
//                      repeat, in order, a number the other speaker said in
//                      one of their turns among the `within` before (default
//                      2): the agent reading the caller's own number back to
//                      check it, which the call books require. In a chat the
//                      agent would be sending the number itself.

#include <algorithm>

#include "clause.h"
#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

class DigitsAfter final : public HitCondition {
 public:
  DigitsAfter(uint32_t n, uint32_t letters) : n_(n), letters_(letters) {}

  // The run may start after up to `letters_` other letters of the clause.
  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const auto units = ev.Units(c.turn);
    const auto flags = ev.Flags(c.turn);
    uint32_t skipped = 0;
    for (uint32_t i = c.hit->uend; i < units.size(); ++i) {
      if (IsDigitLike(units[i])) return DigitRunAt(units, flags, i) >= n_;
      if (EndsClause(units[i], flags[i])) return false;
      if (IsLetter(flags[i]) && ++skipped > letters_) return false;
    }
    return false;
  }
  std::string Describe(const Rule&) const override {
    return (letters_ ? "后面 " + std::to_string(letters_) + " 字内" : std::string("紧接着")) +
           "是至少 " + std::to_string(n_) + " 位数字";
  }

 private:
  uint32_t n_;
  uint32_t letters_;
};

class EarlierDigits final : public HitCondition {
 public:
  EarlierDigits(uint32_t n, size_t turns) : n_(n), turns_(turns) {}

  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const auto self = ev.turn(c.turn).speaker;
    const size_t first = c.turn > turns_ ? c.turn - turns_ : 0;
    for (size_t t = first; t < c.turn; ++t) {
      const auto who = ev.turn(t).speaker;
      if (who == self || who == transcript::Speaker::kSystem) continue;
      if (LongestDigitRun(ev.Units(t), ev.Flags(t), /*masked=*/false) >= n_) return true;
    }
    return false;
  }
  std::string Describe(const Rule&) const override {
    return "对方在前 " + std::to_string(turns_) + " 轮内已给出至少 " + std::to_string(n_) +
           " 位的号码";
  }

 private:
  uint32_t n_;
  size_t turns_;
};

class ReadBack final : public HitCondition {
 public:
  ReadBack(uint32_t n, size_t turns) : n_(n), turns_(turns) {}

  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    if (ev.conversation().channel != transcript::Channel::kCall) return false;
    const DigitString said = DigitsIn(ev.Units(c.turn), c.hit->ubegin, c.hit->uend);
    if (said.size < n_) return false;
    const auto self = ev.turn(c.turn).speaker;
    size_t seen = 0;
    for (size_t t = c.turn; t-- > 0 && seen < turns_;) {
      const auto who = ev.turn(t).speaker;
      if (who == self || who == transcript::Speaker::kSystem) continue;
      ++seen;
      const auto units = ev.Units(t);
      const DigitString heard = DigitsIn(units, 0, static_cast<uint32_t>(units.size()));
      if (heard.view().find(said.view()) != std::string_view::npos) return true;
    }
    return false;
  }
  std::string Describe(const Rule&) const override {
    return "通话中复述对方在前 " + std::to_string(turns_) + " 轮内报出的号码（至少 " +
           std::to_string(n_) + " 位）";
  }

 private:
  uint32_t n_;
  size_t turns_;
};

}  // namespace

std::unique_ptr<HitCondition> MakeDigits(const RuleReader& in, const YAML::Node& item,
                                         std::string_view key, Rule*) {
  const auto n = static_cast<uint32_t>(in.Integer(item[std::string(key)], key, 1));
  if (key == "digits_after")
    return std::make_unique<DigitsAfter>(
        n, item["within"] ? static_cast<uint32_t>(in.Integer(item["within"], "within", 0)) : 0);
  if (key == "read_back")
    return std::make_unique<ReadBack>(
        n, item["within"] ? static_cast<size_t>(in.Integer(item["within"], "within", 1)) : 2);
  const size_t turns =
      item["within"] ? static_cast<size_t>(in.Integer(item["within"], "within", 1)) : 6;
  return std::make_unique<EarlierDigits>(n, turns);
}

}  // namespace huashu::rules
