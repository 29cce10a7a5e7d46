#include "huashu/text/fold.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace huashu::text {
namespace {

using testing::Folded;

TEST(Fold, TraditionalBecomesSimplified) {
  EXPECT_EQ(Folded("請問有什麼可以幫您"), "请问有什么可以帮您");
  EXPECT_EQ(Folded("沒辦法"), "没办法");
  EXPECT_EQ(Folded("支付寶"), "支付宝");
}

// Variants ICU's Traditional-Simplified unifies only as whole words (甚麼)
// or not at all: a traditional chat's 甚麼時候 must meet a book's 什么时候.
TEST(Fold, VariantsIcuLeavesAlone) {
  EXPECT_EQ(Folded("甚麼時候"), Folded("什么时候"));
  EXPECT_EQ(Folded("甚么"), "什么");
  EXPECT_EQ(Folded("祇有一個"), "只有一个");
  EXPECT_EQ(Folded("噁心"), "恶心");
}

TEST(Fold, WidthAndCase) {
  EXPECT_EQ(Folded("ＱＱ"), "qq");
  EXPECT_EQ(Folded("ＯＫ"), "ok");
  EXPECT_EQ(Folded("１３８"), "138");
  EXPECT_EQ(Folded("Yes"), "yes");
}

TEST(Fold, CircledAndStyledLetters) {
  EXPECT_EQ(Folded("ⓆⓆ"), "qq");
  EXPECT_EQ(Folded("①②③"), "123");
  EXPECT_EQ(Folded("\U0001D41A\U0001D41B"), "ab");  // mathematical bold a b
}

TEST(Fold, DropsZeroWidthCharacters) { EXPECT_EQ(Folded("微\u200B信"), "微信"); }

TEST(Fold, DropsTheSpacesOfRecognizerText) {
  // A space after every character or word, as speech recognisers write:
  // dropped between Han characters (full-width spaces too).
  EXPECT_EQ(Folded("您 好 很 高 兴 为 您 服 务"), "您好很高兴为您服务");
  EXPECT_EQ(Folded("您好 很高兴 为您服务 请问 有什么 可以帮您"),
            "您好很高兴为您服务请问有什么可以帮您");
  EXPECT_EQ(Folded("请\u3000稍\u3000等"), "请稍等");
  // …but not around Latin letters or digits, nor a break.
  EXPECT_EQ(Folded("加 v 信 号 码 138 0000"), "加 v 信号码 138 0000");
  EXPECT_EQ(Folded("稍 等 。 好 的"), "稍等 。 好的");
  // Typed text, where a space separates words or clauses, keeps its spaces:
  // 你好 黑鲨 must not read as 好黑.
  EXPECT_EQ(Folded("你好 黑鲨什么时候发货啊"), "你好 黑鲨什么时候发货啊");
  EXPECT_EQ(Folded("好的 亲亲稍等一下 马上为您查询订单"), "好的 亲亲稍等一下 马上为您查询订单");
}

TEST(Fold, DroppedSpacesStayInsideTheOriginalSpan) {
  FoldedText t;
  ASSERT_TRUE(Fold("稍 等 一 下", &t));
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t.origin[1], 2u);  // 等 is code point 2 of the original
  EXPECT_EQ(t.OriginEnd(2), 3u);
  EXPECT_EQ(t.noise_count, 0u);
}

TEST(Fold, OffsetMapPointsIntoOriginal) {
  FoldedText t;
  // "ﬁ" expands to two units, both from original code point 1.
  ASSERT_TRUE(Fold("a\uFB01微\u200B信", &t));
  ASSERT_EQ(t.size(), 5u);  // a f i 微 信
  EXPECT_EQ(t.origin[1], 1u);
  EXPECT_EQ(t.origin[2], 1u);
  EXPECT_EQ(t.origin[3], 2u);
  EXPECT_EQ(t.origin[4], 4u);  // after the dropped zero-width space
  EXPECT_EQ(t.original_length, 5u);
  EXPECT_EQ(t.OriginEnd(5), 5u);
}

TEST(Fold, InvalidUtf8IsReportedNotFatal) {
  FoldedText t;
  EXPECT_FALSE(Fold(std::string("您好\xFF谢谢"), &t));
  EXPECT_EQ(t.error_offset, 6u);
  EXPECT_EQ(t.size(), 5u);
  EXPECT_EQ(t.units[2], 0xFFFDu);
}

TEST(Fold, Flags) {
  EXPECT_TRUE(FoldFlags(U' ') & kFoldNoise);
  EXPECT_TRUE(FoldFlags(U'*') & kFoldNoise);
  EXPECT_TRUE(FoldFlags(U'，') == 0 || (FoldFlags(U',') & kFoldNoise));
  EXPECT_TRUE(FoldFlags(U'。') & kFoldBreak);
  EXPECT_TRUE(FoldFlags(U'微') & kFoldHan);
  EXPECT_TRUE(FoldFlags(U'k') & kFoldAlnum);
  EXPECT_TRUE(FoldFlags(U'\U0001F600') & kFoldNoise);  // emoji
}

TEST(Fold, PinyinSyllables) {
  EXPECT_EQ(PinyinSpelling(PinyinSyllable(U'微')), "wei");
  EXPECT_EQ(PinyinSpelling(PinyinSyllable(U'威')), "wei");
  EXPECT_EQ(PinyinSpelling(PinyinSyllable(U'信')), "xin");
  // ü stays apart from u (绿泡泡 is no 鹿跑跑); 驴 and 绿 share lv.
  EXPECT_EQ(PinyinSpelling(PinyinSyllable(U'绿')), "lv");
  EXPECT_EQ(PinyinSpelling(PinyinSyllable(U'驴')), "lv");
  EXPECT_EQ(PinyinSpelling(PinyinSyllable(U'鹿')), "lu");
  EXPECT_NE(PinyinSyllable(U'绿'), PinyinSyllable(U'鹿'));
  EXPECT_EQ(PinyinSyllable(U'a'), 0);
}

}  // namespace
}  // namespace huashu::text

namespace huashu::text {
namespace {

TEST(Fold, ReusedBuffersCarryNoSyllablesOver) {
  FoldedText f;
  ASSERT_TRUE(Fold("微信微信", &f));
  ASSERT_NE(f.syllables[0], 0);
  // ﬁ (U+FB01) folds to two units, f and i: neither has a pinyin syllable,
  // whatever the buffer held before.
  ASSERT_TRUE(Fold("\xEF\xAC\x81\xEF\xAC\x81", &f));
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(std::u32string(f.units.begin(), f.units.begin() + 4), U"fifi");
  for (size_t i = 0; i < 4; ++i) EXPECT_EQ(f.syllables[i], 0) << i;
  EXPECT_EQ(f.origin[3], 1u);
}

TEST(Fold, ThreeByteBoundaries) {
  FoldedText f;
  // U+0800, the smallest three-byte code point, is valid...
  EXPECT_TRUE(Fold("\xE0\xA0\x80", &f));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f.units[0], 0x800u);
  // ...an overlong U+07FF and a surrogate are not.
  EXPECT_FALSE(Fold("\xE0\x9F\xBF", &f));
  EXPECT_FALSE(Fold("\xED\xA0\x80", &f));
  EXPECT_TRUE(Fold("\xED\x9F\xBF", &f));  // U+D7FF, just below the surrogates
}

TEST(Fold, FlagsOutsideUnicodeAreNone) {
  EXPECT_EQ(FoldFlags(0x110000), 0);
  EXPECT_EQ(FoldFlags(0xFFFFFFFF), 0);
}

}  // namespace
}  // namespace huashu::text
