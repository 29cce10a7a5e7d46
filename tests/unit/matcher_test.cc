#include "huashu/match/matcher.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "huashu/base/utf8.h"
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

// Every occurrence, as a naive search finds it: the automaton's inherited
// transitions (a mismatch deep in one pattern continuing another) and its
// long transition lists (searched by halving) must change nothing.
TEST(Automaton, FindsWhatANaiveSearchFinds) {
  std::vector<std::vector<uint32_t>> patterns = {
      {'a', 'b', 'c', 'd'}, {'b', 'c', 'e'}, {'c', 'e'}, {'a', 'b', 'a', 'b', 'c'}, {'b', 'a'}};
  for (uint32_t c = 'e'; c < 'e' + 20; ++c) patterns.push_back({'a', c});  // 'a' has 21 edges
  for (uint32_t c = 'e'; c < 'e' + 12; ++c) patterns.push_back({'b', 'a', c});
  PhraseAutomaton a;
  for (uint32_t v = 0; v < patterns.size(); ++v) a.Add(patterns[v], v);
  a.Build();
  uint32_t seed = 12345;
  auto next = [&seed](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  for (int round = 0; round < 500; ++round) {
    std::vector<uint32_t> text(1 + next(30));
    for (uint32_t& c : text) c = next(4) == 0 ? 'e' + next(24) : 'a' + next(4);
    std::vector<std::pair<size_t, uint32_t>> got, want;
    a.Scan(text, [&](uint32_t v, size_t end) { got.push_back({end, v}); });
    for (size_t end = 1; end <= text.size(); ++end) {
      for (uint32_t v = 0; v < patterns.size(); ++v) {
        const auto& p = patterns[v];
        if (p.size() <= end && std::equal(p.begin(), p.end(), text.begin() + (end - p.size())))
          want.push_back({end, v});
      }
    }
    std::sort(got.begin(), got.end());
    ASSERT_EQ(got, want) << "round " << round;
  }
}

// More hits start at one unit than a bucket sorts by insertion: still in
// (ubegin, uend, set, word) order, one hit per (span, set, word).
TEST(Matcher, ManyHitsAtOneStartAreSorted) {
  const std::u32string letters = U"一二三四五六七八九十甲乙丙丁戊己庚辛壬癸";
  Matcher m;
  for (uint32_t len = 1; len <= letters.size(); ++len) {
    std::string phrase;
    for (uint32_t i = 0; i < len; ++i) base::AppendUtf8(letters[i], &phrase);
    m.Add(phrase, 100 - len, 0, {});  // sets in the opposite order of the ends
    m.Add(phrase, 200, len, {});
    m.Add(phrase, 200, len, {});  // the same (set, word) twice: one hit
  }
  m.Build();
  std::string text;
  for (char32_t c : letters) base::AppendUtf8(c, &text);
  const auto hits = MatchAll(m, text);
  ASSERT_EQ(hits.size(), 2 * letters.size());
  for (size_t i = 0; i < hits.size(); ++i) {
    EXPECT_EQ(hits[i].ubegin, 0u);
    EXPECT_EQ(hits[i].uend, i / 2 + 1);
    EXPECT_EQ(hits[i].set, i % 2 == 0 ? 100 - hits[i].uend : 200u);
  }
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
