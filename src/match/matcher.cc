#include "huashu/match/matcher.h"

#include <algorithm>
#include <cassert>
#include <tuple>

#include "huashu/base/utf8.h"

namespace huashu::match {
namespace {

using text::kFoldAlnum;
using text::kFoldHan;
using text::kFoldNoise;

bool IsNoise(char32_t c) { return (text::FoldFlags(c) & kFoldNoise) != 0; }
bool IsAlnum(char32_t c) { return (text::FoldFlags(c) & kFoldAlnum) != 0; }

// Each character once or twice: 2^n forms for short words, one doubled
// character at a time for longer ones (where 2^n would explode).
void DoubledForms(const std::vector<uint32_t>& letters, std::vector<std::vector<uint32_t>>* out) {
  const size_t n = letters.size();
  if (n <= 4) {
    for (uint32_t mask = 1; mask < (1u << n); ++mask) {
      std::vector<uint32_t> form;
      for (size_t i = 0; i < n; ++i) {
        form.push_back(letters[i]);
        if (mask & (1u << i)) form.push_back(letters[i]);
      }
      out->push_back(std::move(form));
    }
  } else {
    for (size_t i = 0; i < n; ++i) {
      std::vector<uint32_t> form = letters;
      form.insert(form.begin() + i, letters[i]);
      out->push_back(std::move(form));
    }
  }
}

}  // namespace

std::string_view Name(MatchHow how) {
  switch (how) {
    case MatchHow::kExact:
      return "exact";
    case MatchHow::kNoise:
      return "noise";
    case MatchHow::kRepeat:
      return "repeat";
    case MatchHow::kPinyin:
      return "pinyin";
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
  std::vector<uint32_t> letters;
  for (char32_t c : folded) {
    if (!IsNoise(c)) letters.push_back(c);
  }
  if (letters.empty()) return false;  // nothing a text could match

  const uint32_t index = static_cast<uint32_t>(phrases_.size());
  Phrase p{folded, set, word, options, 0, false, IsAlnum(folded.front()), IsAlnum(folded.back())};
  while (p.lead_noise < folded.size() && IsNoise(folded[p.lead_noise])) ++p.lead_noise;
  size_t tail = folded.size();
  while (tail > 0 && IsNoise(folded[tail - 1])) --tail;
  p.inner_noise =
      tail - p.lead_noise != letters.size() || tail != folded.size() || p.lead_noise > 0;

  auto add_variant = [&](const std::vector<uint32_t>& form, bool doubled) {
    const uint32_t v = static_cast<uint32_t>(variants_.size());
    variants_.push_back({index, static_cast<uint32_t>(form.size()), doubled});
    text_.Add(form, v);
  };
  add_variant(letters, false);
  if (options.repeats) {
    std::vector<std::vector<uint32_t>> forms;
    DoubledForms(letters, &forms);
    for (const auto& f : forms) add_variant(f, true);
  }
  if (options.homophones) {
    std::vector<uint32_t> syllables;
    bool all_han = true;
    for (uint32_t c : letters) {
      const uint16_t s = text::PinyinSyllable(c);
      all_han = all_han && s != 0;
      syllables.push_back(s);
    }
    if (all_han && syllables.size() >= 2) pinyin_.Add(syllables, index);
  }
  phrases_.push_back(std::move(p));
  return true;
}

void Matcher::Build() {
  assert(!built_);
  text_.Build();
  pinyin_.Build();
  built_ = true;
}

bool Matcher::WholeWord(const Phrase& p, const text::FoldedText& t, uint32_t ubegin,
                        uint32_t uend) const {
  if (p.latin_head && ubegin > 0 && (t.flags[ubegin - 1] & kFoldAlnum)) return false;
  if (p.latin_tail && uend < t.size() && (t.flags[uend] & kFoldAlnum)) return false;
  return true;
}

void Matcher::AcceptText(const Variant& v, const text::FoldedText& t, uint32_t last,
                         std::vector<Hit>* hits) const {
  const Phrase& p = phrases_[v.phrase];
  // Walk back over v.length letters to find where the occurrence starts.
  uint32_t ubegin = last;
  for (uint32_t seen = 1; seen < v.length;) {
    --ubegin;
    if (!(t.flags[ubegin] & kFoldNoise)) ++seen;
  }
  uint32_t uend = last + 1;
  uint32_t skipped = 0;
  if (uend - ubegin != v.length) {
    // Noise inside: allowed only up to the phrase's bound per gap.
    uint32_t run = 0;
    for (uint32_t i = ubegin; i < uend; ++i) {
      if (t.flags[i] & kFoldNoise) {
        ++skipped;
        if (++run > p.options.noise) {
          // A phrase with punctuation of its own ("NO.1") may still match
          // exactly; checked below.
          if (!p.inner_noise) return;
        }
      } else {
        run = 0;
      }
    }
  }
  MatchHow how = v.doubled ? MatchHow::kRepeat : skipped ? MatchHow::kNoise : MatchHow::kExact;
  if (p.inner_noise) {
    // The phrase has punctuation of its own: the text must spell it exactly,
    // unless the rule tolerates noise (then the letters suffice).
    const uint32_t b = ubegin - std::min<uint32_t>(ubegin, p.lead_noise);
    const bool exact = !v.doubled && b + p.folded.size() <= t.size() &&
                       std::equal(p.folded.begin(), p.folded.end(), t.units.begin() + b,
                                  [](char32_t a, uint32_t u) { return a == u; });
    if (exact) {
      ubegin = b;
      uend = b + static_cast<uint32_t>(p.folded.size());
      how = MatchHow::kExact;
      skipped = 0;
    } else if (p.options.noise == 0 && !v.doubled) {
      return;
    } else {
      uint32_t run = 0;
      for (uint32_t i = ubegin; i < uend; ++i) {
        run = (t.flags[i] & kFoldNoise) ? run + 1 : 0;
        if (run > p.options.noise) return;
      }
    }
  }
  if (!WholeWord(p, t, ubegin, uend)) return;
  hits->push_back(Hit{p.set, p.word, ubegin, uend, t.OriginBegin(ubegin), t.OriginEnd(uend), how,
                      static_cast<uint8_t>(std::min<uint32_t>(skipped, 255))});
}

void Matcher::Match(const text::FoldedText& t, std::vector<Hit>* hits) const {
  hits->clear();
  const uint32_t* units = t.units.data();
  const uint8_t* flags = t.flags.data();
  const uint16_t* syllables = t.syllables.data();
  text_.ScanWith(
      t.size(), [&](size_t i) { return units[i]; },
      [&](size_t i) { return (flags[i] & kFoldNoise) != 0; },
      [&](uint32_t v, size_t last) {
        AcceptText(variants_[v], t, static_cast<uint32_t>(last), hits);
      });
  if (!pinyin_.empty()) {
    // Non-Han letters have syllable 0, which no pattern uses: they break a match.
    pinyin_.ScanWith(
        t.size(), [&](size_t i) { return static_cast<uint32_t>(syllables[i]); },
        [&](size_t i) { return (flags[i] & kFoldNoise) != 0; },
        [&](uint32_t index, size_t last) {
          const Phrase& p = phrases_[index];
          Variant v{index, pinyin_.PatternLength(index), false};
          const size_t before = hits->size();
          AcceptText(v, t, static_cast<uint32_t>(last), hits);
          if (hits->size() > before) {
            Hit& h = hits->back();
            // The phrase itself, spelled exactly, was already found above.
            const bool same =
                h.uend - h.ubegin == p.folded.size() &&
                std::equal(p.folded.begin(), p.folded.end(), t.units.begin() + h.ubegin,
                           [](char32_t a, uint32_t u) { return a == u; });
            if (same)
              hits->pop_back();
            else
              h.how = MatchHow::kPinyin;
          }
        });
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

}  // namespace huashu::match
