#include "log_state.h"

#include <algorithm>
#include <array>

#include "huashu/text/fold_flags.h"

namespace huashu::rules {
namespace {

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

}  // namespace

const std::string* LogStates::Holds(const Evaluation& ev, size_t ri) const {
  for (const NotJudgedIf& c : states_) {
    const size_t t = TurnOf(ev, c.turn);
    if (t == SIZE_MAX) continue;
    if (c.speaker && ev.turn(t).speaker != *c.speaker) continue;
    if (c.list && !ev.FindHit(t, ev.book().SetOf(ri, *c.list))) continue;
    if (c.question && !AsksSomething(ev, t)) continue;
    return &c.reason;
  }
  return nullptr;
}

void LogStates::Describe(const Rule& r,
                         std::vector<std::pair<std::string, std::string>>* out) const {
  for (const NotJudgedIf& c : states_)
    out->push_back({"not judged if " + std::string(kTurnNames[static_cast<size_t>(c.turn)]) +
                        " turn" + (c.list ? " has " + GroupLabel(r.phrases[*c.list]) : "") +
                        (c.question ? " (a question)" : ""),
                    c.reason});
}

LogStates ReadLogStates(const RuleReader& in, const YAML::Node& list, Rule* r) {
  LogStates out;
  if (!list) return out;
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
              "turn must be first, last, first_agent, last_agent, first_customer or "
              "last_customer, got '" +
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
    out.states_.push_back(std::move(c));
  }
  return out;
}

}  // namespace huashu::rules
