// Patterns: parsing and expansion (pattern.h), and matching through Matcher.

#include "huashu/match/pattern.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "huashu/base/utf8.h"
#include "huashu/match/matcher.h"
#include "huashu/text/fold.h"

namespace huashu::match {
namespace {

// Alternatives as strings: "甲~3乙" for parts 甲 and 乙 with a gap of 3.
std::vector<std::string> Expand(std::string_view pattern, std::string* error = nullptr) {
  std::vector<PatternAlternative> alts;
  std::string e;
  if (!ExpandPattern(pattern, Matcher::kMaxPatternExpansions, Matcher::kMaxGap,
                     Matcher::kDefaultGap, &alts, &e)) {
    if (error) *error = e;
    return {"ERROR: " + e};
  }
  std::vector<std::string> out;
  for (const auto& alt : alts) {
    std::string s;
    for (size_t k = 0; k < alt.size(); ++k) {
      if (k > 0) {
        s += '~';
        s += std::to_string(alt[k].gap);
      }
      for (char32_t c : alt[k].text) base::AppendUtf8(c, &s);
    }
    out.push_back(s);
  }
  return out;
}

std::string ErrorOf(std::string_view pattern) {
  std::string error;
  EXPECT_FALSE(Matcher::Check(pattern, &error)) << pattern;
  Matcher m;
  std::string add_error;
  EXPECT_FALSE(m.Add(pattern, 0, 0, {}, &add_error)) << pattern;
  EXPECT_EQ(error, add_error);
  EXPECT_EQ(m.phrase_count(), 0u);
  return error;
}

std::vector<Hit> MatchPatterns(const Matcher& m, std::string_view s) {
  text::FoldedText t;
  text::Fold(s, &t);
  std::vector<Hit> hits;
  m.Match(t, &hits);
  return hits;
}

using Span = std::pair<uint32_t, uint32_t>;
std::vector<Span> Spans(const Matcher& m, std::string_view s) {
  std::vector<Span> out;
  for (const Hit& h : MatchPatterns(m, s)) out.push_back({h.begin, h.end});
  return out;
}

Matcher One(std::string_view pattern, MatchOptions options = {}) {
  Matcher m;
  std::string error;
  EXPECT_TRUE(m.Add(pattern, 7, 3, options, &error)) << error;
  m.Build();
  return m;
}

// ---- syntax ----------------------------------------------------------------

TEST(PatternSyntax, WhatIsAPattern) {
  EXPECT_FALSE(Matcher::IsPattern("您好"));
  EXPECT_FALSE(Matcher::IsPattern("NO.1"));
  EXPECT_FALSE(Matcher::IsPattern("（全角括号）"));  // only ASCII operators
  EXPECT_FALSE(Matcher::IsPattern("～"));
  EXPECT_FALSE(Matcher::IsPattern("a\\b"));  // not an escape: a plain phrase
  EXPECT_TRUE(Matcher::IsPattern("您?好"));
  EXPECT_TRUE(Matcher::IsPattern("(加|联系)微信"));
  EXPECT_TRUE(Matcher::IsPattern("加~微信"));
  EXPECT_TRUE(Matcher::IsPattern("甲|乙"));
  EXPECT_TRUE(Matcher::IsPattern("\\(OK\\)"));  // escapes make a pattern too
}

TEST(PatternSyntax, Alternatives) {
  EXPECT_EQ(Expand("(加|联系)微信"), (std::vector<std::string>{"加微信", "联系微信"}));
  EXPECT_EQ(Expand("甲|乙"), (std::vector<std::string>{"甲", "乙"}));
  EXPECT_EQ(Expand("(其他|其它|其他)"), (std::vector<std::string>{"其他", "其它"}));
}

TEST(PatternSyntax, OptionalParts) {
  EXPECT_EQ(Expand("您?太客气了"), (std::vector<std::string>{"您太客气了", "太客气了"}));
  EXPECT_EQ(Expand("谢谢(您|亲)?"), (std::vector<std::string>{"谢谢您", "谢谢亲", "谢谢"}));
  EXPECT_EQ(Expand("(非常)?感谢"), (std::vector<std::string>{"非常感谢", "感谢"}));
  // Only the single character before '?' is optional.
  EXPECT_EQ(Expand("好的吗?"), (std::vector<std::string>{"好的吗", "好的"}));
}

TEST(PatternSyntax, Nesting) {
  EXPECT_EQ(Expand("(帮(您|你)?|效劳)吗"),
            (std::vector<std::string>{"帮您吗", "帮你吗", "帮吗", "效劳吗"}));
  EXPECT_EQ(Expand("((a|b)(c|d))"), (std::vector<std::string>{"ac", "ad", "bc", "bd"}));
}

TEST(PatternSyntax, Gaps) {
  EXPECT_EQ(Expand("加~2微信"), (std::vector<std::string>{"加~2微信"}));
  EXPECT_EQ(Expand("加~微信"), (std::vector<std::string>{"加~6微信"}));
  EXPECT_EQ(Expand("加~0微信"), (std::vector<std::string>{"加~0微信"}));
  EXPECT_EQ(Expand("还有(其他|别的)~6(帮|问题)"),
            (std::vector<std::string>{"还有其他~6帮", "还有其他~6问题", "还有别的~6帮",
                                      "还有别的~6问题"}));
  // Gaps around a left-out part add up; a gap at the edge of an
  // alternative has nothing to bound and is dropped.
  EXPECT_EQ(Expand("甲~2(乙)?~3丙"), (std::vector<std::string>{"甲~2乙~3丙", "甲~5丙"}));
  EXPECT_EQ(Expand("(请)?~2稍等"), (std::vector<std::string>{"请~2稍等", "稍等"}));
  // A '~' followed by a non-digit is the default gap; the rest is literal.
  EXPECT_EQ(Expand("加~x"), (std::vector<std::string>{"加~6x"}));
}

TEST(PatternSyntax, Escapes) {
  EXPECT_EQ(Expand("\\(OK\\)"), (std::vector<std::string>{"(OK)"}));
  EXPECT_EQ(Expand("a\\|b"), (std::vector<std::string>{"a|b"}));
  EXPECT_EQ(Expand("真的\\?"), (std::vector<std::string>{"真的?"}));
  EXPECT_EQ(Expand("\\~\\\\"), (std::vector<std::string>{"~\\"}));
  EXPECT_EQ(Expand("好\\??"), (std::vector<std::string>{"好?", "好"}));
}

TEST(PatternSyntax, SurroundingBlanksAreFormatting) {
  EXPECT_EQ(Expand("  (甲|乙)丙  "), (std::vector<std::string>{"甲丙", "乙丙"}));
}

TEST(PatternSyntax, ExpansionLimit) {
  // 2^8 = 256 alternatives: allowed; 2^9: an error.
  std::string p8, p9;
  for (int i = 0; i < 8; ++i) p8 += "(a|b)";
  p9 = p8 + "(a|b)";
  EXPECT_EQ(Expand(p8).size(), 256u);
  std::string error;
  Expand(p9, &error);
  EXPECT_EQ(error, "the pattern has more than 256 alternatives; split it into several patterns");
  EXPECT_EQ(ErrorOf(p9), error);
  // Optional characters double too: 9 of them is 512.
  EXPECT_EQ(ErrorOf("a?b?c?d?e?f?g?h?i?j"), error);
  // Many top-level alternatives.
  std::string wide = "(";
  for (int i = 0; i < 257; ++i) {
    if (i) wide += '|';
    wide += std::to_string(i);
    wide += "号";
  }
  wide += ")";
  EXPECT_EQ(ErrorOf(wide), error);
}

TEST(PatternSyntax, ErrorMessages) {
  EXPECT_EQ(ErrorOf("还有(其他|其它"), "unbalanced '(' at character 3: no ')' closes it");
  EXPECT_EQ(ErrorOf("还有其他)吗"), "unbalanced ')' at character 5: no '(' opens it");
  EXPECT_EQ(ErrorOf("甲()乙"), "empty group '()' at character 2");
  EXPECT_EQ(ErrorOf("(甲|)乙"),
            "empty alternative next to '|' at character 3 (write (甲)? for an optional part)");
  EXPECT_EQ(ErrorOf("(|甲)乙"),
            "empty alternative next to '|' at character 2 (write (甲)? for an optional part)");
  EXPECT_EQ(ErrorOf("甲||乙"),
            "empty alternative next to '|' at character 3 (write (甲)? for an optional part)");
  EXPECT_EQ(ErrorOf("?好"), "'?' at character 1 must follow a character or a group");
  EXPECT_EQ(ErrorOf("(?好)"), "'?' at character 2 must follow a character or a group");
  EXPECT_EQ(ErrorOf("好??"), "'?' at character 3 must follow a character or a group");
  EXPECT_EQ(ErrorOf("加~2?微信"),
            "'?' at character 4 cannot follow a gap: '~' already allows nothing in between");
  EXPECT_EQ(ErrorOf("~2微信"),
            "'~' at character 1 must stand between two parts (the pattern starts with a gap)");
  EXPECT_EQ(ErrorOf("加微信~"),
            "'~' at character 4 must stand between two parts (the pattern ends with a gap)");
  EXPECT_EQ(ErrorOf("甲|~乙"),
            "'~' at character 3 must stand between two parts (the pattern starts with a gap)");
  EXPECT_EQ(ErrorOf("加~51微信"),
            "gap '~51' at character 2 is longer than the limit of 50 letters");
  EXPECT_EQ(ErrorOf("加~99999999999999微信"),
            "gap '~1073741824' at character 2 is longer than the limit of 50 letters");
  EXPECT_EQ(ErrorOf("(甲)\\x"),
            "unknown escape '\\x' at character 4 (only \\( \\) \\| \\? \\~ \\\\ are escapes)");
  EXPECT_EQ(ErrorOf("(甲)\\"), "'\\' at character 4 escapes nothing (write \\\\ for '\\')");
  EXPECT_EQ(ErrorOf("(甲)?(乙)?"),
            "a pattern needs at least one literal part: this one can match an empty text "
            "(every part is optional)");
  EXPECT_EQ(ErrorOf("甲?"),
            "a pattern needs at least one literal part: this one can match an empty text "
            "(every part is optional)");
  EXPECT_EQ(ErrorOf("(，|甲)~乙"),
            "part '，' of the pattern has nothing to match (only spaces or punctuation)");
  EXPECT_EQ(ErrorOf("甲~2 ~2乙"),
            "part ' ' of the pattern has nothing to match (only spaces or punctuation)");
  std::string deep(40, '(');
  deep += "甲" + std::string(40, ')');
  EXPECT_EQ(ErrorOf(deep), "groups nested more than 32 deep at character 33");
  // Positions count code points, not bytes, from 1 (leading blanks included).
  EXPECT_EQ(ErrorOf("  您好(啊"), "unbalanced '(' at character 5: no ')' closes it");
}

TEST(PatternSyntax, PlainPhraseErrorsThroughTheNewOverload) {
  Matcher m;
  std::string error;
  EXPECT_FALSE(m.Add("  ", 0, 0, {}, &error));
  EXPECT_EQ(error, "the phrase has nothing to match (it is empty after normalization)");
  EXPECT_FALSE(m.Add("(甲", 0, 0, {}));  // the old overload: false, no message
  EXPECT_TRUE(Matcher::Check("您好", &error));
  EXPECT_TRUE(Matcher::Check("您?好", &error));
}

// ---- matching --------------------------------------------------------------

TEST(PatternMatch, AskMoreInOtherWords) {
  Matcher m = One("还有(其他|其它|别的|什么)~6(帮|效劳|服务|需要|问题)");
  auto hits = MatchPatterns(m, "请问还有其他还可以帮到您的吗");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].set, 7u);
  EXPECT_EQ(hits[0].word, 3u);
  EXPECT_EQ(hits[0].begin, 2u);
  EXPECT_EQ(hits[0].end, 10u);  // 还有其他还可以帮
  EXPECT_EQ(hits[0].how, MatchHow::kExact);
  EXPECT_EQ(MatchPatterns(m, "还有什么可以为您效劳的吗").size(), 1u);
  EXPECT_EQ(MatchPatterns(m, "请問還有其他問題嗎").size(), 1u);  // folding applies to parts
  EXPECT_TRUE(MatchPatterns(m, "还有其他").empty());
  EXPECT_TRUE(MatchPatterns(m, "帮您看一下还有其他").empty());  // order matters
}

TEST(PatternMatch, GapBoundsCountLetters) {
  Matcher m = One("加~2微信");
  EXPECT_EQ(Spans(m, "加微信"), (std::vector<Span>{{0, 3}}));
  EXPECT_EQ(Spans(m, "加我微信"), (std::vector<Span>{{0, 4}}));
  EXPECT_EQ(Spans(m, "加我的微信"), (std::vector<Span>{{0, 5}}));  // exactly 2: fine
  EXPECT_TRUE(Spans(m, "加我们的微信").empty());                   // 3: too far
  // Noise in a gap is free: only letters count.
  EXPECT_EQ(Spans(m, "加 我 😊 的 微信"), (std::vector<Span>{{0, 10}}));
  Matcher zero = One("加~0微信");
  EXPECT_EQ(Spans(zero, "加 微信"), (std::vector<Span>{{0, 4}}));
  EXPECT_TRUE(Spans(zero, "加我微信").empty());
  Matcher dflt = One("加~微信");
  EXPECT_EQ(Spans(dflt, "加一下我们店铺微信").size(), 1u);   // 6 letters
  EXPECT_TRUE(Spans(dflt, "加一下我们店铺的微信").empty());  // 7
}

TEST(PatternMatch, GapsStopAtClauseBreaks) {
  Matcher m = One("加~4微信");
  EXPECT_EQ(Spans(m, "加我 微信").size(), 1u);
  for (const char* text : {"加我，微信", "加我,微信", "加我。微信", "加我！微信", "加我？微信",
                           "加我?微信", "加我；微信", "加我;微信", "加我：微信", "加我:微信",
                           "加我、微信", "加我\n微信", "加我…微信", "加我...微信"}) {
    EXPECT_TRUE(Spans(m, text).empty()) << text;
  }
}

TEST(PatternMatch, AClockTimesColonIsNoClauseBreak) {
  Matcher m = One("显示~8送达");
  EXPECT_EQ(Spans(m, "系统显示12:40送达").size(), 1u);
  EXPECT_EQ(Spans(m, "系统显示１２：４０送达").size(), 1u);  // full-width
  EXPECT_TRUE(Spans(m, "系统显示:送达").empty());
  EXPECT_TRUE(Spans(m, "系统显示过12:送达").empty());
}

TEST(PatternMatch, OptionalPartsReportTheLongestMatch) {
  Matcher m = One("您?太客气了");
  EXPECT_EQ(Spans(m, "您太客气了"), (std::vector<Span>{{0, 5}}));
  EXPECT_EQ(Spans(m, "亲太客气了"), (std::vector<Span>{{1, 5}}));
  Matcher tail = One("谢谢(您|亲)?");
  EXPECT_EQ(Spans(tail, "谢谢您"), (std::vector<Span>{{0, 3}}));
  EXPECT_EQ(Spans(tail, "谢谢啦"), (std::vector<Span>{{0, 2}}));
}

TEST(PatternMatch, NestedGroups) {
  Matcher m = One("(很|非常)?(抱歉|对不起)~3(让|给)您(久等|添麻烦)了?");
  EXPECT_EQ(Spans(m, "非常抱歉让您久等了"), (std::vector<Span>{{0, 9}}));
  EXPECT_EQ(Spans(m, "对不起，给您添麻烦"), (std::vector<Span>{}));  // comma: new clause
  EXPECT_EQ(Spans(m, "对不起哦亲给您添麻烦了"), (std::vector<Span>{{0, 11}}));
}

TEST(PatternMatch, OneHitPerPatternLeftmostLongest) {
  // Two alternatives find the same span: one hit.
  Matcher m = One("(加|加我)~2微信");
  EXPECT_EQ(Spans(m, "加我微信"), (std::vector<Span>{{0, 4}}));
  // Overlapping candidates: the leftmost, longest from there.
  Matcher g = One("加~6微信");
  EXPECT_EQ(Spans(g, "加加微信"), (std::vector<Span>{{0, 4}}));
  EXPECT_EQ(Spans(g, "加我微信微信"), (std::vector<Span>{{0, 6}}));
  // Separate occurrences are separate hits.
  Matcher c = One("(加|联系)~2(微信|vx)");
  EXPECT_EQ(Spans(c, "加微信，联系vx"), (std::vector<Span>{{0, 3}, {4, 8}}));
}

TEST(PatternMatch, SpansMapBackToTheOriginalText) {
  Matcher m = One("(加|联系)~2(微信|vx|QQ)");
  // Zero-width space (dropped by folding), full-width letters, spaces.
  auto hits = MatchPatterns(m, "亲 可以加\u200B我 ＶＸ吗");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].begin, 4u);                  // 加
  EXPECT_EQ(hits[0].end, 10u);                   // through Ｘ
  EXPECT_EQ(hits[0].uend - hits[0].ubegin, 5u);  // 加 我 space Ｖ Ｘ: the zero-width is gone
  // Traditional characters in the text.
  EXPECT_EQ(Spans(m, "請加我們微信"), (std::vector<Span>{{1, 6}}));
}

TEST(PatternMatch, LatinPartsMatchWholeWords) {
  Matcher m = One("(加|add)~2(vx|QQ)");
  EXPECT_EQ(Spans(m, "加我vx").size(), 1u);
  EXPECT_EQ(Spans(m, "加QQ号").size(), 1u);
  EXPECT_EQ(Spans(m, "加我ＱＱ").size(), 1u);
  EXPECT_EQ(Spans(m, "add me vx").size(), 1u);
  EXPECT_TRUE(Spans(m, "加我vxe").empty());
  EXPECT_TRUE(Spans(m, "address vx").empty());
  EXPECT_TRUE(Spans(m, "加QQQ").empty());
}

TEST(PatternMatch, OptionsApplyToParts) {
  MatchOptions noise;
  noise.noise = 1;
  Matcher n = One("加~2微信", noise);
  auto hits = MatchPatterns(n, "加我微*信");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].how, MatchHow::kNoise);
  EXPECT_EQ(hits[0].skipped, 1);
  EXPECT_EQ(hits[0].end, 5u);
  EXPECT_TRUE(MatchPatterns(One("加~2微信"), "加我微*信").empty());
  // Noise in the gap is not "skipped": the hit is exact.
  hits = MatchPatterns(n, "加 我 微信");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].how, MatchHow::kExact);
  EXPECT_EQ(hits[0].skipped, 0);

  MatchOptions homophones;
  homophones.homophones = true;
  Matcher h = One("(加|联系)~2微信", homophones);
  hits = MatchPatterns(h, "加我威信");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].how, MatchHow::kPinyin);  // the least direct part decides
  hits = MatchPatterns(h, "加我微信");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].how, MatchHow::kExact);

  MatchOptions repeats;
  repeats.repeats = true;
  Matcher r = One("加~2微信", repeats);
  hits = MatchPatterns(r, "加我微微信");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].begin, 0u);
  EXPECT_EQ(hits[0].end, 5u);
  // 加我微 + 微信 (gap 1, exact) and 加我 + 微微信 (repeat) share the span:
  // the most direct form wins.
  EXPECT_EQ(hits[0].how, MatchHow::kExact);
  hits = MatchPatterns(r, "加微微信");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].how, MatchHow::kExact);  // 加 微 (gap) 微信
}

// A regex habit: '$' meant as "at the end of the turn" made a shipped
// pattern that could never match, and no test noticed. Phrases have no
// anchors, so a leading '^' or trailing '$' is a rulebook error naming the
// conditions that say it.
TEST(PatternErrors, RegexAnchorsAreRulebookErrors) {
  EXPECT_NE(ErrorOf("(没有|没)收到(货|东西)?$").find("no anchors"), std::string::npos);
  EXPECT_NE(ErrorOf("收到货$").find("letters_after"), std::string::npos);
  EXPECT_NE(ErrorOf("^您好").find("'^'"), std::string::npos);
  // A dollar sign inside a phrase is an ordinary character.
  std::string error;
  EXPECT_TRUE(Matcher::Check("$5优惠券", &error)) << error;
}

TEST(PatternMatch, PatternsAndPhrasesTogether) {
  Matcher m;
  ASSERT_TRUE(m.Add("微信", 0, 0, {}));
  ASSERT_TRUE(m.Add("(加|联系)~2微信", 1, 0, {}));
  ASSERT_TRUE(m.Add("微信~3(支付|红包)", 1, 1, {}));
  m.Build();
  EXPECT_EQ(m.phrase_count(), 3u);
  EXPECT_EQ(m.pattern_count(), 2u);
  auto hits = MatchPatterns(m, "加我微信红包");
  ASSERT_EQ(hits.size(), 3u);  // sorted by (ubegin, uend, set, word)
  EXPECT_EQ(std::tie(hits[0].set, hits[0].word, hits[0].ubegin, hits[0].uend),
            std::make_tuple(1u, 0u, 0u, 4u));
  EXPECT_EQ(std::tie(hits[1].set, hits[1].word, hits[1].ubegin, hits[1].uend),
            std::make_tuple(0u, 0u, 2u, 4u));
  EXPECT_EQ(std::tie(hits[2].set, hits[2].word, hits[2].ubegin, hits[2].uend),
            std::make_tuple(1u, 1u, 2u, 6u));
  // A part is never reported on its own.
  hits = MatchPatterns(m, "联系");
  EXPECT_TRUE(hits.empty());
}

TEST(PatternMatch, ManyPatternsSharingParts) {
  Matcher m;
  const std::vector<std::string> apps = {"微信", "vx", "QQ", "支付宝", "抖音"};
  uint32_t word = 0;
  for (int i = 0; i < 100; ++i) {
    std::string p = "(加|联系|私聊)~";
    p += std::to_string(i % 7);
    p += "(";
    p += apps[i % apps.size()];
    p += "|号";
    p += std::to_string(i);
    p += ")";
    ASSERT_TRUE(m.Add(p, 2, word++, {}));
  }
  m.Build();
  EXPECT_EQ(m.pattern_count(), 100u);
  // 加我微信: patterns with 微信 and a gap of at least 1.
  auto hits = MatchPatterns(m, "加我微信");
  size_t expected = 0;
  for (int i = 0; i < 100; ++i) expected += (i % apps.size() == 0 && i % 7 >= 1);
  EXPECT_EQ(hits.size(), expected);
  for (const Hit& h : hits) {
    EXPECT_EQ(h.word % apps.size(), 0u);
    EXPECT_EQ(h.begin, 0u);
    EXPECT_EQ(h.end, 4u);
  }
  hits = MatchPatterns(m, "私聊号42");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].word, 42u);
}

TEST(PatternMatch, ExplicitScratchAndThreads) {
  Matcher m = One("还有(其他|别的)~6(帮|问题)");
  text::FoldedText t;
  text::Fold("还有其他问题吗？还有别的可以帮您的吗", &t);
  MatchScratch scratch;
  std::vector<Hit> hits;
  m.Match(t, &hits, &scratch);
  ASSERT_EQ(hits.size(), 2u);
  std::vector<std::thread> threads;
  std::vector<size_t> counts(4);
  for (size_t k = 0; k < counts.size(); ++k) {
    threads.emplace_back([&, k] {
      std::vector<Hit> h;
      for (int i = 0; i < 200; ++i) {
        m.Match(t, &h);
        counts[k] += h.size();
      }
    });
  }
  for (auto& th : threads) th.join();
  for (size_t c : counts) EXPECT_EQ(c, 400u);
}

TEST(PatternMatch, LongRepetitiveTextStaysBounded) {
  Matcher m = One("哈~6哈~6哈~6哈");
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "哈";
  auto hits = MatchPatterns(m, text);
  // Non-overlapping, leftmost-longest: 哈 + 6 + 哈 + 6 + 哈 + 6 + 哈 = 22 letters each.
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].begin, 0u);
  EXPECT_EQ(hits[0].end, 22u);
  EXPECT_EQ(hits.size(), 228u);  // 227 x 22, then 6 left: 哈哈哈哈哈哈
}

// The examples in docs/rulebook.md ("Patterns") do what the comments say.
TEST(PatternMatch, DocumentedExamples) {
  auto fires = [](std::string_view pattern, std::string_view text) {
    Matcher m = One(pattern);
    return !MatchPatterns(m, text).empty();
  };
  const char* ask = "还有(其他|其它|别的|什么)~6(帮|效劳|服务|需要|问题)";
  EXPECT_TRUE(fires(ask, "请问还有其他可以帮到您的吗"));
  EXPECT_TRUE(fires(ask, "还有什么需要我效劳的吗"));
  EXPECT_TRUE(fires(ask, "还有别的问题吗"));
  for (const char* t : {"不客气", "不用客气哦", "别客气"})
    EXPECT_TRUE(fires("(不用?|别)客气", t)) << t;
  for (const char* t : {"您太客气了", "太客气啦亲"}) EXPECT_TRUE(fires("您?太客气(了|啦)", t)) << t;
  const char* contact = "(加|联系|私聊|添加)~4(微信|vx|wx|QQ|扣扣)";
  for (const char* t : {"加我微信", "私聊我vx", "联系一下我们QQ"})
    EXPECT_TRUE(fires(contact, t)) << t;
  for (const char* t : {"支持微信支付", "发微信红包"}) EXPECT_FALSE(fires(contact, t)) << t;
  const char* sorry = "(很|非常)?(抱歉|不好意思|对不起)~4(让|给)?您?(久等|添麻烦)了?";
  for (const char* t : {"非常抱歉让您久等了", "不好意思让亲久等了", "抱歉给您添麻烦了"})
    EXPECT_TRUE(fires(sorry, t)) << t;
  EXPECT_FALSE(fires(sorry, "抱歉，久等了"));
  // docs/matching.md
  EXPECT_FALSE(fires("(加|add)~2vx", "加我vxe"));
  EXPECT_FALSE(fires("(加|add)~2vx", "addvx"));
  EXPECT_TRUE(fires("(加我|添加|加个)~2微信", "加个微信吧"));
  EXPECT_TRUE(fires("不客气|别客气", "别客气"));
  EXPECT_TRUE(fires("\\(OK\\)", "好的(OK)"));
}

}  // namespace
}  // namespace huashu::match
