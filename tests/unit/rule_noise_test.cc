// Rule-noise statistics: what a check records for them (agent turns,
// candidates set aside by allow phrases and conditions), the statistics
// computed from reports, the review file, and the progress line.

#include "huashu/report/rule_noise.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "huashu/report/review_csv.h"
#include "huashu/report/summary.h"
#include "huashu/report/writer.h"
#include "progress.h"
#include "test_util.h"

namespace huashu::report {
namespace {

using testing::CheckWith;
using testing::Convo;

const char kBook[] =
    "name: t\nrules:\n  - id: w\n    type: forbidden\n    category: forbidden\n"
    "    words: [可能, 不知道]\n    allow: [不可能]\n    message: m\n"
    "    unless:\n      - before: [因为]\n        within: 4\n"
    "    only_if:\n      - turn_start: true\n";

TEST(SetAside, CheckRecordsWhichAllowPhraseOrConditionSetACandidateAside) {
  const ConversationResult r =
      CheckWith(kBook, Convo({"客服: 不可能", "客户: 真的吗", "客服: 因为可能", "客服: 好的不知道",
                              "客服: 可能吧"}));
  EXPECT_EQ(r.agent_turns, 4);
  ASSERT_EQ(r.violations.size(), 1u);  // 可能吧: opens the turn, no cue
  std::vector<std::string> by;
  for (const auto& a : r.set_aside) by.push_back(a.rule + " " + a.by);
  EXPECT_EQ(by, (std::vector<std::string>{"w allow:不可能", "w unless[0]", "w only_if[0]"}));
  Summary s;
  s.Add(r);
  s.Add(r);
  EXPECT_EQ(s.agent_turns(), 8);
  EXPECT_EQ(s.set_aside().at("w").at("allow:不可能"), 2);
  EXPECT_EQ(s.set_aside().at("w").at("only_if[0]"), 2);
}

Violation Finding(const std::string& rule, const std::string& conversation) {
  Violation v;
  v.rule = rule;
  v.category = "forbidden";
  v.severity = "warning";
  v.conversation = conversation;
  v.source.file = "day.jsonl";
  return v;
}

TEST(RuleNoiseStats, RatesSharesAndPrecision) {
  RuleNoiseStats st;
  for (const char* c : {"c1", "c1", "c2"}) st.AddFinding(Finding("a", c));
  st.AddFinding(Finding("b", "c2"));
  ReportTotals t;
  t.checked = 4;
  t.agent_turns = 20;
  t.set_aside.emplace();
  (*t.set_aside)["a"]["unless[0]"] = 3;
  st.AddReport(t);
  st.AddVerdict("a", true);
  st.AddVerdict("a", false);
  st.AddVerdict("a", true);
  std::vector<RuleInForce> rules = {{"a", "forbidden", "warning", {"不可能"}, {{"unless[0]", "x"}}},
                                    {"b", "forbidden", "warning", {}, {}},
                                    {"never", "required", "error", {}, {{"only_if[0]", "y"}}}};
  const auto rows = st.Rows(&rules);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].rule, "a");  // most fires first
  EXPECT_EQ(rows[0].fires, 3);
  EXPECT_EQ(rows[0].conversations, 2);
  EXPECT_DOUBLE_EQ(rows[0].per_1k_conversations, 750);
  EXPECT_DOUBLE_EQ(*rows[0].per_1k_agent_turns, 150);
  EXPECT_DOUBLE_EQ(rows[0].share, 0.5);
  EXPECT_DOUBLE_EQ(*rows[0].precision, 2.0 / 3);
  EXPECT_FALSE(rows[1].precision);
  EXPECT_EQ(st.NeverFired(rules), std::vector<std::string>{"never"});
  const auto idle = st.NeverSetAside(rules);
  ASSERT_TRUE(idle);
  ASSERT_EQ(idle->size(), 2u);
  EXPECT_EQ((*idle)[0].key, "allow:不可能");
  EXPECT_EQ((*idle)[1].rule, "never");
}

TEST(RuleNoiseStats, UnknownWhenAReportLacksTheCounts) {
  RuleNoiseStats st;
  st.AddFinding(Finding("a", "c1"));
  ReportTotals old;  // an older report: no agent turns, nothing on set-asides
  old.checked = 2;
  st.AddReport(old);
  EXPECT_FALSE(st.agent_turns());
  EXPECT_FALSE(st.Rows(nullptr)[0].per_1k_agent_turns);
  EXPECT_FALSE(st.NeverSetAside({}));
}

TEST(RuleNoiseStats, AConversationInTwoReportsCountsTwice) {
  RuleNoiseStats st;
  st.AddFinding(Finding("a", "c1"));
  st.AddReport(ReportTotals{});
  st.AddFinding(Finding("a", "c1"));
  st.AddReport(ReportTotals{});
  EXPECT_EQ(st.Rows(nullptr)[0].conversations, 2);
}

std::string TempFile(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + "huashu_noise_" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(ReviewCsv, RoundTripsQuotesCommasAndLineBreaks) {
  ReviewRow r;
  r.id = "0123456789abcdef#2";
  r.rule = "forbidden.rude";
  r.conversation = "c,1";
  r.text = "说\"你\"\n好";
  r.message = "m";
  r.verdict = "fp";
  r.note = "客户先骂人, 可接受";
  std::string csv = ReviewHeader();
  AppendReviewRow(r, &csv);
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBFid,rule,", 0), 0u);
  EXPECT_NE(csv.find("\"c,1\""), std::string::npos);
  EXPECT_NE(csv.find("\"说\"\"你\"\"\n好\""), std::string::npos);
  const auto rows = ReadReviewFile(TempFile("rt.csv", csv));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].id, r.id);
  EXPECT_EQ(rows[0].conversation, r.conversation);
  EXPECT_EQ(rows[0].text, r.text);
  EXPECT_EQ(rows[0].note, r.note);
  EXPECT_EQ(rows[0].at, 2);
}

TEST(ReviewCsv, FormulaLikeTextIsNotAFormulaAndReadsBackUnchanged) {
  ReviewRow r;
  r.id = "1";
  r.rule = "a";
  r.conversation = "-42";
  r.text = "=HYPERLINK(\"http://x\")";
  r.agent = "@kf";
  std::string csv = ReviewHeader();
  AppendReviewRow(r, &csv);
  EXPECT_NE(csv.find(",\"'=HYPERLINK(\"\"http://x\"\")\","), std::string::npos) << csv;
  EXPECT_NE(csv.find(",\"'-42\","), std::string::npos) << csv;
  const auto rows = ReadReviewFile(TempFile("formula.csv", csv));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].text, r.text);
  EXPECT_EQ(rows[0].conversation, "-42");
  EXPECT_EQ(rows[0].agent, "@kf");
}

TEST(ReviewCsv, ColumnsByHeaderAndVerdicts) {
  // Reordered columns, no BOM, LF line ends, a blank line, Chinese verdicts.
  const auto rows =
      ReadReviewFile(TempFile("cols.csv", "verdict,note,rule,id\nTP,,a,1\n\n误报,x,b,2\n,,c,3\n"));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(*ParseVerdict(rows[0].verdict), Verdict::kTruePositive);
  EXPECT_EQ(*ParseVerdict(rows[1].verdict), Verdict::kFalsePositive);
  EXPECT_EQ(rows[1].at, 4);
  EXPECT_EQ(*ParseVerdict(rows[2].verdict), Verdict::kNone);
  EXPECT_FALSE(ParseVerdict("maybe"));
}

TEST(ReviewCsv, ErrorsNameFileAndLine) {
  auto error = [](const std::string& name, const std::string& text) {
    try {
      ReadReviewFile(TempFile(name, text));
    } catch (const ReportError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_NE(error("v.csv", "id,rule,verdict\n1,a,yes\n").find("v.csv:2: verdict \"yes\""),
            std::string::npos);
  EXPECT_NE(error("h.csv", "id,rule\n1,a\n").find("h.csv:1: no column \"verdict\""),
            std::string::npos);
  EXPECT_NE(error("g.csv", "id,rule,verdict\n1,\xB2\xBB,tp\n").find("g.csv:2: not UTF-8"),
            std::string::npos);
  EXPECT_NE(error("q.csv", "id,rule,verdict\n\"1,a,tp\n").find("q.csv:2: unclosed quote"),
            std::string::npos);
}

TEST(ReportReader, ReadsBackWhatTheJsonWriterWrote) {
  for (OutputFormat format : {OutputFormat::kJson, OutputFormat::kJsonl}) {
    const std::string path = ::testing::TempDir() + "huashu_noise_report";
    std::FILE* f = std::fopen(path.c_str(), "wb");
    WriterOptions o;
    o.version = "t";
    auto w = MakeWriter(format, f, o);
    ConversationResult r =
        CheckWith(kBook, Convo({"客服: 可能吧", "客服: 不可能", "客服: 不知道呢"}));
    r.agent_id = "1428";
    Summary s;
    s.Add(r);
    w->Write(r);
    ConversationResult empty;
    empty.id = "quiet";
    s.Add(empty);
    w->Write(empty);
    w->Finish(s, {});
    std::fclose(f);
    std::vector<ReportFinding> found;
    const ReportTotals t = ReadReport(path, [&](const ReportFinding& x) { found.push_back(x); });
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].violation.rule, "w");
    EXPECT_EQ(found[0].violation.text, "可能");
    EXPECT_EQ(*found[1].violation.turn, 3u);
    EXPECT_EQ(found[0].agent, format == OutputFormat::kJson ? "1428" : "");
    EXPECT_EQ(t.checked, 2);
    EXPECT_EQ(*t.agent_turns, 3);
    EXPECT_EQ(t.by_rule.at("w"), 2);
    EXPECT_EQ(t.set_aside->at("w").at("allow:不可能"), 1);
    EXPECT_EQ(t.jsonl, format == OutputFormat::kJsonl);
  }
}

}  // namespace
}  // namespace huashu::report

namespace huashu::cli {
namespace {

TEST(Progress, LineSaysFilesRecordsSpeedAndTimeLeft) {
  std::FILE* sink = std::tmpfile();
  Progress p({40'000'000, 60'000'000}, sink);
  p.StartFile(1);
  for (int i = 0; i < 5; ++i) p.Record();
  // 50 MB of 100 MB in 10 s: 5 MB/s, 10 s left.
  EXPECT_EQ(p.Line(10, 50'000'000),
            "huashu: file 2/2, 5 records, 50.0/100.0 MB read, 5.0 MB/s, ETA 0:10 (elapsed 0:10)");
  Progress unknown({0}, sink);  // standard input: no size, no time left
  EXPECT_EQ(unknown.Line(2, 3'000'000),
            "huashu: file 1/1, 0 records, 3.0 MB read, 1.5 MB/s, ETA ? (elapsed 0:02)");
  std::fclose(sink);
}

}  // namespace
}  // namespace huashu::cli
