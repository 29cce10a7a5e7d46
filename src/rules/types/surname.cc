// type: surname — once the customer gives their surname (我姓王, 免贵姓王,
// 姓王 answering 您贵姓), the agent must address them by it with a title
// (王先生, 王女士) at least once afterwards. The surname is the Han
// character right after a `given` cue; the agent's use of it is compared
// by toneless pinyin, so a speech transcript that writes the surname with
// another character of the same sound (张/章) still counts. Not judged when
// no surname is given, when the agent says nothing after it, or when a
// later agent turn holds a masked name (an export's 1-4 '*'). A two-letter
// surname (欧阳, 司马, 诸葛 …) is the pair, and the agent's 欧阳女士 must
// carry both letters.

#include <algorithm>
#include <span>
#include <string>

#include "../rule_reader.h"
#include "huashu/base/utf8.h"
#include "huashu/rules/condition.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "huashu/text/fold.h"
#include "huashu/text/fold_flags.h"

namespace huashu::rules {
namespace {

struct SurnameParams : RuleParams {
  std::shared_ptr<const HitConditions> given_conditions;  // given: unless / only_if
};

// Characters that follow 姓 without being a surname (姓名, 姓什么, 姓氏,
// 姓姓 said twice).
constexpr std::u32string_view kNotSurname = U"名什啥氏甚么的是吗叫啊呢嘛姓";

// The common two-letter surnames, as folded (simplified) pairs.
constexpr std::u32string_view kCompoundSurnames[] = {
    U"欧阳", U"司马", U"上官", U"诸葛", U"东方", U"皇甫", U"尉迟", U"公孙", U"慕容",
    U"长孙", U"宇文", U"司徒", U"令狐", U"夏侯", U"轩辕", U"端木", U"南宫", U"独孤",
    U"西门", U"百里", U"呼延", U"申屠", U"太史", U"闻人", U"澹台", U"万俟", U"钟离"};

bool IsCompoundSurname(char32_t first, char32_t second) {
  return std::any_of(std::begin(kCompoundSurnames), std::end(kCompoundSurnames),
                     [&](std::u32string_view c) { return c[0] == first && c[1] == second; });
}

// A speech transcript may space the letters of a name (欧 阳): the next or
// the previous unit of `units` that is not a space, or npos.
constexpr size_t kNone = SIZE_MAX;
size_t NextLetter(std::span<const uint32_t> units, size_t from) {
  while (from < units.size() && (units[from] == U' ' || units[from] == U'\u3000')) ++from;
  return from < units.size() ? from : kNone;
}
size_t PreviousLetter(std::span<const uint32_t> units, size_t before) {
  while (before > 0 && (units[before - 1] == U' ' || units[before - 1] == U'\u3000')) --before;
  return before > 0 ? before - 1 : kNone;
}

// True if `units` hold a run of one to four '*': how exports mask a
// person's name (a masked phone or order number is longer).
bool HoldsMaskedName(std::span<const uint32_t> units) {
  size_t run = 0;
  for (size_t i = 0; i <= units.size(); ++i) {
    if (i < units.size() && units[i] == '*') {
      ++run;
      continue;
    }
    if (run >= 1 && run <= 4) return true;
    run = 0;
  }
  return false;
}

class SurnameType final : public PerRuleType {
 public:
  std::string_view name() const override { return "surname"; }
  std::vector<std::string_view> placeholders() const override { return {"surname"}; }
  std::vector<std::string_view> keys() const override { return {"given", "titles"}; }

  void Read(RuleReader& in, Rule* r) const override {
    const YAML::Node& node = in.rule();
    auto p = std::make_shared<SurnameParams>();
    const YAML::Node given = node["given"];
    if (!given || !given.IsMap())
      in.Fail(given ? given : node, "surname rule needs given: {any_of: [...]}");
    in.CheckKeys(given, {"any_of", "unless", "only_if"}, "given");
    if (!given["any_of"]) in.Fail(given, "given needs any_of");
    r->phrases.push_back(in.Phrases(given["any_of"], PhraseRole::kTrigger, "any_of"));
    p->given_conditions = ReadHitConditions(in, given, r);
    if (!node["titles"]) in.Fail(node, "surname rule needs titles: [先生, 女士, ...]");
    r->phrases.push_back(in.Phrases(node["titles"], PhraseRole::kExpect, "titles"));
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    for (const std::string& line : r.Params<SurnameParams>().given_conditions->Describe(r))
      out->push_back({"given condition", line});
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& p = r.Params<SurnameParams>();
    const auto given = ev.book().Sets(ri, PhraseRole::kTrigger);
    const auto titles = ev.book().Sets(ri, PhraseRole::kExpect);
    // The first surname the customer gives.
    size_t at = SIZE_MAX;
    const match::Hit* cue = nullptr;
    uint16_t sound = 0, second_sound = 0;  // second_sound: a two-letter surname's
    std::u32string surname;                // folded: simplified, as the message shows it
    for (size_t t = 0; t < ev.turn_count() && at == SIZE_MAX; ++t) {
      if (ev.turn(t).speaker != transcript::Speaker::kCustomer) continue;
      const auto units = ev.Units(t);
      const auto flags = ev.Flags(t);
      for (const match::Hit& h : ev.TurnHits(t)) {
        if (std::find(given.begin(), given.end(), h.set) == given.end()) continue;
        // a speech transcript may space the letters (姓 王)
        const size_t u = NextLetter(units, h.uend);
        if (u == kNone || !(flags[u] & text::kFoldHan)) continue;
        const char32_t name = units[u];
        if (kNotSurname.find(name) != std::u32string_view::npos) continue;
        const uint16_t syllable = text::PinyinSyllable(name);
        if (syllable == 0) continue;
        if (!p.given_conditions->empty() && p.given_conditions->Suppressor(ev, {ri, t, &h}))
          continue;
        at = t, cue = &h, sound = syllable, surname = name;
        const size_t v = NextLetter(units, u + 1);
        if (v != kNone && IsCompoundSurname(name, units[v]) && text::PinyinSyllable(units[v])) {
          second_sound = text::PinyinSyllable(units[v]);
          surname += units[v];
        }
        break;
      }
    }
    if (at == SIZE_MAX) return;
    bool agent_spoke = false, masked = false;
    for (size_t t = at + 1; t < ev.turn_count(); ++t) {
      if (!SpeakerMatches(r.speaker, ev.turn(t).speaker)) continue;
      agent_spoke = true;
      const auto units = ev.Units(t);
      masked = masked || HoldsMaskedName(units);
      for (const match::Hit& h : ev.TurnHits(t)) {
        if (std::find(titles.begin(), titles.end(), h.set) == titles.end()) continue;
        const size_t last = PreviousLetter(units, h.ubegin);
        if (last == kNone) continue;
        if (second_sound == 0) {
          if (text::PinyinSyllable(units[last]) == sound) return;  // 王先生
          continue;
        }
        const size_t first = PreviousLetter(units, last);
        if (first != kNone && text::PinyinSyllable(units[last]) == second_sound &&
            text::PinyinSyllable(units[first]) == sound)
          return;  // 欧阳女士
      }
    }
    // Nothing said after it, or an export that hid a name in the agent's
    // words (王先生 written as ***): nothing to judge.
    if (!agent_spoke || masked) return;
    std::string name;
    for (char32_t c : surname) base::AppendUtf8(c, &name);
    ev.Emit(ev.MakeAt(r, FormatMessage(r.message, {{"surname", name}}), at, cue));
  }
};

}  // namespace

const RuleType* SurnameRuleType() {
  static const SurnameType type;
  return &type;
}

}  // namespace huashu::rules
