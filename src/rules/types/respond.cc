// type: respond — when one side says a trigger (谢谢, 投诉, 对不起), the
// other side must answer with an expected phrase within a window of turns
// or seconds.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "../conditions/clause.h"
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
  // expect: skip: the other side's filler turns (a self-introduction template
  // sent on taking over the chat) that hold no expected phrase are not
  // replies: they neither answer nor use up the window.
  std::optional<size_t> skip;
  // expect: backchannel: the other side's turns made of nothing but these
  // words (嗯 / 对 / 您说, the listening noises speech recognition splits off
  // a call) are not replies either: the customer is still talking.
  std::optional<size_t> backchannel;
  // expect: skip_opening: the expected side's first turn of the log, when it
  // is a greeting (holds one of these words and no expected phrase), is not
  // a reply: a complaint typed before anyone answered meets the welcome
  // first, and the reply after it is the one judged.
  std::optional<size_t> skip_opening;
  // expect: hand_off: a reply of the expected side that holds one of these
  // (a transfer to another desk) and no expected phrase closes the window:
  // the matter was handed on without the answer owed, and what the next
  // desk says is no answer for this one.
  std::optional<size_t> hand_off;
  LogStates not_judged_if;  // read for an unanswered trigger whose window ran to the log's end
};

// True if turn `u` has letters and every one of them is inside a hit of
// phrase set `set`.
bool OnlyWordsOf(const Evaluation& ev, size_t u, uint32_t set) {
  const auto flags = ev.Flags(u);
  return LettersBetween(flags, 0, static_cast<uint32_t>(flags.size())) > 0 &&
         LettersInsideHits(flags, ev.TurnHits(u), set);
}

// The turns with a hit of any of `sets`, ascending, each once (`merged`
// holds them when there are several sets). Most turns hold no trigger:
// reading only these is what keeps a rule from reading every hit.
std::span<const uint32_t> TurnsWithAny(const Evaluation& ev, std::span<const uint32_t> sets,
                                       std::vector<uint32_t>* merged) {
  if (sets.size() == 1) return ev.TurnsWith(sets[0]);
  merged->clear();
  for (const uint32_t set : sets) {
    const auto turns = ev.TurnsWith(set);
    merged->insert(merged->end(), turns.begin(), turns.end());
  }
  std::sort(merged->begin(), merged->end());
  merged->erase(std::unique(merged->begin(), merged->end()), merged->end());
  return *merged;
}

// EvaluateRule's working arrays, kept per thread so that a rule judged on
// conversation after conversation allocates nothing once they have grown.
// Their contents between calls mean nothing.
struct RespondScratch {
  std::vector<std::pair<size_t, const match::Hit*>> triggers;
  std::vector<uint32_t> merged;
  std::vector<uint8_t> answers;   // turns holding an expected phrase
  std::vector<uint8_t> expected;  // turns of the expected side that count as replies
  std::vector<size_t> next_expected, next_answer, next_hand_off, count;
  std::vector<size_t> expected_at;  // positions of the expected side's turns
  std::vector<double> starts;       // max-tree of turn starts (NaN: never past the window)
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
  bool reads_turns_with(PhraseRole role) const override {
    return role == PhraseRole::kTrigger || role == PhraseRole::kExpect;
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
        in.CheckKeys(n, {"speaker", "any_of", "skip", "backchannel", "skip_opening", "hand_off"},
                     side);
      if (!n["any_of"]) in.Fail(n, std::string(side) + " needs any_of");
      if (n["speaker"]) {
        auto sp = ParseSpeakerScope(in.Scalar(n["speaker"], "speaker"));
        if (!sp) in.Fail(n["speaker"], "speaker must be agent, customer or any");
        (trigger ? p->trigger_speaker : p->expect_speaker) = *sp;
      }
      r->phrases.push_back(
          in.Phrases(n["any_of"], trigger ? PhraseRole::kTrigger : PhraseRole::kExpect, "any_of"));
      if (trigger) p->trigger_conditions = ReadHitConditions(in, n, r);
      if (!trigger) {
        // expect's turns that are no reply, each named by a cue list of its own.
        auto cue_list = [&](const char* key) -> std::optional<size_t> {
          if (!n[key]) return std::nullopt;
          r->phrases.push_back(in.Phrases(n[key], PhraseRole::kCue, key));
          return r->phrases.size() - 1;
        };
        p->skip = cue_list("skip");
        p->backchannel = cue_list("backchannel");
        p->skip_opening = cue_list("skip_opening");
        p->hand_off = cue_list("hand_off");
      }
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
    if (p.skip_opening)
      out->push_back({"expect", "its side's first turn, a greeting, is no reply"});
    if (p.hand_off)
      out->push_back({"expect", "a hand-off reply without the answer closes the window"});
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
    // Times matter only to a window in seconds.
    const bool timed = p.within_seconds > 0 && TurnsTimed(c);
    // A window in seconds alone needs times; a window in turns (or up to
    // the end) does not.
    if (p.within_turns == 0 && p.within_seconds > 0 && !timed) {
      ev.Skip(r);
      return;
    }
    // Triggers first; the replies after each are then read off arrays built
    // once (next expected turn, next answer, expected turns so far, and a
    // max-tree of start times for the first turn past the time window), so
    // a rule costs O(n log n), not a scan to the end per trigger.
    const size_t n = c.turns.size();
    bool noted_not_judged = false;
    thread_local RespondScratch s;
    auto& triggers = s.triggers;
    auto& merged = s.merged;
    triggers.clear();
    for (const size_t t : TurnsWithAny(ev, trigger, &merged)) {
      if (!SpeakerMatches(p.trigger_speaker, c.turns[t].speaker)) continue;
      for (const match::Hit& x : ev.TurnHits(t)) {
        if (std::find(trigger.begin(), trigger.end(), x.set) == trigger.end()) continue;
        // A trigger the conditions set aside (谢谢 closing a request) asks
        // for no answer.
        if (!p.trigger_conditions->Admit(ev, {ri, t, &x})) continue;
        triggers.push_back({t, &x});
        break;
      }
    }
    if (triggers.empty()) return;
    auto& answers = s.answers;
    answers.assign(n, 0);
    for (const size_t u : TurnsWithAny(ev, expect, &merged)) answers[u] = 1;
    auto& expected = s.expected;
    expected.assign(n, 0);
    auto& next_expected = s.next_expected;
    auto& next_answer = s.next_answer;
    auto& next_hand_off = s.next_hand_off;
    auto& count = s.count;
    next_expected.assign(n + 1, n);
    next_answer.assign(n + 1, n);
    next_hand_off.assign(p.hand_off ? n + 1 : 0, n);  // only a rule with hand_off reads it
    count.assign(n + 1, 0);
    auto& expected_at = s.expected_at;
    expected_at.clear();
    const uint32_t skip_set = p.skip ? ev.book().SetOf(ri, *p.skip) : UINT32_MAX;
    const uint32_t backchannel_set =
        p.backchannel ? ev.book().SetOf(ri, *p.backchannel) : UINT32_MAX;
    const uint32_t opening_set = p.skip_opening ? ev.book().SetOf(ri, *p.skip_opening) : UINT32_MAX;
    const uint32_t hand_off_set = p.hand_off ? ev.book().SetOf(ri, *p.hand_off) : UINT32_MAX;
    size_t opening = 0;  // the expected side's first turn (n: it never speaks)
    while (opening < n && !SpeakerMatches(p.expect_speaker, c.turns[opening].speaker)) ++opening;
    for (size_t u = 0; u < n; ++u) {
      expected[u] =
          SpeakerMatches(p.expect_speaker, c.turns[u].speaker) &&
          !(p.skip && !answers[u] && ev.FindHit(u, skip_set)) &&
          !(p.skip_opening && u == opening && !answers[u] && ev.FindHit(u, opening_set)) &&
          !(p.backchannel && OnlyWordsOf(ev, u, backchannel_set));
      count[u + 1] = count[u] + expected[u];
      if (expected[u]) expected_at.push_back(u);
    }
    for (size_t u = n; u-- > 0;) {
      next_expected[u] = expected[u] ? u : next_expected[u + 1];
      next_answer[u] = expected[u] && answers[u] ? u : next_answer[u + 1];
      if (p.hand_off)
        next_hand_off[u] =
            expected[u] && !answers[u] && ev.FindHit(u, hand_off_set) ? u : next_hand_off[u + 1];
    }
    const bool by_time = timed && p.within_seconds > 0;
    size_t leaves = 1;
    auto& starts = s.starts;
    if (by_time) {
      while (leaves < n) leaves *= 2;
      starts.assign(2 * leaves, -std::numeric_limits<double>::infinity());
      for (size_t u = 0; u < n; ++u)
        if (!std::isnan(c.turns[u].start)) starts[leaves + u] = c.turns[u].start;
      for (size_t k = leaves; k-- > 1;) starts[k] = std::max(starts[2 * k], starts[2 * k + 1]);
    }
    // The first turn after t that starts more than within_seconds after t
    // ends (n: none).
    auto past_window = [&](size_t t) -> size_t {
      const double end = EndOf(c.turns[t]);
      auto late = [&](double start) { return start - end > p.within_seconds; };
      // Walk up from leaf t + 1, then down to the leftmost late leaf.
      size_t k = leaves + t + 1;
      if (t + 1 >= n) return n;
      if (late(starts[k])) return t + 1;
      while (k > 1) {
        if (k % 2 == 0 && late(starts[k + 1])) {
          k = k + 1;
          while (k < leaves) k = late(starts[2 * k]) ? 2 * k : 2 * k + 1;
          return k - leaves < n ? k - leaves : n;
        }
        k /= 2;
      }
      return n;
    };
    // Triggers with no turn of the expected side between them (a complaint
    // typed as three messages) share one reply window: judged once, at the
    // last of them, the one the reply follows.
    for (size_t i = 0; i < triggers.size(); ++i) {
      const auto& [t, h] = triggers[i];
      const size_t first_reply = next_expected[t + 1];
      if (i + 1 < triggers.size() && next_expected[triggers[i + 1].first + 1] == first_reply)
        continue;
      size_t cutoff = by_time ? past_window(t) : n;
      if (p.hand_off) cutoff = std::min(cutoff, next_hand_off[t + 1] + 1);
      const size_t answer = next_answer[t + 1];
      const bool answered =
          answer < cutoff && (p.within_turns == 0 ||
                              count[answer] - count[t + 1] < static_cast<size_t>(p.within_turns));
      // A reply that came, but too late, is a finding like no reply.
      const bool any_reply = first_reply < cutoff || (cutoff < n && expected[cutoff]);
      // No reply at all (the other side had hung up or the log ends):
      // nothing to judge.
      if (answered || !any_reply) continue;
      // Whether the window ran to the log's end: not cut by time, and the
      // turn limit (if any) reached only at the last turn or not at all.
      bool to_end = cutoff == n;
      if (p.within_turns > 0) {
        const size_t kth = count[t + 1] + static_cast<size_t>(p.within_turns) - 1;
        if (kth < expected_at.size() && expected_at[kth] < cutoff)
          to_end = expected_at[kth] + 1 == n;
      }
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
      base::Violation v =
          ev.MakeAt(r,
                    FormatMessage(r.message, {{"trigger", said},
                                              {"turns", std::to_string(p.within_turns)},
                                              {"seconds", FormatSeconds(p.within_seconds)}}),
                    t, h);
      // The reply a reviewer reads to see what was missing: the first one
      // judged (a reply came, or the trigger would not be judged at all).
      if (first_reply < n) v.reply_turn = static_cast<uint32_t>(first_reply + 1);
      ev.Emit(std::move(v));
    }
  }
};

}  // namespace

const RuleType* RespondRuleType() {
  static const RespondType type;
  return &type;
}

}  // namespace huashu::rules
