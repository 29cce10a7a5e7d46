// Report writers: JSON, JSON Lines, text and SARIF, written to a real
// FILE* and read back; plus AppendJsonString and Summary.

#include "huashu/report/writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace huashu::report {
namespace {

using json = nlohmann::json;
using transcript::Speaker;

const std::vector<std::string>& WriterBooks() {
  static const std::vector<std::string> books = {"base", "pii", "call"};
  return books;
}

// A phrase finding inside turn 3.
Violation PhraseFinding() {
  Violation v;
  v.rule = "platform.pinduoduo.contact_app";
  v.category = "platform";
  v.severity = "error";
  v.message = "提及站外联系或支付工具「威信」";
  v.suggestion = "请在拼多多聊天窗口内沟通";
  v.conversation = "c-0001";
  v.turn = 3;
  v.speaker = Speaker::kAgent;
  v.span = Span{7, 9};
  v.text = "威信";
  v.time = 41.2;
  v.source = {"calls.jsonl", 17};
  v.match = MatchInfo{"pinyin", "微信", "威信 ≈ 微信（拼音 wei xin）"};
  v.turn_text = "亲，可以加我的威信吗";
  return v;
}

// A conversation-level finding: no turn, speaker, span or time.
Violation ConversationFinding() {
  Violation v;
  v.rule = "closing.chat";
  v.category = "closing";
  v.severity = "warning";
  v.message = "结束语缺少：告别";
  v.conversation = "c-0001";
  v.source = {"calls.jsonl", 17};
  return v;
}

// A finding in a script template, with its column.
Violation TemplateFinding() {
  Violation v;
  v.rule = "platform.contact";
  v.category = "platform";
  v.severity = "info";
  v.message = "提及站外联系方式";
  v.suggestion = "请在平台内沟通";
  v.conversation = "templates.txt";
  v.turn = 2;
  v.speaker = Speaker::kAgent;
  v.span = Span{2, 4};
  v.text = "微信";
  v.source = {"templates.txt", 5};
  v.column = 3;
  v.match = MatchInfo{"exact", "微信", ""};
  v.turn_text = "加我微信";
  return v;
}

ConversationResult CallResult() {
  ConversationResult r;
  r.id = "c-0001";
  r.source = {"calls.jsonl", 17};
  r.channel = transcript::Channel::kCall;
  r.platform = "pinduoduo";
  r.agent_id = "1428";
  r.agent_name = "小妮";
  r.score = 87;
  r.violations = {PhraseFinding(), ConversationFinding()};
  r.skipped_rules = {"answer.call"};
  r.rulebooks = &WriterBooks();
  return r;
}

ConversationResult TemplateResult() {
  ConversationResult r;
  r.id = "templates.txt";
  r.source = {"templates.txt", 1};
  r.score = 99;
  r.violations = {TemplateFinding()};
  r.rulebooks = &WriterBooks();
  return r;
}

std::vector<Diagnostic> Diagnostics() {
  return {Diagnostic{"calls.jsonl", 18, 0, "invalid JSON: TAPE_ERROR", true},
          Diagnostic{"chat.txt", 4, 1, "invalid UTF-8 replaced by U+FFFD", false}};
}

// Runs a writer of `format` over `results` into a tmpfile() and returns the text.
std::string WriteReport(OutputFormat format, const std::vector<ConversationResult>& results,
                        const std::vector<Diagnostic>& diags = {}, WriterOptions options = {}) {
  std::FILE* f = std::tmpfile();
  EXPECT_NE(f, nullptr);
  if (!f) return "";
  if (options.version.empty()) options.version = "9.8.7";
  Summary summary;
  {
    auto w = MakeWriter(format, f, options);
    for (const auto& r : results) {
      summary.Add(r);
      w->Write(r);
    }
    for (const auto& d : diags) summary.AddRejected(d);
    w->Finish(summary, diags);
  }
  std::fflush(f);
  std::rewind(f);
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return out;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

// ================================================================ JSON

TEST(JsonWriter, ParsesAndHasTheContractFields) {
  const std::string out = WriteReport(OutputFormat::kJson, {CallResult()}, Diagnostics());
  json j;
  ASSERT_NO_THROW(j = json::parse(out)) << out;
  EXPECT_EQ(j["tool"]["name"], "huashu");
  EXPECT_EQ(j["tool"]["version"], "9.8.7");

  ASSERT_EQ(j["conversations"].size(), 1u);
  const json& c = j["conversations"][0];
  EXPECT_EQ(c["id"], "c-0001");
  EXPECT_EQ(c["source"]["file"], "calls.jsonl");
  EXPECT_EQ(c["source"]["line"], 17);
  EXPECT_EQ(c["channel"], "call");
  EXPECT_EQ(c["platform"], "pinduoduo");
  EXPECT_EQ(c["agent"]["id"], "1428");
  EXPECT_EQ(c["agent"]["name"], "小妮");
  EXPECT_EQ(c["score"], 87);
  EXPECT_EQ(c["skipped_rules"], json::array({"answer.call"}));
  ASSERT_EQ(c["violations"].size(), 2u);

  const json& v = c["violations"][0];
  EXPECT_EQ(v["rule"], "platform.pinduoduo.contact_app");
  EXPECT_EQ(v["category"], "platform");
  EXPECT_EQ(v["severity"], "error");
  EXPECT_EQ(v["message"], "提及站外联系或支付工具「威信」");
  EXPECT_EQ(v["suggestion"], "请在拼多多聊天窗口内沟通");
  EXPECT_EQ(v["conversation"], "c-0001");
  EXPECT_EQ(v["turn"], 3);
  EXPECT_EQ(v["speaker"], "agent");
  EXPECT_EQ(v["span"]["start"], 7);
  EXPECT_EQ(v["span"]["end"], 9);
  EXPECT_EQ(v["text"], "威信");
  ASSERT_TRUE(v["time"].is_number());
  EXPECT_NEAR(v["time"].get<double>(), 41.2, 1e-9);
  EXPECT_EQ(v["source"]["file"], "calls.jsonl");
  EXPECT_EQ(v["source"]["line"], 17);
  EXPECT_FALSE(v["source"].contains("column"));
  EXPECT_EQ(v["match"]["how"], "pinyin");
  EXPECT_EQ(v["match"]["phrase"], "微信");
  EXPECT_EQ(v["match"]["detail"], "威信 ≈ 微信（拼音 wei xin）");
  EXPECT_FALSE(v.contains("turn_text")) << "not part of the contract";

  EXPECT_EQ(j["rulebooks"], json::array({"base", "pii", "call"}));

  ASSERT_EQ(j["diagnostics"].size(), 2u);
  EXPECT_EQ(j["diagnostics"][0]["file"], "calls.jsonl");
  EXPECT_EQ(j["diagnostics"][0]["line"], 18);
  EXPECT_EQ(j["diagnostics"][0]["message"], "invalid JSON: TAPE_ERROR");
  EXPECT_EQ(j["diagnostics"][0]["dropped"], true);
  EXPECT_EQ(j["diagnostics"][1]["dropped"], false);
  EXPECT_EQ(j["diagnostics"][1]["column"], 1);

  const json& s = j["summary"];
  EXPECT_EQ(s["checked"], 1);
  EXPECT_EQ(s["rejected"], 1) << "only the dropped diagnostic is a rejected record";
  EXPECT_EQ(s["records"], 2);
  EXPECT_EQ(s["violations"], 2);
  EXPECT_NEAR(s["average_score"].get<double>(), 87, 1e-9);
  EXPECT_EQ(s["by_rule"]["platform.pinduoduo.contact_app"], 1);
  EXPECT_EQ(s["by_rule"]["closing.chat"], 1);
  EXPECT_EQ(s["by_category"]["platform"], 1);
  EXPECT_EQ(s["by_category"]["closing"], 1);
  EXPECT_EQ(s["by_severity"]["error"], 1);
  EXPECT_EQ(s["by_severity"]["warning"], 1);
  EXPECT_EQ(s["by_agent"]["1428"]["conversations"], 1);
  EXPECT_EQ(s["by_agent"]["1428"]["violations"], 2);
  EXPECT_NEAR(s["by_agent"]["1428"]["average_score"].get<double>(), 87, 1e-9);
  EXPECT_EQ(s["skipped_rules"]["answer.call"], 1);
}

TEST(JsonWriter, ConversationLevelFindingsHaveNulls) {
  const std::string out = WriteReport(OutputFormat::kJson, {CallResult()});
  const json j = json::parse(out);
  const json& v = j["conversations"][0]["violations"][1];
  EXPECT_EQ(v["rule"], "closing.chat");
  for (const char* key : {"turn", "speaker", "span", "time"}) {
    ASSERT_TRUE(v.contains(key)) << key;
    EXPECT_TRUE(v[key].is_null()) << key << " = " << v[key].dump();
  }
  EXPECT_FALSE(v.contains("match"));
}

TEST(JsonWriter, EmptyReportIsValid) {
  const std::string out = WriteReport(OutputFormat::kJson, {});
  json j;
  ASSERT_NO_THROW(j = json::parse(out)) << out;
  EXPECT_TRUE(j["conversations"].empty());
  EXPECT_TRUE(j["diagnostics"].empty());
  EXPECT_EQ(j["summary"]["checked"], 0);
  EXPECT_TRUE(j["summary"]["average_score"].is_null()) << "no conversation, no average";
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControlCharacters) {
  const std::string nasty = "他说\"你好\" C:\\path\\x\n第二行\t制表\r\x01\x1f\x7f end";
  ConversationResult r = CallResult();
  r.id = "id\"with\\quote";
  r.violations[0].message = nasty;
  r.violations[0].text = "\"";
  r.violations[0].match->detail = "a\\b";
  r.agent_name = "名\n字";
  std::vector<Diagnostic> diags = {Diagnostic{"we\"ird\\.jsonl", 2, 0, "bad \"thing\"\n", true}};
  const std::string out = WriteReport(OutputFormat::kJson, {r}, diags);
  json j;
  ASSERT_NO_THROW(j = json::parse(out)) << out;
  const json& c = j["conversations"][0];
  EXPECT_EQ(c["id"], "id\"with\\quote");
  EXPECT_EQ(c["agent"]["name"], "名\n字");
  EXPECT_EQ(c["violations"][0]["message"], nasty);
  EXPECT_EQ(c["violations"][0]["text"], "\"");
  EXPECT_EQ(c["violations"][0]["match"]["detail"], "a\\b");
  EXPECT_EQ(j["diagnostics"][0]["file"], "we\"ird\\.jsonl");
  EXPECT_EQ(j["diagnostics"][0]["message"], "bad \"thing\"\n");
}

TEST(JsonWriter, ManyConversationsStayInOrder) {
  std::vector<ConversationResult> rs;
  for (int i = 0; i < 3000; ++i) {
    ConversationResult r = CallResult();
    r.id = "c-" + std::to_string(i);
    rs.push_back(r);
  }
  const json j = json::parse(WriteReport(OutputFormat::kJson, rs));
  ASSERT_EQ(j["conversations"].size(), 3000u);
  for (int i = 0; i < 3000; i += 499)
    EXPECT_EQ(j["conversations"][i]["id"], "c-" + std::to_string(i));
  EXPECT_EQ(j["summary"]["violations"], 6000);
  EXPECT_EQ(j["summary"]["by_agent"]["1428"]["conversations"], 3000);
}

TEST(JsonWriter, TemplateFindingsCarryTheirColumn) {
  const json j = json::parse(WriteReport(OutputFormat::kJson, {TemplateResult()}));
  const json& v = j["conversations"][0]["violations"][0];
  EXPECT_EQ(v["source"]["file"], "templates.txt");
  EXPECT_EQ(v["source"]["line"], 5);
  EXPECT_EQ(v["source"]["column"], 3);
  EXPECT_EQ(v["severity"], "info");
  EXPECT_TRUE(v["time"].is_null());
}

// ================================================================ JSON Lines

TEST(JsonlWriter, OneObjectPerLineThenDiagnosticsThenSummary) {
  const std::string out =
      WriteReport(OutputFormat::kJsonl, {CallResult(), TemplateResult()}, Diagnostics());
  const auto lines = Lines(out);
  ASSERT_EQ(lines.size(), 6u) << out;
  std::vector<json> objs;
  for (const auto& l : lines) {
    json j;
    ASSERT_NO_THROW(j = json::parse(l)) << l;
    ASSERT_TRUE(j.is_object()) << l;
    objs.push_back(j);
  }
  EXPECT_EQ(objs[0]["rule"], "platform.pinduoduo.contact_app");
  EXPECT_EQ(objs[0]["turn"], 3);
  EXPECT_EQ(objs[1]["rule"], "closing.chat");
  EXPECT_TRUE(objs[1]["turn"].is_null());
  EXPECT_EQ(objs[2]["rule"], "platform.contact");
  EXPECT_EQ(objs[2]["source"]["column"], 3);
  EXPECT_EQ(objs[3]["diagnostic"]["line"], 18);
  EXPECT_EQ(objs[3]["diagnostic"]["dropped"], true);
  EXPECT_EQ(objs[4]["diagnostic"]["dropped"], false);
  ASSERT_TRUE(objs[5].contains("summary"));
  EXPECT_EQ(objs[5]["summary"]["checked"], 2);
  EXPECT_EQ(objs[5]["summary"]["rejected"], 1);
  EXPECT_EQ(objs[5]["summary"]["violations"], 3);
  EXPECT_EQ(objs[5]["summary"]["by_severity"]["info"], 1);
}

TEST(JsonlWriter, NewlinesInsideMessagesDoNotBreakLines) {
  ConversationResult r = CallResult();
  r.violations[0].message = "第一行\n第二行\r\n第三行";
  const auto lines = Lines(WriteReport(OutputFormat::kJsonl, {r}));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(json::parse(lines[0])["message"], "第一行\n第二行\r\n第三行");
}

TEST(JsonlWriter, NoFindingsStillEndsWithASummary) {
  ConversationResult r = CallResult();
  r.violations.clear();
  const auto lines = Lines(WriteReport(OutputFormat::kJsonl, {r}));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(json::parse(lines[0])["summary"]["checked"], 1);
}

// ================================================================ text

TEST(TextWriter, MarksSpansWithBracketsWithoutColour) {
  const std::string out = WriteReport(OutputFormat::kText, {CallResult()}, Diagnostics());
  EXPECT_EQ(out.find("\x1b["), std::string::npos) << "no ANSI codes without colour";
  EXPECT_NE(out.find("亲，可以加我的【威信】吗"), std::string::npos) << out;
  EXPECT_NE(out.find("calls.jsonl:17"), std::string::npos);
  EXPECT_NE(out.find("c-0001"), std::string::npos);
  EXPECT_NE(out.find("platform.pinduoduo.contact_app"), std::string::npos);
  EXPECT_NE(out.find("提及站外联系或支付工具「威信」"), std::string::npos);
  EXPECT_NE(out.find("请在拼多多聊天窗口内沟通"), std::string::npos) << "the suggestion";
  EXPECT_NE(out.find("威信 ≈ 微信（拼音 wei xin）"), std::string::npos)
      << "how the variant matched";
  EXPECT_NE(out.find("结束语缺少：告别"), std::string::npos) << "conversation-level findings too";
  EXPECT_NE(out.find("calls.jsonl:18"), std::string::npos) << "diagnostics are listed";
  EXPECT_NE(out.find("invalid JSON: TAPE_ERROR"), std::string::npos);
}

TEST(TextWriter, UsesAnsiCodesWithColour) {
  WriterOptions options;
  options.color = true;
  const std::string out = WriteReport(OutputFormat::kText, {CallResult()}, {}, options);
  EXPECT_NE(out.find("\x1b["), std::string::npos);
  EXPECT_EQ(out.find("【威信】"), std::string::npos) << "colour instead of brackets";
  // The span is wrapped in escape codes: one right before it and a reset after.
  EXPECT_NE(out.find("亲，可以加我的\x1b["), std::string::npos) << out;
  EXPECT_NE(out.find("威信\x1b[0m吗"), std::string::npos) << out;
}

TEST(TextWriter, TemplateFindingsShowLineAndColumn) {
  const std::string out = WriteReport(OutputFormat::kText, {TemplateResult()});
  EXPECT_NE(out.find("templates.txt:5:3"), std::string::npos) << out;
  EXPECT_NE(out.find("加我【微信】"), std::string::npos) << out;
}

TEST(TextWriter, PersonalDataIsMarkedMasked) {
  // The real path: unmasked text through the checker (which masks the
  // context it hands over) and the writer.
  constexpr const char* kBook = R"(
name: t
rules:
  - id: pii.mobile
    type: pii
    category: pii
    severity: error
    detector: mobile
    message: "发送了客户手机号 {match}"
  - id: uncertain
    type: forbidden
    category: forbidden
    words: [不清楚]
    message: "不确定用语「{match}」"
)";
  ConversationResult r = huashu::testing::CheckWith(
      kBook, huashu::testing::Convo({"客服: 您的电话13812345678对吗，地址我不清楚"}));
  r.rulebooks = &WriterBooks();
  ASSERT_EQ(r.violations.size(), 2u);
  EXPECT_EQ(r.violations[0].text, "138****5678");
  EXPECT_EQ(r.violations[0].span->start, 4u);  // in the original text
  EXPECT_EQ(r.violations[0].span->end, 15u);
  const std::string out = WriteReport(OutputFormat::kText, {r});
  EXPECT_NE(out.find("    您的电话【138****5678】对吗，地址我不清楚\n"), std::string::npos) << out;
  EXPECT_NE(out.find("    您的电话138****5678对吗，地址我【不清楚】\n"), std::string::npos) << out;
  EXPECT_NE(out.find("发送了客户手机号 138****5678"), std::string::npos) << out;
  EXPECT_EQ(out.find("1234"), std::string::npos) << out;
  for (const char* format : {"json", "jsonl", "sarif"}) {
    const std::string o = WriteReport(*ParseOutputFormat(format), {r});
    EXPECT_EQ(o.find("1234"), std::string::npos) << format << o;
    EXPECT_NE(o.find("138****5678"), std::string::npos) << format;
  }
}

TEST(TextWriter, MultiLineMessagesStayIndented) {
  ConversationResult r = CallResult();
  r.violations.resize(1);
  r.violations[0].turn_text = "第一行\n亲，可以加我的威信吗";
  r.violations[0].span = Span{11, 13};
  const std::string out = WriteReport(OutputFormat::kText, {r});
  EXPECT_NE(out.find("第一行\n    亲，可以加我的【威信】吗"), std::string::npos) << out;
}

// ================================================================ SARIF

TEST(SarifWriter, Structure) {
  WriterOptions options;
  options.rules["platform.pinduoduo.contact_app"] = {"站外联系工具", "platform"};
  options.rules["closing.chat"] = {"", "closing"};
  options.rules["platform.contact"] = {"站外联系方式", "platform"};
  options.rules["unused.rule"] = {"没用到", "forbidden"};
  const std::string out =
      WriteReport(OutputFormat::kSarif, {CallResult(), TemplateResult()}, Diagnostics(), options);
  json j;
  ASSERT_NO_THROW(j = json::parse(out)) << out;
  EXPECT_EQ(j["version"], "2.1.0");
  EXPECT_NE(j["$schema"].get<std::string>().find("sarif"), std::string::npos);
  ASSERT_EQ(j["runs"].size(), 1u);
  const json& run = j["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  EXPECT_EQ(run["tool"]["driver"]["name"], "huashu");
  EXPECT_EQ(run["tool"]["driver"]["version"], "9.8.7");

  // Only the rules used are listed.
  std::vector<std::string> ids;
  for (const json& r : run["tool"]["driver"]["rules"]) ids.push_back(r["id"]);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"closing.chat", "platform.contact",
                                           "platform.pinduoduo.contact_app"}));
  for (const json& r : run["tool"]["driver"]["rules"]) {
    EXPECT_TRUE(r["shortDescription"]["text"].is_string());
    EXPECT_FALSE(r["shortDescription"]["text"].get<std::string>().empty()) << r.dump();
  }

  const json& results = run["results"];
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0]["ruleId"], "platform.pinduoduo.contact_app");
  EXPECT_EQ(results[0]["level"], "error");
  const std::string text0 = results[0]["message"]["text"];
  EXPECT_NE(text0.find("提及站外联系或支付工具「威信」"), std::string::npos);
  EXPECT_NE(text0.find("请在拼多多聊天窗口内沟通"), std::string::npos) << "message plus suggestion";
  const json& loc0 = results[0]["locations"][0]["physicalLocation"];
  EXPECT_EQ(loc0["artifactLocation"]["uri"], "calls.jsonl");
  EXPECT_EQ(loc0["region"]["startLine"], 17);
  EXPECT_FALSE(loc0["region"].contains("startColumn")) << "columns only where known";
  EXPECT_EQ(results[1]["level"], "warning");
  EXPECT_EQ(results[1]["ruleId"], "closing.chat");

  const json& t = results[2];
  EXPECT_EQ(t["ruleId"], "platform.contact");
  EXPECT_EQ(t["level"], "note");
  const json& region = t["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(t["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "templates.txt");
  EXPECT_EQ(region["startLine"], 5);
  EXPECT_EQ(region["startColumn"], 3);
  EXPECT_EQ(region["endColumn"], 5);

  const json& notes = run["invocations"][0]["toolExecutionNotifications"];
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0]["message"]["text"], "invalid JSON: TAPE_ERROR");
  EXPECT_EQ(notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "calls.jsonl");
  EXPECT_EQ(notes[0]["locations"][0]["physicalLocation"]["region"]["startLine"], 18);
}

TEST(SarifWriter, EmptyRunIsValid) {
  ConversationResult r = CallResult();
  r.violations.clear();
  json j;
  ASSERT_NO_THROW(j = json::parse(WriteReport(OutputFormat::kSarif, {r, r})));
  EXPECT_TRUE(j["runs"][0]["results"].empty());
  EXPECT_TRUE(j["runs"][0]["tool"]["driver"]["rules"].empty());
}

TEST(SarifWriter, ResultsOfSeveralConversationsAreSeparated) {
  ConversationResult empty = CallResult();
  empty.violations.clear();
  json j;
  const std::string out =
      WriteReport(OutputFormat::kSarif, {CallResult(), empty, TemplateResult(), CallResult()});
  ASSERT_NO_THROW(j = json::parse(out)) << out;
  EXPECT_EQ(j["runs"][0]["results"].size(), 5u);
}

TEST(SarifWriter, ListsEveryRuleInForceNotOnlyThoseThatFired) {
  // What huashu::check::Audit does at the end of a run: the rules of every
  // book applied go into the summary.
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  {
    auto w = MakeWriter(OutputFormat::kSarif, f, {});
    Summary summary;
    ConversationResult r = CallResult();
    summary.Add(r);
    w->Write(r);
    summary.AddRule("quiet.rule", {"从未触发", "forbidden"});
    summary.AddRule(r.violations[0].rule, {"站外联系工具", "platform"});
    w->End(summary);
  }
  std::rewind(f);
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  json j;
  ASSERT_NO_THROW(j = json::parse(out)) << out;
  std::vector<std::string> ids;
  for (const json& rule : j["runs"][0]["tool"]["driver"]["rules"]) ids.push_back(rule["id"]);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "quiet.rule"), ids.end()) << out;
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  // Results come before the tool object: they were streamed.
  EXPECT_LT(out.find("\"results\""), out.find("\"tool\""));
}

TEST(Writers, OnlyTheTextReportPrintsTheContext) {
  for (OutputFormat f :
       {OutputFormat::kJson, OutputFormat::kJsonl, OutputFormat::kText, OutputFormat::kSarif}) {
    auto w = MakeWriter(f, stdout, {});
    EXPECT_EQ(w->PrintsContext(), f == OutputFormat::kText);
  }
  // Unless JSON is asked for it (check --context).
  WriterOptions o;
  o.context = true;
  for (OutputFormat f : {OutputFormat::kJson, OutputFormat::kJsonl})
    EXPECT_TRUE(MakeWriter(f, stdout, o)->PrintsContext());
}

TEST(JsonWriter, SummaryNamesTheRulesInForceByBook) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  {
    auto w = MakeWriter(OutputFormat::kJson, f, {});
    Summary summary;
    w->End(summary);  // no book applied: no list (nothing is known)
    std::fputc('\n', f);
  }
  {
    auto w = MakeWriter(OutputFormat::kJson, f, {});
    Summary summary;
    Summary::RuleInfo info;
    for (const char* id : {"z.pdd", "a.pdd"}) {
      info.book = "platform/pinduoduo";
      summary.AddRule(id, info);
    }
    info.book = "base";
    summary.AddRule("m.base", info);
    w->End(summary);
  }
  std::rewind(f);
  std::string out;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) out.append(buf, n);
  std::fclose(f);
  const size_t second = out.find("{\"tool\"", 1);
  ASSERT_NE(second, std::string::npos) << out;
  EXPECT_FALSE(json::parse(out.substr(0, second))["summary"].contains("rules_in_force"));
  EXPECT_EQ(json::parse(out.substr(second))["summary"]["rules_in_force"],
            json::parse(R"({"base":["m.base"],"platform/pinduoduo":["a.pdd","z.pdd"]})"));
  EXPECT_NE(
      out.find(R"("rules_in_force":{"base":["m.base"],"platform/pinduoduo":["a.pdd","z.pdd"]})"),
      std::string::npos)
      << "books and ids sorted";
}

TEST(AppendViolationJson, ContextOnlyWhenAskedAndOnlyInATurn) {
  Violation v = PhraseFinding();
  v.turn_span = Span{7, 9};
  std::string plain, with;
  AppendViolationJson(v, &plain);
  AppendViolationJson(v, &with, true);
  EXPECT_EQ(plain.find("context"), std::string::npos) << plain;
  const json j = json::parse(with);
  EXPECT_EQ(j["context"],
            json::parse(R"({"text":"亲，可以加我的威信吗","span":{"start":7,"end":9}})"));
  json rest = j;
  rest.erase("context");
  EXPECT_EQ(rest, json::parse(plain));
  v.turn_span.reset();
  with.clear();
  AppendViolationJson(v, &with, true);
  EXPECT_TRUE(json::parse(with)["context"]["span"].is_null());
  with.clear();
  AppendViolationJson(ConversationFinding(), &with, true);
  EXPECT_FALSE(json::parse(with).contains("context")) << with;
}

TEST(Writers, ManyDiagnosticsAreAllWrittenInOrder) {
  // More than the spool keeps in memory (1 MB).
  std::vector<Diagnostic> diags;
  for (uint32_t i = 1; i <= 20000; ++i)
    diags.push_back({"big.jsonl", i, 0, "invalid JSON: " + std::string(60, 'x'), true});
  for (OutputFormat f : {OutputFormat::kJson, OutputFormat::kSarif}) {
    json j;
    const std::string out = WriteReport(f, {CallResult()}, diags);
    ASSERT_NO_THROW(j = json::parse(out));
    const json& list = f == OutputFormat::kJson
                           ? j["diagnostics"]
                           : j["runs"][0]["invocations"][0]["toolExecutionNotifications"];
    ASSERT_EQ(list.size(), diags.size());
    EXPECT_EQ(f == OutputFormat::kJson
                  ? list[19999]["line"]
                  : list[19999]["locations"][0]["physicalLocation"]["region"]["startLine"],
              20000);
  }
  const std::vector<std::string> lines = Lines(WriteReport(OutputFormat::kJsonl, {}, diags));
  ASSERT_EQ(lines.size(), diags.size() + 1);
  EXPECT_EQ(json::parse(lines[12345])["diagnostic"]["line"], 12346);
}

// ================================================================ formats, AppendJsonString,
// Summary

TEST(OutputFormat, Names) {
  EXPECT_EQ(ParseOutputFormat("json"), OutputFormat::kJson);
  EXPECT_EQ(ParseOutputFormat("jsonl"), OutputFormat::kJsonl);
  EXPECT_EQ(ParseOutputFormat("text"), OutputFormat::kText);
  EXPECT_EQ(ParseOutputFormat("sarif"), OutputFormat::kSarif);
  EXPECT_FALSE(ParseOutputFormat("xml").has_value());
}

TEST(AppendJsonString, Escapes) {
  std::string out = "x=";
  AppendJsonString("a\"b\\c\nd\te\rf\x01g\x1f", &out);
  EXPECT_EQ(out, "x=\"a\\\"b\\\\c\\nd\\te\\rf\\u0001g\\u001f\"");
  std::string cn;
  AppendJsonString("您好「微信」", &cn);
  EXPECT_EQ(cn, "\"您好「微信」\"");
  std::string empty;
  AppendJsonString("", &empty);
  EXPECT_EQ(empty, "\"\"");
  // Every control character round-trips through a JSON parser.
  std::string all;
  for (int c = 0; c < 0x20; ++c) all += static_cast<char>(c);
  all += "\"\\/";
  std::string lit;
  AppendJsonString(all, &lit);
  EXPECT_EQ(json::parse(lit).get<std::string>(), all);
}

TEST(AppendViolationJson, IsOneObject) {
  std::string out;
  AppendViolationJson(TemplateFinding(), &out);
  json j;
  ASSERT_NO_THROW(j = json::parse(out)) << out;
  EXPECT_EQ(j["rule"], "platform.contact");
  EXPECT_EQ(j["span"]["start"], 2);
  EXPECT_EQ(j["source"]["column"], 3);
  EXPECT_EQ(j["match"]["how"], "exact");
}

TEST(Summary, CountsByRuleCategorySeverityAndAgent) {
  ConversationResult a = CallResult();      // agent 1428: error + warning, score 87
  ConversationResult b = TemplateResult();  // no agent id: info, score 99
  b.agent_name = "小美";
  ConversationResult c = CallResult();
  c.agent_id = "2001";
  c.violations.clear();
  c.skipped_rules = {"answer.call", "gap.first"};
  c.score = 100;
  Summary s;
  EXPECT_EQ(s.checked(), 0);
  EXPECT_DOUBLE_EQ(s.average_score(), 100.0);
  s.Add(a);
  s.Add(b);
  s.Add(c);
  s.AddRejected(Diagnostic{"x", 1, 0, "bad", true});
  s.AddRejected(Diagnostic{"x", 2, 0, "repaired", false});
  s.AddRejected(Diagnostic{"x", 3, 0, "bad", true});
  EXPECT_EQ(s.checked(), 3);
  EXPECT_EQ(s.rejected(), 2);
  EXPECT_EQ(s.violations(), 3);
  EXPECT_NEAR(s.average_score(), (87 + 99 + 100) / 3.0, 1e-9);
  EXPECT_EQ(s.by_rule().at("platform.pinduoduo.contact_app"), 1);
  EXPECT_EQ(s.by_rule().at("closing.chat"), 1);
  EXPECT_EQ(s.by_rule().at("platform.contact"), 1);
  EXPECT_EQ(s.by_category().at("platform"), 2);
  EXPECT_EQ(s.by_category().at("closing"), 1);
  EXPECT_EQ(s.by_severity().at("error"), 1);
  EXPECT_EQ(s.by_severity().at("warning"), 1);
  EXPECT_EQ(s.by_severity().at("info"), 1);
  EXPECT_EQ(s.skipped_rules().at("answer.call"), 2);
  EXPECT_EQ(s.skipped_rules().at("gap.first"), 1);
  ASSERT_EQ(s.by_agent().count("1428"), 1u);
  EXPECT_EQ(s.by_agent().at("1428").conversations, 1);
  EXPECT_EQ(s.by_agent().at("1428").violations, 2);
  EXPECT_EQ(s.by_agent().at("1428").score_total, 87);
  ASSERT_EQ(s.by_agent().count("2001"), 1u);
  EXPECT_EQ(s.by_agent().at("2001").violations, 0);
  int conversations = 0;
  for (const auto& [agent, sum] : s.by_agent()) conversations += sum.conversations;
  EXPECT_EQ(conversations, 3);
  EXPECT_EQ(s.rulebooks(), (std::vector<std::string>{"base", "pii", "call"}));
}

TEST(Summary, RulebooksAreTheUnionInOrder) {
  static const std::vector<std::string> chat = {"base", "pii", "chat", "ad_law"};
  ConversationResult a = CallResult();
  ConversationResult b = CallResult();
  b.rulebooks = &chat;
  ConversationResult none = CallResult();
  none.rulebooks = nullptr;
  Summary s;
  s.Add(a);
  s.Add(none);
  s.Add(b);
  s.Add(a);
  EXPECT_EQ(s.rulebooks(), (std::vector<std::string>{"base", "pii", "call", "chat", "ad_law"}));
}

}  // namespace
}  // namespace huashu::report
