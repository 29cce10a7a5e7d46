// type: respond — when one side says a trigger (谢谢, 投诉, 对不起), the
// other side must answer with an expected phrase within a window of turns
// or seconds.

#include <algorithm>

#include "../conditions/log_state.h"
#include "../rule_reader.h"
#include "huashu/rules/condition.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "timeline.h"

namespace huashu::rules {
namespace {

using transcript::Conversation;
using transcript::Turn;

struct RespondParams : RuleParams {
  SpeakerScope trigger_speaker = SpeakerScope::kCustomer;
  SpeakerScope expect_speaker = SpeakerScope::kAgent;
  int within_turns = 0;                                     // 0 = unbounded
  double within_seconds = 0;                                // 0 = unbounded
  std::shared_ptr<const HitConditions> trigger_conditions;  // trigger: unless / only_if
  LogStates not_judged_if;  // read for an unanswered trigger whose window ran to the log's end
};

class RespondType final : public PerRuleType {
 public:
  std::string_view name() const override { return "respond"; }
  std::vector<std::string_view> placeholders() const override {
    return {"trigger", "turns", "seconds"};
  }
  std::vector<std::string_view> keys() const override {
    return {"trigger", "expect", "within", "variants", "not_judged_if"};
  }

  void Read(RuleReader& in, Rule* r) const override {
    const YAML::Node& node = in.rule();
    auto p = std::make_shared<RespondParams>();
    for (const char* side : {"trigger", "expect"}) {
      const bool trigger = std::string_view(side) == "trigger";
      const YAML::Node n = node[side];
      if (!n || !n.IsMap())
        in.Fail(n ? n : node,
                std::string("respond rule needs ") + side + ": {speaker: ..., any_of: [...]}");
      if (trigger)
        in.CheckKeys(n, {"speaker", "any_of", "unless", "only_if"}, side);
      else
        in.CheckKeys(n, {"speaker", "any_of"}, side);
      if (!n["any_of"]) in.Fail(n, std::string(side) + " needs any_of");
      if (n["speaker"]) {
        auto sp = ParseSpeakerScope(in.Scalar(n["speaker"], "speaker"));
        if (!sp) in.Fail(n["speaker"], "speaker must be agent, customer or any");
        (trigger ? p->trigger_speaker : p->expect_speaker) = *sp;
      }
      r->phrases.push_back(
          in.Phrases(n["any_of"], trigger ? PhraseRole::kTrigger : PhraseRole::kExpect, "any_of"));
      if (trigger) p->trigger_conditions = ReadHitConditions(in, n, r);
    }
    const RuleReader::Window w = in.Within(node["within"]);
    p->within_turns = w.turns;
    p->within_seconds = w.seconds;
    if (!w.to_end && w.turns == 0 && w.seconds == 0) p->within_turns = 2;
    p->not_judged_if = ReadLogStates(in, node["not_judged_if"], r);
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    const auto& p = r.Params<RespondParams>();
    out->push_back({"trigger speaker", std::string(Name(p.trigger_speaker))});
    out->push_back({"expect speaker", std::string(Name(p.expect_speaker))});
    out->push_back({"within", p.within_turns || p.within_seconds
                                  ? std::to_string(p.within_turns) + " turns, " +
                                        FormatSeconds(p.within_seconds) + " seconds"
                                  : "end of the conversation"});
    for (const std::string& line : p.trigger_conditions->Describe(r))
      out->push_back({"trigger condition", line});
    p.not_judged_if.Describe(r, out);
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& p = r.Params<RespondParams>();
    const Conversation& c = ev.conversation();
    const auto trigger = ev.book().Sets(ri, PhraseRole::kTrigger);
    const auto expect = ev.book().Sets(ri, PhraseRole::kExpect);
    const bool timed = TurnsTimed(c);
    // A window in seconds alone needs times; a window in turns (or up to
    // the end) does not.
    if (p.within_turns == 0 && p.within_seconds > 0 && !timed) {
      ev.Skip(r);
      return;
    }
    bool noted_not_judged = false;
    for (size_t t = 0; t < c.turns.size(); ++t) {
      if (!SpeakerMatches(p.trigger_speaker, c.turns[t].speaker)) continue;
      const match::Hit* h = nullptr;
      for (const match::Hit& x : ev.TurnHits(t)) {
        if (std::find(trigger.begin(), trigger.end(), x.set) == trigger.end()) continue;
        // A trigger the conditions set aside (谢谢 closing a request) asks
        // for no answer.
        if (!p.trigger_conditions->empty()) {
          if (const HitCondition* why = p.trigger_conditions->Suppressor(ev, {ri, t, &x})) {
            if (ev.explaining()) ev.Note(r, t, x, false, p.trigger_conditions->Why(*why, r));
            continue;
          }
        }
        h = &x;
        break;
      }
      if (!h) continue;
      bool answered = false, any_reply = false, to_end = true;
      int replies = 0;
      for (size_t u = t + 1; u < c.turns.size(); ++u) {
        const Turn& next = c.turns[u];
        const bool expected_side = SpeakerMatches(p.expect_speaker, next.speaker);
        if (timed && p.within_seconds > 0 && next.start - EndOf(c.turns[t]) > p.within_seconds) {
          // A reply that came, but too late, is a finding like no reply.
          any_reply = any_reply || expected_side;
          to_end = false;
          break;
        }
        if (!expected_side) continue;
        any_reply = true;
        if (AnyHit(ev, u, expect)) {
          answered = true;
          break;
        }
        if (p.within_turns > 0 && ++replies >= p.within_turns) {
          to_end = u + 1 == c.turns.size();
          break;
        }
      }
      // No reply at all (the other side had hung up or the log ends):
      // nothing to judge.
      if (answered || !any_reply) continue;
      // The log was cut while the exchange was still going (the agent's
      // last words an ask-more, still working): not judged.
      if (to_end && !p.not_judged_if.empty()) {
        if (const std::string* reason = p.not_judged_if.Holds(ev, ri)) {
          if (!noted_not_judged) ev.NotJudged(r, *reason);
          noted_not_judged = true;
          continue;
        }
      }
      const std::string said = ev.Slice(t, h->begin, h->end);
      ev.Emit(ev.MakeAt(r,
                        FormatMessage(r.message, {{"trigger", said},
                                                  {"turns", std::to_string(p.within_turns)},
                                                  {"seconds", FormatSeconds(p.within_seconds)}}),
                        t, h));
    }
  }
};

}  // namespace

const RuleType* RespondRuleType() {
  static const RespondType type;
  return &type;
}

}  // namespace huashu::rules
