#include "huashu/match/matcher.h"

#include <algorithm>
#include <cassert>
#include <tuple>

#include "huashu/text/utf8.h"

namespace huashu::match {
namespace {

using text::kFoldAlnum;
using text::kFoldHan;
using text::kFoldNoise;

bool IsAlnum(char32_t c) { return (text::FoldFlags(c) & kFoldAlnum) != 0; }

}  // namespace

std::string_view Name(MatchHow how) {
  switch (how) {
    case MatchHow::kExact: return "exact";
    case MatchHow::kNoise: return "noise";
    case MatchHow::kRepeat: return "repeat";
    case MatchHow::kPinyin: return "pinyin";
  }
  return "exact";
}

bool Matcher::Add(std::string_view phrase, uint32_t set, uint32_t word,
                  const MatchOptions& options) {
  assert(!built_);
  std::u32string folded = text::FoldToCodePoints(phrase);
  // Surrounding blanks are YAML formatting, not part of the phrase; any
  // other punctuation is meant literally ("NO." in an allow-list).
  auto blank = [](char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  size_t b = 0, e = folded.size();
  while (b < e && blank(folded[b])) ++b;
  while (e > b && blank(folded[e - 1])) --e;
  folded = folded.substr(b, e - b);
  if (folded.empty()) return false;
  const uint32_t index = static_cast<uint32_t>(phrases_.size());
  Phrase p{folded, set, word, options, IsAlnum(folded.front()), IsAlnum(folded.back())};

  std::vector<uint32_t> exact(folded.begin(), folded.end());
  automata_[kExactChannel].Add(exact, index);

  std::vector<uint32_t> compact;
  for (char32_t c : folded) {
    if (!(text::FoldFlags(c) & kFoldNoise)) compact.push_back(c);
  }
  if (options.noise > 0 && !compact.empty()) automata_[kNoiseChannel].Add(compact, index);
  if (options.repeats) {
    std::vector<uint32_t> collapsed;
    for (uint32_t c : compact) {
      if (collapsed.empty() || collapsed.back() != c) collapsed.push_back(c);
    }
    // A phrase that is one repeated character (哈哈) would collapse to a single
    // character and fire everywhere; it keeps only its exact forms.
    if (collapsed.size() >= 2) automata_[kRepeatChannel].Add(collapsed, index);
  }
  if (options.homophones) {
    std::vector<uint32_t> syllables;
    bool all_han = !compact.empty();
    for (uint32_t c : compact) {
      const uint16_t s = text::PinyinSyllable(c);
      if (s == 0) all_han = false;
      syllables.push_back(s);
    }
    if (all_han && syllables.size() >= 2) automata_[kPinyinChannel].Add(syllables, index);
  }
  phrases_.push_back(std::move(p));
  return true;
}

void Matcher::Build() {
  assert(!built_);
  for (auto& a : automata_) a.Build();
  built_ = true;
}

bool Matcher::AcceptHit(const Phrase& p, const text::FoldedText& t, uint32_t ubegin,
                        uint32_t uend, Channel channel, uint8_t* skipped) const {
  if (p.latin_head && ubegin > 0 && (t.flags[ubegin - 1] & kFoldAlnum)) return false;
  if (p.latin_tail && uend < t.size() && (t.flags[uend] & kFoldAlnum)) return false;
  // The bound is per gap: 全 网 最 好 skips one character in each of three
  // gaps, while 全。。。。好 is too far apart to be one word.
  uint32_t noise = 0, run = 0;
  if (channel != kExactChannel) {
    for (uint32_t i = ubegin; i < uend; ++i) {
      if (t.flags[i] & kFoldNoise) {
        ++noise;
        if (++run > p.options.noise) return false;
      } else {
        run = 0;
      }
    }
  }
  *skipped = static_cast<uint8_t>(std::min<uint32_t>(noise, 255));
  return true;
}

void Matcher::ScanChannel(Channel channel, const text::FoldedText& t, MatchScratch* scratch,
                          std::vector<Hit>* hits) const {
  const PhraseAutomaton& automaton = automata_[channel];
  if (automaton.empty()) return;
  auto& symbols = scratch->symbols;
  auto& positions = scratch->positions;
  symbols.clear();
  positions.clear();
  const size_t n = t.size();
  if (channel != kExactChannel) {
    for (size_t i = 0; i < n; ++i) {
      if (t.flags[i] & kFoldNoise) continue;
      uint32_t symbol = t.units[i];
      if (channel == kRepeatChannel && !symbols.empty() && symbols.back() == symbol) continue;
      if (channel == kPinyinChannel) {
        symbol = (t.flags[i] & kFoldHan) ? text::PinyinSyllable(t.units[i]) : 0;
      }
      symbols.push_back(symbol);
      positions.push_back(static_cast<uint32_t>(i));
    }
    // Nothing was skipped or collapsed: the exact channel already saw it all.
    if (channel != kPinyinChannel && symbols.size() == n) return;
  }
  const MatchHow how = channel == kExactChannel   ? MatchHow::kExact
                       : channel == kNoiseChannel ? MatchHow::kNoise
                       : channel == kRepeatChannel ? MatchHow::kRepeat
                                                   : MatchHow::kPinyin;
  const std::span<const uint32_t> stream =
      channel == kExactChannel ? std::span<const uint32_t>(t.units) : std::span<const uint32_t>(symbols);
  automaton.Scan(stream, [&](uint32_t index, size_t end) {
    const Phrase& p = phrases_[index];
    const size_t length = automaton.PatternLength(index);
    const size_t begin = end - length;
    uint32_t ubegin, uend;
    if (channel == kExactChannel) {
      ubegin = static_cast<uint32_t>(begin);
      uend = static_cast<uint32_t>(end);
    } else {
      ubegin = positions[begin];
      uend = positions[end - 1] + 1;
    }
    uint8_t skipped = 0;
    if (!AcceptHit(p, t, ubegin, uend, channel, &skipped)) return;
    hits->push_back(Hit{p.set, p.word, ubegin, uend, t.OriginBegin(ubegin), t.OriginEnd(uend), how,
                        skipped});
  });
}

void Matcher::Match(const text::FoldedText& text, MatchScratch* scratch,
                    std::vector<Hit>* hits) const {
  hits->clear();
  for (int c = 0; c < kChannelCount; ++c) {
    ScanChannel(static_cast<Channel>(c), text, scratch, hits);
  }
  if (hits->size() < 2) return;
  auto key = [](const Hit& h) { return std::tie(h.ubegin, h.uend, h.set, h.word); };
  std::sort(hits->begin(), hits->end(), [&](const Hit& a, const Hit& b) {
    return std::tie(a.ubegin, a.uend, a.set, a.word, a.how) <
           std::tie(b.ubegin, b.uend, b.set, b.word, b.how);
  });
  hits->erase(std::unique(hits->begin(), hits->end(),
                          [&](const Hit& a, const Hit& b) { return key(a) == key(b); }),
              hits->end());
}

std::string Matcher::FoldedPhrase(uint32_t set, uint32_t word) const {
  for (const Phrase& p : phrases_) {
    if (p.set == set && p.word == word) {
      std::string out;
      for (char32_t c : p.folded) text::AppendUtf8(c, &out);
      return out;
    }
  }
  return {};
}

}  // namespace huashu::match
