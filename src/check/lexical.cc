// Evaluators of the lexical rule types: forbidden and required.

#include <algorithm>
#include <string>

#include "context.h"
#include "huashu/text/fold.h"
#include "huashu/base/utf8.h"

namespace huashu::check {
namespace {

using match::Hit;
using match::MatchHow;
using rules::Rule;

std::string PinyinOf(std::string_view phrase) {
  std::string out;
  for (char32_t c : text::FoldToCodePoints(phrase)) {
    const std::string_view s = text::PinyinSpelling(text::PinyinSyllable(c));
    if (s.empty()) continue;
    if (!out.empty()) out += ' ';
    out += s;
  }
  return out;
}

// Explains how `hit` matched `phrase` ("威信 ≈ 微信（拼音 wei xin）").
report::MatchInfo Explain(const Hit& hit, const std::string& matched, const std::string& phrase) {
  report::MatchInfo m;
  m.phrase = phrase;
  switch (hit.how) {
    case MatchHow::kExact:
      m.how = matched == phrase ? "exact" : "normalized";
      if (matched != phrase)
        m.detail = matched + " → " + phrase + "（全半角/大小写/繁简归一后相同）";
      break;
    case MatchHow::kNoise:
      m.how = "noise";
      m.detail =
          matched + " → " + phrase + "（跳过 " + std::to_string(hit.skipped) + " 个间隔字符）";
      break;
    case MatchHow::kRepeat:
      m.how = "repeat";
      m.detail = matched + " → " + phrase + "（合并重复字符）";
      break;
    case MatchHow::kPinyin:
      m.how = "pinyin";
      m.detail = matched + " ≈ " + phrase + "（拼音 " + PinyinOf(phrase) + "）";
      break;
  }
  return m;
}

}  // namespace

void CheckForbidden(Context& ctx, const std::vector<bool>& applies) {
  const rules::CompiledRulebook& book = ctx.book();
  std::vector<const Hit*> found, allows;
  for (size_t t = 0; t < ctx.turn_count(); ++t) {
    const auto hits = ctx.TurnHits(t);
    found.clear();
    allows.clear();
    for (const Hit& h : hits) {
      if (book.set(h.set).allow) allows.push_back(&h);
    }
    for (const Hit& h : hits) {
      const auto& set = book.set(h.set);
      if (!set.forbidden_words || !applies[set.rule]) continue;
      const Rule& r = book.rules()[set.rule];
      if (!rules::SpeakerMatches(r.speaker, ctx.turn(t).speaker)) continue;
      // A longer allowed phrase of the same rule around the word wins
      // (查清楚 over 清楚).
      const bool allowed = std::any_of(allows.begin(), allows.end(), [&](const Hit* a) {
        return book.set(a->set).rule == set.rule && a->ubegin <= h.ubegin && a->uend >= h.uend;
      });
      if (!allowed) found.push_back(&h);
    }
    // One finding per stretch of text and rule: words of one rule that
    // overlap (什么 inside 你说什么; 五星好评 and 好评返现 in 五星好评返现) are one
    // finding over their union, explained by its longest word.
    std::stable_sort(found.begin(), found.end(), [&](const Hit* a, const Hit* b) {
      const uint32_t ra = book.set(a->set).rule, rb = book.set(b->set).rule;
      return ra != rb ? ra < rb : a->ubegin < b->ubegin;
    });
    for (size_t i = 0; i < found.size();) {
      const uint32_t rule = book.set(found[i]->set).rule;
      const Hit* longest = found[i];
      Hit merged = *found[i];
      size_t j = i + 1;
      while (j < found.size() && book.set(found[j]->set).rule == rule &&
             found[j]->ubegin < merged.uend) {
        if (found[j]->uend > merged.uend) {
          merged.uend = found[j]->uend;
          merged.end = found[j]->end;
        }
        if (found[j]->uend - found[j]->ubegin > longest->uend - longest->ubegin) longest = found[j];
        ++j;
      }
      i = j;
      const Rule& r = book.rules()[rule];
      const std::string& phrase = book.set(longest->set).list->phrases[longest->word];
      const std::string matched = ctx.Slice(t, merged.begin, merged.end);
      report::Violation v = ctx.MakeAt(
          r, FormatMessage(r.message, {{"match", matched}, {"word", phrase}}), t, &merged);
      v.match = Explain(*longest, ctx.Slice(t, longest->begin, longest->end), phrase);
      ctx.Emit(std::move(v));
    }
  }
}

void CheckRequired(Context& ctx, size_t ri) {
  const Rule& r = ctx.book().rules()[ri];
  std::vector<size_t> scoped;
  for (size_t t = 0; t < ctx.turn_count(); ++t) {
    if (rules::SpeakerMatches(r.speaker, ctx.turn(t).speaker)) scoped.push_back(t);
  }
  if (scoped.empty()) {
    ctx.Skip(r);
    return;
  }
  if (r.scope_first > 0 && scoped.size() > static_cast<size_t>(r.scope_first)) {
    // "The first N turns" means the first N messages and the burst that
    // continues them before the other side speaks: a greeting is often sent
    // as two chat bubbles (亲，您好~ / 很高兴为您服务).
    size_t keep = r.scope_first;
    while (keep < scoped.size() && scoped[keep] == scoped[keep - 1] + 1) ++keep;
    scoped.resize(keep);
  }
  if (r.scope_last > 0 && scoped.size() > static_cast<size_t>(r.scope_last))
    scoped.erase(scoped.begin(), scoped.end() - r.scope_last);

  const auto groups = ctx.book().Sets(ri, "group");
  std::string missing;
  // in_order: each group must have a hit after the previous group's chosen
  // hit; taking the earliest such hit is optimal, so a goodbye said early
  // and again at the end (再见 … 还有什么可以帮您 … 再见) is in order.
  std::pair<size_t, uint32_t> after{0, 0};
  bool first_group = true, out_of_order = false;
  for (uint32_t g : groups) {
    const rules::PhraseList& list = *ctx.book().set(g).list;
    bool present = false, in_order = false;
    for (size_t t : scoped) {
      for (const Hit& h : ctx.TurnHits(t)) {
        if (h.set != g) continue;
        present = true;
        const std::pair<size_t, uint32_t> at{t, h.ubegin};
        if (first_group || at >= after) {
          after = {t, h.uend};
          in_order = true;
          break;
        }
      }
      if (in_order) break;
    }
    if (!present) {
      if (!missing.empty()) missing += "、";
      missing += GroupLabel(list);
    } else if (!in_order) {
      out_of_order = true;
    }
    if (present) first_group = false;
  }
  // A greeting judged on one turn points at it; everything else (a missing
  // closing, say) is about the whole conversation: turn and span are null.
  const size_t at = scoped.front();
  const bool one_turn = scoped.size() == 1 && r.scope_first > 0;
  if (!missing.empty()) {
    report::Violation v = one_turn ? ctx.MakeAt(r, "", at, nullptr) : ctx.Make(r, "");
    v.message = FormatMessage(r.message, {{"missing", missing}});
    ctx.Emit(std::move(v));
  } else if (r.in_order && out_of_order) {
    std::string names;
    for (uint32_t g : groups) {
      if (!names.empty()) names += " → ";
      names += GroupLabel(*ctx.book().set(g).list);
    }
    report::Violation v = one_turn ? ctx.MakeAt(r, "", at, nullptr) : ctx.Make(r, "");
    v.message = FormatMessage(r.message, {{"missing", "顺序不对（应依次：" + names + "）"}});
    ctx.Emit(std::move(v));
  }
}

}  // namespace huashu::check
