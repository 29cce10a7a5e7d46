// Traceability as users meet it: which clause a finding comes from (JSON,
// JSON Lines, text, SARIF), rules list / explain printing the sources, and
// huashu rules coverage.

#include "e2e_util.h"

namespace huashu::e2e {
namespace {

// 你说什么 is banned by forbidden.repeat_request, which cites three clauses.
const char* kRepeat =
    R"({"id":"c-1","channel":"call","turns":[{"speaker":"agent","text":"啊？你说什么？"}]})"
    "\n";
const char* kRepeatClause = "000§篇1 5; 000§篇2 三、2; 004§无法听清 7";

json FindingOf(const json& report, const std::string& rule) {
  for (const json& v : Violations(report))
    if (v["rule"] == rule) return v;
  return json();
}

TEST(Trace, JsonFindingCarriesTheClause) {
  Result r = Huashu("check -", kRepeat);
  ASSERT_EQ(r.status, 1) << r.err;
  const json v = FindingOf(json::parse(r.out), "forbidden.repeat_request");
  ASSERT_FALSE(v.is_null()) << r.out;
  EXPECT_EQ(v["clause"], kRepeatClause);
  // the input's place is still "source", unchanged
  EXPECT_EQ(v["source"]["file"], "-");
}

TEST(Trace, JsonlAndTextShowTheClause) {
  Result lines = Huashu("check -o jsonl -", kRepeat);
  bool found = false;
  std::istringstream in(lines.out);
  for (std::string line; std::getline(in, line);) {
    const json v = json::parse(line);
    if (v.value("rule", "") == "forbidden.repeat_request") {
      EXPECT_EQ(v["clause"], kRepeatClause);
      found = true;
    }
  }
  EXPECT_TRUE(found) << lines.out;
  Result text = Huashu("check -o text --color never -", kRepeat);
  EXPECT_NE(text.out.find(std::string("    依据：") + kRepeatClause + "\n"), std::string::npos)
      << text.out;
}

TEST(Trace, SarifRulesHelpNamesTheDocuments) {
  Result r = Huashu("check -o sarif -", kRepeat);
  const json sarif = json::parse(r.out);
  json rule;
  for (const json& x : sarif["runs"][0]["tool"]["driver"]["rules"])
    if (x["id"] == "forbidden.repeat_request") rule = x;
  ASSERT_FALSE(rule.is_null()) << r.out;
  EXPECT_EQ(rule["properties"]["clause"], kRepeatClause);
  const std::string help = rule["help"]["text"];
  EXPECT_NE(help.find("000《客服培训基本服务用语（精选8篇）》§篇1 5「“你说什么?”」"),
            std::string::npos)
      << help;
}

TEST(Trace, RulesListAndExplainPrintTheSources) {
  Result list = Huashu("rules list");
  ASSERT_EQ(list.status, 0);
  EXPECT_NE(list.out.find("SOURCE"), std::string::npos);
  EXPECT_NE(list.out.find(kRepeatClause), std::string::npos);
  Result list_json = Huashu("rules list -o json");
  json repeat;
  for (const json& x : json::parse(list_json.out))
    if (x["id"] == "forbidden.repeat_request") repeat = x;
  ASSERT_FALSE(repeat.is_null());
  ASSERT_EQ(repeat["source"].size(), 3u);
  EXPECT_EQ(repeat["source"][0]["doc"], "000");
  EXPECT_EQ(repeat["source"][0]["section"], "篇1 5");
  EXPECT_EQ(repeat["source"][0]["quote"], "“你说什么?”");
  EXPECT_EQ(repeat["source"][2]["title"], "售后服务客服热线服务规范培训");
  Result explain = Huashu("rules explain forbidden.repeat_request");
  EXPECT_NE(explain.out.find("依据 source: 004《售后服务客服热线服务规范培训》§无法听清 7"),
            std::string::npos)
      << explain.out;
}

TEST(Trace, CoverageOfOtherBooks) {
  const std::string book = Write("mine.yaml",
                                 "name: mine\ndocuments: {hb: 本店手册}\nrules:\n"
                                 "  - id: my.rule\n    type: forbidden\n    category: forbidden\n"
                                 "    source: {doc: hb, section: 第2章, quote: 不可以说}\n"
                                 "    message: m\n    words: [坏]\n"
                                 "  - id: my.other\n    type: forbidden\n    category: forbidden\n"
                                 "    message: m\n    words: [差]\n");
  const std::string gaps = Write("gaps.yaml",
                                 "gaps:\n  - {doc: hb, section: 第3章, quote: 要先致歉, "
                                 "reason: not_built, what: 先致歉}\n");
  Result r = Huashu("rules coverage --rules " + book + " --gaps " + gaps);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("| hb 本店手册 | 1 / 2 | 2 | 0 | 0 | 0 | 1 |"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("| 第2章 | 不可以说 | `my.rule` |"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("| 第3章 | 要先致歉 | not yet built: 先致歉 |"), std::string::npos);
  EXPECT_NE(r.out.find("- `my.other`"), std::string::npos) << "a rule citing nothing is listed";

  const std::string bad =
      Write("bad.yaml", "gaps:\n  - {doc: hb, section: x, reason: soon, what: y}\n");
  Result err = Huashu("rules coverage --rules " + book + " --gaps " + bad);
  EXPECT_EQ(err.status, 2);
  EXPECT_NE(err.err.find("bad.yaml:2:35: reason must be"), std::string::npos) << err.err;
}

TEST(Trace, CoverageOfTheShippedBooksIsTheDoc) {
  Result r = Huashu("rules coverage");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, Slurp(std::string(HUASHU_SOURCE_DIR) + "/docs/coverage.md"))
      << "run: build/huashu rules coverage > docs/coverage.md";
}

}  // namespace
}  // namespace huashu::e2e
