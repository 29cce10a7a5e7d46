// Evaluators of the scenario rule types (docs/rulebook.md, "Scenario types").
// They read phrase hits, turn times and events; never text. A rule whose
// data is missing is skipped (Context::Skip), never turned into a finding.

#include <algorithm>
#include <cmath>
#include <optional>

#include "context.h"

namespace huashu::check {
namespace {

using rules::Rule;
using rules::RuleType;
using transcript::Conversation;
using transcript::EventType;
using transcript::HasTime;
using transcript::Speaker;
using transcript::Turn;

bool TurnsTimed(const Conversation& c) {
  if (c.turns.empty()) return false;
  return std::all_of(c.turns.begin(), c.turns.end(),
                     [](const Turn& t) { return HasTime(t.start); });
}

double EndOf(const Turn& t) { return HasTime(t.end) ? t.end : t.start; }

bool CustomerSpoke(const Conversation& c) {
  return std::any_of(c.turns.begin(), c.turns.end(), [](const Turn& t) {
    return t.speaker == Speaker::kCustomer && !t.text.empty();
  });
}

// Intervals [start, end) between `open` and `close` events; one that never
// closes runs to the hangup or to the end of the last turn.
std::vector<std::pair<double, double>> Intervals(const Conversation& c, EventType open_type,
                                                 EventType close_type) {
  double last = 0;
  for (const Turn& t : c.turns) last = std::max(last, HasTime(t.start) ? EndOf(t) : 0);
  for (const auto& e : c.events) {
    if (HasTime(e.at)) last = std::max(last, e.at);
  }
  std::vector<std::pair<double, double>> out;
  std::optional<double> open;
  for (const auto& e : c.events) {
    if (!HasTime(e.at)) continue;
    if (e.type == open_type && !open) open = e.at;
    if ((e.type == close_type || e.type == EventType::kHangup) && open) {
      out.push_back({*open, e.at});
      open.reset();
    }
  }
  if (open) out.push_back({*open, std::max(last, *open)});
  return out;
}

std::vector<std::pair<double, double>> Holds(const Conversation& c) {
  return Intervals(c, EventType::kHoldStart, EventType::kHoldEnd);
}

// Time the line is quiet by arrangement: on hold or on mute.
std::vector<std::pair<double, double>> QuietTimes(const Conversation& c) {
  auto out = Holds(c);
  auto mutes = Intervals(c, EventType::kMuteStart, EventType::kMuteEnd);
  out.insert(out.end(), mutes.begin(), mutes.end());
  return out;
}

double HoldOverlap(const std::vector<std::pair<double, double>>& holds, double a, double b) {
  double total = 0;
  for (auto [s, e] : holds) total += std::max(0.0, std::min(b, e) - std::max(a, s));
  return total;
}

// Which phrase groups (sets) none of `turns` contains, as "name、name".
std::string MissingGroups(const Context& ctx, std::span<const uint32_t> groups,
                          const std::vector<size_t>& turns) {
  std::string missing;
  for (uint32_t g : groups) {
    const bool present = std::any_of(turns.begin(), turns.end(),
                                     [&](size_t t) { return ctx.FindHit(t, g) != nullptr; });
    if (!present) {
      if (!missing.empty()) missing += "、";
      missing += GroupLabel(*ctx.book().set(g).list);
    }
  }
  return missing;
}

bool AnyHit(const Context& ctx, size_t t, std::span<const uint32_t> sets) {
  return ctx.FindHit(t, sets) != nullptr;
}

void CheckRespond(Context& ctx, const Rule& r, size_t ri) {
  const Conversation& c = ctx.conversation();
  const auto trigger = ctx.book().Sets(ri, "trigger");
  const auto expect = ctx.book().Sets(ri, "expect");
  const bool timed = TurnsTimed(c);
  // A window in seconds alone needs times; a window in turns (or up to the
  // end) does not.
  if (r.within_turns == 0 && r.within_seconds > 0 && !timed) {
    ctx.Skip(r);
    return;
  }
  for (size_t t = 0; t < c.turns.size(); ++t) {
    if (!rules::SpeakerMatches(r.trigger_speaker, c.turns[t].speaker)) continue;
    const match::Hit* h = ctx.FindHit(t, trigger);
    if (!h) continue;
    bool answered = false, any_reply = false;
    int replies = 0;
    for (size_t u = t + 1; u < c.turns.size(); ++u) {
      const Turn& next = c.turns[u];
      const bool expected_side = rules::SpeakerMatches(r.expect_speaker, next.speaker);
      if (timed && r.within_seconds > 0 && next.start - EndOf(c.turns[t]) > r.within_seconds) {
        // A reply that came, but too late, is a finding like no reply.
        any_reply = any_reply || expected_side;
        break;
      }
      if (!expected_side) continue;
      any_reply = true;
      if (AnyHit(ctx, u, expect)) {
        answered = true;
        break;
      }
      if (r.within_turns > 0 && ++replies >= r.within_turns) break;
    }
    // No reply at all (the other side had hung up or the log ends): nothing to judge.
    if (answered || !any_reply) continue;
    const std::string said = ctx.Slice(t, h->begin, h->end);
    report::Violation v =
        ctx.MakeAt(r,
                   FormatMessage(r.message, {{"trigger", said},
                                             {"turns", std::to_string(r.within_turns)},
                                             {"seconds", FormatSeconds(r.within_seconds)}}),
                   t, h);
    ctx.Emit(std::move(v));
  }
}

void CheckEvent(Context& ctx, const Rule& r, size_t ri) {
  const Conversation& c = ctx.conversation();
  bool any = false;
  for (const auto& e : c.events) any = any || e.type == r.event;
  if (!any) return;
  if (!TurnsTimed(c)) {
    ctx.Skip(r);
    return;
  }
  const auto groups = ctx.book().Sets(ri, "group");
  for (const auto& e : c.events) {
    if (e.type != r.event) continue;
    if (!HasTime(e.at)) {
      ctx.Skip(r);
      continue;
    }
    std::vector<size_t> window;
    if (r.before) {
      for (size_t t = c.turns.size(); t-- > 0;) {
        const Turn& turn = c.turns[t];
        if (!rules::SpeakerMatches(r.speaker, turn.speaker) || turn.start > e.at) continue;
        if (r.within_seconds > 0 && e.at - turn.start > r.within_seconds) break;
        window.push_back(t);
        if (r.within_turns > 0 && window.size() >= static_cast<size_t>(r.within_turns)) break;
      }
    } else {
      for (size_t t = 0; t < c.turns.size(); ++t) {
        const Turn& turn = c.turns[t];
        if (!rules::SpeakerMatches(r.speaker, turn.speaker) || turn.start < e.at) continue;
        if (r.within_seconds > 0 && turn.start - e.at > r.within_seconds) break;
        window.push_back(t);
        if (r.within_turns > 0 && window.size() >= static_cast<size_t>(r.within_turns)) break;
      }
      // Nobody spoke after the event (a hangup, the end of the log): nothing to judge.
      if (window.empty()) continue;
    }
    const std::string missing = MissingGroups(ctx, groups, window);
    if (missing.empty()) continue;
    report::Violation v = ctx.Make(
        r, FormatMessage(r.message, {{"missing", missing}, {"event", std::string(Name(e.type))}}));
    v.time = e.at;
    if (!window.empty()) {
      const size_t t = window.front();
      v.turn = static_cast<uint32_t>(t + 1);
      v.speaker = c.turns[t].speaker;
      if (c.turns[t].line) v.source.line = c.turns[t].line;
    }
    ctx.Emit(std::move(v));
  }
}

void CheckHoldLimit(Context& ctx, const Rule& r) {
  const Conversation& c = ctx.conversation();
  const auto holds = Holds(c);
  if (holds.empty()) {
    const bool untimed = std::any_of(c.events.begin(), c.events.end(), [](const auto& e) {
      return e.type == EventType::kHoldStart && !HasTime(e.at);
    });
    if (untimed) ctx.Skip(r);
    return;
  }
  for (auto [start, end] : holds) {
    // The agent checking back in (a turn during the hold) restarts the clock.
    double segment_start = start, longest = 0, longest_at = start;
    for (const Turn& t : c.turns) {
      if (!HasTime(t.start) || !rules::SpeakerMatches(r.speaker, t.speaker)) continue;
      if (t.start > start && t.start < end) {
        if (t.start - segment_start > longest)
          longest = t.start - segment_start, longest_at = segment_start;
        segment_start = EndOf(t);
      }
    }
    if (end - segment_start > longest) longest = end - segment_start, longest_at = segment_start;
    if (longest <= r.max_seconds) continue;
    report::Violation v =
        ctx.Make(r, FormatMessage(r.message, {{"seconds", FormatSeconds(std::round(longest))},
                                              {"limit", FormatSeconds(r.max_seconds)}}));
    v.time = longest_at;
    ctx.Emit(std::move(v));
  }
}

void CheckGap(Context& ctx, const Rule& r) {
  const Conversation& c = ctx.conversation();
  if (!TurnsTimed(c)) {
    ctx.Skip(r);
    return;
  }
  const auto quiet = QuietTimes(c);
  const bool chat = c.channel == transcript::Channel::kChat;
  constexpr size_t kNone = SIZE_MAX;
  size_t waiting = kNone;  // customer turn the agent has yet to answer
  for (size_t t = 0; t < c.turns.size(); ++t) {
    const Turn& turn = c.turns[t];
    if (turn.speaker == Speaker::kCustomer) {
      // Chats count from the first unanswered message, calls from the end of
      // the customer's last words.
      if (waiting == kNone || !chat) waiting = t;
      continue;
    }
    if (!rules::SpeakerMatches(r.speaker, turn.speaker) || waiting == kNone) continue;
    const Turn& asked = c.turns[waiting];
    const double from = chat ? asked.start : EndOf(asked);
    double gap = turn.start - from;
    gap -= HoldOverlap(quiet, from, turn.start);
    if (gap > r.max_seconds) {
      report::Violation v = ctx.MakeAt(
          r,
          FormatMessage(r.message, {{"seconds", FormatSeconds(std::round(gap * 10) / 10)},
                                    {"limit", FormatSeconds(r.max_seconds)}}),
          t, nullptr);
      ctx.Emit(std::move(v));  // at the reply that came too late
    }
    waiting = kNone;
    if (r.first_only) return;
  }
}

void CheckOverlap(Context& ctx, const Rule& r) {
  const Conversation& c = ctx.conversation();
  if (!TurnsTimed(c)) {
    ctx.Skip(r);
    return;
  }
  for (size_t u = 0; u < c.turns.size(); ++u) {
    const Turn& agent = c.turns[u];
    if (!rules::SpeakerMatches(r.speaker, agent.speaker)) continue;
    for (size_t t = 0; t < c.turns.size(); ++t) {
      const Turn& other = c.turns[t];
      if (other.speaker != Speaker::kCustomer || !HasTime(other.end)) continue;
      // The agent cut in: started after the customer began and before they finished.
      if (other.start < agent.start && agent.start < other.end) {
        const double overlap = std::min(other.end, EndOf(agent)) - agent.start;
        if (overlap > r.tolerance_seconds) {
          report::Violation v = ctx.MakeAt(
              r,
              FormatMessage(r.message, {{"seconds", FormatSeconds(std::round(overlap * 10) / 10)}}),
              u, nullptr);
          ctx.Emit(std::move(v));
          break;
        }
      }
    }
  }
}

void CheckRate(Context& ctx, const Rule& r, const std::vector<uint32_t>& spoken) {
  const Conversation& c = ctx.conversation();
  bool judged = false;
  for (size_t t = 0; t < c.turns.size(); ++t) {
    const Turn& turn = c.turns[t];
    if (!rules::SpeakerMatches(r.speaker, turn.speaker)) continue;
    if (!HasTime(turn.start) || !HasTime(turn.end) || turn.end <= turn.start) continue;
    judged = true;
    if (spoken[t] < static_cast<uint32_t>(r.min_chars)) continue;
    const double rate = spoken[t] / (turn.end - turn.start);
    if (rate <= r.max_chars_per_second) continue;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", rate);
    ctx.Emit(ctx.MakeAt(
        r,
        FormatMessage(r.message, {{"rate", buf}, {"limit", FormatSeconds(r.max_chars_per_second)}}),
        t, nullptr));
  }
  if (!judged) ctx.Skip(r);
}

void Emit(Context& ctx, const Rule& r, const std::string& detail, double at,
          std::optional<size_t> turn) {
  report::Violation v = turn ? ctx.MakeAt(r, "", *turn, nullptr) : ctx.Make(r, "");
  v.message = FormatMessage(r.message, {{"detail", detail}});
  if (HasTime(at)) v.time = at;
  ctx.Emit(std::move(v));
}

void CheckSilentCall(Context& ctx, const Rule& r, size_t ri) {
  const Conversation& c = ctx.conversation();
  if (c.channel != transcript::Channel::kCall || CustomerSpoke(c)) return;
  bool agent_spoke = false;
  for (const Turn& t : c.turns) agent_spoke = agent_spoke || t.speaker == Speaker::kAgent;
  if (!agent_spoke) {
    ctx.Skip(r);
    return;
  }
  // The procedure is judged on a finished call: it needs the hang-up or at
  // least the times of the attempts; a bare, untimed fragment is skipped.
  const bool hung_up = std::any_of(c.events.begin(), c.events.end(),
                                   [](const auto& e) { return e.type == EventType::kHangup; });
  if (!hung_up && !TurnsTimed(c)) {
    ctx.Skip(r);
    return;
  }
  const auto greeting = ctx.book().Sets(ri, "greeting");
  const auto notice = ctx.book().Sets(ri, "notice");
  std::vector<size_t> attempts;
  std::optional<size_t> notice_turn;
  for (size_t t = 0; t < c.turns.size(); ++t) {
    if (c.turns[t].speaker != Speaker::kAgent) continue;
    if (AnyHit(ctx, t, greeting)) attempts.push_back(t);
    if (AnyHit(ctx, t, notice)) notice_turn = t;
  }
  const bool timed = TurnsTimed(c);
  if (attempts.size() < static_cast<size_t>(r.min_attempts)) {
    Emit(ctx, r,
         "无声电话问候 " + std::to_string(attempts.size()) + " 次，应至少 " +
             std::to_string(r.min_attempts) + " 次",
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
      if (steps[k] != steps[k - 1] && pause < r.pause_seconds) {
        char buf[96];
        std::snprintf(buf, sizeof buf, "两次询问之间只停顿 %.1f 秒，应至少 %s 秒", pause,
                      FormatSeconds(r.pause_seconds).c_str());
        Emit(ctx, r, buf, c.turns[steps[k]].start, steps[k]);
      }
    }
  }
  if (!notice_turn) {
    Emit(ctx, r, "挂机前未告知客户电话无声并请其重新拨打", transcript::kNoTime, std::nullopt);
  }
  for (const auto& e : c.events) {
    if (e.type != EventType::kHangup || e.by != Speaker::kAgent || !HasTime(e.at)) continue;
    if (notice_turn && timed) {
      const double wait = e.at - EndOf(c.turns[*notice_turn]);
      if (wait < r.wait_seconds) {
        char buf[96];
        std::snprintf(buf, sizeof buf, "告知后 %.1f 秒即挂机，应稍等 %s 秒", wait,
                      FormatSeconds(r.wait_seconds).c_str());
        Emit(ctx, r, buf, e.at, std::nullopt);
      }
    }
  }
}

void CheckAnswer(Context& ctx, const Rule& r, size_t ri) {
  const Conversation& c = ctx.conversation();
  std::vector<double> rings;
  std::optional<double> answer;
  for (const auto& e : c.events) {
    if (e.type == EventType::kRing && !answer) rings.push_back(e.at);
    if (e.type == EventType::kAnswer && !answer) answer = e.at;
  }
  if (rings.empty()) {
    ctx.Skip(r);
    return;
  }
  std::optional<size_t> first_agent;
  for (size_t t = 0; t < c.turns.size() && !first_agent; ++t) {
    if (c.turns[t].speaker == Speaker::kAgent) first_agent = t;
  }
  if (!answer && first_agent) answer = c.turns[*first_agent].start;
  std::string late;
  if (r.max_rings > 0 && rings.size() > static_cast<size_t>(r.max_rings)) {
    late = "振铃 " + std::to_string(rings.size()) + " 声才接听，应不超过 " +
           std::to_string(r.max_rings) + " 声";
  } else if (r.max_seconds > 0 && answer && HasTime(*answer) && HasTime(rings.front()) &&
             *answer - rings.front() > r.max_seconds) {
    late = FormatSeconds(std::round((*answer - rings.front()) * 10) / 10) + " 秒才接听，应在 " +
           FormatSeconds(r.max_seconds) + " 秒内";
  }
  if (late.empty()) return;
  const auto apology = ctx.book().Sets(ri, "late_apology");
  if (!apology.empty() && first_agent && AnyHit(ctx, *first_agent, apology)) return;
  if (!apology.empty()) late += "，且接听后未致歉";
  Emit(ctx, r, late, answer.value_or(transcript::kNoTime), first_agent);
}

void CheckHangup(Context& ctx, const Rule& r, size_t ri) {
  const Conversation& c = ctx.conversation();
  // A silent call is the agent's to end; the silent_call rule judges it.
  if (c.channel == transcript::Channel::kCall && !CustomerSpoke(c)) return;
  const auto goodbye = ctx.book().Sets(ri, "goodbye");
  bool any = false;
  for (const auto& e : c.events) {
    if (e.type != EventType::kHangup) continue;
    any = true;
    if (e.by != Speaker::kAgent) continue;
    // The customer still talking when the line was cut.
    for (size_t t = 0; t < c.turns.size(); ++t) {
      const Turn& turn = c.turns[t];
      if (turn.speaker == Speaker::kCustomer && HasTime(e.at) && HasTime(turn.start) &&
          turn.start < e.at && EndOf(turn) > e.at) {
        Emit(ctx, r, "客户仍在说话时坐席挂机", e.at, t);
      }
    }
    std::optional<size_t> last_agent;
    for (size_t t = 0; t < c.turns.size(); ++t) {
      if (c.turns[t].speaker == Speaker::kAgent && (!HasTime(e.at) || c.turns[t].start <= e.at))
        last_agent = t;
    }
    if (!goodbye.empty() && (!last_agent || !AnyHit(ctx, *last_agent, goodbye))) {
      Emit(ctx, r, "坐席未道别即挂机", e.at, last_agent);
    } else if (r.wait_seconds > 0 && last_agent && HasTime(e.at) &&
               HasTime(c.turns[*last_agent].start) &&
               e.at - EndOf(c.turns[*last_agent]) < r.wait_seconds) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "道别后 %.1f 秒即挂机，应稍等 %s 秒",
                    e.at - EndOf(c.turns[*last_agent]), FormatSeconds(r.wait_seconds).c_str());
      Emit(ctx, r, buf, e.at, last_agent);
    } else if (r.customer_first && r.wait_seconds == 0) {
      // With wait_seconds set, hanging up after the goodbye and the wait is
      // the scripted ending; without it the customer must hang up first.
      Emit(ctx, r, "坐席先于客户挂机", e.at, std::nullopt);
    }
  }
  if (!any) ctx.Skip(r);
}

}  // namespace

void CheckScenario(Context& ctx, size_t ri, const std::vector<uint32_t>& spoken) {
  const Rule& r = ctx.book().rules()[ri];
  switch (r.type) {
    case RuleType::kRespond:
      CheckRespond(ctx, r, ri);
      break;
    case RuleType::kEvent:
      CheckEvent(ctx, r, ri);
      break;
    case RuleType::kHoldLimit:
      CheckHoldLimit(ctx, r);
      break;
    case RuleType::kGap:
      CheckGap(ctx, r);
      break;
    case RuleType::kOverlap:
      CheckOverlap(ctx, r);
      break;
    case RuleType::kRate:
      CheckRate(ctx, r, spoken);
      break;
    case RuleType::kSilentCall:
      CheckSilentCall(ctx, r, ri);
      break;
    case RuleType::kAnswer:
      CheckAnswer(ctx, r, ri);
      break;
    case RuleType::kHangup:
      CheckHangup(ctx, r, ri);
      break;
    default:
      break;
  }
}

}  // namespace huashu::check
