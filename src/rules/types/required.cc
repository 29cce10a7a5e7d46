// type: required — phrase groups that must appear in a scope of turns (the
// first N turns of the speaker, the last N, or anywhere), optionally in
// order: greetings, closings, read-backs.

#include <algorithm>
#include <array>
#include <optional>

#include "../conditions/log_state.h"
#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "huashu/text/fold_flags.h"

namespace huashu::rules {
namespace {

using match::Hit;

struct RequiredParams : RuleParams {
  int first = 0;  // first N turns of `speaker` (0 = not set)
  int last = 0;   // last N turns of `speaker`
  bool in_order = false;
  LogStates not_judged_if;
};

class RequiredType final : public PerRuleType {
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
    p->not_judged_if = ReadLogStates(in, node["not_judged_if"], r);
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    const auto& p = r.Params<RequiredParams>();
    if (p.first) out->push_back({"scope", "first " + std::to_string(p.first) + " turns"});
    if (p.last) out->push_back({"scope", "last " + std::to_string(p.last) + " turns"});
    if (p.in_order) out->push_back({"in_order", "true"});
    p.not_judged_if.Describe(r, out);
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
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
            // From where this hit starts: a phrase listed in two groups
            // (为您转接 both offers the next step and ends the call) serves both.
            after = {t, h.ubegin};
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
    if (missing.empty() && !(p.in_order && out_of_order)) return;
    // Only a rule that would report asks whether the log lets it judge: a
    // complete greeting in a snippet is simply fine.
    if (const std::string* reason = p.not_judged_if.Holds(ev, ri)) {
      ev.NotJudged(r, *reason);
      return;
    }
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
