// The condition registry: one line per kind (docs/architecture.md, "Add a
// condition"), and the reading of `unless:` / `only_if:` lists.

#include <algorithm>
#include <array>

#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

struct ConditionKind {
  std::string_view key;
  ConditionFactory make;
  bool takes_within = false;  // `within: N` (characters or turns) applies
};

constexpr std::array<ConditionKind, 26> kKinds = {{
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
    {"echo", MakeEcho},
    {"question", MakeQuestion},
    {"clause_start", MakePosition},
    {"turn_start", MakePosition},
    {"whole_turn", MakePosition},
    {"only_words", MakePosition},
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
      if (key == "answering") continue;  // a modifier of earlier (earlier.cc)
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
    out.push_back(kind->make(in, item, kind->key, rule));
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
  for (size_t i = 0; i < unless_.size(); ++i)
    if (unless_[i].get() == &c) return "unless[" + std::to_string(i) + "]";
  for (size_t i = 0; i < only_if_.size(); ++i)
    if (only_if_[i].get() == &c) return "only_if[" + std::to_string(i) + "]";
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
