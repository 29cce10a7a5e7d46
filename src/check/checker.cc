#include "huashu/check/checker.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "context.h"
#include "huashu/check/pii.h"
#include "huashu/base/utf8.h"

namespace huashu::check {

using rules::Rule;
using rules::RuleType;

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

std::string GroupLabel(const rules::PhraseList& list) {
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

const match::Hit* Context::FindHit(size_t t, std::span<const uint32_t> sets) const {
  for (const match::Hit& h : TurnHits(t)) {
    if (std::find(sets.begin(), sets.end(), h.set) != sets.end()) return &h;
  }
  return nullptr;
}

report::Violation Context::Make(const Rule& r, std::string message) const {
  report::Violation v;
  v.rule = r.id;
  v.category = std::string(rules::Name(r.category));
  v.severity = std::string(rules::Name(r.severity));
  v.message = std::move(message);
  v.suggestion = r.suggestion;
  v.conversation = c_.id;
  v.source = c_.source;
  return v;
}

report::Violation Context::MakeAt(const Rule& r, std::string message, size_t t,
                                  const match::Hit* hit) const {
  report::Violation v = Make(r, std::move(message));
  const transcript::Turn& turn = c_.turns[t];
  v.turn = static_cast<uint32_t>(t + 1);
  v.speaker = turn.speaker;
  v.time = turn.start;
  if (turn.line) v.source.line = turn.line;
  if (hit) {
    v.span = report::Span{hit->begin, hit->end};
    v.text = Slice(t, hit->begin, hit->end);
    // Template lines are the turn text itself, so the span is a column.
    if (c_.kind == transcript::Kind::kTemplate) v.column = hit->begin + 1;
  }
  return v;
}

const std::vector<uint32_t>& Context::CodePointBytes(size_t t) const {
  if (s_.cp_turn != t) {
    const std::string& s = c_.turns[t].text;
    s_.cp_bytes.clear();
    for (uint32_t i = 0; i < s.size(); ++i) {
      if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) s_.cp_bytes.push_back(i);
    }
    s_.cp_bytes.push_back(static_cast<uint32_t>(s.size()));
    s_.cp_turn = t;
  }
  return s_.cp_bytes;
}

std::string Context::Slice(size_t t, uint32_t begin, uint32_t end) const {
  const auto& bytes = CodePointBytes(t);
  const uint32_t last = static_cast<uint32_t>(bytes.size() - 1);
  const uint32_t b = bytes[std::min(begin, last)], e = bytes[std::min(end, last)];
  return c_.turns[t].text.substr(b, e - b);
}

bool RuleApplies(const Rule& rule, const transcript::Conversation& c) {
  if (rule.channel == rules::ChannelScope::kCall && c.channel != transcript::Channel::kCall)
    return false;
  if (rule.channel == rules::ChannelScope::kChat && c.channel != transcript::Channel::kChat)
    return false;
  if (c.kind == transcript::Kind::kTemplate) {
    return rule.type == RuleType::kForbidden || rule.type == RuleType::kPii;
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

// `hits`: the matcher's hits in this turn. An allow phrase of rule `ri`
// that overlaps a detected item, or ends at most 3 characters before it
// (订单号：…), means the digits are not personal data.
void DetectPiiInTurn(Context& ctx, size_t ri, size_t t, const text::FoldedText& folded,
                     const std::vector<match::Hit>& hits) {
  const Rule& r = ctx.book().rules()[ri];
  PiiKind kind;
  if (!ParsePiiKind(r.detector, &kind)) return;
  std::vector<PiiFinding> found;
  DetectPii(kind, folded, &found);
  const auto allow = ctx.book().Sets(ri, "allow");
  for (const PiiFinding& f : found) {
    const bool allowed = std::any_of(hits.begin(), hits.end(), [&](const match::Hit& a) {
      if (std::find(allow.begin(), allow.end(), a.set) == allow.end()) return false;
      const bool overlaps = a.ubegin < f.uend && a.uend > f.ubegin;
      return overlaps || (a.uend <= f.ubegin && f.ubegin - a.uend <= 3);
    });
    if (allowed) continue;
    match::Hit h;
    h.ubegin = f.ubegin;
    h.uend = f.uend;
    h.begin = folded.OriginBegin(f.ubegin);
    h.end = folded.OriginEnd(f.uend);
    report::Violation v = ctx.MakeAt(
        r, FormatMessage(r.message, {{"match", f.masked}, {"kind", std::string(PiiLabel(kind))}}),
        t, &h);
    v.text = f.masked;  // never the data itself
    v.match = report::MatchInfo{"detector", r.detector, std::string(PiiLabel(kind))};
    ctx.Emit(std::move(v));
  }
}

// Fills each turn finding's context: a window of the turn around the span,
// with the personal data that pii findings flag masked, so that no report
// shows it (the text report prints this context).
void FillContext(const Context& ctx, std::vector<report::Violation>* violations) {
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

bool MayHoldPersonalData(const text::FoldedText& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    const uint32_t u = t.units[i];
    if ((u >= '0' && u <= '9') || u == '@') return true;
  }
  return false;
}

}  // namespace

Checker::Checker(const rules::CompiledRulebook& book) : book_(book) {
  for (size_t ri = 0; ri < book.rules().size(); ++ri) {
    if (book.rules()[ri].type == RuleType::kPii) pii_rules_.push_back(ri);
  }
}

void Checker::Check(const transcript::Conversation& c, CheckScratch* s,
                    report::ConversationResult* out) const {
  s->cp_turn = SIZE_MAX;
  out->id = c.id;
  out->source = c.source;
  out->channel = c.channel;
  out->platform = c.platform;
  out->agent_id = c.agent_id;
  out->agent_name = c.agent_name;
  out->violations.clear();
  out->skipped_rules.clear();
  out->suppressed = 0;
  out->rulebooks = &book_.book().books();

  const auto& rules = book_.rules();
  s->applies.resize(rules.size());
  for (size_t ri = 0; ri < rules.size(); ++ri) s->applies[ri] = RuleApplies(rules[ri], c);
  Context ctx(c, book_, *s, out);
  s->hits.clear();
  s->turn_offsets.assign(1, 0);
  s->turn_lengths.clear();
  for (size_t t = 0; t < c.turns.size(); ++t) {
    const transcript::Turn& turn = c.turns[t];
    text::Fold(turn.text, &s->folded);
    book_.matcher().Match(s->folded, &s->turn_hits);
    s->hits.insert(s->hits.end(), s->turn_hits.begin(), s->turn_hits.end());
    s->turn_offsets.push_back(static_cast<uint32_t>(s->hits.size()));
    uint32_t spoken = 0;
    for (size_t i = 0; i < s->folded.size(); ++i)
      spoken += (s->folded.flags[i] & (text::kFoldNoise | text::kFoldBreak)) == 0;
    s->turn_lengths.push_back(spoken);
    // Detectors need the folded text, which lives only for this turn. Every
    // detector looks for digits or '@'; most turns have neither.
    if (!pii_rules_.empty() && MayHoldPersonalData(s->folded)) {
      for (size_t ri : pii_rules_) {
        const Rule& r = rules[ri];
        if (rules::SpeakerMatches(r.speaker, turn.speaker) && s->applies[ri])
          DetectPiiInTurn(ctx, ri, t, s->folded, s->turn_hits);
      }
    }
  }
  CheckForbidden(ctx, s->applies);
  for (size_t ri = 0; ri < rules.size(); ++ri) {
    const Rule& r = rules[ri];
    if (!s->applies[ri]) continue;
    switch (r.type) {
      case RuleType::kForbidden:
        break;  // done above, all rules in one pass
      case RuleType::kRequired:
        CheckRequired(ctx, ri);
        break;
      case RuleType::kPii:
        break;  // done per turn above
      default:
        CheckScenario(ctx, ri, s->turn_lengths);
        break;
    }
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
  FillContext(ctx, &out->violations);
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
