// Matcher: every phrase of every loaded rule, compiled into one automaton per
// matching channel, scanned once per turn.
//
// Channels (a phrase joins the ones its options ask for):
//   exact   - the folded text as is. Every phrase is here. Width, case,
//             traditional/simplified and styled-letter variants are already
//             gone after folding, so 支付寶 and ＱＱ match here.
//   noise   - folded text with noise units (spaces, punctuation, symbols,
//             emoji) removed, for phrases with `noise > 0`: 支 付 宝, 微*信.
//             The number of units skipped inside one match is bounded by the
//             phrase's option; sentence breaks are never skipped.
//   repeat  - like noise, with runs of one repeated unit collapsed, for
//             phrases with `repeats`: 微微信.
//   pinyin  - Han units replaced by toneless pinyin syllables, for phrases
//             with `homophones`: 威信 and 薇信 match 微信.
//
// Hits carry the phrase's (set, word) so rule evaluators never look at text.

#ifndef HUASHU_MATCH_MATCHER_H_
#define HUASHU_MATCH_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/match/automaton.h"
#include "huashu/text/fold.h"

namespace huashu::match {

// How a phrase may be varied and still match.
struct MatchOptions {
  uint8_t noise = 0;        // noise units that may be skipped inside a match
  bool repeats = false;     // runs of a repeated character count once
  bool homophones = false;  // match by toneless pinyin of Han characters
};

enum class MatchHow : uint8_t {
  kExact,   // the folded text equals the phrase
  kNoise,   // after skipping noise characters
  kRepeat,  // after collapsing repeated characters
  kPinyin,  // same toneless pinyin
};
std::string_view Name(MatchHow how);

// One occurrence of a phrase in a turn.
struct Hit {
  uint32_t set = 0;    // phrase set (a role of one rule)
  uint32_t word = 0;   // index of the phrase within its set
  uint32_t ubegin = 0;  // folded unit range [ubegin, uend)
  uint32_t uend = 0;
  uint32_t begin = 0;  // original code point range [begin, end)
  uint32_t end = 0;
  MatchHow how = MatchHow::kExact;
  uint8_t skipped = 0;  // noise units skipped inside the match
};

// Per-thread buffers for Match(); reuse one per thread to avoid allocation.
struct MatchScratch {
  std::vector<uint32_t> symbols;
  std::vector<uint32_t> positions;
};

class Matcher {
 public:
  Matcher() = default;
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;
  Matcher(Matcher&&) = default;
  Matcher& operator=(Matcher&&) = default;

  // Adds `phrase` (rulebook text, folded here) as word `word` of set `set`.
  // Returns false, adding nothing, when the phrase folds to nothing a text
  // could match (empty, or only noise) - a rulebook error.
  // REQUIRES: Build() not yet called.
  bool Add(std::string_view phrase, uint32_t set, uint32_t word, const MatchOptions& options);

  // Freezes the automata. REQUIRES: called once, after every Add().
  void Build();

  // Appends every hit in `text` to *hits (after clearing it), sorted by
  // (ubegin, uend, set, word), one hit per (set, word, span) - the most
  // direct channel wins.
  void Match(const text::FoldedText& text, MatchScratch* scratch, std::vector<Hit>* hits) const;

  size_t phrase_count() const { return phrases_.size(); }
  // Returns the folded form of a phrase as UTF-8 (for explanations).
  std::string FoldedPhrase(uint32_t set, uint32_t word) const;

 private:
  struct Phrase {
    std::u32string folded;
    uint32_t set;
    uint32_t word;
    MatchOptions options;
    bool latin_head;  // begins with an ASCII letter/digit: whole-word rule
    bool latin_tail;
  };
  enum Channel { kExactChannel, kNoiseChannel, kRepeatChannel, kPinyinChannel, kChannelCount };

  void ScanChannel(Channel channel, const text::FoldedText& text, MatchScratch* scratch,
                   std::vector<Hit>* hits) const;
  bool AcceptHit(const Phrase& p, const text::FoldedText& text, uint32_t ubegin, uint32_t uend,
                 Channel channel, uint8_t* skipped) const;

  std::vector<Phrase> phrases_;
  PhraseAutomaton automata_[kChannelCount];
  bool built_ = false;
};

}  // namespace huashu::match

#endif  // HUASHU_MATCH_MATCHER_H_
