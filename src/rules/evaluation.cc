#include "huashu/rules/evaluation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "huashu/base/utf8.h"

namespace huashu::rules {

std::string FormatMessage(std::string_view tmpl, std::initializer_list<Placeholder> values) {
  std::string out;
  out.reserve(tmpl.size() + 16);
  size_t i = 0;
  while (i < tmpl.size()) {
    if (tmpl[i] == '{') {
      const size_t close = tmpl.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view name = tmpl.substr(i + 1, close - i - 1);
        auto it = std::find_if(values.begin(), values.end(),
                               [&](const Placeholder& p) { return p.name == name; });
        if (it != values.end()) {
          out += it->value;
          i = close + 1;
          continue;
        }
      }
    }
    out += tmpl[i++];
  }
  return out;
}

std::string GroupLabel(const PhraseList& list) {
  return list.name.empty() ? "「" + list.phrases.front() + "」等" : list.name;
}

std::string FormatSeconds(double s) {
  char buf[400];
  if (!std::isfinite(s) || std::fabs(s) >= 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", s);
  } else if (s == static_cast<double>(static_cast<long long>(s))) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(s));
  } else {
    std::snprintf(buf, sizeof buf, "%.1f", s);
  }
  return buf;
}

const match::Hit* Evaluation::FindHit(size_t t, std::span<const uint32_t> sets) const {
  // Most rules look for one set: one compare per hit, not a search of `sets`.
  if (sets.size() == 1) {
    const uint32_t set = sets[0];
    for (const match::Hit& h : TurnHits(t)) {
      if (h.set == set) return &h;
    }
    return nullptr;
  }
  for (const match::Hit& h : TurnHits(t)) {
    if (std::find(sets.begin(), sets.end(), h.set) != sets.end()) return &h;
  }
  return nullptr;
}

std::span<const uint32_t> Evaluation::TurnsWith(uint32_t set) const {
  if (set >= book_.set_count()) return {};
  if (const uint32_t slot = book_.TurnSlot(set); slot != CompiledRulebook::kNoTurnSlot) {
    if (!m_.slot_turns_built) IndexTurnsBySlot();
    return {m_.slot_turns.data() + m_.slot_turn_offsets[slot],
            m_.slot_turns.data() + m_.slot_turn_end[slot]};
  }
  if (!m_.set_turns_built) IndexTurnsBySet();
  return {m_.set_turns.data() + m_.set_turn_offsets[set],
          m_.set_turns.data() + m_.set_turn_end[set]};
}

// As IndexTurnsBySet, for the sets with a turn slot alone: a conversation
// has thousands of hits (cue words, one-character pattern parts) and the
// book thousands of sets, of which the rules that read TurnsWith use a few
// dozen. One pass notes the hits of those sets; the counting sort then
// reads only them.
void Evaluation::IndexTurnsBySlot() const {
  const size_t slots = book_.turn_slot_count();
  std::vector<uint32_t>& begin = m_.slot_turn_offsets;
  std::vector<uint32_t>& end = m_.slot_turn_end;
  auto& noted = m_.slot_hits;
  begin.assign(slots + 1, 0);
  noted.clear();
  const uint32_t turns = static_cast<uint32_t>(c_.turns.size());
  for (uint32_t t = 0; t < turns; ++t) {
    for (const match::Hit& h : TurnHits(t)) {
      const uint32_t slot = book_.TurnSlot(h.set);
      if (slot == CompiledRulebook::kNoTurnSlot) continue;
      ++begin[slot + 1];
      noted.push_back({slot, t});
    }
  }
  for (size_t s = 0; s < slots; ++s) begin[s + 1] += begin[s];
  end.assign(begin.begin(), begin.end() - 1);
  m_.slot_turns.resize(noted.size());
  for (const auto& [slot, t] : noted) {
    uint32_t& at = end[slot];
    if (at == begin[slot] || m_.slot_turns[at - 1] != t) m_.slot_turns[at++] = t;
  }
  m_.slot_turns_built = true;
}

// A counting sort of the conversation's hits by set, keeping each set's
// turns once: turns are read in order, so a turn already written last for
// the set is a repeat. A set's room is counted in hits, not turns (no
// second pass to count turns); set_turn_end says where its turns end.
void Evaluation::IndexTurnsBySet() const {
  const size_t sets = book_.set_count();
  std::vector<uint32_t>& begin = m_.set_turn_offsets;
  std::vector<uint32_t>& end = m_.set_turn_end;
  begin.assign(sets + 1, 0);
  for (const match::Hit& h : m_.hits) ++begin[h.set + 1];
  for (size_t s = 0; s < sets; ++s) begin[s + 1] += begin[s];
  end.assign(begin.begin(), begin.end() - 1);
  m_.set_turns.resize(m_.hits.size());
  const uint32_t turns = static_cast<uint32_t>(c_.turns.size());
  for (uint32_t t = 0; t < turns; ++t) {
    for (const match::Hit& h : TurnHits(t)) {
      uint32_t& at = end[h.set];
      if (at == begin[h.set] || m_.set_turns[at - 1] != t) m_.set_turns[at++] = t;
    }
  }
  m_.set_turns_built = true;
}

void Evaluation::Note(const Rule& r, size_t t, const match::Hit& h, bool kept, std::string reason,
                      std::string_view shown) {
  if (!notes_) return;
  CandidateNote n;
  n.rule = r.id;
  n.turn = t;
  n.span = base::Span{h.begin, h.end};
  if (h.set == match::kNoPhraseSet) {
    n.text = std::string(shown);
    n.phrase = std::string(shown);
  } else {
    n.text = Slice(t, h.begin, h.end);
    n.phrase = book_.set(h.set).list->phrases[h.word];
  }
  n.kept = kept;
  n.reason = std::move(reason);
  notes_->push_back(std::move(n));
}

Evaluation::Evaluation(const transcript::Conversation& c, const CompiledRulebook& book,
                       MatchedTurns& m, base::ConversationResult* out)
    : c_(c), book_(book), m_(m), out_(out) {
  m_.slot_turns_built = false;
  m_.set_turns_built = false;
  // One pass keeping the last agent and the last customer turn, so that
  // PreviousOther costs O(1) (the capacity is reused across conversations).
  size_t last_agent = SIZE_MAX, last_customer = SIZE_MAX;
  m_.previous_other.resize(c.turns.size());
  for (size_t t = 0; t < c.turns.size(); ++t) {
    switch (c.turns[t].speaker) {
      case transcript::Speaker::kAgent:
        m_.previous_other[t] = last_customer;
        last_agent = t;
        break;
      case transcript::Speaker::kCustomer:
        m_.previous_other[t] = last_agent;
        last_customer = t;
        break;
      case transcript::Speaker::kSystem:  // either side is "another speaker"
        m_.previous_other[t] = last_agent == SIZE_MAX      ? last_customer
                               : last_customer == SIZE_MAX ? last_agent
                                                           : std::max(last_agent, last_customer);
        break;
    }
  }
}

base::Violation Evaluation::Make(const Rule& r, std::string message) const {
  base::Violation v;
  v.rule = r.id;
  v.category = std::string(base::Name(r.category));
  v.severity = std::string(base::Name(r.severity));
  v.message = std::move(message);
  v.suggestion = r.suggestion;
  v.clause = r.clause;
  v.conversation = c_.id;
  v.source = c_.source;
  return v;
}

base::Violation Evaluation::MakeAt(const Rule& r, std::string message, size_t t,
                                   const match::Hit* hit) const {
  base::Violation v = Make(r, std::move(message));
  const transcript::Turn& turn = c_.turns[t];
  v.turn = static_cast<uint32_t>(t + 1);
  v.speaker = turn.speaker;
  v.time = turn.start;
  if (turn.line) v.source.line = turn.line;
  if (hit) {
    v.span = base::Span{hit->begin, hit->end};
    v.text = Slice(t, hit->begin, hit->end);
    // Template lines are the turn text itself, so the span is a column.
    if (c_.kind == transcript::Kind::kTemplate) v.column = hit->begin + 1;
  }
  return v;
}

const std::vector<uint32_t>& Evaluation::CodePointBytes(size_t t) const {
  if (m_.cp_turn != t) {
    // Stepped as the fold steps: counting lead bytes only put the fold's
    // offsets past the end of this table for stray continuation bytes.
    base::CodePointByteOffsets(c_.turns[t].text, &m_.cp_bytes);
    m_.cp_turn = t;
  }
  return m_.cp_bytes;
}

std::string Evaluation::Slice(size_t t, uint32_t begin, uint32_t end) const {
  const auto& bytes = CodePointBytes(t);
  const uint32_t last = static_cast<uint32_t>(bytes.size() - 1);
  const uint32_t b = bytes[std::min(begin, last)], e = bytes[std::min(end, last)];
  return c_.turns[t].text.substr(b, e - b);
}

}  // namespace huashu::rules
