#include "huashu/check/checker.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "huashu/base/utf8.h"
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
  if (c.kind == transcript::Kind::kTemplate) {
    return rule.type->reads_templates();
  }
  return true;
}

int Score(const std::vector<report::Violation>& violations) {
  int score = 100;
  for (const report::Violation& v : violations) {
    score -= v.severity == "error" ? 10 : v.severity == "warning" ? 3 : 1;
  }
  return std::max(score, 0);
}

namespace {

// Fills each turn finding's context: a window of the turn around the span,
// with the personal data that pii findings flag masked, so that no report
// shows it (the text report prints this context).
void FillContext(const Evaluation& ctx, std::vector<report::Violation>* violations) {
  constexpr uint32_t kAround = 40;  // characters of context either side
  struct Mask {
    uint32_t start, end;
    const std::string* text;
  };
  std::vector<Mask> masks;
  uint32_t masks_turn = 0;
  for (report::Violation& v : *violations) {
    if (!v.turn) continue;
    const size_t t = *v.turn - 1;
    const auto& bytes = ctx.CodePointBytes(t);
    const std::string& text = ctx.turn(t).text;
    const uint32_t length = static_cast<uint32_t>(bytes.size() - 1);
    if (masks_turn != *v.turn) {
      masks.clear();
      for (const report::Violation& p : *violations) {
        if (p.category == "pii" && p.turn == v.turn && p.span)
          masks.push_back({p.span->start, p.span->end, &p.text});
      }
      std::sort(masks.begin(), masks.end(),
                [](const Mask& a, const Mask& b) { return a.start < b.start; });
      masks_turn = *v.turn;
    }
    // The window, widened so that it never cuts through personal data.
    uint32_t from = 0, to = length;
    if (v.span) {
      from = v.span->start > kAround ? v.span->start - kAround : 0;
      to = std::min(length, v.span->end + kAround);
    } else if (length > 2 * kAround) {
      to = 2 * kAround;
    }
    for (const Mask& m : masks) {
      if (m.start < from && m.end > from) from = m.start;
      if (m.start < to && m.end > to) to = m.end;
    }
    std::string out;
    uint32_t out_cps = 0;
    std::optional<report::Span> span;
    if (from > 0) out = "…", out_cps = 1;
    uint32_t cp = from;
    size_t next_mask = 0;
    while (next_mask < masks.size() && masks[next_mask].end <= from) ++next_mask;
    while (cp < to) {
      if (v.span && cp == v.span->start) span = report::Span{out_cps, out_cps};
      if (next_mask < masks.size() && masks[next_mask].start == cp) {
        const Mask& m = masks[next_mask++];
        out += *m.text;
        out_cps += static_cast<uint32_t>(base::CountCodePoints(*m.text));
        cp = m.end;
      } else {
        out.append(text, bytes[cp], bytes[cp + 1] - bytes[cp]);
        ++out_cps;
        ++cp;
      }
      if (span && v.span && cp == v.span->end) span->end = out_cps;
      if (span && v.span && cp > v.span->end && span->end == span->start) span->end = out_cps;
    }
    if (to < length) out += "…";
    v.turn_text = std::move(out);
    v.turn_span = span;
  }
}

}  // namespace

Checker::Checker(const rules::CompiledRulebook& book, CheckOptions options)
    : book_(book), options_(options) {
  const auto types = rules::RuleTypes();
  for (const Rule& r : book.rules()) {
    type_of_.push_back(std::find(types.begin(), types.end(), r.type) - types.begin());
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
  out->violations.clear();
  out->skipped_rules.clear();
  out->not_judged.clear();
  out->suppressed = 0;
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
  for (size_t t = 0; t < c.turns.size(); ++t) {
    text::Fold(c.turns[t].text, &s->folded);
    m.units.insert(m.units.end(), s->folded.units.begin(),
                   s->folded.units.begin() + s->folded.size());
    m.flags.insert(m.flags.end(), s->folded.flags.begin(),
                   s->folded.flags.begin() + s->folded.size());
    m.unit_offsets.push_back(static_cast<uint32_t>(m.units.size()));
    book_.matcher().Match(s->folded, &s->turn_hits, &s->match_scratch);
    m.hits.insert(m.hits.end(), s->turn_hits.begin(), s->turn_hits.end());
    m.turn_offsets.push_back(static_cast<uint32_t>(m.hits.size()));
    uint32_t spoken = 0;
    for (size_t i = 0; i < s->folded.size(); ++i)
      spoken += (s->folded.flags[i] & (text::kFoldNoise | text::kFoldBreak)) == 0;
    m.turn_lengths.push_back(spoken);
    // Types that read the folded text itself (detectors) see it now: it
    // lives only for this turn.
    for (size_t k = 0; k < types.size(); ++k) {
      if (types[k]->scans_turns() && !s->by_type[k].empty())
        types[k]->ScanTurn(ev, s->by_type[k], t, s->folded);
    }
  }
  // Types that judge all their rules in one pass first, then every other
  // rule in book order (which is the order of conversation-level findings).
  for (size_t k = 0; k < types.size(); ++k) {
    if (types[k]->judges_all_at_once() && !s->by_type[k].empty())
      types[k]->Evaluate(ev, s->by_type[k]);
  }
  for (size_t ri = 0; ri < rules.size(); ++ri) {
    if (s->applies[ri] && !rules[ri].type->judges_all_at_once())
      rules[ri].type->Evaluate(ev, {&ri, 1});
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
  if (options_.context) FillContext(ev, &out->violations);
  out->suppressed = 0;
  if (!c.suppressions.empty()) {
    auto suppressed = [&](const report::Violation& v) {
      for (const transcript::Suppression& s : c.suppressions) {
        const bool turn = s.turn == 0 || (v.turn && *v.turn == s.turn);
        if (turn && (s.rule.empty() || s.rule == v.rule)) return true;
      }
      return false;
    };
    const size_t before = out->violations.size();
    out->violations.erase(
        std::remove_if(out->violations.begin(), out->violations.end(), suppressed),
        out->violations.end());
    out->suppressed = static_cast<int>(before - out->violations.size());
  }
  out->score = Score(out->violations);
}

}  // namespace huashu::check
