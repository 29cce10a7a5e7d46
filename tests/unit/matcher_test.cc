#include "huashu/match/matcher.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "huashu/match/automaton.h"

namespace huashu::match {
namespace {

std::vector<Hit> MatchAll(const Matcher& m, std::string_view s) {
  text::FoldedText t;
  text::Fold(s, &t);
  std::vector<Hit> hits;
  m.Match(t, &hits);
  return hits;
}

TEST(Automaton, FindsOverlappingPatterns) {
  PhraseAutomaton a;
  std::vector<uint32_t> he{'h', 'e'}, she{'s', 'h', 'e'}, hers{'h', 'e', 'r', 's'};
  a.Add(he, 0);
  a.Add(she, 1);
  a.Add(hers, 2);
  a.Build();
  std::vector<uint32_t> text{'u', 's', 'h', 'e', 'r', 's'};
  std::vector<std::pair<uint32_t, size_t>> hits;
  a.Scan(text, [&](uint32_t v, size_t end) { hits.push_back({v, end}); });
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0], std::make_pair(1u, size_t{4}));  // she, longer first
  EXPECT_EQ(hits[1], std::make_pair(0u, size_t{4}));  // he
  EXPECT_EQ(hits[2], std::make_pair(2u, size_t{6}));  // hers
}

TEST(Matcher, SpansAreOriginalCodePoints) {
  Matcher m;
  m.Add("没办法", 0, 0, {});
  m.Build();
  auto hits = MatchAll(m, "亲，這個沒辦法哦");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].begin, 4u);
  EXPECT_EQ(hits[0].end, 7u);
}

TEST(Matcher, LatinWordsMatchWholeWordsOnly) {
  Matcher m;
  m.Add("OK", 0, 0, {});
  m.Build();
  EXPECT_EQ(MatchAll(m, "好的OK").size(), 1u);
  EXPECT_EQ(MatchAll(m, "ok的").size(), 1u);
  EXPECT_TRUE(MatchAll(m, "this book").empty());
  EXPECT_TRUE(MatchAll(m, "OKAY").empty());
  EXPECT_EQ(MatchAll(m, "ＯＫ！").size(), 1u);
}

TEST(Matcher, NoiseSkippingIsBounded) {
  Matcher m;
  MatchOptions o;
  o.noise = 2;
  m.Add("支付宝", 0, 0, o);
  m.Build();
  auto hits = MatchAll(m, "请用支*付*宝付款");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].how, MatchHow::kNoise);
  EXPECT_EQ(hits[0].skipped, 2);
  EXPECT_EQ(hits[0].begin, 2u);
  EXPECT_EQ(hits[0].end, 7u);
  EXPECT_EQ(MatchAll(m, "支-付-宝").size(), 1u);     // the bound is per gap
  EXPECT_TRUE(MatchAll(m, "支*-*付*-*宝").empty());  // 3 in a gap: too far apart
  EXPECT_TRUE(MatchAll(m, "支。付宝").empty());      // a sentence break is never skipped
}

TEST(Matcher, NoNoiseSkippingUnlessAsked) {
  Matcher m;
  m.Add("支付宝", 0, 0, {});
  m.Build();
  EXPECT_TRUE(MatchAll(m, "支*付*宝").empty());
  // …but the spaces of speech-recognition text are no noise: folding drops
  // them, so every phrase matches such text exactly (text/fold.h).
  auto hits = MatchAll(m, "用 支 付 宝 付 款");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].how, MatchHow::kExact);
  EXPECT_EQ(hits[0].begin, 2u);
  EXPECT_EQ(hits[0].end, 7u);
}

TEST(Matcher, Repeats) {
  Matcher m;
  MatchOptions o;
  o.repeats = true;
  m.Add("微信", 0, 0, o);
  m.Build();
  // The exact 微信 inside is found too; the repeat hit covers all of 微微信.
  auto hits = MatchAll(m, "加微微信");
  auto it = std::find_if(hits.begin(), hits.end(),
                         [](const Hit& h) { return h.how == MatchHow::kRepeat; });
  ASSERT_NE(it, hits.end());
  EXPECT_EQ(it->begin, 1u);
  EXPECT_EQ(it->end, 4u);
  // A single repeated character phrase never collapses to one character.
  Matcher laugh;
  laugh.Add("哈哈", 0, 0, o);
  laugh.Build();
  EXPECT_TRUE(MatchAll(laugh, "哈").empty());
}

TEST(Matcher, Homophones) {
  Matcher m;
  MatchOptions o;
  o.homophones = true;
  m.Add("微信", 0, 0, o);
  m.Build();
  auto hits = MatchAll(m, "加我威信");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].how, MatchHow::kPinyin);
  EXPECT_EQ(MatchAll(m, "加我薇信").size(), 1u);
  // The exact form is reported once, as exact.
  hits = MatchAll(m, "加我微信");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].how, MatchHow::kExact);
}

TEST(Matcher, RejectsPhrasesThatFoldToNothing) {
  Matcher m;
  EXPECT_FALSE(m.Add("  ", 0, 0, {}));
  EXPECT_FALSE(m.Add("\u200B", 0, 0, {}));
  EXPECT_TRUE(m.Add("OK!", 0, 0, {}));
}

}  // namespace
}  // namespace huashu::match
