// type: hangup — ending the call: the agent says goodbye before hanging
// up, waits wait_seconds after it, never cuts the customer off, and (with
// customer_first) lets the customer hang up first.

#include <cstdio>

#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "timeline.h"

namespace huashu::rules {
namespace {

using transcript::EventType;
using transcript::HasTime;
using transcript::Speaker;

struct HangupParams : RuleParams {
  bool customer_first = true;
  double wait_seconds = 0;
};

class HangupType final : public PerRuleType {
 public:
  std::string_view name() const override { return "hangup"; }
  std::vector<std::string_view> placeholders() const override { return {"detail"}; }
  std::vector<std::string_view> keys() const override {
    return {"customer_first", "goodbye", "wait_seconds"};
  }

  void Read(RuleReader& in, Rule* r) const override {
    auto p = std::make_shared<HangupParams>();
    p->customer_first = in.BoolOr("customer_first", true);
    if (in.rule()["goodbye"])
      r->phrases.push_back(in.Phrases(in.rule()["goodbye"], PhraseRole::kGoodbye, "goodbye"));
    p->wait_seconds = in.NumberOr("wait_seconds", 0);
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    const auto& p = r.Params<HangupParams>();
    out->push_back({"customer_first", p.customer_first ? "true" : "false"});
    out->push_back({"wait_seconds", FormatSeconds(p.wait_seconds)});
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& p = r.Params<HangupParams>();
    const auto& c = ev.conversation();
    // A silent call is the agent's to end; the silent_call rule judges it.
    if (c.channel == transcript::Channel::kCall && !CustomerSpoke(c)) return;
    const auto goodbye = ev.book().Sets(ri, PhraseRole::kGoodbye);
    bool any = false;
    for (const auto& e : c.events) {
      if (e.type != EventType::kHangup) continue;
      any = true;
      if (e.by != Speaker::kAgent) continue;
      // The customer still talking when the line was cut.
      for (size_t t = 0; t < c.turns.size(); ++t) {
        const auto& turn = c.turns[t];
        if (turn.speaker == Speaker::kCustomer && HasTime(e.at) && HasTime(turn.start) &&
            turn.start < e.at && EndOf(turn) > e.at) {
          EmitDetail(ev, r, "客户仍在说话时坐席挂机", e.at, t);
        }
      }
      std::optional<size_t> last_agent;
      for (size_t t = 0; t < c.turns.size(); ++t) {
        if (c.turns[t].speaker == Speaker::kAgent && (!HasTime(e.at) || c.turns[t].start <= e.at))
          last_agent = t;
      }
      if (!goodbye.empty() && (!last_agent || !AnyHit(ev, *last_agent, goodbye))) {
        EmitDetail(ev, r, "坐席未道别即挂机", e.at, last_agent);
      } else if (p.wait_seconds > 0 && last_agent && HasTime(e.at) &&
                 HasTime(c.turns[*last_agent].start) &&
                 e.at - EndOf(c.turns[*last_agent]) < p.wait_seconds) {
        char buf[96];
        std::snprintf(buf, sizeof buf, "道别后 %.1f 秒即挂机，应稍等 %s 秒",
                      e.at - EndOf(c.turns[*last_agent]), FormatSeconds(p.wait_seconds).c_str());
        EmitDetail(ev, r, buf, e.at, last_agent);
      } else if (p.customer_first && p.wait_seconds == 0) {
        // With wait_seconds set, hanging up after the goodbye and the wait
        // is the scripted ending; without it the customer must hang up first.
        EmitDetail(ev, r, "坐席先于客户挂机", e.at, std::nullopt);
      }
    }
    if (!any) ev.Skip(r);
  }
};

}  // namespace

const RuleType* HangupRuleType() {
  static const HangupType type;
  return &type;
}

}  // namespace huashu::rules
