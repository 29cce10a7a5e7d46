#include "huashu/match/hit_memo.h"

#include <functional>
#include <utility>

namespace huashu::match {

HitMemo::HitMemo() = default;

HitMemo::Entry* HitMemo::Generation::Find(uint64_t hash, uint64_t matcher, std::string_view text) {
  // Linear probing; the table is at most half full, so an empty slot ends
  // every search.
  for (size_t i = hash & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
    Entry& e = slots[i];
    if (e.matcher == 0) return &e;
    if (e.hash == hash && e.matcher == matcher && e.text_size == text.size() &&
        std::string_view(texts).substr(e.text_begin, e.text_size) == text) {
      return &e;
    }
  }
}

bool HitMemo::Generation::Full(size_t text_size, size_t hit_count) const {
  return entries >= kMaxEntries || texts.size() + text_size > kMaxTextBytes ||
         hits.size() + hit_count > kMaxHits;
}

std::span<const Hit> HitMemo::Generation::Put(Entry* slot, uint64_t hash, uint64_t matcher,
                                              std::string_view text, std::span<const Hit> found) {
  *slot = Entry{hash,
                matcher,
                static_cast<uint32_t>(texts.size()),
                static_cast<uint32_t>(text.size()),
                static_cast<uint32_t>(hits.size()),
                static_cast<uint32_t>(found.size())};
  texts.append(text);
  hits.insert(hits.end(), found.begin(), found.end());
  ++entries;
  return std::span<const Hit>(hits.data() + slot->hits_begin, slot->hits_size);
}

void HitMemo::Generation::Clear() {
  std::fill(slots.begin(), slots.end(), Entry{});
  texts.clear();
  hits.clear();
  entries = 0;
}

std::span<const Hit> HitMemo::Keep(Entry* slot, uint64_t hash, uint64_t matcher,
                                   std::string_view text) {
  // One text with a flood of hits is answered but not kept: it would take
  // a generation's room from the short texts that do come back.
  if (hits_.size() > kMaxHits / 16) return hits_;
  if (young_.Full(text.size(), hits_.size())) {
    std::swap(young_, old_);
    young_.Clear();
    slot = young_.Find(hash, matcher, text);
  }
  return young_.Put(slot, hash, matcher, text, hits_);
}

std::span<const Hit> HitMemo::Match(const Matcher& matcher, std::string_view text,
                                    const text::FoldedText& folded, MatchScratch* scratch) {
  if (text.size() > kMaxTextLength) {
    ++matched_;
    matcher.Match(folded, &hits_, scratch);
    return hits_;
  }
  if (young_.slots.empty()) {
    // Allocated at the first use, not with the scratch: `rules test` makes
    // one scratch per rule and checks a few examples with it.
    young_.slots.resize(kSlots);
    old_.slots.resize(kSlots);
  }
  const uint64_t hash = std::hash<std::string_view>()(text);
  const uint64_t serial = matcher.serial();
  Entry* slot = young_.Find(hash, serial, text);
  if (slot->matcher != 0) {
    ++remembered_;
    return std::span<const Hit>(young_.hits.data() + slot->hits_begin, slot->hits_size);
  }
  if (const Entry* old = old_.Find(hash, serial, text); old->matcher != 0) {
    ++remembered_;
    // Copied out first: keeping it in the young generation may rotate the
    // generations, dropping the old one's arenas.
    hits_.assign(old_.hits.begin() + old->hits_begin,
                 old_.hits.begin() + old->hits_begin + old->hits_size);
    return Keep(slot, hash, serial, text);
  }
  ++matched_;
  matcher.Match(folded, &hits_, scratch);
  return Keep(slot, hash, serial, text);
}

}  // namespace huashu::match
