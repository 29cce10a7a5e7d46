// type: event — phrase groups the agent must say before or after an event
// (hold_start, transfer, ...), within a window of turns or seconds.

#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "timeline.h"

namespace huashu::rules {
namespace {

using transcript::Conversation;
using transcript::EventType;
using transcript::HasTime;
using transcript::Turn;

struct EventParams : RuleParams {
  EventType event = EventType::kHoldStart;
  bool before = true;
  int within_turns = 0;
  double within_seconds = 0;
};

class OnEventType final : public PerRuleType {
 public:
  std::string_view name() const override { return "event"; }
  std::vector<std::string_view> placeholders() const override { return {"missing", "event"}; }
  std::vector<std::string_view> keys() const override {
    return {"event", "side", "within", "any_of", "all_of", "variants"};
  }

  void Read(RuleReader& in, Rule* r) const override {
    const YAML::Node& node = in.rule();
    auto p = std::make_shared<EventParams>();
    if (!node["event"]) in.Fail(node, "event rule needs event");
    const std::string e = in.Scalar(node["event"], "event");
    auto et = transcript::ParseEventType(e);
    if (!et) in.Fail(node["event"], "unknown event '" + e + "'");
    p->event = *et;
    const std::string side = node["side"] ? in.Scalar(node["side"], "side") : "before";
    if (side != "before" && side != "after") in.Fail(node["side"], "side must be before or after");
    p->before = side == "before";
    const RuleReader::Window w = in.Within(node["within"]);
    p->within_turns = w.turns;
    p->within_seconds = w.seconds;
    if (!w.to_end && w.turns == 0 && w.seconds == 0) p->within_turns = 2;
    in.Groups(r, true);
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    const auto& p = r.Params<EventParams>();
    out->push_back({"event", std::string(transcript::Name(p.event))});
    out->push_back({"side", p.before ? "before" : "after"});
    out->push_back({"within", std::to_string(p.within_turns) + " turns, " +
                                  FormatSeconds(p.within_seconds) + " seconds"});
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& p = r.Params<EventParams>();
    const Conversation& c = ev.conversation();
    bool any = false;
    for (const auto& e : c.events) any = any || e.type == p.event;
    if (!any) return;
    if (!TurnsTimed(c)) {
      ev.Skip(r);
      return;
    }
    const auto groups = ev.book().Sets(ri, PhraseRole::kGroup);
    for (const auto& e : c.events) {
      if (e.type != p.event) continue;
      if (!HasTime(e.at)) {
        ev.Skip(r);
        continue;
      }
      std::vector<size_t> window;
      if (p.before) {
        for (size_t t = c.turns.size(); t-- > 0;) {
          const Turn& turn = c.turns[t];
          if (!SpeakerMatches(r.speaker, turn.speaker) || turn.start > e.at) continue;
          if (p.within_seconds > 0 && e.at - turn.start > p.within_seconds) break;
          window.push_back(t);
          if (p.within_turns > 0 && window.size() >= static_cast<size_t>(p.within_turns)) break;
        }
      } else {
        for (size_t t = 0; t < c.turns.size(); ++t) {
          const Turn& turn = c.turns[t];
          if (!SpeakerMatches(r.speaker, turn.speaker) || turn.start < e.at) continue;
          if (p.within_seconds > 0 && turn.start - e.at > p.within_seconds) break;
          window.push_back(t);
          if (p.within_turns > 0 && window.size() >= static_cast<size_t>(p.within_turns)) break;
        }
        // Nobody spoke after the event (a hangup, the end of the log):
        // nothing to judge.
        if (window.empty()) continue;
      }
      const std::string missing = MissingGroups(ev, groups, window);
      if (missing.empty()) continue;
      base::Violation v = ev.Make(
          r,
          FormatMessage(r.message, {{"missing", missing}, {"event", std::string(Name(e.type))}}));
      v.time = e.at;
      if (!window.empty()) {
        const size_t t = window.front();
        v.turn = static_cast<uint32_t>(t + 1);
        v.speaker = c.turns[t].speaker;
        if (c.turns[t].line) v.source.line = c.turns[t].line;
      }
      ev.Emit(std::move(v));
    }
  }
};

}  // namespace

const RuleType* EventRuleType() {
  static const OnEventType type;
  return &type;
}

}  // namespace huashu::rules
