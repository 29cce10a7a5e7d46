#include "huashu/check/checker.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <span>
#include <string>

#include "huashu/base/scoring.h"
#include "huashu/base/utf8.h"
#include "huashu/match/pii.h"
#include "huashu/rules/rule_type.h"

namespace huashu::check {

using rules::Evaluation;
using rules::Rule;
using rules::RuleType;

bool RuleApplies(const Rule& rule, const transcript::Conversation& c) {
  if (rule.channel == rules::ChannelScope::kCall && c.channel != transcript::Channel::kCall)
    return false;
  if (rule.channel == rules::ChannelScope::kChat && c.channel != transcript::Channel::kChat)
    return false;
  if (rule.direction && c.kind == transcript::Kind::kConversation && *rule.direction != c.direction)
    return false;
  if (c.kind == transcript::Kind::kTemplate) {
    return rule.type->reads_templates();
  }
  return true;
}

int Score(const std::vector<report::Violation>& violations) {
  return base::Score(base::ScoringModel{}, violations).score;
}

namespace {

// The original text of code points [from, to) of a turn, with every stretch
// of personal data that touches it replaced whole by its masked form (the
// range grows to take such a stretch in). `spans` is sorted and disjoint.
// Where the finding [span_from, span_to) lies in the result goes to *where.
std::string MaskedSlice(const std::string& text, const std::vector<uint32_t>& bytes,
                        std::span<const match::PiiSpan> spans, uint32_t from, uint32_t to,
                        std::optional<report::Span> finding, std::optional<report::Span>* where) {
  auto first = std::lower_bound(spans.begin(), spans.end(), from,
                                [](const match::PiiSpan& m, uint32_t at) { return m.end <= at; });
  if (first != spans.end() && first->begin < from && first->end > from) from = first->begin;
  for (auto m = first; m != spans.end() && m->begin < to; ++m) {
    if (m->end > to) to = m->end;
  }
  // Plain values rather than std::optional fields read under a has_value()
  // test: GCC may compare the payload of an empty optional (uninitialised
  // when the finding was built without a span) before testing it, a jump
  // on uninitialised memory that valgrind reports (tests/valgrind_test.sh).
  const bool has_finding = finding.has_value();
  const report::Span f = finding.value_or(report::Span{});
  bool has_span = false;
  report::Span span;
  std::string out;
  uint32_t out_cps = 0;
  uint32_t cp = from;
  auto next = first;
  while (cp < to) {
    if (has_finding && cp == f.start) {
      has_span = true;
      span = report::Span{out_cps, out_cps};
    }
    if (next != spans.end() && next->begin == cp) {
      const match::PiiSpan& m = *next++;
      if (has_finding && !has_span && f.start >= m.begin && f.start < m.end) {
        has_span = true;
        span = report::Span{out_cps, out_cps};
      }
      out += m.masked;
      out_cps += static_cast<uint32_t>(base::CountCodePoints(m.masked));
      cp = m.end;
    } else {
      out.append(text, bytes[cp], bytes[cp + 1] - bytes[cp]);
      ++out_cps;
      ++cp;
    }
    if (has_span && cp == f.end) span.end = out_cps;
    if (has_span && cp > f.end && span.end == span.start) span.end = out_cps;
  }
  if (where) *where = has_span ? std::optional<report::Span>(span) : std::nullopt;
  return out;
}

// Masks the personal data in every string the findings carry (one place for
// every output format: the writers print these strings as they are), and
// fills each turn finding's context: a window of the turn around the span,
// personal data masked (the text report prints it). Every stretch the
// detectors find is masked, whether or not a pii rule is enabled or flagged
// it: masking is a property of the output, not of the rulebook.
void MaskAndFillContext(const Evaluation& ctx, const CheckScratch& s, bool context,
                        std::vector<report::Violation>* violations) {
  constexpr uint32_t kAround = 40;  // characters of context either side
  std::vector<std::string> originals;
  uint32_t originals_turn = 0;
  for (report::Violation& v : *violations) {
    if (!v.turn) {
      if (s.pii.empty()) continue;
      // A conversation-level finding may quote any turn.
      for (size_t t = 0; t + 1 < s.pii_offsets.size(); ++t) {
        const uint32_t b = s.pii_offsets[t], e = s.pii_offsets[t + 1];
        if (b == e) continue;
        const auto& bytes = ctx.CodePointBytes(t);
        const std::string& text = ctx.turn(t).text;
        std::vector<match::PiiSpan> spans(s.pii.begin() + b, s.pii.begin() + e);
        originals.clear();
        for (const auto& m : spans)
          originals.push_back(text.substr(bytes[m.begin], bytes[m.end] - bytes[m.begin]));
        originals_turn = 0;
        match::MaskCopies(spans, originals, &v.text);
        match::MaskCopies(spans, originals, &v.message);
        match::MaskCopies(spans, originals, &v.suggestion);
        if (v.match) match::MaskCopies(spans, originals, &v.match->detail);
      }
      continue;
    }
    const size_t t = *v.turn - 1;
    const auto& bytes = ctx.CodePointBytes(t);
    const std::string& text = ctx.turn(t).text;
    const uint32_t length = static_cast<uint32_t>(bytes.size() - 1);
    std::span<const match::PiiSpan> spans;
    if (t + 1 < s.pii_offsets.size())
      spans = std::span<const match::PiiSpan>(s.pii.data() + s.pii_offsets[t],
                                              s.pii_offsets[t + 1] - s.pii_offsets[t]);
    if (!spans.empty()) {
      if (originals_turn != *v.turn) {
        originals.clear();
        for (const auto& m : spans)
          originals.push_back(text.substr(bytes[m.begin], bytes[m.end] - bytes[m.begin]));
        originals_turn = *v.turn;
      }
      const std::vector<match::PiiSpan> copy(spans.begin(), spans.end());
      // A finding that covers personal data shows the slice with it masked
      // whole; any other keeps its text (masked below if it quotes some).
      const bool touches =
          v.span && v.span->end <= length &&
          std::any_of(spans.begin(), spans.end(), [&](const match::PiiSpan& m) {
            return m.begin < std::max(v.span->end, v.span->start + 1) && m.end > v.span->start;
          });
      if (touches && !v.text.empty())
        v.text = MaskedSlice(text, bytes, spans, v.span->start, v.span->end, {}, nullptr);
      match::MaskCopies(copy, originals, &v.text);
      match::MaskCopies(copy, originals, &v.message);
      match::MaskCopies(copy, originals, &v.suggestion);
      if (v.match) match::MaskCopies(copy, originals, &v.match->detail);
    }
    if (!context) continue;
    // The window, widened so that it never cuts through personal data.
    uint32_t from = 0, to = length;
    if (v.span) {
      from = v.span->start > kAround ? v.span->start - kAround : 0;
      to = std::min(length, v.span->end + kAround);
    } else if (length > 2 * kAround) {
      to = 2 * kAround;
    }
    std::optional<report::Span> where;
    std::string out = MaskedSlice(text, bytes, spans, from, to, v.span, &where);
    // MaskedSlice widened the window over personal data at its edges.
    auto first = std::lower_bound(spans.begin(), spans.end(), from,
                                  [](const match::PiiSpan& m, uint32_t at) { return m.end <= at; });
    uint32_t wfrom = from, wto = to;
    if (first != spans.end() && first->begin < from && first->end > from) wfrom = first->begin;
    for (auto m = first; m != spans.end() && m->begin < to; ++m)
      if (m->end > wto) wto = m->end;
    if (wfrom > 0) {
      out.insert(0, "…");
      if (where) where->start += 1, where->end += 1;
    }
    if (wto < length) out += "…";
    v.turn_text = std::move(out);
    v.turn_span = where;
  }
}

}  // namespace

Checker::Checker(const rules::CompiledRulebook& book, CheckOptions options)
    : book_(book), options_(options) {
  const auto types = rules::RuleTypes();
  for (size_t ri = 0; ri < book.rules().size(); ++ri) {
    const Rule& r = book.rules()[ri];
    type_of_.push_back(std::find(types.begin(), types.end(), r.type) - types.begin());
    if (!r.type->judges_all_at_once()) one_by_one_rules_.push_back(ri);
  }
  for (size_t k = 0; k < types.size(); ++k) {
    if (types[k]->scans_turns()) scanning_types_.push_back(k);
    if (types[k]->judges_all_at_once()) all_at_once_types_.push_back(k);
  }
}

void Checker::Check(const transcript::Conversation& c, CheckScratch* s,
                    report::ConversationResult* out) const {
  Run(c, s, out, nullptr);
}

void Checker::Explain(const transcript::Conversation& c, CheckScratch* s,
                      report::ConversationResult* out,
                      std::vector<rules::CandidateNote>* notes) const {
  notes->clear();
  Run(c, s, out, notes);
}

void Checker::Run(const transcript::Conversation& c, CheckScratch* s,
                  report::ConversationResult* out, std::vector<rules::CandidateNote>* notes) const {
  rules::MatchedTurns& m = s->matched;
  m.cp_turn = SIZE_MAX;
  out->id = c.id;
  out->source = c.source;
  out->channel = c.channel;
  out->platform = c.platform;
  out->agent_id = c.agent_id;
  out->agent_name = c.agent_name;
  out->started_at = c.started_at;
  out->template_lines =
      c.kind == transcript::Kind::kTemplate ? static_cast<int>(c.turns.size()) : 0;
  // Ids, names and the start time as the input wrote them are printed in
  // reports: a call's id may be the caller's number, a WeCom user id the
  // agent's.
  match::MaskIdInPlace(&out->id);
  match::MaskInPlace(&out->platform);
  match::MaskIdInPlace(&out->agent_id);
  match::MaskInPlace(&out->agent_name);
  match::MaskInPlace(&out->started_at);  // as given (the HTML report shows it)
  out->violations.clear();
  out->failed_by.clear();
  out->skipped_rules.clear();
  out->not_judged.clear();
  out->suppressed = 0;
  out->set_aside.clear();
  out->agent_turns = 0;
  for (const transcript::Turn& t : c.turns)
    out->agent_turns += t.speaker == transcript::Speaker::kAgent;
  out->rulebooks = &book_.book().books();

  const auto& rules = book_.rules();
  const auto types = rules::RuleTypes();
  s->applies.resize(rules.size());
  s->by_type.resize(types.size());
  for (auto& v : s->by_type) v.clear();
  for (size_t ri = 0; ri < rules.size(); ++ri) {
    s->applies[ri] = RuleApplies(rules[ri], c);
    if (s->applies[ri]) s->by_type[type_of_[ri]].push_back(ri);
  }
  Evaluation ev(c, book_, m, out);
  ev.set_notes(notes);
  m.hits.clear();
  m.turn_offsets.assign(1, 0);
  m.turn_lengths.clear();
  m.units.clear();
  m.flags.clear();
  m.unit_offsets.assign(1, 0);
  s->pii.clear();
  s->pii_offsets.assign(1, 0);
  for (size_t t = 0; t < c.turns.size(); ++t) {
    // Folded and matched at once: a text met recently (a quick reply) has
    // both remembered.
    const std::span<const match::Hit> hits =
        s->memo.FoldAndMatch(book_.matcher(), c.turns[t].text, &s->folded, &s->match_scratch);
    m.units.insert(m.units.end(), s->folded.units.begin(),
                   s->folded.units.begin() + s->folded.size());
    m.flags.insert(m.flags.end(), s->folded.flags.begin(),
                   s->folded.flags.begin() + s->folded.size());
    m.unit_offsets.push_back(static_cast<uint32_t>(m.units.size()));
    m.hits.insert(m.hits.end(), hits.begin(), hits.end());
    m.turn_offsets.push_back(static_cast<uint32_t>(m.hits.size()));
    match::FindPersonalData(s->folded, &s->pii);
    s->pii_offsets.push_back(static_cast<uint32_t>(s->pii.size()));
    uint32_t spoken = 0;
    for (size_t i = 0; i < s->folded.size(); ++i)
      spoken += (s->folded.flags[i] & (text::kFoldNoise | text::kFoldBreak)) == 0;
    m.turn_lengths.push_back(spoken);
    // Types that read the folded text itself (detectors) see it now: it
    // lives only for this turn.
    for (const size_t k : scanning_types_) {
      if (!s->by_type[k].empty()) types[k]->ScanTurn(ev, s->by_type[k], t, s->folded);
    }
  }
  // Types that judge all their rules in one pass first, then every other
  // rule in book order (which is the order of conversation-level findings).
  for (const size_t k : all_at_once_types_) {
    if (!s->by_type[k].empty()) types[k]->Evaluate(ev, s->by_type[k]);
  }
  for (size_t ri : one_by_one_rules_) {
    if (s->applies[ri]) rules[ri].type->Evaluate(ev, {&ri, 1});
  }
  // Findings in conversation order: by turn, then position; conversation-level last.
  auto order = [](const report::Violation& a, const report::Violation& b) {
    const uint32_t ta = a.turn.value_or(UINT32_MAX);
    const uint32_t tb = b.turn.value_or(UINT32_MAX);
    if (ta != tb) return ta < tb;
    const uint32_t sa = a.span ? a.span->start : UINT32_MAX;
    const uint32_t sb = b.span ? b.span->start : UINT32_MAX;
    return sa < sb;
  };
  if (!std::is_sorted(out->violations.begin(), out->violations.end(), order))
    std::stable_sort(out->violations.begin(), out->violations.end(), order);
  MaskAndFillContext(ev, *s, options_.context, &out->violations);
  if (out->id != c.id)
    for (report::Violation& v : out->violations) v.conversation = out->id;
  out->suppressed = 0;
  if (!c.suppressions.empty()) {
    // Directives sorted by turn (0: the whole file), so each finding looks
    // only at those of its own turn: linear in findings, not findings x
    // directives.
    std::vector<const transcript::Suppression*> by_turn;
    by_turn.reserve(c.suppressions.size());
    for (const transcript::Suppression& d : c.suppressions) by_turn.push_back(&d);
    std::stable_sort(by_turn.begin(), by_turn.end(),
                     [](const auto* a, const auto* b) { return a->turn < b->turn; });
    auto matches_in = [&](uint32_t turn, const report::Violation& v) {
      auto it = std::lower_bound(by_turn.begin(), by_turn.end(), turn,
                                 [](const auto* d, uint32_t t) { return d->turn < t; });
      for (; it != by_turn.end() && (*it)->turn == turn; ++it) {
        if ((*it)->rule.empty() || (*it)->rule == v.rule) return true;
      }
      return false;
    };
    auto suppressed = [&](const report::Violation& v) {
      return matches_in(0, v) || (v.turn && *v.turn != 0 && matches_in(*v.turn, v));
    };
    const size_t before = out->violations.size();
    out->violations.erase(
        std::remove_if(out->violations.begin(), out->violations.end(), suppressed),
        out->violations.end());
    out->suppressed = static_cast<int>(before - out->violations.size());
  }
  base::ScoreOutcome scored = base::Score(book_.book().scoring(), out->violations);
  out->score = scored.score;
  out->failed_by = std::move(scored.failed_by);
  out->scoring = &book_.book().scoring();
}

}  // namespace huashu::check
