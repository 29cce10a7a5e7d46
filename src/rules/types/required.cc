// type: required — phrase groups that must appear in a scope of turns (the
// first N turns of the speaker, the last N, or anywhere), optionally in
// order: greetings, closings, read-backs.

#include <algorithm>
#include <array>
#include <optional>

#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "huashu/text/fold_flags.h"

namespace huashu::rules {
namespace {

using match::Hit;

// A state of the log in which the rule is not judged: a log that starts or
// ends mid-conversation has no greeting or closing to miss.
struct NotJudgedIf {
  enum class Turn { kFirst, kLast, kFirstAgent, kLastAgent, kFirstCustomer, kLastCustomer };
  Turn turn = Turn::kFirst;
  std::optional<transcript::Speaker> speaker;  // the turn must be this speaker's
  std::optional<size_t> list;                  // the turn must hold one of these cues
  bool question = false;                       // the turn must ask something
  std::string reason;
};

struct RequiredParams : RuleParams {
  int first = 0;  // first N turns of `speaker` (0 = not set)
  int last = 0;   // last N turns of `speaker`
  bool in_order = false;
  std::vector<NotJudgedIf> not_judged_if;
};

constexpr std::array<std::string_view, 6> kTurnNames = {
    "first", "last", "first_agent", "last_agent", "first_customer", "last_customer"};

// The turn a NotJudgedIf looks at, or SIZE_MAX if there is none.
size_t TurnOf(const Evaluation& ev, NotJudgedIf::Turn which) {
  using T = NotJudgedIf::Turn;
  const size_t n = ev.turn_count();
  auto is = [&](size_t t, transcript::Speaker s) { return ev.turn(t).speaker == s; };
  auto not_system = [&](size_t t) { return !is(t, transcript::Speaker::kSystem); };
  auto find = [&](bool forward, auto pred) -> size_t {
    for (size_t k = 0; k < n; ++k) {
      const size_t t = forward ? k : n - 1 - k;
      if (pred(t)) return t;
    }
    return SIZE_MAX;
  };
  switch (which) {
    case T::kFirst:
      return find(true, not_system);
    case T::kLast:
      return find(false, not_system);
    case T::kFirstAgent:
      return find(true, [&](size_t t) { return is(t, transcript::Speaker::kAgent); });
    case T::kLastAgent:
      return find(false, [&](size_t t) { return is(t, transcript::Speaker::kAgent); });
    case T::kFirstCustomer:
      return find(true, [&](size_t t) { return is(t, transcript::Speaker::kCustomer); });
    case T::kLastCustomer:
      return find(false, [&](size_t t) { return is(t, transcript::Speaker::kCustomer); });
  }
  return SIZE_MAX;
}

// True if turn t asks something: a question mark, or 吗/么/呢 ending a clause.
bool AsksSomething(const Evaluation& ev, size_t t) {
  const auto units = ev.Units(t);
  const auto flags = ev.Flags(t);
  uint32_t last_letter = 0;
  for (size_t i = 0; i < units.size(); ++i) {
    const uint32_t u = units[i];
    if (u == '?' || u == 0xFF1F) return true;
    const bool letter = (flags[i] & (text::kFoldNoise | text::kFoldBreak)) == 0;
    if (letter) {
      last_letter = u;
    } else if (last_letter == U'吗' || last_letter == U'么') {
      return true;
    }
  }
  return last_letter == U'吗' || last_letter == U'么';
}

class RequiredType final : public RuleType {
 public:
  std::string_view name() const override { return "required"; }
  std::vector<std::string_view> placeholders() const override { return {"missing"}; }
  std::vector<std::string_view> keys() const override {
    return {"scope", "any_of", "all_of", "in_order", "variants", "not_judged_if"};
  }

  void Read(RuleReader& in, Rule* r) const override {
    const YAML::Node& node = in.rule();
    auto p = std::make_shared<RequiredParams>();
    const YAML::Node scope = node["scope"];
    if (!scope)
      in.Fail(node, "required rule needs scope: {first: N} | {last: N} | {anywhere: true}");
    if (!scope.IsMap()) in.Fail(scope, "scope is {first: N} | {last: N} | {anywhere: true}");
    in.CheckKeys(scope, {"first", "last", "anywhere"}, "scope");
    if (scope.size() != 1) in.Fail(scope, "scope takes exactly one of first, last, anywhere");
    if (scope["first"]) p->first = in.Integer(scope["first"], "first", 1);
    if (scope["last"]) p->last = in.Integer(scope["last"], "last", 1);
    in.Groups(r, true);
    p->in_order = in.BoolOr("in_order", false);
    if (const YAML::Node list = node["not_judged_if"]) {
      if (!list.IsSequence())
        in.Fail(list, "not_judged_if is a list of {turn: ..., any_of: [...], reason: ...}");
      for (const YAML::Node& item : list) {
        if (!item.IsMap()) in.Fail(item, "each not_judged_if entry is {turn: ..., reason: ...}");
        in.CheckKeys(item, {"turn", "speaker", "any_of", "question", "reason"}, "not_judged_if");
        NotJudgedIf c;
        if (!item["turn"]) in.Fail(item, "not_judged_if needs turn: first, last, first_agent, ...");
        const std::string turn = in.Scalar(item["turn"], "turn");
        auto it = std::find(kTurnNames.begin(), kTurnNames.end(), turn);
        if (it == kTurnNames.end())
          in.Fail(item["turn"],
                  "turn must be first, last, first_agent, last_agent, "
                  "first_customer or last_customer, got '" +
                      turn + "'");
        c.turn = static_cast<NotJudgedIf::Turn>(it - kTurnNames.begin());
        if (item["speaker"]) {
          auto sp = base::ParseSpeaker(in.Scalar(item["speaker"], "speaker"));
          if (!sp) in.Fail(item["speaker"], "speaker must be agent or customer");
          c.speaker = *sp;
        }
        if (item["any_of"]) {
          r->phrases.push_back(in.Phrases(item["any_of"], PhraseRole::kCue, "any_of"));
          c.list = r->phrases.size() - 1;
        }
        c.question = item["question"] && in.Bool(item["question"], "question");
        if (!item["reason"]) in.Fail(item, "not_judged_if needs a reason (shown in reports)");
        c.reason = in.Scalar(item["reason"], "reason");
        p->not_judged_if.push_back(std::move(c));
      }
    }
    r->params = std::move(p);
  }

  void Evaluate(Evaluation& ev, std::span<const size_t> rules) const override {
    for (size_t ri : rules) EvaluateOne(ev, ri);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    const auto& p = r.Params<RequiredParams>();
    if (p.first) out->push_back({"scope", "first " + std::to_string(p.first) + " turns"});
    if (p.last) out->push_back({"scope", "last " + std::to_string(p.last) + " turns"});
    if (p.in_order) out->push_back({"in_order", "true"});
    for (const NotJudgedIf& c : p.not_judged_if)
      out->push_back({"not judged if " + std::string(kTurnNames[static_cast<size_t>(c.turn)]) +
                          " turn" + (c.list ? " has " + GroupLabel(r.phrases[*c.list]) : "") +
                          (c.question ? " (a question)" : ""),
                      c.reason});
  }

 private:
  void EvaluateOne(Evaluation& ev, size_t ri) const {
    const Rule& r = ev.rule(ri);
    const auto& p = r.Params<RequiredParams>();
    std::vector<size_t> scoped;
    for (size_t t = 0; t < ev.turn_count(); ++t) {
      if (SpeakerMatches(r.speaker, ev.turn(t).speaker)) scoped.push_back(t);
    }
    if (scoped.empty()) {
      ev.Skip(r);
      return;
    }
    for (const NotJudgedIf& c : p.not_judged_if) {
      const size_t t = TurnOf(ev, c.turn);
      if (t == SIZE_MAX) continue;
      if (c.speaker && ev.turn(t).speaker != *c.speaker) continue;
      if (c.list && !ev.FindHit(t, ev.book().SetOf(ri, *c.list))) continue;
      if (c.question && !AsksSomething(ev, t)) continue;
      ev.NotJudged(r, c.reason);
      return;
    }
    if (p.first > 0 && scoped.size() > static_cast<size_t>(p.first)) {
      // "The first N turns" means the first N messages and the burst that
      // continues them before the other side speaks: a greeting is often
      // sent as two chat bubbles (亲，您好~ / 很高兴为您服务).
      size_t keep = p.first;
      while (keep < scoped.size() && scoped[keep] == scoped[keep - 1] + 1) ++keep;
      scoped.resize(keep);
    }
    if (p.last > 0 && scoped.size() > static_cast<size_t>(p.last))
      scoped.erase(scoped.begin(), scoped.end() - p.last);

    const auto groups = ev.book().Sets(ri, PhraseRole::kGroup);
    std::string missing;
    // in_order: each group must have a hit after the previous group's chosen
    // hit; taking the earliest such hit is optimal, so a goodbye said early
    // and again at the end (再见 … 还有什么可以帮您 … 再见) is in order.
    std::pair<size_t, uint32_t> after{0, 0};
    bool first_group = true, out_of_order = false;
    for (uint32_t g : groups) {
      const PhraseList& list = *ev.book().set(g).list;
      bool present = false, in_order = false;
      for (size_t t : scoped) {
        for (const Hit& h : ev.TurnHits(t)) {
          if (h.set != g) continue;
          present = true;
          const std::pair<size_t, uint32_t> at{t, h.ubegin};
          if (first_group || at >= after) {
            after = {t, h.uend};
            in_order = true;
            break;
          }
        }
        if (in_order) break;
      }
      if (!present) {
        if (!missing.empty()) missing += "、";
        missing += GroupLabel(list);
      } else if (!in_order) {
        out_of_order = true;
      }
      if (present) first_group = false;
    }
    // A greeting judged on one turn points at it; everything else (a missing
    // closing, say) is about the whole conversation: turn and span are null.
    const size_t at = scoped.front();
    const bool one_turn = scoped.size() == 1 && p.first > 0;
    if (!missing.empty()) {
      base::Violation v = one_turn ? ev.MakeAt(r, "", at, nullptr) : ev.Make(r, "");
      v.message = FormatMessage(r.message, {{"missing", missing}});
      ev.Emit(std::move(v));
    } else if (p.in_order && out_of_order) {
      std::string names;
      for (uint32_t g : groups) {
        if (!names.empty()) names += " → ";
        names += GroupLabel(*ev.book().set(g).list);
      }
      base::Violation v = one_turn ? ev.MakeAt(r, "", at, nullptr) : ev.Make(r, "");
      v.message = FormatMessage(r.message, {{"missing", "顺序不对（应依次：" + names + "）"}});
      ev.Emit(std::move(v));
    }
  }
};

}  // namespace

const RuleType* RequiredRuleType() {
  static const RequiredType type;
  return &type;
}

}  // namespace huashu::rules
