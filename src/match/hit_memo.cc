#include "huashu/match/hit_memo.h"

#include <algorithm>
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

bool HitMemo::Generation::Full(size_t text_size, size_t hit_count, size_t unit_count) const {
  return entries >= kMaxEntries || texts.size() + text_size > kMaxTextBytes ||
         hits.size() + hit_count > kMaxHits || units.size() + unit_count > kMaxUnits;
}

std::span<const Hit> HitMemo::Generation::Put(Entry* slot, uint64_t hash, uint64_t matcher,
                                              std::string_view text, std::span<const Hit> found,
                                              const text::FoldedText& folded) {
  const size_t n = folded.size();
  *slot = Entry{hash,
                matcher,
                static_cast<uint32_t>(texts.size()),
                static_cast<uint32_t>(text.size()),
                static_cast<uint32_t>(hits.size()),
                static_cast<uint32_t>(found.size()),
                static_cast<uint32_t>(units.size()),
                static_cast<uint32_t>(n),
                folded.noise_count,
                folded.original_length,
                folded.error_offset == std::string_view::npos
                    ? UINT32_MAX
                    : static_cast<uint32_t>(folded.error_offset)};
  texts.append(text);
  hits.insert(hits.end(), found.begin(), found.end());
  units.insert(units.end(), folded.units.begin(), folded.units.begin() + n);
  origin.insert(origin.end(), folded.origin.begin(), folded.origin.begin() + n);
  flags.insert(flags.end(), folded.flags.begin(), folded.flags.begin() + n);
  syllables.insert(syllables.end(), folded.syllables.begin(), folded.syllables.begin() + n);
  ++entries;
  return std::span<const Hit>(hits.data() + slot->hits_begin, slot->hits_size);
}

void HitMemo::Generation::Unfold(const Entry& e, std::string_view text,
                                 text::FoldedText* out) const {
  // text::Fold leaves room for a unit per byte and a few more; so does this.
  const size_t room = std::max<size_t>(text.size() + 8, e.units_size);
  if (out->units.size() < room) {
    out->units.resize(room);
    out->origin.resize(room);
    out->flags.resize(room);
    out->syllables.resize(room);
  }
  const size_t b = e.units_begin, n = e.units_size;
  std::copy_n(units.begin() + b, n, out->units.begin());
  std::copy_n(origin.begin() + b, n, out->origin.begin());
  std::copy_n(flags.begin() + b, n, out->flags.begin());
  std::copy_n(syllables.begin() + b, n, out->syllables.begin());
  out->length = n;
  out->noise_count = e.noise_count;
  out->original_length = e.original_length;
  out->error_offset = e.error_offset == UINT32_MAX ? std::string_view::npos : e.error_offset;
}

void HitMemo::Generation::Clear() {
  std::fill(slots.begin(), slots.end(), Entry{});
  texts.clear();
  hits.clear();
  units.clear();
  origin.clear();
  flags.clear();
  syllables.clear();
  entries = 0;
}

std::span<const Hit> HitMemo::Keep(Entry* slot, uint64_t hash, uint64_t matcher,
                                   std::string_view text, const text::FoldedText& folded) {
  // One text with a flood of hits is answered but not kept: it would take
  // a generation's room from the short texts that do come back.
  if (hits_.size() > kMaxHits / 16) return hits_;
  if (young_.Full(text.size(), hits_.size(), folded.size())) {
    std::swap(young_, old_);
    young_.Clear();
    slot = young_.Find(hash, matcher, text);
  }
  return young_.Put(slot, hash, matcher, text, hits_, folded);
}

std::span<const Hit> HitMemo::Match(const Matcher& matcher, std::string_view text,
                                    const text::FoldedText& folded, MatchScratch* scratch) {
  return Answer(matcher, text, &folded, nullptr, scratch);
}

std::span<const Hit> HitMemo::FoldAndMatch(const Matcher& matcher, std::string_view text,
                                           text::FoldedText* folded, MatchScratch* scratch) {
  return Answer(matcher, text, nullptr, folded, scratch);
}

std::span<const Hit> HitMemo::Answer(const Matcher& matcher, std::string_view text,
                                     const text::FoldedText* given, text::FoldedText* out,
                                     MatchScratch* scratch) {
  auto fold = [&]() -> const text::FoldedText& {
    if (given) return *given;
    text::Fold(text, out);
    return *out;
  };
  if (text.size() > kMaxTextLength) {
    ++matched_;
    matcher.Match(fold(), &hits_, scratch);
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
    if (out) young_.Unfold(*slot, text, out);
    return std::span<const Hit>(young_.hits.data() + slot->hits_begin, slot->hits_size);
  }
  if (const Entry* old = old_.Find(hash, serial, text); old->matcher != 0) {
    ++remembered_;
    // Copied out first: keeping it in the young generation may rotate the
    // generations, dropping the old one's arenas.
    if (out) old_.Unfold(*old, text, out);
    hits_.assign(old_.hits.begin() + old->hits_begin,
                 old_.hits.begin() + old->hits_begin + old->hits_size);
    return Keep(slot, hash, serial, text, given ? *given : *out);
  }
  ++matched_;
  const text::FoldedText& folded = fold();
  matcher.Match(folded, &hits_, scratch);
  return Keep(slot, hash, serial, text, folded);
}

}  // namespace huashu::match
