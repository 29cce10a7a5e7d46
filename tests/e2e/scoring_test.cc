// A custom book's scoring model end to end (docs/rulebook.md#scoring):
// scores, failed conversations and the summary's model as huashu check
// writes them, the same through huashu merge (shards and --parts), the text
// report's line, `rules explain`, and loader errors with their position.
// Also merge --parts over one run per file (docs/report.md).

#include <cmath>

#include "e2e_util.h"

namespace huashu::e2e {
namespace {

const char kStrict[] = "--rules tests/e2e/inputs/scoring/strict.yaml ";
// Chats with findings of every severity, a customer's phone number (an
// auto-fail) and rejected records.
const char kChats[] = "samples/chats.jsonl tests/e2e/inputs/mixed_records.jsonl";

// What strict.yaml says a conversation with these findings scores.
int StrictScore(const json& violations, std::vector<std::string>* failed_by) {
  double deducted = 0;
  for (const json& v : violations) {
    const std::string rule = v["rule"], severity = v["severity"];
    if (rule == "pii.mobile" || rule == "forbidden.rude") {
      if (std::find(failed_by->begin(), failed_by->end(), rule) == failed_by->end())
        failed_by->push_back(rule);
    }
    const int points = severity == "error" ? 15 : severity == "warning" ? 5 : 0;
    deducted += rule == "closing.chat" ? 8 : rule == "forbidden.casual" ? points * 0.5 : points;
  }
  if (!failed_by->empty()) return 0;
  return std::max(20, static_cast<int>(std::lround(100 - deducted)));
}

TEST(Scoring, ACustomBookScoresAndFailsConversations) {
  const Result r = Huashu(std::string("check --fail-on never ") + kStrict + kChats);
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  int failed = 0;
  for (const json& c : j["conversations"]) {
    std::vector<std::string> failed_by;
    EXPECT_EQ(c["score"].get<int>(), StrictScore(c["violations"], &failed_by)) << c["id"];
    if (failed_by.empty()) {
      EXPECT_FALSE(c.contains("failed")) << c["id"];
    } else {
      ++failed;
      EXPECT_EQ(c["failed"], true) << c["id"];
      EXPECT_EQ(c["failed_by"].get<std::vector<std::string>>(), failed_by) << c["id"];
    }
  }
  EXPECT_GT(failed, 0);  // the phone number in mixed_records.jsonl
  const json& sum = j["summary"];
  EXPECT_EQ(sum["failed"], failed);
  EXPECT_EQ(sum["scoring"], json::parse(R"([{"deduct": {"error": 15, "warning": 5, "info": 0},
      "floor": 20, "fail_score": 0,
      "rules": {"closing.chat": {"deduct": 8}, "forbidden.casual": {"weight": 0.5},
                "forbidden.rude": {"auto_fail": true}, "pii.mobile": {"auto_fail": true}}}])"));

  // The text report says how many failed.
  const Result text =
      Huashu(std::string("check --fail-on never -o text --color never ") + kStrict + kChats);
  EXPECT_NE(text.out.find(std::to_string(failed) + " 个会话触犯一票否决规则"), std::string::npos)
      << text.out;
  // and so does the HTML report's overview.
  const Result html = Huashu(std::string("check --fail-on never -o html ") + kStrict + kChats);
  EXPECT_NE(html.out.find(std::to_string(failed) + "</b><span>一票否决（不合格）</span>"),
            std::string::npos);
}

TEST(Scoring, TheShippedBooksKeepTheReportAsItWas) {
  const Result r = Huashu(std::string("check --fail-on never ") + kChats);
  const json j = json::parse(r.out);
  EXPECT_FALSE(j["summary"].contains("scoring"));
  EXPECT_FALSE(j["summary"].contains("failed"));
  for (const json& c : j["conversations"]) {
    EXPECT_FALSE(c.contains("failed"));
    int expected = 100;
    for (const json& v : c["violations"])
      expected -= v["severity"] == "error" ? 10 : v["severity"] == "warning" ? 3 : 1;
    EXPECT_EQ(c["score"].get<int>(), std::max(expected, 0)) << c["id"];
  }
}

TEST(Scoring, MergedShardsKeepTheModelAndTheFailures) {
  for (const char* format : {"json", "jsonl"}) {
    const std::string flags = std::string("--fail-on never -o ") + format + " " + kStrict;
    const Result one = Huashu("check " + flags + kChats);
    std::string shards;
    for (int k = 0; k < 3; ++k) {
      const std::string path = TempPath("strict" + std::to_string(k) + "." + format);
      Shell("\"$HUASHU\" check " + flags + "--shard " + std::to_string(k) + "/3 " + kChats + " > " +
            Quote(path));
      shards += ' ';  // (not += " " + ...: GCC 12 warns -Wrestrict there, wrongly)
      shards += Quote(path);
    }
    const Result merged = Huashu(std::string("merge -o ") + format + shards);
    EXPECT_EQ(merged.status, 0) << merged.err;
    EXPECT_EQ(merged.out, one.out) << format;
  }
}

// One run per file, merged with --parts: the single run's report.
TEST(MergeParts, OneRunPerFileGivesTheReportOfOneRun) {
  const std::vector<std::string> inputs = {"samples/chats.jsonl",
                                           "tests/e2e/inputs/mixed_records.jsonl",
                                           "samples/shop_export.txt",
                                           "tests/e2e/inputs/rejected_rows.csv",
                                           "samples/calls.jsonl",
                                           "no-such-file.jsonl",
                                           "samples/reply_templates.txt",
                                           "tests/e2e/inputs/templates_pdd.txt",
                                           "samples/calls.csv"};
  for (const std::string flags : {"", "-o jsonl ", kStrict}) {
    const std::string format = flags == "-o jsonl " ? "jsonl" : "json";
    // Every kind of input once; the other formats on four (time).
    const size_t files = flags.empty() ? inputs.size() : 4;
    std::string all;
    for (size_t k = 0; k < files; ++k) all += inputs[k] + " ";
    const Result one = Huashu("check --fail-on never " + flags + all);
    std::string parts;
    for (size_t k = 0; k < files; ++k) {
      const std::string path = TempPath("part" + std::to_string(k));
      Shell("\"$HUASHU\" check --fail-on never " + flags + inputs[k] + " > " + Quote(path));
      parts += ' ';
      parts += Quote(path);
    }
    const Result merged = Huashu("merge --parts -o " + format + parts);
    EXPECT_EQ(merged.status, 0) << merged.err;
    EXPECT_EQ(merged.out, one.out) << flags;
    if (format == "json") {  // and HTML from the parts
      const Result html = Huashu("merge --parts -o html" + parts);
      EXPECT_EQ(html.status, 0) << html.err;
      EXPECT_EQ(html.out.rfind("<!DOCTYPE html>", 0), 0u);
    }
  }
}

TEST(MergeParts, RefusesAFileInTwoPartsAndStdinWithFiles) {
  const std::string a = TempPath("a.json"), b = TempPath("b.json"), s = TempPath("s.json");
  Shell("\"$HUASHU\" check --fail-on never samples/chats.jsonl > " + Quote(a));
  Shell("\"$HUASHU\" check --fail-on never samples/chats.jsonl > " + Quote(b));
  Shell("\"$HUASHU\" check --fail-on never - < samples/calls.jsonl > " + Quote(s));
  Result r = Huashu("merge --parts " + Quote(a) + " " + Quote(b));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("input samples/chats.jsonl is in"), std::string::npos) << r.err;
  r = Huashu("merge --parts " + Quote(a) + " " + Quote(s));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("standard input and files"), std::string::npos) << r.err;
}

TEST(Scoring, RulesExplainShowsTheModelAndErrorsHaveTheirPosition) {
  Result r = Huashu(std::string("rules explain pii.mobile ") + kStrict);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("扣分 scoring: 每处扣 15 分（error）；一票否决 auto_fail"),
            std::string::npos)
      << r.out;
  r = Huashu("rules explain pii.mobile");  // the shipped books: the default, not shown
  EXPECT_EQ(r.out.find("扣分"), std::string::npos) << r.out;

  const std::string book = Write("bad.yaml", R"(name: bad
extends: [base]
scoring:
  rules:
    forbidden.rood: {deduct: 5}
)");
  r = Huashu("check --rules " + Quote(book) + " samples/chats.jsonl");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("bad.yaml:5:5: scoring.rules: no rule 'forbidden.rood'"), std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace huashu::e2e
