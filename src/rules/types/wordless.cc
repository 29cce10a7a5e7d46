// type: wordless — a reply of the speaker's (the agent by default) that holds
// no word at all: an emoji, a thumbs-up, a row of dots or question marks sent
// as the whole answer. Emoji and symbols fold to noise, so no phrase can
// match them; this type looks at what is left instead. A reply with a word
// in it, or a symbol sent beside the worded answer (the same speaker's
// message right before or after), is not one.

#include "../conditions/clause.h"
#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"

namespace huashu::rules {
namespace {

class WordlessType final : public PerRuleType {
 public:
  std::string_view name() const override { return "wordless"; }
  std::vector<std::string_view> placeholders() const override { return {"text"}; }
  std::vector<std::string_view> keys() const override { return {}; }

  void Read(RuleReader&, Rule* r) const override { r->params = std::make_shared<RuleParams>(); }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const size_t n = ev.turn_count();
    auto mine = [&](size_t t) { return SpeakerMatches(r.speaker, ev.turn(t).speaker); };
    for (size_t t = 0; t < n; ++t) {
      if (!mine(t) || !Wordless(ev, t)) continue;
      // A symbol sent beside the answer decorates it.
      if ((t > 0 && mine(t - 1)) || (t + 1 < n && mine(t + 1))) continue;
      ev.Emit(ev.MakeAt(r, FormatMessage(r.message, {{"text", ev.turn(t).text}}), t, nullptr));
    }
  }

  // True if turn t shows something and none of it is a letter, a digit or a
  // Han character. Spaces do not count, nor asterisks: exports redact
  // numbers and names with them (a staff number sent as ******* answered).
  static bool Wordless(const Evaluation& ev, size_t t) {
    const auto flags = ev.Flags(t);
    if (LettersBetween(flags, 0, static_cast<uint32_t>(flags.size())) != 0) return false;
    for (char ch : ev.turn(t).text)
      if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r' && ch != '*') return true;
    return false;
  }
};

}  // namespace

const RuleType* WordlessRuleType() {
  static const WordlessType type;
  return &type;
}

}  // namespace huashu::rules
