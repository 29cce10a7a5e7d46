// Matcher: every phrase of every loaded rule, compiled into two automata,
// each scanned once per turn.
//
//   text    - the folded text with noise units (spaces, punctuation,
//             symbols, emoji) stepped over. Every phrase is here, by its
//             letters alone; a hit is then judged by the phrase's options:
//             a phrase without `noise` must be contiguous (and equal to the
//             text if it has punctuation of its own: "NO.1"), a phrase with
//             `noise: N` may have up to N noise units in each gap (支 付 宝,
//             微*信). Sentence breaks (。！？ newline) are not noise, so
//             matches never span two sentences. A phrase with `repeats` is
//             also compiled with each character doubled (微微信).
//             Width, case, traditional/simplified and styled letters are
//             already gone after folding (支付寶, ＱＱ, ⓆⓆ).
//   pinyin  - the toneless pinyin syllables of Han units, for phrases with
//             `homophones`: 威信 and 薇信 match 微信.
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
  uint32_t set = 0;     // phrase set (a role of one rule)
  uint32_t word = 0;    // index of the phrase within its set
  uint32_t ubegin = 0;  // folded unit range [ubegin, uend)
  uint32_t uend = 0;
  uint32_t begin = 0;  // original code point range [begin, end)
  uint32_t end = 0;
  MatchHow how = MatchHow::kExact;
  uint8_t skipped = 0;  // noise units skipped inside the match
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

  // Replaces *hits with every hit in `text`, sorted by (ubegin, uend, set,
  // word), one hit per (set, word, span): the most direct form wins. Keep
  // one `hits` vector per thread and nothing is allocated per turn.
  void Match(const text::FoldedText& text, std::vector<Hit>* hits) const;

  size_t phrase_count() const { return phrases_.size(); }

 private:
  struct Phrase {
    std::u32string folded;  // the phrase after folding
    uint32_t set;
    uint32_t word;
    MatchOptions options;
    uint8_t lead_noise;  // noise units before the first letter ("(OK")
    bool inner_noise;    // punctuation of its own between letters ("NO.1")
    bool latin_head;     // begins with an ASCII letter/digit: whole-word rule
    bool latin_tail;
  };
  // One compiled form of a phrase in the text automaton.
  struct Variant {
    uint32_t phrase;
    uint32_t length;  // letters (non-noise units) it spans
    bool doubled;     // a repeats form (a character written twice)
  };

  // Judges a text-automaton occurrence ending at unit `last`; appends a hit.
  void AcceptText(const Variant& v, const text::FoldedText& t, uint32_t last,
                  std::vector<Hit>* hits) const;
  bool WholeWord(const Phrase& p, const text::FoldedText& t, uint32_t ubegin, uint32_t uend) const;

  std::vector<Phrase> phrases_;
  std::vector<Variant> variants_;
  PhraseAutomaton text_;
  PhraseAutomaton pinyin_;
  bool built_ = false;
};

}  // namespace huashu::match

#endif  // HUASHU_MATCH_MATCHER_H_
