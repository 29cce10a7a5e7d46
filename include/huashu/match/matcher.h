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
//
// Patterns: a phrase written with the operators ( | ) ? ~ (see
// docs/matching.md, "Patterns") is expanded at Add() into at most
// kMaxPatternExpansions alternatives, each a list of literal parts separated
// by bounded gaps (the expansion is memoized for the process: every book
// combination compiles the same patterns). Literal parts are hidden phrases
// with the pattern's options (noise, repeats and homophones apply to parts
// as they do to phrases) and go into the text automaton, except one-character
// parts that trigger no alternative, which the verifier looks for itself;
// after the automaton pass a small verifier joins part hits left to right,
// once per distinct (pattern, options). To everyone above this layer a
// pattern is just another phrase: its hits are ordinary Hits of its (set, word).

#ifndef HUASHU_MATCH_MATCHER_H_
#define HUASHU_MATCH_MATCHER_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
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
// Hit::set of a hit a detector found (personal data) rather than a phrase:
// it names no phrase set, and no set's hits are ever equal to it.
inline constexpr uint32_t kNoPhraseSet = UINT32_MAX;

// A trivial type (no default member values), so that the standard library
// copies vectors of hits as bytes: a conversation's hits are copied turn by
// turn into one array, and with member defaults each was constructed field
// by field. Hit{} and Hit h{} are all zeros (kExact, no skips).
struct Hit {
  uint32_t set;     // phrase set (a role of one rule), or kNoPhraseSet
  uint32_t word;    // index of the phrase within its set
  uint32_t ubegin;  // folded unit range [ubegin, uend)
  uint32_t uend;
  uint32_t begin;  // original code point range [begin, end)
  uint32_t end;
  MatchHow how;
  uint8_t skipped;  // noise units skipped inside the match
};
static_assert(std::is_trivial_v<Hit>);

// Per-call working memory of Matcher::Match. Keep one per thread and reuse
// it: nothing is allocated per turn once its buffers have grown. Its
// contents between calls mean nothing.
struct MatchScratch {
  struct Node {
    uint32_t hit;  // index into parts
    uint32_t uend;
    MatchHow how;
    uint32_t skipped;
  };
  struct Candidate {
    uint32_t cls;  // pattern class
    uint32_t ubegin;
    uint32_t uend;
    MatchHow how;
    uint32_t skipped;
  };
  // An occurrence of a literal part, before it is judged.
  static constexpr uint32_t kPinyinOccurrence = 0x80000000u;
  struct Occurrence {
    uint32_t id;    // text variant, or pinyin phrase | kPinyinOccurrence
    uint32_t last;  // unit of its last letter
    uint32_t part;
  };
  std::vector<Occurrence> raw;
  std::vector<Hit> parts;           // judged hits of literal parts (set = part id)
  std::vector<uint8_t> present;     // by part id: hit in this turn (all 0 between calls)
  std::vector<uint32_t> run_begin;  // by part id: its hits in `parts`
  std::vector<uint32_t> run_end;
  std::vector<uint32_t> active;  // alternatives whose every part was hit
  std::vector<uint32_t> locals;  // local parts looked for in this turn
  std::vector<Node> frontier;
  std::vector<Node> next;
  std::vector<Candidate> candidates;
  std::vector<uint32_t> bucket;  // SortHits: hits by ubegin
  std::vector<uint32_t> order;
  std::vector<Hit> sorted;
};

class Matcher {
 public:
  // A pattern expands to at most this many alternatives.
  static constexpr size_t kMaxPatternExpansions = 256;
  // `~N` accepts N up to this; bare `~` means kDefaultGap.
  static constexpr uint32_t kMaxGap = 50;
  static constexpr uint32_t kDefaultGap = 6;

  Matcher() = default;
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;
  Matcher(Matcher&&) = default;
  Matcher& operator=(Matcher&&) = default;

  // Adds `phrase` (rulebook text, folded here) as word `word` of set `set`.
  // Returns false, adding nothing, when the phrase folds to nothing a text
  // could match (empty, or only noise), or starts with '^' or ends with '$'
  // (regex anchors, which phrases do not have) - a rulebook error.
  // REQUIRES: Build() not yet called.
  // A phrase with pattern syntax (IsPattern) is compiled as a pattern.
  bool Add(std::string_view phrase, uint32_t set, uint32_t word, const MatchOptions& options);

  // As above; on failure also sets *error (when not null) to a message for
  // the rule author, e.g. "unbalanced '(' at character 5" (characters are
  // code points of `phrase`, 1-based) or "a pattern needs at least one
  // literal part".
  bool Add(std::string_view phrase, uint32_t set, uint32_t word, const MatchOptions& options,
           std::string* error);

  // True when `phrase` uses pattern syntax: an unescaped ( | ) ? or ~, or
  // one of the escapes \( \) \| \? \~ \\. Anything else is a plain phrase.
  static bool IsPattern(std::string_view phrase);

  // Checks `phrase` as Add() would, without adding it: false with *error
  // set (when not null) if Add() would reject it.
  static bool Check(std::string_view phrase, std::string* error);

  // Freezes the automata. REQUIRES: called once, after every Add().
  void Build();

  // A number no other matcher built in this process has (never 0): what
  // HitMemo keys remembered hits by, since an address may be reused.
  // REQUIRES: Build() called.
  uint64_t serial() const { return serial_; }

  // Replaces *hits with every hit in `text`, sorted by (ubegin, uend, set,
  // word), one hit per (set, word, span): the most direct form wins. A
  // pattern's hits never overlap one another: leftmost first, then the
  // longest from there. Keep one `hits` vector per thread and nothing is
  // allocated per turn.
  //
  // Thread-safety: Match is const and may run on many threads at once. The
  // two-argument form keeps its scratch in a thread_local MatchScratch; the
  // three-argument form uses the caller's.
  void Match(const text::FoldedText& text, std::vector<Hit>* hits) const;
  void Match(const text::FoldedText& text, std::vector<Hit>* hits, MatchScratch* scratch) const;

  // Phrases and patterns added (a pattern counts once, not its parts).
  size_t phrase_count() const { return public_phrases_ + patterns_.size(); }
  size_t pattern_count() const { return patterns_.size(); }

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
    bool part = false;  // a pattern's literal part: set is the part id
  };
  // A pattern: what its hits report.
  struct Pattern {
    uint32_t set;
    uint32_t word;
  };
  // One expansion of a pattern class (see class_outputs_):
  // steps_[step_begin, step_begin + step_count).
  struct Alternative {
    uint32_t cls;
    uint32_t step_begin;
    uint32_t step_count;
  };
  // A literal part (by part id).
  struct PartInfo {
    uint32_t letters = 0;        // non-noise units
    char32_t letter = 0;         // the part when it is one character, else 0
    uint32_t variant_begin = 0;  // its text variants: variants_[begin, end)
    uint32_t variant_end = 0;
    // Not in the automaton: a one-character part that triggers no
    // alternative; JoinParts looks for it in the text itself.
    bool local = false;
  };
  // A literal part, and the most letters allowed between it and the
  // previous part (unused for the first).
  struct Step {
    uint32_t part;
    uint32_t gap;
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
  // Adds an already folded and trimmed phrase; returns false when it has no
  // letters.
  bool AddFolded(std::u32string folded, uint32_t set, uint32_t word, const MatchOptions& options,
                 bool part);
  bool AddPattern(std::string_view phrase, uint32_t set, uint32_t word, const MatchOptions& options,
                  std::string* error);
  // The id of the literal part `folded` with `options`, added (as a hidden
  // phrase) on first use.
  uint32_t PartId(const std::u32string& folded, const MatchOptions& options);
  template <bool kPatterns>
  void MatchImpl(const text::FoldedText& t, std::vector<Hit>* hits, MatchScratch* scratch) const;
  // As AcceptText, for an occurrence found by the pinyin automaton.
  void AcceptPinyin(uint32_t index, const text::FoldedText& t, uint32_t last,
                    std::vector<Hit>* hits) const;
  // Sorts *hits by (ubegin, uend, set, word, how) and keeps the first hit of
  // each (ubegin, uend, set, word). REQUIRES: every ubegin < n.
  static void SortHits(uint32_t n, std::vector<Hit>* hits, MatchScratch* s);
  // Joins the part occurrences in scratch->raw into pattern hits appended
  // to *hits.
  void JoinParts(const text::FoldedText& t, std::vector<Hit>* hits, MatchScratch* s) const;

  std::vector<Phrase> phrases_;
  std::vector<Variant> variants_;
  size_t public_phrases_ = 0;
  std::vector<Pattern> patterns_;  // every pattern added, in order
  // Pattern classes: the patterns added with the same text and options,
  // joined once per turn; each hit is reported for every (set, word).
  std::vector<std::vector<Pattern>> class_outputs_;
  std::vector<Alternative> alts_;
  std::vector<Step> steps_;
  // Alternatives by their trigger part (the one whose hit makes the verifier
  // look at them): trigger_index_[part]..trigger_index_[part + 1] into
  // trigger_entries_ (built by Build()). Each entry lists the parts to test
  // besides the trigger: trigger_checks_[check_begin, + check_count), a
  // part id, with kLocalCheck for a local part. trigger_needs_ (by entry)
  // has the bit PartBit(p) of each automaton part p among them, so that an
  // entry one of whose parts did not occur is mostly ruled out by one test.
  struct TriggerEntry {
    uint32_t alt;
    uint32_t check_begin;
    uint32_t check_count;
  };
  static constexpr uint32_t kLocalCheck = 0x80000000u;
  // Text-automaton values of parts' variants carry this bit.
  static constexpr uint32_t kPartValue = 0x80000000u;
  // MatchScratch::Occurrence::part before JoinParts looks it up.
  static constexpr uint32_t kUnknownPart = 0xFFFFFFFFu;
  std::vector<uint32_t> trigger_index_;
  std::vector<TriggerEntry> trigger_entries_;
  std::vector<uint32_t> trigger_checks_;
  std::vector<uint64_t> trigger_needs_;
  static uint64_t PartBit(uint32_t part) { return uint64_t{1} << (part & 63); }
  std::vector<PartInfo> part_info_;  // by part id
  // Part id by folded text + OptionsKey; build time only. Hashed, not
  // ordered: books have tens of thousands of parts and patterns, and these
  // look-ups were a tenth of compiling a book combination.
  std::unordered_map<std::u32string, uint32_t> part_ids_;
  // Pattern class by pattern text + OptionsKey; build time only.
  std::unordered_map<std::string, uint32_t> class_ids_;
  // Parts' text forms: pending_units[begin, begin + size), entered into the
  // automaton with `value` by Build() unless the part is local.
  struct PendingForm {
    uint32_t begin;
    uint32_t size;
    uint32_t value;
  };
  // Build-time working memory, reused from one phrase to the next (the
  // books of a combination add tens of thousands) and freed by Build().
  struct BuildScratch {
    std::vector<PendingForm> pending;
    std::vector<uint32_t> pending_units;
    std::vector<uint32_t> letters;    // AddFolded: the phrase's letters
    std::vector<uint32_t> form;       // AddFolded: a doubled form
    std::vector<uint32_t> syllables;  // AddFolded: their pinyin
    std::u32string part_key;          // PartId: text + OptionsKey
    std::vector<uint32_t> part_ids;   // AddPattern: part ids by the pattern's part index
  };
  BuildScratch build_;
  uint32_t part_count_ = 0;
  PhraseAutomaton text_;
  PhraseAutomaton pinyin_;
  bool built_ = false;
  uint64_t serial_ = 0;
};

}  // namespace huashu::match

#endif  // HUASHU_MATCH_MATCHER_H_
