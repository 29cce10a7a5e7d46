// HitMemo: the hits of turn texts matched recently, so that a text met
// again is not matched again.
//
// Customer-service agents answer from quick replies (快捷短语) and
// customers repeat the same few words (好的, 在吗, 谢谢), so a day's chats
// hold the same turn text many times: about a quarter of the turns of the
// real chat corpora, most of them in the generated bench corpus. Matching
// is most of the cost of a turn, and Matcher::Match is a function of the
// text and the matcher alone, so a remembered answer is the answer.
//
// The fold of each text is kept as well (FoldAndMatch): the rules read a
// turn's folded text, and folding a text met again cost as much as all the
// rest of a remembered turn.
//
// Memory is bounded: two generations of at most kMaxEntries texts (and
// kMaxTextBytes of text, kMaxHits hits, kMaxUnits folded units) each. When the young one is full it
// becomes the old one and the old one is dropped; a text found in the old
// generation is copied into the young one, so texts that keep coming back
// stay. Texts longer than kMaxTextLength are not remembered (long turns
// rarely repeat word for word).

#ifndef HUASHU_MATCH_HIT_MEMO_H_
#define HUASHU_MATCH_HIT_MEMO_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/match/matcher.h"

namespace huashu::match {

class HitMemo {
 public:
  static constexpr size_t kMaxEntries = 4096;
  static constexpr size_t kMaxTextBytes = 1 << 20;
  static constexpr size_t kMaxHits = 1 << 15;
  static constexpr size_t kMaxTextLength = 1024;
  static constexpr size_t kMaxUnits = 1 << 17;

  HitMemo();
  HitMemo(const HitMemo&) = delete;
  HitMemo& operator=(const HitMemo&) = delete;

  // Returns the hits of `text` under `matcher`: what
  // matcher.Match(folded, hits, scratch) returns, remembered or computed
  // (and then remembered). The span is valid until the next call.
  // REQUIRES: `folded` is text::Fold(text); `matcher` is built.
  std::span<const Hit> Match(const Matcher& matcher, std::string_view text,
                             const text::FoldedText& folded, MatchScratch* scratch);
  // Folds `text` into *folded (text::Fold) and returns its hits as Match
  // does; a text remembered gets its fold copied, not folded again. The
  // span is valid until the next call.
  // REQUIRES: `matcher` is built.
  std::span<const Hit> FoldAndMatch(const Matcher& matcher, std::string_view text,
                                    text::FoldedText* folded, MatchScratch* scratch);

  // Texts answered from memory and texts matched, since construction.
  uint64_t remembered() const { return remembered_; }
  uint64_t matched() const { return matched_; }

 private:
  struct Entry {
    uint64_t hash = 0;
    uint64_t matcher = 0;  // Matcher::serial(); 0: empty slot
    uint32_t text_begin = 0;
    uint32_t text_size = 0;
    uint32_t hits_begin = 0;
    uint32_t hits_size = 0;
    // The fold: units_size units from units_begin of each unit arena, and
    // FoldedText's other fields (error_offset: UINT32_MAX for npos).
    uint32_t units_begin = 0;
    uint32_t units_size = 0;
    uint32_t noise_count = 0;
    uint32_t original_length = 0;
    uint32_t error_offset = 0;
  };
  // One generation: an open-addressing table over two arenas.
  struct Generation {
    std::vector<Entry> slots;  // kSlots, a power of two
    std::string texts;
    std::vector<Hit> hits;
    // The folds, one arena per FoldedText array.
    std::vector<uint32_t> units;
    std::vector<uint32_t> origin;
    std::vector<uint8_t> flags;
    std::vector<uint16_t> syllables;
    size_t entries = 0;

    // The slot holding (hash, matcher, text), or the empty slot where it
    // would go.
    Entry* Find(uint64_t hash, uint64_t matcher, std::string_view text);
    bool Full(size_t text_size, size_t hit_count, size_t unit_count) const;
    // REQUIRES: `slot` is the empty slot Find returned, and !Full(...).
    std::span<const Hit> Put(Entry* slot, uint64_t hash, uint64_t matcher, std::string_view text,
                             std::span<const Hit> hits, const text::FoldedText& folded);
    // Copies the fold kept at `e` into *out, as text::Fold would leave it.
    void Unfold(const Entry& e, std::string_view text, text::FoldedText* out) const;
    void Clear();
  };
  static constexpr size_t kSlots = 2 * kMaxEntries;  // at most half full

  // Keeps hits_ as the hits of `text` in the young generation (at `slot`,
  // the empty slot young_.Find returned), rotating the generations first
  // when it is full; returns the kept copy, or hits_ itself when a text's
  // hits are too many to keep.
  std::span<const Hit> Keep(Entry* slot, uint64_t hash, uint64_t matcher, std::string_view text,
                            const text::FoldedText& folded);
  // Match and FoldAndMatch. Exactly one of `given` (the fold of `text`,
  // from the caller) and `out` (where the fold is to be written) is set.
  std::span<const Hit> Answer(const Matcher& matcher, std::string_view text,
                              const text::FoldedText* given, text::FoldedText* out,
                              MatchScratch* scratch);

  Generation young_;
  Generation old_;
  std::vector<Hit> hits_;  // a text not remembered: its hits
  uint64_t remembered_ = 0;
  uint64_t matched_ = 0;
};

}  // namespace huashu::match

#endif  // HUASHU_MATCH_HIT_MEMO_H_
