// The condition registry: one line per kind (docs/architecture.md, "Add a
// condition"), and the reading of `unless:` / `only_if:` lists.

#include <algorithm>
#include <array>
#include <charconv>
#include <string_view>

#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

// `for: [words]` on any condition: the condition judges only hits of these
// words of the rule (as written in its list, after @set expansion); other
// hits pass it by, as if it were not there. 人呢 opening a chat is a way to
// ask whether anyone is there, while the rule's other complaint words
// opening a chat are complaints all the same. `except: [words]` is the
// converse: every hit but these. A polite question sets a request for data
// aside (方便发一下订单号吗), while 订单号有吗 asks it bare all the same.
class ForWordsCondition final : public HitCondition {
 public:
  // One of the named words: its list in the rule and its index there.
  struct Place {
    size_t list;
    uint32_t word;
  };
  ForWordsCondition(std::vector<std::string> words, std::vector<Place> places,
                    std::unique_ptr<HitCondition> inner, bool in_unless, bool except)
      : words_(std::move(words)),
        places_(std::move(places)),
        inner_(std::move(inner)),
        in_unless_(in_unless),
        except_(except) {}

  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    if (Listed(ev, c) == except_) return !in_unless_;
    return inner_->Holds(ev, c);
  }
  std::string Describe(const Rule& rule) const override {
    std::string s = except_ ? "（除" : "（对";
    for (size_t i = 0; i < words_.size() && i < 3; ++i) s += "「" + words_[i] + "」";
    return s + (words_.size() > 3 ? "等）" : "）") + inner_->Describe(rule);
  }

 private:
  // True if the candidate's hit is one of the named words, found by where
  // they stand in the rule's lists (no text compared per hit).
  bool Listed(const Evaluation& ev, const Candidate& c) const {
    for (const Place& p : places_)
      if (c.hit->set == ev.book().SetOf(c.rule, p.list) && c.hit->word == p.word) return true;
    return false;
  }

  std::vector<std::string> words_;  // as written, for Describe
  std::vector<Place> places_;
  std::unique_ptr<HitCondition> inner_;
  bool in_unless_;
  bool except_;  // judge every hit but words_
};

// REQUIRES: the lists the condition judges were read into `rule` before it.
std::unique_ptr<HitCondition> ForWords(const RuleReader& in, const YAML::Node& node,
                                       std::unique_ptr<HitCondition> inner, bool in_unless,
                                       bool except, const Rule& rule) {
  const std::string key = except ? "except" : "for";
  if (!node.IsSequence() || node.size() == 0)
    in.Fail(node, key + ": is a list of the rule's own words, e.g. " + key + ": [人呢]");
  std::vector<std::string> words;
  std::vector<ForWordsCondition::Place> places;
  for (const YAML::Node& w : node) {
    const std::string word = w.Scalar();
    const size_t before = places.size();
    for (size_t l = 0; l < rule.phrases.size(); ++l) {
      if (rule.phrases[l].role == PhraseRole::kCue) continue;
      const std::vector<std::string>& list = rule.phrases[l].phrases;
      for (size_t i = 0; i < list.size(); ++i)
        if (list[i] == word) places.push_back({l, static_cast<uint32_t>(i)});
    }
    if (places.size() == before)
      in.Fail(w, key + ": '" + word +
                     "' is not a word of this rule (write it as in the rule's list, "
                     "patterns as written)");
    words.push_back(word);
  }
  return std::make_unique<ForWordsCondition>(std::move(words), std::move(places), std::move(inner),
                                             in_unless, except);
}

struct ConditionKind {
  std::string_view key;
  ConditionFactory make;
  bool takes_within = false;  // `within: N` (characters or turns) applies
};

constexpr std::array<ConditionKind, 28> kKinds = {{
    {"before", MakeCueWindow, true},
    {"after", MakeCueWindow, true},
    {"turn_has", MakeTurnHas},
    {"previous", MakePreviousTurn},
    {"previous_ends", MakePreviousEnds},
    {"earlier", MakeEarlier, true},
    {"own_earlier", MakeEarlier, true},
    {"own_later", MakeEarlier, true},
    {"repeated", MakeRepeated, true},
    {"own_before", MakeOwnTurns, true},
    {"own_next", MakeOwnTurns, true},
    {"first_reply", MakeFirstReply},
    {"alone_in_reply", MakeFirstReply},
    {"opens_conversation", MakeOpensConversation},
    {"echo", MakeEcho},
    {"question", MakeQuestion},
    {"clause_start", MakePosition},
    {"turn_start", MakePosition},
    {"whole_turn", MakePosition},
    {"only_words", MakePosition},
    {"first_in_turn", MakePosition},
    {"letters_before", MakeLettersAround},
    {"letters_after", MakeLettersAround},
    {"platform", MakePlatform},
    {"digits_after", MakeDigits, true},
    {"earlier_digits", MakeDigits, true},
    {"read_back", MakeDigits, true},
    {"pause_after", MakePause},
}};

std::vector<std::unique_ptr<HitCondition>> ReadList(const RuleReader& in, const YAML::Node& list,
                                                    std::string_view what, Rule* rule) {
  std::vector<std::unique_ptr<HitCondition>> out;
  if (!list.IsSequence())
    in.Fail(list, std::string(what) + " is a list of conditions, e.g. - before: [因为]");
  for (const YAML::Node& item : list) {
    if (!item.IsMap()) in.Fail(item, "a condition is a mapping, e.g. {before: [因为], within: 4}");
    const ConditionKind* kind = nullptr;
    for (auto it = item.begin(); it != item.end(); ++it) {
      const std::string key = it->first.Scalar();
      if (key == "within") continue;
      if (key == "answering" || key == "since") continue;  // modifiers of earlier (earlier.cc)
      if (key == "for" || key == "except") continue;  // modifiers of any kind (ForWords)
      const ConditionKind* k = nullptr;
      for (const ConditionKind& c : kKinds) {
        if (c.key == key) k = &c;
      }
      if (!k) {
        std::string known;
        for (const ConditionKind& c : kKinds)
          known += (known.empty() ? "" : ", ") + std::string(c.key);
        in.Fail(it->first, "unknown condition '" + key + "' (known: " + known + ", within)");
      }
      if (kind) in.Fail(it->first, "one condition per item: '" + key + "' needs its own - entry");
      kind = k;
    }
    if (!kind) in.Fail(item, "condition without a kind (before, after, turn_has, ...)");
    if (item["within"] && !kind->takes_within) {
      std::string takes;
      for (const ConditionKind& c : kKinds)
        if (c.takes_within) takes += (takes.empty() ? "" : ", ") + std::string(c.key);
      in.Fail(item["within"], "within applies to " + takes + " only");
    }
    if (item["answering"] && kind->key != "earlier")
      in.Fail(item["answering"], "answering applies to earlier only");
    if (item["since"] && kind->key != "earlier")
      in.Fail(item["since"], "since applies to earlier only");
    std::unique_ptr<HitCondition> made = kind->make(in, item, kind->key, rule);
    if (item["for"] && item["except"])
      in.Fail(item["except"], "for and except name the same thing two ways; use one");
    if (const YAML::Node words = item["for"])
      made = ForWords(in, words, std::move(made), what == kUnlessKey, false, *rule);
    if (const YAML::Node words = item["except"])
      made = ForWords(in, words, std::move(made), what == kUnlessKey, true, *rule);
    out.push_back(std::move(made));
  }
  return out;
}

}  // namespace

const HitCondition* HitConditions::Suppressor(const Evaluation& ev, const Candidate& c) const {
  for (const auto& u : unless_) {
    if (u->Holds(ev, c)) return u.get();
  }
  for (const auto& o : only_if_) {
    if (!o->Holds(ev, c)) return o.get();
  }
  return nullptr;
}

bool HitConditions::Admit(Evaluation& ev, const Candidate& c, std::string_view shown) const {
  if (empty()) return true;
  const HitCondition* why = Suppressor(ev, c);
  if (!why) return true;
  const Rule& r = ev.rule(c.rule);
  ev.SetAside(r, Key(*why));
  if (ev.explaining()) ev.Note(r, c.turn, *c.hit, false, Why(*why, r), shown);
  return false;
}

std::string HitConditions::Why(const HitCondition& c, const Rule& rule) const {
  for (const auto& u : unless_) {
    if (u.get() == &c) return "unless " + c.Describe(rule);
  }
  return "only if " + c.Describe(rule) + "（不成立）";
}

std::string HitConditions::Key(const HitCondition& c) const {
  // Built in place (short enough to need no allocation): every candidate a
  // condition sets aside is counted under its key.
  auto key = [](std::string_view list, size_t i) {
    std::string k(list);
    k += '[';
    char digits[24];
    k.append(digits, std::to_chars(digits, digits + sizeof digits, i).ptr);
    k += ']';
    return k;
  };
  for (size_t i = 0; i < unless_.size(); ++i)
    if (unless_[i].get() == &c) return key("unless", i);
  for (size_t i = 0; i < only_if_.size(); ++i)
    if (only_if_[i].get() == &c) return key("only_if", i);
  return "";
}

std::vector<std::string> HitConditions::Describe(const Rule& rule) const {
  std::vector<std::string> out;
  for (const auto& u : unless_) out.push_back("unless " + u->Describe(rule));
  for (const auto& o : only_if_) out.push_back("only if " + o->Describe(rule));
  return out;
}

std::shared_ptr<const HitConditions> ReadHitConditions(const RuleReader& in, const YAML::Node& node,
                                                       Rule* rule) {
  auto out = std::make_shared<HitConditions>();
  if (const YAML::Node u = node[std::string(kUnlessKey)])
    out->unless_ = ReadList(in, u, "unless", rule);
  if (const YAML::Node o = node[std::string(kOnlyIfKey)])
    out->only_if_ = ReadList(in, o, "only_if", rule);
  return out;
}

size_t AddCueList(const RuleReader& in, const YAML::Node& node, std::string_view what, Rule* rule) {
  rule->phrases.push_back(in.Phrases(node, PhraseRole::kCue, what));
  return rule->phrases.size() - 1;
}

std::string CueLabel(const PhraseList& list) {
  std::string s;
  for (size_t i = 0; i < list.phrases.size() && i < 3; ++i) s += "「" + list.phrases[i] + "」";
  if (list.phrases.size() > 3) s += "等";
  return s;
}

}  // namespace huashu::rules
