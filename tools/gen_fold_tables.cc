// Build-time generator for huashu's per-code-point folding tables.
//
// ICU is far too slow to run per character at scan time (the
// Traditional-Simplified transliterator manages ~7 MB/s, Han-Latin ~0.3 MB/s),
// so this program asks ICU once per code point at build time and writes the
// answers as a two-stage lookup table that the scanner indexes directly.
//
// Usage: gen_fold_tables OUTPUT.inc
//
// For each code point the table records:
//   - its folded form: NFKC_Casefold, then Traditional->Simplified for Han;
//     0, 1 or more code points (most are 1);
//   - flags of the folded form (noise, sentence break, Han, Latin/digit);
//   - the toneless pinyin syllable of a folded Han character (Han-Latin, then
//     Latin-ASCII), as an index into a syllable list.

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "huashu/text/fold_flags.h"

namespace {

using huashu::text::kFoldAlnum;
using huashu::text::kFoldBreak;
using huashu::text::kFoldHan;
using huashu::text::kFoldNoise;

constexpr int kBlockBits = 8;
constexpr int kBlockSize = 1 << kBlockBits;
constexpr UChar32 kMaxCodePoint = 0x10FFFF;

void Die(const char* what, UErrorCode status) {
  std::fprintf(stderr, "gen_fold_tables: %s: %s\n", what, u_errorName(status));
  std::exit(1);
}

bool IsHan(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(c, &status) == USCRIPT_HAN && u_isalpha(c);
}

// Noise: characters that agents slip inside a banned word to dodge a filter
// (spaces, punctuation, symbols, emoji) but that do not end a sentence.
bool IsSentenceBreak(UChar32 c) {
  switch (c) {
    // ASCII '.' is not here: inside Chinese text it is a common filler
    // between the characters of a dodged word (最.好), and in "NO.1".
    case '\n':
    case '\r':
    case '!':
    case '?':
    case ';':
    case 0x3002: /* 。 */
    case 0xFF01:
    case 0xFF1F:
    case 0xFF1B:
    case 0x2026: /* … */
    case 0xFF61: /* ｡ */
    case 0x2029:
    case 0x2028:
      return true;
    default:
      return false;
  }
}

bool IsNoise(UChar32 c) {
  if (IsSentenceBreak(c)) return false;
  if (u_isUWhiteSpace(c)) return true;
  switch (u_charType(c)) {
    case U_CONNECTOR_PUNCTUATION:
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
    case U_SPACE_SEPARATOR:
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
      return true;
    default:
      return false;
  }
}

// The variant a single folded Han character stands for where ICU's
// Traditional-Simplified leaves it, or 0.
UChar32 VariantOf(const icu::UnicodeString& folded) {
  if (folded.countChar32() != 1) return 0;
  switch (folded.char32At(0)) {
    case 0x751A:  // 甚 (甚麼, 甚么) -> 什
      return 0x4EC0;
    case 0x7947:  // 祇 -> 只
    case 0x8879:  // 衹 -> 只
      return 0x53EA;
    case 0x5641:  // 噁 (噁心) -> 恶
      return 0x6076;
    default:
      return 0;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: gen_fold_tables OUTPUT.inc\n");
    return 2;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) Die("NFKC_Casefold", status);
  std::unique_ptr<icu::Transliterator> t2s(
      icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) Die("Traditional-Simplified", status);
  // Pinyin in two steps: ü (with or without a tone) becomes v before the
  // tone marks are stripped, so that 绿 (lü) and 鹿 (lu) stay apart; plain
  // Latin-ASCII folds ü to u, and 小鹿跑跑 then read as 绿泡泡.
  std::unique_ptr<icu::Transliterator> han_latin(
      icu::Transliterator::createInstance("Han-Latin", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) Die("Han-Latin", status);
  std::unique_ptr<icu::Transliterator> to_ascii(
      icu::Transliterator::createInstance("Latin-ASCII; Lower", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) Die("Latin-ASCII", status);

  std::vector<uint32_t> pool;                 // multi-code-point folds
  std::map<std::string, uint16_t> syllables;  // syllable -> id (1-based; 0 = none)
  std::vector<std::string> syllable_list{""};
  std::vector<uint64_t> entries(kMaxCodePoint + 1);

  for (UChar32 c = 0; c <= kMaxCodePoint; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) {  // surrogates never decode from valid UTF-8
      entries[c] = uint64_t{1} << 32;  // identity, len 1
      continue;
    }
    icu::UnicodeString src(c);
    icu::UnicodeString folded = nfkc_cf->normalize(src, status);
    if (U_FAILURE(status)) Die("normalize", status);
    bool han_inside = false;
    for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
      if (IsHan(folded.char32At(i))) han_inside = true;
    }
    if (han_inside) {
      t2s->transliterate(folded);
      // Variants ICU unifies only inside words, or not at all: 甚麼 becomes
      // 什么 as a word, but 甚 alone stays 甚, so a traditional chat's
      // 甚麼時候 never met a book's 什么时候; 祇/衹 (只) and 噁 (恶心)
      // likewise. Folding is per code point, so the character itself is
      // mapped; books and text fold alike, so 甚至 meeting 什至 costs nothing.
      if (const UChar32 to = VariantOf(folded); to != 0) folded = icu::UnicodeString(to);
      // A one-to-many simplification would break the offset map's
      // one-unit-per-character assumption for Han; keep the unsimplified
      // form then (it does not happen for single characters in ICU 72).
      if (folded.countChar32() != icu::UnicodeString(nfkc_cf->normalize(src, status)).countChar32())
        folded = nfkc_cf->normalize(src, status);
    }
    std::vector<uint32_t> cps;
    for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
      cps.push_back(static_cast<uint32_t>(folded.char32At(i)));
    }
    uint32_t low;
    uint8_t len = static_cast<uint8_t>(cps.size() > 255 ? 255 : cps.size());
    if (cps.size() == 1) {
      low = static_cast<uint32_t>(static_cast<int32_t>(cps[0]) - c);
    } else {
      low = static_cast<uint32_t>(pool.size());
      pool.insert(pool.end(), cps.begin(), cps.begin() + len);
    }
    uint8_t flags = 0;
    uint16_t syllable = 0;
    if (!cps.empty()) {
      const UChar32 head = static_cast<UChar32>(cps[0]);
      if (IsSentenceBreak(head))
        flags |= kFoldBreak;
      else if (IsNoise(head))
        flags |= kFoldNoise;
      if (IsHan(head)) flags |= kFoldHan;
      if (head < 0x80 && u_isalnum(head)) flags |= kFoldAlnum;
      if (cps.size() == 1 && (flags & kFoldHan)) {
        icu::UnicodeString latin(head);
        han_latin->transliterate(latin);
        for (UChar32 u : {0x00FC, 0x01D6, 0x01D8, 0x01DA, 0x01DC, 0x00DC})  // ü ǖ ǘ ǚ ǜ Ü
          latin.findAndReplace(icu::UnicodeString(u), icu::UnicodeString(u'v'));
        to_ascii->transliterate(latin);
        std::string s;
        latin.toUTF8String(s);
        bool plain = !s.empty();
        for (char ch : s) plain = plain && ch >= 'a' && ch <= 'z';
        if (plain) {
          auto [it, inserted] = syllables.emplace(s, static_cast<uint16_t>(syllable_list.size()));
          if (inserted) syllable_list.push_back(s);
          syllable = it->second;
        }
      }
    }
    entries[c] = uint64_t{low} | (uint64_t{len} << 32) | (uint64_t{flags} << 40) |
                 (uint64_t{syllable} << 48);
  }

  // Two-stage table: identical 256-entry blocks are stored once. Storing the
  // fold as a delta makes the identity blocks (most of Unicode) identical.
  std::map<std::vector<uint64_t>, uint32_t> block_ids;
  std::vector<std::vector<uint64_t>> blocks;
  std::vector<uint32_t> stage1;
  for (UChar32 base = 0; base <= kMaxCodePoint; base += kBlockSize) {
    std::vector<uint64_t> block(entries.begin() + base, entries.begin() + base + kBlockSize);
    auto [it, inserted] = block_ids.emplace(block, static_cast<uint32_t>(blocks.size()));
    if (inserted) blocks.push_back(block);
    stage1.push_back(it->second);
  }

  std::ofstream out(argv[1]);
  out << "// Generated by tools/gen_fold_tables.cc from ICU " << U_ICU_VERSION
      << ". Do not edit.\n";
  out << "constexpr int kFoldBlockBits = " << kBlockBits << ";\n";
  out << "constexpr uint16_t kFoldStage1[" << stage1.size() << "] = {";
  for (size_t i = 0; i < stage1.size(); ++i) out << (i % 24 ? "" : "\n") << stage1[i] << ",";
  out << "};\n";
  out << "constexpr uint64_t kFoldStage2[" << blocks.size() * kBlockSize << "] = {";
  size_t n = 0;
  char buf[32];
  for (const auto& block : blocks) {
    for (uint64_t e : block) {
      std::snprintf(buf, sizeof buf, "0x%llx,", static_cast<unsigned long long>(e));
      out << (n++ % 8 ? "" : "\n") << buf;
    }
  }
  out << "};\n";
  out << "constexpr uint32_t kFoldPool[" << (pool.empty() ? 1 : pool.size()) << "] = {";
  for (size_t i = 0; i < pool.size(); ++i) out << (i % 16 ? "" : "\n") << pool[i] << ",";
  if (pool.empty()) out << "0";
  out << "};\n";
  out << "constexpr const char* kPinyinSyllables[" << syllable_list.size() << "] = {";
  for (size_t i = 0; i < syllable_list.size(); ++i)
    out << (i % 12 ? "" : "\n") << '"' << syllable_list[i] << "\",";
  out << "};\n";
  std::fprintf(stderr, "gen_fold_tables: %zu blocks, %zu pool units, %zu syllables\n",
               blocks.size(), pool.size(), syllable_list.size() - 1);
  return out ? 0 : 1;
}
