#include "log_state.h"

#include <algorithm>
#include <array>
#include <set>
#include <string>

#include "clause.h"
#include "huashu/text/fold_flags.h"

namespace huashu::rules {
namespace {

constexpr std::array<std::string_view, 7> kTurnNames = {
    "first", "last", "first_agent", "last_agent", "first_customer", "last_customer", "any"};

// The k-th turn (0 = the nearest) a NotJudgedIf looks at, or SIZE_MAX if
// there is none. first, last and any skip the system's lines unless
// `with_system` (an entry with `speaker: system`, about the log's last line
// being the system's hand-over notice).
size_t TurnOf(const Evaluation& ev, NotJudgedIf::Turn which, size_t k, bool with_system = false) {
  using T = NotJudgedIf::Turn;
  const size_t n = ev.turn_count();
  auto is = [&](size_t t, transcript::Speaker s) { return ev.turn(t).speaker == s; };
  auto not_system = [&](size_t t) { return with_system || !is(t, transcript::Speaker::kSystem); };
  auto find = [&](bool forward, auto pred) -> size_t {
    size_t seen = 0;
    for (size_t i = 0; i < n; ++i) {
      const size_t t = forward ? i : n - 1 - i;
      if (pred(t) && seen++ == k) return t;
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
    case T::kAny:
      return find(true, not_system);
  }
  return SIZE_MAX;
}

// True if turn t asks something: a question mark anywhere, or 吗/么 as the
// last letter before a non-letter or the end.
bool AsksSomething(const Evaluation& ev, size_t t) {
  const auto units = ev.Units(t);
  const auto flags = ev.Flags(t);
  uint32_t last_letter = 0;
  for (size_t i = 0; i < units.size(); ++i) {
    if (IsQuestionMark(units[i])) return true;
    if (IsLetter(flags[i])) {
      last_letter = units[i];
    } else if (last_letter == U'吗' || last_letter == U'么') {
      return true;
    }
  }
  return last_letter == U'吗' || last_letter == U'么';
}

// True if only punctuation, spaces or noise follow unit `end` in turn t.
bool EndsTurn(const Evaluation& ev, size_t t, uint32_t end) {
  const auto flags = ev.Flags(t);
  for (size_t i = end; i < flags.size(); ++i)
    if ((flags[i] & (text::kFoldNoise | text::kFoldBreak)) == 0) return false;
  return true;
}

// True if only punctuation, spaces or noise precede unit `begin` in turn t.
bool StartsTurn(const Evaluation& ev, size_t t, uint32_t begin) {
  return LettersBetween(ev.Flags(t), 0, begin) == 0;
}

// True if turn t holds a hit of `set` (ending the turn, if at_end; opening
// it, if at_start).
bool TurnHoldsHit(const Evaluation& ev, size_t t, uint32_t set, bool at_end, bool at_start) {
  for (const match::Hit& h : ev.TurnHits(t))
    if (h.set == set && (!at_end || EndsTurn(ev, t, h.uend)) &&
        (!at_start || StartsTurn(ev, t, h.ubegin)))
      return true;
  return false;
}

bool TurnQualifies(const Evaluation& ev, size_t ri, const NotJudgedIf& c, size_t t) {
  if (c.speaker && ev.turn(t).speaker != *c.speaker) return false;
  if (c.list && !TurnHoldsHit(ev, t, ev.book().SetOf(ri, *c.list), c.at_end, c.at_start))
    return false;
  if (c.none && TurnHoldsHit(ev, t, ev.book().SetOf(ri, *c.none), c.at_end, c.at_start))
    return false;
  if (c.question && !AsksSomething(ev, t)) return false;
  if (c.min_letters > 0) {
    const auto flags = ev.Flags(t);
    if (LettersBetween(flags, 0, static_cast<uint32_t>(flags.size())) < c.min_letters) return false;
  }
  return true;
}

bool StateHolds(const Evaluation& ev, size_t ri, const NotJudgedIf& c) {
  bool holds = false;
  if (c.turn == NotJudgedIf::Turn::kAny) {
    // Every turn once, in order (TurnOf's k-th look-up would rescan from the
    // first turn for each k: quadratic in a long call).
    const bool with_system = c.speaker == transcript::Speaker::kSystem;
    for (size_t t = 0; t < ev.turn_count() && !holds; ++t) {
      if (!with_system && ev.turn(t).speaker == transcript::Speaker::kSystem) continue;
      holds = TurnQualifies(ev, ri, c, t);
    }
  } else {
    for (size_t k = 0; k < c.turns && !holds; ++k) {
      const size_t t = TurnOf(ev, c.turn, k, c.speaker == transcript::Speaker::kSystem);
      if (t == SIZE_MAX) break;
      holds = TurnQualifies(ev, ri, c, t);
    }
  }
  return holds && !(c.unless && StateHolds(ev, ri, *c.unless));
}

// True if the conversation's events show that the log holds the whole
// conversation at that end: a hangup was recorded (the end), the call was
// rung or answered on the record (the start). No text cue outweighs them.
bool EventsShowEnd(const Evaluation& ev, NotJudgedIf::Turn which) {
  using T = NotJudgedIf::Turn;
  const bool at_start = which == T::kFirst || which == T::kFirstAgent || which == T::kFirstCustomer;
  for (const transcript::Event& e : ev.conversation().events) {
    if (at_start &&
        (e.type == transcript::EventType::kRing || e.type == transcript::EventType::kAnswer))
      return true;
    if (!at_start && e.type == transcript::EventType::kHangup) return true;
  }
  return false;
}

// True if an event of this type comes at or after the start of the last
// turn anyone spoke (or, without times, anywhere): the conversation was
// handed on there, not in its middle with the recording going on.
bool EventEndsTheTalk(const Evaluation& ev, transcript::EventType type) {
  double last_start = base::kNoTime;
  for (size_t t = ev.turn_count(); t-- > 0;) {
    if (ev.turn(t).speaker == transcript::Speaker::kSystem) continue;
    last_start = ev.turn(t).start;
    break;
  }
  for (const transcript::Event& e : ev.conversation().events) {
    if (e.type != type) continue;
    if (!base::HasTime(last_start) || !base::HasTime(e.at) || e.at >= last_start) return true;
  }
  return false;
}

}  // namespace

const std::string* LogStates::Holds(const Evaluation& ev, size_t ri) const {
  for (const NotJudgedIf& c : states_) {
    if (c.event) {
      if (EventEndsTheTalk(ev, *c.event)) return &c.reason;
      continue;
    }
    if (c.absent) {
      if (TurnOf(ev, c.turn, 0) == SIZE_MAX) return &c.reason;
      continue;
    }
    // Events outweigh a guess from the words at the log's edge; an entry
    // with no cue of its own (only `unless`: "no customer turn tells a
    // problem") is about the whole conversation, and events do not touch it.
    const bool guesses_edge =
        c.turn != NotJudgedIf::Turn::kAny && (c.list || c.none || c.question || c.min_letters);
    if (!(guesses_edge && EventsShowEnd(ev, c.turn)) && StateHolds(ev, ri, c)) return &c.reason;
  }
  return nullptr;
}

namespace {

std::string DescribeState(const Rule& r, const NotJudgedIf& c) {
  if (c.event) return "a " + std::string(transcript::Name(*c.event)) + " event";
  if (c.absent) return "no " + std::string(kTurnNames[static_cast<size_t>(c.turn)]) + " turn";
  return std::string(kTurnNames[static_cast<size_t>(c.turn)]) + " turn" +
         (c.turns > 1 ? " (any of " + std::to_string(c.turns) + ")" : "") +
         (c.list ? " has " + GroupLabel(r.phrases[*c.list]) : "") +
         (c.none ? " but not " + GroupLabel(r.phrases[*c.none]) : "") +
         (c.at_end ? " at its end" : "") + (c.at_start ? " at its start" : "") +
         (c.question ? " (a question)" : "") +
         (c.min_letters ? " of at least " + std::to_string(c.min_letters) + " letters" : "") +
         (c.unless ? ", unless the " + DescribeState(r, *c.unless) : "");
}

}  // namespace

void LogStates::Describe(const Rule& r,
                         std::vector<std::pair<std::string, std::string>>* out) const {
  for (const NotJudgedIf& c : states_)
    out->push_back({"not judged if " + DescribeState(r, c), c.reason});
}

namespace {

// Reads one state; `nested` states (under unless:) take no reason.
NotJudgedIf ReadState(const RuleReader& in, const YAML::Node& item, Rule* r, bool nested) {
  if (!item.IsMap()) in.Fail(item, "each not_judged_if entry is {turn: ..., reason: ...}");
  in.CheckKeys(
      item,
      nested ? std::set<std::string>{"turn", "turns", "speaker", "any_of", "none_of", "at_end",
                                     "at_start", "question", "min_letters", "unless", "absent"}
             : std::set<std::string>{"turn", "turns", "speaker", "any_of", "none_of", "at_end",
                                     "at_start", "question", "min_letters", "unless", "absent",
                                     "reason", "event"},
      nested ? "unless" : "not_judged_if");
  NotJudgedIf c;
  if (!nested && item["event"]) {
    in.CheckKeys(item, {"event", "reason"}, "not_judged_if with event");
    const std::string name = in.Scalar(item["event"], "event");
    c.event = transcript::ParseEventType(name);
    if (!c.event)
      in.Fail(item["event"],
              "event must be ring, answer, hold_start, hold_end, mute_start, "
              "mute_end, transfer or hangup, got '" +
                  name + "'");
    if (!item["reason"]) in.Fail(item, "not_judged_if needs a reason (shown in reports)");
    c.reason = in.Scalar(item["reason"], "reason");
    return c;
  }
  if (!item["turn"])
    in.Fail(item, "not_judged_if needs turn (first, last, first_agent, ...) or event");
  const std::string turn = in.Scalar(item["turn"], "turn");
  auto it = std::find(kTurnNames.begin(), kTurnNames.end(), turn);
  if (it == kTurnNames.end())
    in.Fail(item["turn"],
            "turn must be first, last, first_agent, last_agent, first_customer, "
            "last_customer or any, got '" +
                turn + "'");
  c.turn = static_cast<NotJudgedIf::Turn>(it - kTurnNames.begin());
  if (item["speaker"]) {
    auto sp = base::ParseSpeaker(in.Scalar(item["speaker"], "speaker"));
    if (!sp) in.Fail(item["speaker"], "speaker must be agent, customer or system");
    c.speaker = *sp;
  }
  if (item["any_of"]) {
    r->phrases.push_back(in.Phrases(item["any_of"], PhraseRole::kCue, "any_of"));
    c.list = r->phrases.size() - 1;
  }
  if (item["none_of"]) {
    r->phrases.push_back(in.Phrases(item["none_of"], PhraseRole::kCue, "none_of"));
    c.none = r->phrases.size() - 1;
  }
  c.question = item["question"] && in.Bool(item["question"], "question");
  c.at_end = item["at_end"] && in.Bool(item["at_end"], "at_end");
  if (c.at_end && !c.list && !c.none)
    in.Fail(item["at_end"], "at_end needs any_of or none_of: the cues that end the turn");
  c.at_start = item["at_start"] && in.Bool(item["at_start"], "at_start");
  if (c.at_start && !c.list && !c.none)
    in.Fail(item["at_start"], "at_start needs any_of or none_of: the cues that open the turn");
  if (item["min_letters"])
    c.min_letters = static_cast<uint32_t>(in.Integer(item["min_letters"], "min_letters", 1));
  c.absent = item["absent"] && in.Bool(item["absent"], "absent");
  if (c.absent && (c.list || c.none || c.speaker || c.question || c.min_letters))
    in.Fail(item["absent"], "absent: true holds when the turn does not exist; it takes no cues");
  if (item["turns"]) c.turns = static_cast<size_t>(in.Integer(item["turns"], "turns", 1));
  if (c.turn == NotJudgedIf::Turn::kAny) c.turns = SIZE_MAX;  // every turn
  if (item["unless"])
    c.unless = std::make_shared<const NotJudgedIf>(ReadState(in, item["unless"], r, true));
  if (!nested) {
    if (!item["reason"]) in.Fail(item, "not_judged_if needs a reason (shown in reports)");
    c.reason = in.Scalar(item["reason"], "reason");
  }
  return c;
}

}  // namespace

LogStates ReadLogStates(const RuleReader& in, const YAML::Node& list, Rule* r) {
  LogStates out;
  if (!list) return out;
  if (!list.IsSequence())
    in.Fail(list, "not_judged_if is a list of {turn: ..., any_of: [...], reason: ...}");
  for (const YAML::Node& item : list) out.states_.push_back(ReadState(in, item, r, false));
  return out;
}

}  // namespace huashu::rules
