#include "huashu/match/matcher.h"

#include <algorithm>
#include <atomic>
#include <cassert>
#include <memory>
#include <mutex>
#include <span>
#include <tuple>
#include <unordered_map>

#include "huashu/base/utf8.h"
#include "huashu/match/pattern.h"

namespace huashu::match {
namespace {

// Two characters appended to a pattern's or a part's text to key it by its
// options as well (fixed length, so the text may hold any character).
template <typename Char>
std::basic_string<Char> OptionsKey(const MatchOptions& o) {
  return {static_cast<Char>(o.noise),
          static_cast<Char>((o.repeats ? 1 : 0) | (o.homophones ? 2 : 0))};
}

using text::kFoldAlnum;
using text::kFoldBreak;
using text::kFoldHan;
using text::kFoldNoise;

bool IsNoise(char32_t c) { return (text::FoldFlags(c) & kFoldNoise) != 0; }
bool IsAlnum(char32_t c) { return (text::FoldFlags(c) & kFoldAlnum) != 0; }

// A gap never crosses the end of a clause: a sentence break (kFoldBreak:
// 。！？!?;； … line breaks) or clause punctuation, which folding leaves as
// noise: ，and , (both fold to ','), ：and : (':'), 、 (and ､ ﹑, which fold
// to it), and an ellipsis (… folds to "...", whose dots alone are noise:
// NO.1, 3.5).
// A colon between two digits is a clock time (12:40送达), not a clause mark.
bool ClauseBreak(const uint32_t* units, const uint8_t* flags, uint32_t i, uint32_t n) {
  const uint32_t u = units[i];
  if (text::IsClockColon(units, i, n)) return false;
  return (flags[i] & kFoldBreak) != 0 || u == ',' || u == ':' || u == ';' || u == 0x3001 ||
         (u == '.' && ((i + 1 < n && units[i + 1] == '.') || (i > 0 && units[i - 1] == '.')));
}

// Folds `phrase` as the matcher sees it: rulebook blanks around it dropped.
std::u32string FoldTrimmed(std::string_view phrase) {
  std::u32string folded = text::FoldToCodePoints(phrase);
  // Surrounding blanks are YAML formatting, not part of the phrase; any
  // other punctuation is meant literally ("NO." in an allow-list).
  auto blank = [](char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  size_t b = 0, e = folded.size();
  while (b < e && blank(folded[b])) ++b;
  while (e > b && blank(folded[e - 1])) --e;
  return folded.substr(b, e - b);
}

bool HasLetters(const std::u32string& folded) {
  return std::any_of(folded.begin(), folded.end(), [](char32_t c) { return !IsNoise(c); });
}

// A pattern's alternatives, with every part folded and trimmed; false with
// *error set when a part has nothing to match. Each distinct part is held
// once (`parts`, in order of first use) and the alternatives name parts by
// index: a pattern's dozen alternatives share a few parts, and each book
// combination looks each part up once, not once per alternative.
struct FoldedStep {
  uint32_t part;  // index into FoldedPattern::parts
  uint32_t gap;
};
// Alternative a is steps[alt_begin[a], alt_begin[a + 1]).
struct FoldedPattern {
  bool ok = false;
  std::string error;
  std::vector<std::u32string> parts;
  std::vector<FoldedStep> steps;
  std::vector<uint32_t> alt_begin;
  size_t alt_count() const { return alt_begin.empty() ? 0 : alt_begin.size() - 1; }
};
FoldedPattern FoldPatternUncached(std::string_view phrase) {
  FoldedPattern result;
  std::vector<PatternAlternative> alts;
  if (!ExpandPattern(phrase, Matcher::kMaxPatternExpansions, Matcher::kMaxGap, Matcher::kDefaultGap,
                     &alts, &result.error)) {
    return result;
  }
  // Alternatives share their parts ((a|b)~(c|d): four alternatives, four
  // parts): fold each distinct part once. Keyed by views of `alts`.
  std::unordered_map<std::u32string_view, uint32_t> part_index;
  std::string utf8;
  result.alt_begin.reserve(alts.size() + 1);
  result.alt_begin.push_back(0);
  for (const PatternAlternative& alt : alts) {
    for (const PatternPart& part : alt) {
      auto it = part_index.find(part.text);
      if (it == part_index.end()) {
        utf8.clear();
        for (char32_t c : part.text) base::AppendUtf8(c, &utf8);
        // A part's edges are the pattern's ends or gaps, which skip blanks anyway.
        std::u32string folded = FoldTrimmed(utf8);
        if (!HasLetters(folded)) {
          result.error = "part '" + utf8 +
                         "' of the pattern has nothing to match (only spaces or punctuation)";
          return result;
        }
        it = part_index.emplace(part.text, static_cast<uint32_t>(result.parts.size())).first;
        result.parts.push_back(std::move(folded));
      }
      result.steps.push_back({it->second, part.gap});
    }
    result.alt_begin.push_back(static_cast<uint32_t>(result.steps.size()));
  }
  result.ok = true;
  return result;
}

// FoldPatternUncached, memoized for the process: a run compiles one matcher
// per book combination (each platform, each channel), and the shared books'
// patterns are the same every time. Distinct pattern texts are few (those
// of the books loaded), so the cache is never trimmed.
// Looked up by string_view, without building a key string per look-up (a
// book combination looks up every phrase of every rule).
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
std::shared_ptr<const FoldedPattern> FoldPattern(std::string_view phrase) {
  static std::mutex mu;
  static auto* cache = new std::unordered_map<std::string, std::shared_ptr<const FoldedPattern>,
                                              TextHash, std::equal_to<>>();
  {
    std::lock_guard<std::mutex> lock(mu);
    auto it = cache->find(phrase);
    if (it != cache->end()) return it->second;
  }
  auto folded = std::make_shared<const FoldedPattern>(FoldPatternUncached(phrase));
  std::lock_guard<std::mutex> lock(mu);
  return cache->emplace(std::string(phrase), std::move(folded)).first->second;
}

// Each character once or twice: 2^n forms for short words, one doubled
// character at a time for longer ones (where 2^n would explode). Each form
// is built in *form and handed to on_form before the next.
template <typename OnForm>
void DoubledForms(std::span<const uint32_t> letters, std::vector<uint32_t>* form,
                  OnForm&& on_form) {
  const size_t n = letters.size();
  if (n <= 4) {
    for (uint32_t mask = 1; mask < (1u << n); ++mask) {
      form->clear();
      for (size_t i = 0; i < n; ++i) {
        form->push_back(letters[i]);
        if (mask & (1u << i)) form->push_back(letters[i]);
      }
      on_form(*form);
    }
  } else {
    for (size_t i = 0; i < n; ++i) {
      form->assign(letters.begin(), letters.end());
      form->insert(form->begin() + i, letters[i]);
      on_form(*form);
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

bool Matcher::IsPattern(std::string_view phrase) { return IsPatternSyntax(phrase); }

namespace {

// True (with a message) when `phrase` starts with '^' or ends with '$', the
// regex anchors: phrases and patterns have none, so the character would be
// matched as itself and the phrase would silently never match a turn.
bool AnchorSlip(std::string_view phrase, std::string* error) {
  const size_t first = phrase.find_first_not_of(" \t");
  const size_t last = phrase.find_last_not_of(" \t");
  if (first == std::string_view::npos) return false;
  const bool caret = phrase[first] == '^';
  const bool dollar = phrase[last] == '$';
  if (!caret && !dollar) return false;
  if (error) {
    *error = std::string("a phrase has no anchors: the '") + (caret ? "^" : "$") +
             "' would be matched as itself; to require the start or end of the turn, "
             "use a condition (turn_start:, letters_after:, whole_turn:)";
  }
  return true;
}

}  // namespace

bool Matcher::Check(std::string_view phrase, std::string* error) {
  if (AnchorSlip(phrase, error)) return false;
  if (IsPattern(phrase)) {
    const auto folded = FoldPattern(phrase);
    if (!folded->ok && error) *error = folded->error;
    return folded->ok;
  }
  if (!HasLetters(FoldTrimmed(phrase))) {
    if (error) *error = "the phrase has nothing to match (it is empty after normalization)";
    return false;
  }
  return true;
}

bool Matcher::Add(std::string_view phrase, uint32_t set, uint32_t word,
                  const MatchOptions& options) {
  return Add(phrase, set, word, options, nullptr);
}

bool Matcher::Add(std::string_view phrase, uint32_t set, uint32_t word, const MatchOptions& options,
                  std::string* error) {
  assert(!built_);
  if (AnchorSlip(phrase, error)) return false;
  if (IsPattern(phrase)) return AddPattern(phrase, set, word, options, error);
  if (!AddFolded(FoldTrimmed(phrase), set, word, options, false)) {
    if (error) *error = "the phrase has nothing to match (it is empty after normalization)";
    return false;
  }
  ++public_phrases_;
  return true;
}

bool Matcher::AddPattern(std::string_view phrase, uint32_t set, uint32_t word,
                         const MatchOptions& options, std::string* error) {
  // The same pattern with the same options (a phrase set used by several
  // rules, a pattern repeated in several lists) is compiled once: it finds
  // the same spans, reported for each (set, word).
  std::string class_key(phrase);
  class_key += OptionsKey<char>(options);
  if (auto it = class_ids_.find(class_key); it != class_ids_.end()) {
    patterns_.push_back({set, word});
    class_outputs_[it->second].push_back({set, word});
    return true;
  }
  const auto folded = FoldPattern(phrase);
  if (!folded->ok) {
    if (error) *error = folded->error;
    return false;
  }
  const uint32_t cls = static_cast<uint32_t>(class_outputs_.size());
  class_outputs_.push_back({{set, word}});
  class_ids_.emplace(std::move(class_key), cls);
  patterns_.push_back({set, word});
  // Each part's id, looked up (or made) at its first use, so that ids are
  // given in the order the alternatives use them.
  std::vector<uint32_t>& ids = build_.part_ids;
  ids.assign(folded->parts.size(), UINT32_MAX);
  for (size_t a = 0; a < folded->alt_count(); ++a) {
    const uint32_t begin = folded->alt_begin[a], end = folded->alt_begin[a + 1];
    alts_.push_back({cls, static_cast<uint32_t>(steps_.size()), end - begin});
    for (uint32_t k = begin; k < end; ++k) {
      const FoldedStep& step = folded->steps[k];
      if (ids[step.part] == UINT32_MAX) ids[step.part] = PartId(folded->parts[step.part], options);
      steps_.push_back({ids[step.part], step.gap});
    }
  }
  return true;
}

uint32_t Matcher::PartId(const std::u32string& folded, const MatchOptions& options) {
  std::u32string& key = build_.part_key;
  key.assign(folded);
  key += OptionsKey<char32_t>(options);
  auto it = part_ids_.find(key);
  if (it != part_ids_.end()) return it->second;
  const uint32_t id = part_count_++;
  PartInfo info;
  info.letters = static_cast<uint32_t>(
      std::count_if(folded.begin(), folded.end(), [](char32_t c) { return !IsNoise(c); }));
  info.letter = folded.size() == 1 ? folded[0] : 0;
  info.variant_begin = static_cast<uint32_t>(variants_.size());
  const bool added = AddFolded(folded, id, 0, options, true);
  assert(added);
  (void)added;
  info.variant_end = static_cast<uint32_t>(variants_.size());
  part_info_.push_back(info);
  part_ids_.emplace(key, id);
  return id;
}

bool Matcher::AddFolded(std::u32string folded, uint32_t set, uint32_t word,
                        const MatchOptions& options, bool part) {
  std::vector<uint32_t>& letters = build_.letters;
  letters.clear();
  for (char32_t c : folded) {
    if (!IsNoise(c)) letters.push_back(c);
  }
  if (letters.empty()) return false;  // nothing a text could match

  const uint32_t index = static_cast<uint32_t>(phrases_.size());
  const bool head = IsAlnum(folded.front()), tail_alnum = IsAlnum(folded.back());
  Phrase p{std::move(folded), set, word, options, 0, false, head, tail_alnum};
  p.part = part;
  const std::u32string& f = p.folded;
  while (p.lead_noise < f.size() && IsNoise(f[p.lead_noise])) ++p.lead_noise;
  size_t tail = f.size();
  while (tail > 0 && IsNoise(f[tail - 1])) --tail;
  p.inner_noise = tail - p.lead_noise != letters.size() || tail != f.size() || p.lead_noise > 0;

  auto add_variant = [&](std::span<const uint32_t> form, bool doubled) {
    const uint32_t v = static_cast<uint32_t>(variants_.size());
    variants_.push_back({index, static_cast<uint32_t>(form.size()), doubled});
    // A part enters the automaton at Build(), unless the verifier finds it
    // itself (a one-character part that triggers nothing).
    if (part) {
      build_.pending.push_back({static_cast<uint32_t>(build_.pending_units.size()),
                                static_cast<uint32_t>(form.size()), v | kPartValue});
      build_.pending_units.insert(build_.pending_units.end(), form.begin(), form.end());
    } else {
      text_.Add(form, v);
    }
  };
  add_variant(letters, false);
  if (options.repeats) {
    DoubledForms(letters, &build_.form,
                 [&](std::span<const uint32_t> form) { add_variant(form, true); });
  }
  if (options.homophones) {
    std::vector<uint32_t>& syllables = build_.syllables;
    syllables.clear();
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
  // Each alternative is looked at only when its trigger part occurs: the
  // rarest of its parts, so that a common part (可以, 您) does not wake up
  // every alternative that uses it. Rarity is guessed from the rulebook: a
  // part of two letters or more (one character occurs everywhere), used by
  // the fewest alternatives, then the longest, then the first.
  std::vector<uint32_t> uses(part_count_, 0);
  for (const Step& step : steps_) ++uses[step.part];
  trigger_index_.assign(part_count_ + 1, 0);
  std::vector<uint32_t> trigger(alts_.size());
  std::vector<uint8_t> is_trigger(part_count_, 0);
  for (uint32_t a = 0; a < alts_.size(); ++a) {
    const Alternative& alt = alts_[a];
    bool any_long = false;
    for (uint32_t j = 0; j < alt.step_count; ++j) {
      any_long = any_long || part_info_[steps_[alt.step_begin + j].part].letters >= 2;
    }
    uint32_t best = UINT32_MAX;
    for (uint32_t j = 0; j < alt.step_count; ++j) {
      const uint32_t part = steps_[alt.step_begin + j].part;
      if (any_long && part_info_[part].letters < 2) continue;
      if (best == UINT32_MAX || uses[part] < uses[best] ||
          (uses[part] == uses[best] && part_info_[part].letters > part_info_[best].letters)) {
        best = part;
      }
    }
    trigger[a] = best;
    is_trigger[best] = 1;
    ++trigger_index_[best + 1];
  }
  for (size_t i = 1; i < trigger_index_.size(); ++i) trigger_index_[i] += trigger_index_[i - 1];
  std::vector<uint32_t> by_trigger(alts_.size(), 0);
  std::vector<uint32_t> fill(trigger_index_.begin(), trigger_index_.end() - 1);
  for (uint32_t a = 0; a < alts_.size(); ++a) by_trigger[fill[trigger[a]]++] = a;

  // A part of one character (no punctuation) that triggers nothing stays
  // out of the automaton: the verifier looks for it in the few turns where
  // an alternative that needs it is otherwise complete (FindLocalPart).
  for (uint32_t part = 0; part < part_count_; ++part) {
    part_info_[part].local = !is_trigger[part] && part_info_[part].letter != 0;
  }
  // What JoinParts tests when a trigger occurs, laid out in trigger order:
  // the alternative's other parts, automaton parts before local ones.
  trigger_entries_.clear();
  trigger_checks_.clear();
  trigger_needs_.clear();
  // One entry per alternative; every step but the trigger's is a check.
  trigger_entries_.reserve(alts_.size());
  trigger_needs_.reserve(alts_.size());
  trigger_checks_.reserve(steps_.size() - alts_.size());
  for (uint32_t a : by_trigger) {
    const Alternative& alt = alts_[a];
    TriggerEntry e{a, static_cast<uint32_t>(trigger_checks_.size()), 0};
    uint64_t need = 0;
    for (bool local : {false, true}) {
      for (uint32_t j = 0; j < alt.step_count; ++j) {
        const uint32_t part = steps_[alt.step_begin + j].part;
        if (part == trigger[a] || part_info_[part].local != local) continue;
        trigger_checks_.push_back(local ? part | kLocalCheck : part);
        if (!local) need |= PartBit(part);
      }
    }
    e.check_count = static_cast<uint32_t>(trigger_checks_.size()) - e.check_begin;
    trigger_entries_.push_back(e);
    trigger_needs_.push_back(need);
  }
  for (const PendingForm& form : build_.pending) {
    const uint32_t v = form.value;
    if (!part_info_[phrases_[variants_[v & ~kPartValue].phrase].set].local)
      text_.Add(std::span<const uint32_t>(build_.pending_units.data() + form.begin, form.size), v);
  }
  build_ = {};
  text_.Build();
  pinyin_.Build();
  part_ids_.clear();
  class_ids_.clear();
  static std::atomic<uint64_t> serials{0};
  serial_ = ++serials;
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

void Matcher::AcceptPinyin(uint32_t index, const text::FoldedText& t, uint32_t last,
                           std::vector<Hit>* hits) const {
  const Phrase& p = phrases_[index];
  Variant v{index, pinyin_.PatternLength(index), false};
  const size_t before = hits->size();
  AcceptText(v, t, last, hits);
  if (hits->size() > before) {
    Hit& h = hits->back();
    // The phrase itself, spelled exactly, was already found by the text scan.
    const bool same = h.uend - h.ubegin == p.folded.size() &&
                      std::equal(p.folded.begin(), p.folded.end(), t.units.begin() + h.ubegin,
                                 [](char32_t a, uint32_t u) { return a == u; });
    if (same)
      hits->pop_back();
    else
      h.how = MatchHow::kPinyin;
  }
}

void Matcher::Match(const text::FoldedText& t, std::vector<Hit>* hits) const {
  thread_local MatchScratch scratch;
  Match(t, hits, &scratch);
}

void Matcher::Match(const text::FoldedText& t, std::vector<Hit>* hits,
                    MatchScratch* scratch) const {
  if (patterns_.empty())
    MatchImpl<false>(t, hits, scratch);
  else
    MatchImpl<true>(t, hits, scratch);
}

// kPatterns: the matcher has patterns. Without them the scan is exactly the
// phrase scan, with no test per hit.
template <bool kPatterns>
void Matcher::MatchImpl(const text::FoldedText& t, std::vector<Hit>* hits,
                        MatchScratch* scratch) const {
  hits->clear();
  if constexpr (kPatterns) scratch->raw.clear();
  const uint32_t* units = t.units.data();
  const uint8_t* flags = t.flags.data();
  const uint16_t* syllables = t.syllables.data();
  // Occurrences of pattern parts are only noted here; the verifier judges
  // them when their pattern can match at all (JoinParts).
  text_.ScanWith(
      t.size(), [&](size_t i) { return units[i]; },
      [&](size_t i) { return (flags[i] & kFoldNoise) != 0; },
      [&](uint32_t v, size_t last) {
        if constexpr (kPatterns) {
          // Part occurrences are marked in the value itself, so that noting
          // one costs no look-up; JoinParts finds their part.
          if (v & kPartValue) {
            scratch->raw.push_back({v & ~kPartValue, static_cast<uint32_t>(last), kUnknownPart});
            return;
          }
        }
        AcceptText(variants_[v], t, static_cast<uint32_t>(last), hits);
      });
  if (!pinyin_.empty()) {
    // Non-Han letters have syllable 0, which no pattern uses: they break a match.
    pinyin_.ScanWith(
        t.size(), [&](size_t i) { return static_cast<uint32_t>(syllables[i]); },
        [&](size_t i) { return (flags[i] & kFoldNoise) != 0; },
        [&](uint32_t index, size_t last) {
          if constexpr (kPatterns) {
            const Phrase& p = phrases_[index];
            if (p.part) {
              scratch->raw.push_back(
                  {index | MatchScratch::kPinyinOccurrence, static_cast<uint32_t>(last), p.set});
              return;
            }
          }
          AcceptPinyin(index, t, static_cast<uint32_t>(last), hits);
        });
  }
  if constexpr (kPatterns) {
    if (!scratch->raw.empty()) JoinParts(t, hits, scratch);
  }
  if (hits->size() >= 2) SortHits(static_cast<uint32_t>(t.size()), hits, scratch);
}

void Matcher::SortHits(uint32_t n, std::vector<Hit>* hits, MatchScratch* s) {
  // Hit indices bucketed by ubegin (a counting sort over the turn's units),
  // then each bucket - a handful of hits - sorted on its own: a general sort
  // of the whole vector was a fifth of the matching time (mispredicted
  // branches, moves of whole hits).
  const Hit* in = hits->data();
  const uint32_t count = static_cast<uint32_t>(hits->size());
  std::vector<uint32_t>& bucket = s->bucket;
  bucket.assign(n + 1, 0);
  for (uint32_t i = 0; i < count; ++i) ++bucket[in[i].ubegin + 1];
  for (uint32_t u = 1; u <= n; ++u) bucket[u] += bucket[u - 1];
  std::vector<uint32_t>& order = s->order;
  if (order.size() < count) order.resize(count);
  uint32_t* o = order.data();
  for (uint32_t i = 0; i < count; ++i) o[bucket[in[i].ubegin]++] = i;
  // bucket[u] is now the end of bucket u (and the beginning of bucket u + 1).
  auto less = [in](uint32_t x, uint32_t y) {
    const Hit& a = in[x];
    const Hit& b = in[y];
    if (a.uend != b.uend) return a.uend < b.uend;
    if (a.set != b.set) return a.set < b.set;
    if (a.word != b.word) return a.word < b.word;
    if (a.how != b.how) return a.how < b.how;
    return x < y;  // ties: the hit found first
  };
  uint32_t begin = 0;
  for (uint32_t u = 0; u < n && begin < count; ++u) {
    const uint32_t end = bucket[u];
    if (end - begin > 16) {
      std::sort(o + begin, o + end, less);
    } else {
      for (uint32_t i = begin + 1; i < end; ++i) {
        const uint32_t x = o[i];
        uint32_t j = i;
        for (; j > begin && less(x, o[j - 1]); --j) o[j] = o[j - 1];
        o[j] = x;
      }
    }
    begin = end;
  }
  // One hit per (span, set, word): the first, the most direct form.
  std::vector<Hit>& out = s->sorted;
  out.clear();
  for (uint32_t k = 0; k < count; ++k) {
    const Hit& h = in[o[k]];
    if (!out.empty()) {
      const Hit& b = out.back();
      if (b.ubegin == h.ubegin && b.uend == h.uend && b.set == h.set && b.word == h.word) continue;
    }
    out.push_back(h);
  }
  hits->swap(out);
}

void Matcher::JoinParts(const text::FoldedText& t, std::vector<Hit>* hits, MatchScratch* s) const {
  if (s->present.size() < part_count_) {
    s->present.assign(part_count_, 0);
    s->run_begin.resize(part_count_);
    s->run_end.resize(part_count_);
  }
  // `present` is all 0 between calls: every entry set here is reset below
  // (the parts of `raw`, and the local parts listed in `locals`).
  // Automaton parts: 1 occurs, 2 occurs and its alternatives were looked
  // at; local parts: kLocalAbsent or kLocalPresent once looked for; any
  // part: kJudge when an alternative that can match uses it.
  constexpr uint8_t kJudge = 3, kLocalAbsent = 4, kLocalPresent = 5;
  uint8_t* present = s->present.data();
  uint32_t* run_begin = s->run_begin.data();
  uint32_t* run_end = s->run_end.data();
  const uint32_t* units = t.units.data();
  const uint8_t* flags = t.flags.data();
  const uint32_t n = static_cast<uint32_t>(t.size());
  auto& raw = s->raw;
  std::vector<uint32_t>& locals = s->locals;
  locals.clear();
  uint64_t occurred = 0;  // PartBit of every part in `raw`
  for (auto& r : raw) {
    if (r.part == kUnknownPart) r.part = phrases_[variants_[r.id].phrase].set;
    present[r.part] = 1;
    occurred |= PartBit(r.part);
  }
  // Does an alternative's local part occur in the text at all? Looked for
  // once per turn, and only for alternatives whose other parts occur. Most
  // do not: a 256-bit signature of the turn's letters, made at the first
  // look, rules a letter out without reading the text.
  uint64_t letters[4] = {0, 0, 0, 0};
  bool signed_letters = false;
  auto signature_bit = [](uint32_t u) { return (u * 0x9E3779B1u) >> 24; };
  auto local_present = [&](uint32_t part) {
    if (present[part] == 0) {
      const uint32_t c = part_info_[part].letter;
      if (!signed_letters) {
        for (uint32_t i = 0; i < n; ++i) {
          if (flags[i] & kFoldNoise) continue;
          const uint32_t b = signature_bit(units[i]);
          letters[b >> 6] |= uint64_t{1} << (b & 63);
        }
        signed_letters = true;
      }
      const uint32_t b = signature_bit(c);
      bool found = false;
      if (letters[b >> 6] & (uint64_t{1} << (b & 63))) {
        for (uint32_t i = 0; i < n && !found; ++i)
          found = units[i] == c && !(flags[i] & kFoldNoise);
      }
      present[part] = found ? kLocalPresent : kLocalAbsent;
      locals.push_back(part);
    }
    return present[part] != kLocalAbsent;
  };
  // Which alternatives can match at all: those whose every part occurs.
  // Each alternative is looked at only when its trigger part occurs.
  std::vector<uint32_t>& active = s->active;
  active.clear();
  for (const auto& r : raw) {
    if (present[r.part] != 1) continue;
    present[r.part] = 2;  // each part's alternatives once
    for (uint32_t k = trigger_index_[r.part]; k < trigger_index_[r.part + 1]; ++k) {
      // A part whose bit no part in `raw` has did not occur. (Skipping the
      // entry also skips looking for its local parts, which only costs.)
      if (trigger_needs_[k] & ~occurred) continue;
      const TriggerEntry& e = trigger_entries_[k];
      const uint32_t* check = trigger_checks_.data() + e.check_begin;
      bool all = true;
      for (uint32_t j = 0; j < e.check_count && all; ++j) {
        const uint32_t c = check[j];
        all = (c & kLocalCheck) ? local_present(c & ~kLocalCheck) : present[c] != 0;
      }
      if (all) active.push_back(e.alt);
    }
  }
  auto reset = [&] {
    for (const auto& r : raw) present[r.part] = 0;
    for (uint32_t part : locals) present[part] = 0;
  };
  if (active.empty()) {
    reset();
    return;
  }
  // Judge the occurrences of the parts that active alternatives use.
  for (uint32_t a : active) {
    const Alternative& alt = alts_[a];
    for (uint32_t j = 0; j < alt.step_count; ++j) {
      const uint32_t part = steps_[alt.step_begin + j].part;
      present[part] = kJudge;
      run_begin[part] = run_end[part] = 0;  // no hit unless one is judged below
    }
  }
  std::vector<Hit>& parts = s->parts;
  parts.clear();
  for (const auto& r : raw) {
    if (present[r.part] == kJudge) {
      if (r.id & MatchScratch::kPinyinOccurrence)
        AcceptPinyin(r.id & ~MatchScratch::kPinyinOccurrence, t, r.last, &parts);
      else
        AcceptText(variants_[r.id], t, r.last, &parts);
    }
  }
  // A local part's occurrences, as the automaton would have reported them:
  // its letter, and with `repeats` the letter twice (noise in between).
  for (uint32_t part : locals) {
    if (present[part] != kJudge) continue;
    const PartInfo& info = part_info_[part];
    const bool doubled = info.variant_end - info.variant_begin > 1;
    uint32_t previous = UINT32_MAX;  // the previous letter
    for (uint32_t i = 0; i < n; ++i) {
      if (flags[i] & kFoldNoise) continue;
      if (units[i] == info.letter) {
        AcceptText(variants_[info.variant_begin], t, i, &parts);
        if (doubled && previous != UINT32_MAX && units[previous] == info.letter)
          AcceptText(variants_[info.variant_begin + 1], t, i, &parts);
      }
      previous = i;
    }
  }
  reset();

  // One hit per (part, span), the most direct form; sorted so that each
  // part's hits are one run in order of where they start.
  std::sort(parts.begin(), parts.end(), [](const Hit& a, const Hit& b) {
    return std::tie(a.set, a.ubegin, a.uend, a.how, a.skipped) <
           std::tie(b.set, b.ubegin, b.uend, b.how, b.skipped);
  });
  parts.erase(std::unique(parts.begin(), parts.end(),
                          [](const Hit& a, const Hit& b) {
                            return a.set == b.set && a.ubegin == b.ubegin && a.uend == b.uend;
                          }),
              parts.end());
  // Each judged part's run of hits: [run_begin[p], run_end[p]).
  const uint32_t count = static_cast<uint32_t>(parts.size());
  for (uint32_t i = 0; i < count;) {
    const uint32_t part = parts[i].set;
    uint32_t j = i + 1;
    while (j < count && parts[j].set == part) ++j;
    run_begin[part] = i;
    run_end[part] = j;
    i = j;
  }

  // The last unit where the next part may start after a part ending at
  // `uend`: at most `gap` letters between them, no clause break.
  auto limit = [&](uint32_t uend, uint32_t gap) {
    uint32_t letters = 0;
    uint32_t i = uend;
    for (; i < n; ++i) {
      if (ClauseBreak(units, flags, i, n)) break;
      if (!(flags[i] & kFoldNoise)) {
        if (letters == gap) break;
        ++letters;
      }
    }
    return i;
  };
  using Node = MatchScratch::Node;
  std::vector<Node>& cur = s->frontier;
  std::vector<Node>& next = s->next;
  s->candidates.clear();
  // From each hit of an alternative's first part, step by step: every hit
  // of the next part reachable from the frontier, keeping for each the most
  // direct way there.
  for (uint32_t a : active) {
    const Alternative& alt = alts_[a];
    const uint32_t first = steps_[alt.step_begin].part;
    for (uint32_t hi = run_begin[first]; hi < run_end[first]; ++hi) {
      const Hit& head = parts[hi];
      cur.clear();
      cur.push_back({hi, head.uend, head.how, head.skipped});
      for (uint32_t j = 1; j < alt.step_count && !cur.empty(); ++j) {
        const Step& step = steps_[alt.step_begin + j];
        const auto lo = parts.begin() + run_begin[step.part];
        const auto end = parts.begin() + run_end[step.part];
        next.clear();
        for (const Node& f : cur) {
          const uint32_t last = limit(f.uend, step.gap);
          auto it = std::lower_bound(lo, end, f.uend,
                                     [](const Hit& h, uint32_t u) { return h.ubegin < u; });
          for (; it != end && it->ubegin <= last; ++it) {
            const uint32_t index = static_cast<uint32_t>(it - parts.begin());
            const Node node{index, it->uend, std::max(f.how, it->how), f.skipped + it->skipped};
            auto same = std::find_if(next.begin(), next.end(),
                                     [&](const Node& x) { return x.hit == index; });
            if (same == next.end()) {
              next.push_back(node);
            } else if (std::tie(node.how, node.skipped) < std::tie(same->how, same->skipped)) {
              *same = node;
            }
          }
        }
        cur.swap(next);
      }
      for (const Node& f : cur) {
        s->candidates.push_back({alt.cls, head.ubegin, f.uend, f.how, f.skipped});
      }
    }
  }
  // Per pattern, non-overlapping hits: leftmost first, then the longest
  // from there; for one span, the most direct form.
  auto& cands = s->candidates;
  std::sort(cands.begin(), cands.end(), [](const auto& a, const auto& b) {
    if (a.cls != b.cls) return a.cls < b.cls;
    if (a.ubegin != b.ubegin) return a.ubegin < b.ubegin;
    if (a.uend != b.uend) return a.uend > b.uend;
    return std::tie(a.how, a.skipped) < std::tie(b.how, b.skipped);
  });
  uint32_t cls = UINT32_MAX;
  uint32_t taken_end = 0;
  for (const auto& c : cands) {
    if (c.cls != cls) {
      cls = c.cls;
      taken_end = 0;
    }
    if (c.ubegin < taken_end) continue;
    taken_end = c.uend;
    for (const Pattern& p : class_outputs_[c.cls]) {
      hits->push_back(Hit{p.set, p.word, c.ubegin, c.uend, t.OriginBegin(c.ubegin),
                          t.OriginEnd(c.uend), c.how,
                          static_cast<uint8_t>(std::min<uint32_t>(c.skipped, 255))});
    }
  }
}

}  // namespace huashu::match
