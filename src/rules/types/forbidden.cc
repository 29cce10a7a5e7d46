// type: forbidden — words an agent must not say. Every forbidden rule is
// judged in one pass over the turn's hits: an allow phrase of the same rule
// around a word wins (查清楚 over 清楚), and words of one rule that overlap
// make one finding over their union, explained by the longest word; when
// the union is more than that word, match.detail names every word in it.

#include <algorithm>

#include "../rule_reader.h"
#include "huashu/rules/condition.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "huashu/text/fold.h"

namespace huashu::rules {
namespace {

using match::Hit;
using match::MatchHow;

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
base::MatchInfo Explain(const Hit& hit, const std::string& matched, const std::string& phrase) {
  base::MatchInfo m;
  m.phrase = phrase;
  switch (hit.how) {
    case MatchHow::kExact:
      m.how = matched == phrase ? "exact" : "normalized";
      if (matched != phrase) {
        // Folding drops the spaces of speech-recognition text (text/fold.h).
        std::string unspaced;
        for (char ch : matched)
          if (ch != ' ') unspaced += ch;
        const bool spaced =
            unspaced.size() != matched.size() || matched.find("\u3000") != std::string::npos;
        m.detail = matched + " → " + phrase +
                   (!spaced              ? "（全半角/大小写/繁简归一后相同）"
                    : unspaced == phrase ? "（去掉字间空格后相同）"
                                         : "（去掉字间空格、全半角/大小写/繁简归一后相同）");
      }
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

struct ForbiddenParams : RuleParams {
  std::shared_ptr<const HitConditions> conditions;
};

class ForbiddenType final : public RuleType {
 public:
  std::string_view name() const override { return "forbidden"; }
  std::vector<std::string_view> placeholders() const override { return {"match", "word"}; }
  std::vector<std::string_view> keys() const override {
    return {"words", "allow", "variants", kUnlessKey, kOnlyIfKey};
  }
  bool reads_templates() const override { return true; }
  bool judges_all_at_once() const override { return true; }

  void Read(RuleReader& in, Rule* r) const override {
    const YAML::Node& node = in.rule();
    if (!node["words"]) in.Fail(node, "forbidden rule '" + r->id + "' needs words");
    r->phrases.push_back(in.Phrases(node["words"], PhraseRole::kWords, "words"));
    if (node["allow"]) r->phrases.push_back(in.Phrases(node["allow"], PhraseRole::kAllow, "allow"));
    auto p = std::make_shared<ForbiddenParams>();
    p->conditions = ReadHitConditions(in, node, r);
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    for (const std::string& line : r.Params<ForbiddenParams>().conditions->Describe(r))
      out->push_back({"condition", line});
  }

  void Evaluate(Evaluation& ev, std::span<const size_t> rules) const override {
    const CompiledRulebook& book = ev.book();
    std::vector<bool> judged(book.rules().size());
    for (size_t ri : rules) judged[ri] = true;
    std::vector<const Hit*> found, allows;
    for (size_t t = 0; t < ev.turn_count(); ++t) {
      const auto hits = ev.TurnHits(t);
      // Most turns hold no forbidden word: they are left after one look at
      // their hits, without gathering allow phrases.
      if (std::none_of(hits.begin(), hits.end(), [&](const Hit& h) {
            const auto& set = book.set(h.set);
            return set.role() == PhraseRole::kWords && judged[set.rule];
          }))
        continue;
      found.clear();
      allows.clear();
      for (const Hit& h : hits) {
        if (book.set(h.set).role() == PhraseRole::kAllow) allows.push_back(&h);
      }
      for (const Hit& h : hits) {
        const auto& set = book.set(h.set);
        if (set.role() != PhraseRole::kWords || !judged[set.rule]) continue;
        const Rule& r = book.rules()[set.rule];
        if (!SpeakerMatches(r.speaker, ev.turn(t).speaker)) continue;
        auto allow = std::find_if(allows.begin(), allows.end(), [&](const Hit* a) {
          return book.set(a->set).rule == set.rule && a->ubegin <= h.ubegin && a->uend >= h.uend;
        });
        if (allow != allows.end()) {
          const std::string& phrase = book.set((*allow)->set).list->phrases[(*allow)->word];
          ev.SetAside(r, "allow:" + phrase);
          if (ev.explaining()) ev.Note(r, t, h, false, "allow 「" + phrase + "」");
          continue;
        }
        if (!r.Params<ForbiddenParams>().conditions->Admit(ev, {set.rule, t, &h})) continue;
        if (ev.explaining()) ev.Note(r, t, h, true, "");
        found.push_back(&h);
      }
      // One finding per stretch of text and rule: words of one rule that
      // overlap (什么 inside 你说什么) are one finding over their union.
      std::stable_sort(found.begin(), found.end(), [&](const Hit* a, const Hit* b) {
        const uint32_t ra = book.set(a->set).rule, rb = book.set(b->set).rule;
        return ra != rb ? ra < rb : a->ubegin < b->ubegin;
      });
      for (size_t i = 0; i < found.size();) {
        const uint32_t rule = book.set(found[i]->set).rule;
        const Hit* longest = found[i];
        Hit merged = *found[i];
        std::vector<const Hit*> parts{found[i]};
        size_t j = i + 1;
        while (j < found.size() && book.set(found[j]->set).rule == rule &&
               found[j]->ubegin < merged.uend) {
          if (found[j]->uend > merged.uend) {
            merged.uend = found[j]->uend;
            merged.end = found[j]->end;
          }
          if (found[j]->uend - found[j]->ubegin > longest->uend - longest->ubegin)
            longest = found[j];
          parts.push_back(found[j]);
          ++j;
        }
        i = j;
        const Rule& r = book.rules()[rule];
        const std::string& phrase = book.set(longest->set).list->phrases[longest->word];
        const std::string matched = ev.Slice(t, merged.begin, merged.end);
        base::Violation v = ev.MakeAt(
            r, FormatMessage(r.message, {{"match", matched}, {"word", phrase}}), t, &merged);
        v.match = Explain(*longest, ev.Slice(t, longest->begin, longest->end), phrase);
        if (merged.ubegin != longest->ubegin || merged.uend != longest->uend) {
          // 好评返 + 返现 → 「好评返现」: one finding, every listed word named.
          std::string words;
          for (const Hit* p : parts) {
            const std::string& w = book.set(p->set).list->phrases[p->word];
            if (words.find("「" + w + "」") == std::string::npos) words += "「" + w + "」";
          }
          v.match->detail = matched + " 含重叠的词 " + words + "，合为一处" +
                            (v.match->detail.empty() ? "" : "；" + v.match->detail);
        }
        ev.Emit(std::move(v));
      }
    }
  }
};

}  // namespace

const RuleType* ForbiddenRuleType() {
  static const ForbiddenType type;
  return &type;
}

}  // namespace huashu::rules
