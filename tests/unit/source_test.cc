// Traceability: a rule's `source:` (the clauses it enforces), the book's
// `documents:` table, the clause every finding carries, and the coverage
// table built from the sources and a gap list.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "huashu/rules/coverage.h"
#include "huashu/rules/embedded.h"
#include "huashu/rules/rulebook.h"
#include "test_util.h"

namespace huashu::rules {
namespace {

// A book with one forbidden rule; `source` is spliced in as the rule's
// source lines (4-space indent), `docs` as the book's documents: lines.
std::string Book(std::string_view source,
                 std::string_view docs = "documents:\n  \"000\": 手册甲\n  \"h2\": 手册乙\n") {
  std::string s = "name: t\n";
  s += docs;
  s += "rules:\n"
       "  - id: forbidden.curt\n"
       "    type: forbidden\n"
       "    category: forbidden\n";
  s += source;
  s += "    words: [什么事]\n"
       "    message: \"生硬「{match}」\"\n";
  return s;
}

Rulebook LoadBook(std::string_view yaml) {
  RulebookLoader loader;
  loader.AddText(yaml, "t.yaml");
  return loader.Finish();
}

// Checks that loading fails at t.yaml:line:col with `needle` in the message.
::testing::AssertionResult SourceFailsAt(std::string_view yaml, int line, int col,
                                         std::string_view needle) {
  try {
    LoadBook(yaml);
  } catch (const RulebookError& e) {
    const std::string what = e.what();
    const std::string at = "t.yaml:" + std::to_string(line) + ":" + std::to_string(col) + ": ";
    if (what.rfind(at, 0) != 0)
      return ::testing::AssertionFailure() << "expected " << at << ", got: " << what;
    if (what.find(needle) == std::string::npos)
      return ::testing::AssertionFailure() << "lacks '" << needle << "': " << what;
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "no RulebookError";
}

TEST(SourceTest, ReadsAListOfClauses) {
  const Rulebook book =
      LoadBook(Book("    source:\n"
                    "      - {doc: \"000\", section: \"篇2 一、1\", quote: \"您好,什么事情\"}\n"
                    "      - {doc: h2, section: 禁用语}\n"));
  const Rule& r = book.rules().at(0);
  ASSERT_EQ(r.sources.size(), 2u);
  EXPECT_EQ(r.sources[0].doc, "000");
  EXPECT_EQ(r.sources[0].title, "手册甲");
  EXPECT_EQ(r.sources[0].section, "篇2 一、1");
  EXPECT_EQ(r.sources[0].quote, "您好,什么事情");
  EXPECT_EQ(r.sources[0].pos.ToString(), "t.yaml:10:9");
  EXPECT_EQ(r.sources[1].quote, "");
  EXPECT_EQ(r.clause, "000§篇2 一、1; h2§禁用语");
  EXPECT_EQ(r.sources[0].Describe(), "000《手册甲》§篇2 一、1「您好,什么事情」");
  EXPECT_EQ(r.sources[1].Describe(), "h2《手册乙》§禁用语");
  ASSERT_EQ(book.documents().size(), 2u);
  EXPECT_EQ(book.documents().at("h2").title, "手册乙");
}

TEST(SourceTest, ReadsOneMappingAndNoSource) {
  const Rulebook one = LoadBook(Book("    source: {doc: h2, section: 第5章}\n"));
  EXPECT_EQ(one.rules().at(0).clause, "h2§第5章");
  const Rulebook none = LoadBook(Book(""));
  EXPECT_TRUE(none.rules().at(0).sources.empty());
  EXPECT_EQ(none.rules().at(0).clause, "");
}

TEST(SourceTest, MalformedSourcesFailAtTheirPlace) {
  // line 9 is "    source:", the entries start on line 10 at column 9
  EXPECT_TRUE(SourceFailsAt(Book("    source:\n      - {doc: \"009\", section: x}\n"), 10, 15,
                            "unknown document '009' (declare it under documents:)"));
  EXPECT_TRUE(SourceFailsAt(Book("    source:\n      - {doc: h2, section: x, page: 3}\n"), 10, 31,
                            "unknown key 'page' in source"));
  EXPECT_TRUE(
      SourceFailsAt(Book("    source:\n      - {doc: h2}\n"), 10, 9, "source without section"));
  EXPECT_TRUE(
      SourceFailsAt(Book("    source:\n      - {section: x}\n"), 10, 9, "source without doc"));
  EXPECT_TRUE(SourceFailsAt(Book("    source:\n      - {doc: h2, section: \"\"}\n"), 10, 28,
                            "source.section is empty"));
  EXPECT_TRUE(SourceFailsAt(Book("    source:\n      - {doc: h2, section: x, quote: \"\"}\n"), 10,
                            38, "source.quote is empty"));
  // 25 characters: a copy of the text, not a pointer into it
  EXPECT_TRUE(SourceFailsAt(Book("    source:\n      - {doc: h2, section: x, quote: "
                                 "一二三四五六七八九十一二三四五六七八九十一二三四五}\n"),
                            10, 38, "longer than 24 characters"));
  EXPECT_TRUE(SourceFailsAt(Book("    source: [h2]\n"), 9, 14, "source is {doc: ID"));
  EXPECT_TRUE(SourceFailsAt(Book("    source: []\n"), 9, 13, "source is empty"));
  EXPECT_TRUE(SourceFailsAt(Book("    source: 第5章\n"), 9, 13, "source is {doc: ID"));
  // a typo of the key itself is an unknown key of the rule
  EXPECT_TRUE(
      SourceFailsAt(Book("    sources: {doc: h2, section: x}\n"), 9, 5, "unknown key 'sources'"));
  // without a documents: table no doc is known
  EXPECT_TRUE(SourceFailsAt(Book("    source: {doc: h2, section: x}\n", ""), 6, 19,
                            "unknown document 'h2'"));
}

TEST(SourceTest, MalformedDocumentTablesFail) {
  EXPECT_TRUE(
      SourceFailsAt(Book("", "documents: [a, b]\n"), 2, 12, "documents is a mapping of id: title"));
  EXPECT_TRUE(SourceFailsAt(Book("", "documents:\n  a: [x]\n"), 3, 6,
                            "document title must be a single value"));
  EXPECT_TRUE(SourceFailsAt(Book("", "documents:\n  a: \"\"\n"), 3, 3,
                            "a document needs an id and a title"));
  EXPECT_TRUE(
      SourceFailsAt(Book("", "document:\n  a: x\n"), 2, 1, "unknown key 'document' in rulebook"));
}

TEST(SourceTest, DocumentsTravelToLaterBooksWithTheSameTitle) {
  RulebookLoader loader;
  loader.AddText("name: a\ndocuments: {\"000\": 手册甲}\n", "a.yaml");
  loader.AddText(Book("    source: {doc: \"000\", section: x}\n", ""), "t.yaml");
  EXPECT_EQ(loader.Finish().rules().at(0).sources.at(0).title, "手册甲");

  RulebookLoader clash;
  clash.AddText("name: a\ndocuments: {\"000\": 手册甲}\n", "a.yaml");
  try {
    clash.AddText("name: b\ndocuments:\n  \"000\": 另一本\n", "b.yaml");
    ADD_FAILURE() << "no error";
  } catch (const RulebookError& e) {
    EXPECT_EQ(e.pos().ToString(), "b.yaml:3:10");
    EXPECT_NE(std::string(e.what()).find("declared at a.yaml:2:13 with another title"),
              std::string::npos)
        << e.what();
  }
}

TEST(SourceTest, FindingsCarryTheClause) {
  const std::string yaml = Book(
      "    source:\n"
      "      - {doc: \"000\", section: \"篇2 一、1\"}\n"
      "      - {doc: h2, section: 禁用语}\n");
  const auto result = testing::CheckWith(yaml, testing::Convo({"客服: 是的，什么事？"}));
  ASSERT_EQ(result.violations.size(), 1u);
  EXPECT_EQ(result.violations[0].clause, "000§篇2 一、1; h2§禁用语");
  const auto bare = testing::CheckWith(Book(""), testing::Convo({"客服: 是的，什么事？"}));
  ASSERT_EQ(bare.violations.size(), 1u);
  EXPECT_EQ(bare.violations[0].clause, "");
}

TEST(SourceTest, EveryShippedRuleCitesAClause) {
  for (const EmbeddedBook& b : EmbeddedBooks()) {
    RulebookLoader loader;
    loader.AddEmbedded(b.name);
    const Rulebook book = loader.Finish();
    for (const Rule& r : book.rules())
      EXPECT_FALSE(r.sources.empty()) << b.name << ": " << r.id << " has no source:";
  }
}

// ---------------------------------------------------------------- coverage

const std::map<std::string, Document> kDocs = {{"000", {"000", "手册甲", {}}},
                                               {"h2", {"h2", "手册乙", {}}}};

TEST(CoverageTest, ReadsGapsWithTheirReasons) {
  const auto gaps = ReadGaps(
      "gaps:\n"
      "  - {doc: \"000\", section: \"篇2 一、3\", quote: 无视客户的姓名, reason: not_built, "
      "what: 称呼客户姓氏}\n"
      "  - {doc: h2, section: 第1章, reason: audio, what: 音量}\n",
      "g.yaml", kDocs);
  ASSERT_EQ(gaps.size(), 2u);
  EXPECT_EQ(gaps[0].clause.title, "手册甲");
  EXPECT_EQ(gaps[0].reason, GapReason::kNotBuilt);
  EXPECT_EQ(gaps[0].what, "称呼客户姓氏");
  EXPECT_EQ(gaps[1].reason, GapReason::kAudio);
  EXPECT_EQ(gaps[1].clause.pos.ToString(), "g.yaml:3:5");
}

TEST(CoverageTest, MalformedGapsFailAtTheirPlace) {
  auto fails_at = [](std::string_view yaml, const std::string& at, std::string_view needle) {
    try {
      ReadGaps(yaml, "g.yaml", kDocs);
    } catch (const RulebookError& e) {
      const std::string what = e.what();
      return what.rfind(at + ": ", 0) == 0 && what.find(needle) != std::string::npos
                 ? ::testing::AssertionSuccess()
                 : ::testing::AssertionFailure() << what;
    }
    return ::testing::AssertionFailure() << "no error";
  };
  EXPECT_TRUE(fails_at("gaps:\n  - {doc: h2, section: x, reason: later, what: y}\n", "g.yaml:2:35",
                       "reason must be audio, back_office, seeds_disagree or not_built"));
  EXPECT_TRUE(fails_at("gaps:\n  - {doc: h2, section: x, reason: audio}\n", "g.yaml:2:5",
                       "gap without what"));
  EXPECT_TRUE(fails_at("gaps:\n  - {doc: zz, section: x, reason: audio, what: y}\n", "g.yaml:2:11",
                       "unknown document 'zz'"));
  EXPECT_TRUE(fails_at("gaps:\n  - {doc: h2, section: x, reason: audio, what: y, why: z}\n",
                       "g.yaml:2:51", "unknown key 'why' in gap"));
  EXPECT_TRUE(fails_at("gap: []\n", "g.yaml:1:1", "unknown key 'gap' in gap list"));
}

TEST(CoverageTest, JoinsSourcesAndGapsPerDocument) {
  const Rulebook book =
      LoadBook(Book("    source:\n"
                    "      - {doc: \"000\", section: \"篇2 十、1\", quote: 甲}\n"
                    "      - {doc: \"000\", section: \"篇2 二、1\", quote: 乙}\n"));
  const auto gaps = ReadGaps(
      "gaps:\n"
      "  - {doc: \"000\", section: \"篇2 三、1\", quote: 丙, reason: not_built, what: 丙事}\n"
      "  - {doc: \"000\", section: \"篇1 2\", quote: 丁, reason: audio, what: 丁事}\n",
      "g.yaml", book.documents());
  const Coverage c = BuildCoverage(book.rules(), book.documents(), gaps);
  ASSERT_EQ(c.documents.size(), 2u);
  const DocumentCoverage& d = c.documents[0];
  EXPECT_EQ(d.doc.id, "000");
  ASSERT_EQ(d.listed(), 4);
  EXPECT_EQ(d.enforced, 2);
  EXPECT_EQ(d.checkable(), 3);  // the audio one is out of reach
  // in the order people number them: 篇1 < 篇2 二 < 篇2 三 < 篇2 十
  EXPECT_EQ(d.rows[0].quote, "丁");
  EXPECT_EQ(d.rows[1].quote, "乙");
  EXPECT_EQ(d.rows[2].quote, "丙");
  EXPECT_EQ(d.rows[3].quote, "甲");
  EXPECT_EQ(d.rows[3].rules, std::vector<std::string>{"forbidden.curt"});
  EXPECT_EQ(c.documents[1].listed(), 0);
  const std::string md = CoverageMarkdown(c);
  EXPECT_NE(md.find("| 000 手册甲 | 2 / 3 | 4 | 1 | 0 | 0 | 1 |"), std::string::npos) << md;
  EXPECT_NE(md.find("| 篇2 三、1 | 丙 | not yet built: 丙事 |"), std::string::npos) << md;
  EXPECT_NE(md.find("| 篇2 十、1 | 甲 | `forbidden.curt` |"), std::string::npos) << md;
  EXPECT_EQ(md.find("cite no requirement"), std::string::npos);
}

TEST(CoverageTest, AGapThatARuleEnforcesIsAnError) {
  const Rulebook book =
      LoadBook(Book("    source: {doc: \"000\", section: \"篇2 一、1\", quote: 甲}\n"));
  const auto gaps = ReadGaps(
      "gaps:\n  - {doc: \"000\", section: \"篇2 一、1\", quote: 甲, reason: not_built, what: x}\n",
      "g.yaml", book.documents());
  try {
    BuildCoverage(book.rules(), book.documents(), gaps);
    ADD_FAILURE() << "no error";
  } catch (const RulebookError& e) {
    EXPECT_EQ(e.pos().ToString(), "g.yaml:2:5");
    EXPECT_NE(std::string(e.what()).find("enforced by forbidden.curt (t.yaml:6:5)"),
              std::string::npos)
        << e.what();
  }
}

TEST(CoverageTest, ListsRulesWithoutASource) {
  const Rulebook book = LoadBook(Book(""));
  const Coverage c = BuildCoverage(book.rules(), book.documents(), {});
  EXPECT_EQ(c.unsourced, std::vector<std::string>{"forbidden.curt"});
  EXPECT_NE(CoverageMarkdown(c).find("- `forbidden.curt`"), std::string::npos);
}

TEST(CoverageTest, SectionsCompareByTheirNumbers) {
  EXPECT_TRUE(SectionLess("篇2", "篇10"));
  EXPECT_TRUE(SectionLess("篇2 四、1", "篇2 十一、1"));
  EXPECT_TRUE(SectionLess("第二篇 6.1(2)", "第二篇 6.1(10)"));
  EXPECT_TRUE(SectionLess("热线规范 陆、二", "热线规范 柒、一"));
  EXPECT_TRUE(SectionLess("二十", "二十三"));
  EXPECT_FALSE(SectionLess("篇2 二", "篇2 二"));
  EXPECT_TRUE(SectionLess("篇4 12", "篇4 开头"));  // numbers before words
  // absurdly long numbers saturate instead of overflowing
  EXPECT_FALSE(SectionLess(std::string(40, '9'), "1"));
  EXPECT_FALSE(SectionLess("九九九九九九九九九九九九九九九九九九九九九九", "一"));
}

TEST(CoverageTest, TheEmbeddedGapListReads) {
  std::map<std::string, Document> docs;
  for (const EmbeddedBook& b : EmbeddedBooks()) {
    RulebookLoader loader;
    loader.AddEmbedded(b.name);
    const Rulebook book = loader.Finish();
    docs.insert(book.documents().begin(), book.documents().end());
  }
  EXPECT_FALSE(ReadGaps(EmbeddedCoverageGaps(), "rules/coverage-gaps.yaml", docs).empty());
}

}  // namespace
}  // namespace huashu::rules
