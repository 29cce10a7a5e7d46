// type: silent_call — the procedure for a call where the caller never
// speaks: greet at least min_attempts times, pause_seconds apart, tell the
// caller the line is silent, then wait wait_seconds before hanging up.

#include <algorithm>
#include <cstdio>

#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "timeline.h"

namespace huashu::rules {
namespace {

// Times come from recognizer output in decimal seconds: a pause written as
// exactly the limit (12.5 - 9.5) must not fall short by a rounding error.
constexpr double kTimeSlack = 1e-6;

using transcript::EventType;
using transcript::HasTime;
using transcript::Speaker;

struct SilentCallParams : RuleParams {
  int min_attempts = 2;
  double pause_seconds = 3;
  double wait_seconds = 3;
};

class SilentCallType final : public PerRuleType {
 public:
  std::string_view name() const override { return "silent_call"; }
  std::vector<std::string_view> placeholders() const override { return {"detail"}; }
  std::vector<std::string_view> keys() const override {
    return {"greeting", "min_attempts", "pause_seconds", "notice", "wait_seconds"};
  }

  void Read(RuleReader& in, Rule* r) const override {
    const YAML::Node& node = in.rule();
    if (!node["greeting"]) in.Fail(node, "silent_call rule needs greeting");
    if (!node["notice"]) in.Fail(node, "silent_call rule needs notice");
    r->phrases.push_back(in.Phrases(node["greeting"], PhraseRole::kGreeting, "greeting"));
    r->phrases.push_back(in.Phrases(node["notice"], PhraseRole::kNotice, "notice"));
    auto p = std::make_shared<SilentCallParams>();
    p->min_attempts = in.IntegerOr("min_attempts", 2, 1);
    p->pause_seconds = in.NumberOr("pause_seconds", 3);
    p->wait_seconds = in.NumberOr("wait_seconds", 3);
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    const auto& p = r.Params<SilentCallParams>();
    out->push_back({"min_attempts", std::to_string(p.min_attempts)});
    out->push_back({"pause_seconds", FormatSeconds(p.pause_seconds)});
    out->push_back({"wait_seconds", FormatSeconds(p.wait_seconds)});
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& p = r.Params<SilentCallParams>();
    const auto& c = ev.conversation();
    if (c.channel != transcript::Channel::kCall || CustomerSpoke(c)) return;
    bool agent_spoke = false;
    for (const auto& t : c.turns) agent_spoke = agent_spoke || t.speaker == Speaker::kAgent;
    if (!agent_spoke) {
      ev.Skip(r);
      return;
    }
    // The procedure is judged on a finished call: it needs the hang-up or at
    // least the times of the attempts; a bare, untimed fragment is skipped.
    const bool hung_up = std::any_of(c.events.begin(), c.events.end(),
                                     [](const auto& e) { return e.type == EventType::kHangup; });
    if (!hung_up && !TurnsTimed(c)) {
      ev.Skip(r);
      return;
    }
    const auto greeting = ev.book().Sets(ri, PhraseRole::kGreeting);
    const auto notice = ev.book().Sets(ri, PhraseRole::kNotice);
    std::vector<size_t> attempts;
    std::optional<size_t> notice_turn;
    for (size_t t = 0; t < c.turns.size(); ++t) {
      if (c.turns[t].speaker != Speaker::kAgent) continue;
      if (AnyHit(ev, t, greeting)) attempts.push_back(t);
      if (AnyHit(ev, t, notice)) notice_turn = t;
    }
    const bool timed = TurnsTimed(c);
    if (attempts.size() < static_cast<size_t>(p.min_attempts)) {
      EmitDetail(ev, r,
                 "无声电话问候 " + std::to_string(attempts.size()) + " 次，应至少 " +
                     std::to_string(p.min_attempts) + " 次",
                 transcript::kNoTime,
                 attempts.empty() ? std::nullopt : std::optional<size_t>(attempts.back()));
    }
    if (timed) {
      std::vector<size_t> steps = attempts;
      if (notice_turn) steps.push_back(*notice_turn);
      std::sort(steps.begin(), steps.end());
      steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
      for (size_t k = 1; k < steps.size(); ++k) {
        const double pause = c.turns[steps[k]].start - EndOf(c.turns[steps[k - 1]]);
        if (steps[k] != steps[k - 1] && pause < p.pause_seconds - kTimeSlack) {
          char buf[96];
          std::snprintf(buf, sizeof buf, "两次询问之间只停顿 %.1f 秒，应至少 %s 秒", pause,
                        FormatSeconds(p.pause_seconds).c_str());
          EmitDetail(ev, r, buf, c.turns[steps[k]].start, steps[k]);
        }
      }
    }
    if (!notice_turn) {
      EmitDetail(ev, r, "挂机前未告知客户电话无声并请其重新拨打", transcript::kNoTime,
                 std::nullopt);
    }
    for (const auto& e : c.events) {
      if (e.type != EventType::kHangup || e.by != Speaker::kAgent || !HasTime(e.at)) continue;
      if (notice_turn && timed) {
        const double wait = e.at - EndOf(c.turns[*notice_turn]);
        if (wait < p.wait_seconds - kTimeSlack) {
          char buf[96];
          std::snprintf(buf, sizeof buf, "告知后 %.1f 秒即挂机，应稍等 %s 秒", wait,
                        FormatSeconds(p.wait_seconds).c_str());
          EmitDetail(ev, r, buf, e.at, std::nullopt);
        }
      }
    }
  }
};

}  // namespace

const RuleType* SilentCallRuleType() {
  static const SilentCallType type;
  return &type;
}

}  // namespace huashu::rules
