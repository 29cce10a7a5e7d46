#include "huashu/match/hit_memo.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace huashu::match {
namespace {

bool SameHits(std::span<const Hit> a, const std::vector<Hit>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const Hit& x = a[i];
    const Hit& y = b[i];
    if (x.set != y.set || x.word != y.word || x.ubegin != y.ubegin || x.uend != y.uend ||
        x.begin != y.begin || x.end != y.end || x.how != y.how || x.skipped != y.skipped)
      return false;
  }
  return true;
}

// Two matchers over the same set ids, so that only the matcher tells their
// hits apart.
void BuildMatchers(Matcher* a, Matcher* b) {
  ASSERT_TRUE(a->Add("微信", 0, 0, {1, true, true}));
  ASSERT_TRUE(a->Add("加~3好友", 0, 1, {}));
  ASSERT_TRUE(a->Add("亲", 1, 0, {}));
  a->Build();
  ASSERT_TRUE(b->Add("好友", 0, 0, {}));
  ASSERT_TRUE(b->Add("亲", 1, 0, {}));
  b->Build();
}

// Texts that come back (and some that never do), each answered as the
// matcher answers it, across many rotations of the generations.
TEST(HitMemo, AnswersAsTheMatcherDoes) {
  Matcher a, b;
  BuildMatchers(&a, &b);
  ASSERT_NE(a.serial(), b.serial());
  HitMemo memo;
  MatchScratch scratch;
  text::FoldedText folded;
  std::vector<Hit> want;
  const std::vector<std::string> common = {"亲，加我好友吧",     "亲 在的", "威信多少", "好的",
                                           "加个好友，微 信 聊", "亲亲"};
  uint32_t seed = 7;
  auto next = [&seed](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  const size_t rounds = 3 * HitMemo::kMaxEntries;
  for (size_t i = 0; i < rounds; ++i) {
    std::string text = common[next(static_cast<uint32_t>(common.size()))];
    if (next(2) == 0) text += "订单" + std::to_string(i) + "加微信";  // met once
    const Matcher& m = next(3) == 0 ? b : a;
    text::Fold(text, &folded);
    m.Match(folded, &want, &scratch);
    ASSERT_TRUE(SameHits(memo.Match(m, text, folded, &scratch), want)) << text;
  }
  EXPECT_EQ(memo.remembered() + memo.matched(), rounds);
  // The common texts stay through the rotations.
  EXPECT_GT(memo.remembered(), rounds / 3);
}

bool SameFold(const text::FoldedText& a, const text::FoldedText& b) {
  const size_t n = a.size();
  return n == b.size() && a.noise_count == b.noise_count &&
         a.original_length == b.original_length && a.error_offset == b.error_offset &&
         std::equal(a.units.begin(), a.units.begin() + n, b.units.begin()) &&
         std::equal(a.origin.begin(), a.origin.begin() + n, b.origin.begin()) &&
         std::equal(a.flags.begin(), a.flags.begin() + n, b.flags.begin()) &&
         std::equal(a.syllables.begin(), a.syllables.begin() + n, b.syllables.begin());
}

// FoldAndMatch: the fold text::Fold gives (ill-formed bytes, width and
// traditional forms, expanding characters included) and the matcher's hits,
// remembered or not, across rotations of the generations.
TEST(HitMemo, FoldsAndAnswersAsFoldAndTheMatcherDo) {
  Matcher a, b;
  BuildMatchers(&a, &b);
  HitMemo memo;
  MatchScratch scratch, scratch2;
  text::FoldedText want_fold, got_fold;
  std::vector<Hit> want;
  const std::vector<std::string> common = {"亲，加我好友吧",
                                           "ＡＢＣ 微信 ﷺ",
                                           "bad \xff\xfe bytes 加好友",
                                           "這個微信號碼",
                                           "好的",
                                           "",
                                           "加个好友，微 信 聊 。。。"};
  uint32_t seed = 11;
  auto next = [&seed](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  const size_t rounds = 3 * HitMemo::kMaxEntries;
  for (size_t i = 0; i < rounds; ++i) {
    std::string text = common[next(static_cast<uint32_t>(common.size()))];
    if (next(2) == 0) text += "单号" + std::to_string(i);  // met once
    const Matcher& m = next(3) == 0 ? b : a;
    text::Fold(text, &want_fold);
    m.Match(want_fold, &want, &scratch);
    ASSERT_TRUE(SameHits(memo.FoldAndMatch(m, text, &got_fold, &scratch2), want)) << text;
    ASSERT_TRUE(SameFold(got_fold, want_fold)) << text;
    ASSERT_GE(got_fold.units.size(), text.size() + 8);
  }
  EXPECT_GT(memo.remembered(), rounds / 3);
}

TEST(HitMemo, LongTextsAreMatchedEveryTime) {
  Matcher a, b;
  BuildMatchers(&a, &b);
  HitMemo memo;
  MatchScratch scratch;
  text::FoldedText folded;
  std::string text;
  while (text.size() <= HitMemo::kMaxTextLength) text += "亲，加我微信好友";
  text::Fold(text, &folded);
  std::vector<Hit> want;
  a.Match(folded, &want, &scratch);
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(SameHits(memo.Match(a, text, folded, &scratch), want));
  EXPECT_EQ(memo.remembered(), 0u);
  EXPECT_EQ(memo.matched(), 3u);
}

}  // namespace
}  // namespace huashu::match
