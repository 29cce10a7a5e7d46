// End-to-end tests: run the real huashu binary the way a user does and check
// what they would see (JSON fields, exit status, messages).

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

namespace {

using nlohmann::json;

struct Result {
  int status = -1;
  std::string out;
  std::string err;
};

// A path in the temp dir private to the running test (ctest runs tests in
// parallel processes).
std::string TempPath(const std::string& name) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  return ::testing::TempDir() + "huashu_" + info->name() + "_" + std::to_string(getpid()) + "_" +
         name;
}

// Runs `huashu ARGS` in the source tree (so paths in reports are relative).
Result Huashu(const std::string& args, const std::string& input = "") {
  const std::string err_file = TempPath("stderr.txt");
  std::string cmd = std::string("cd '") + HUASHU_SOURCE_DIR + "' && ";
  std::string in_file;
  if (!input.empty()) {
    in_file = TempPath("stdin.txt");
    std::ofstream(in_file, std::ios::binary) << input;
    cmd += "'" HUASHU_BIN "' " + args + " < '" + in_file + "' 2>'" + err_file + "'";
  } else {
    cmd += "'" HUASHU_BIN "' " + args + " </dev/null 2>'" + err_file + "'";
  }
  Result r;
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 65536> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int status = pclose(p);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream e(err_file);
  std::stringstream ss;
  ss << e.rdbuf();
  r.err = ss.str();
  return r;
}

std::string Write(const std::string& name, const std::string& content) {
  const std::string path = TempPath(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

std::vector<json> Violations(const json& report) {
  std::vector<json> out;
  for (const auto& c : report["conversations"])
    for (const auto& v : c["violations"]) out.push_back(v);
  return out;
}

TEST(Cli, ViolationHasEveryContractField) {
  const std::string line =
      R"({"id":"c-1","channel":"call","agent":{"id":"1428","name":"小妮"},"turns":[)"
      R"({"speaker":"agent","start":0.8,"end":3.1,"text":"您好，很高兴为您服务，请问有什么可以帮您？"},)"
      R"({"speaker":"customer","start":3.9,"end":6.0,"text":"我的快递怎么还没到？"},)"
      R"({"speaker":"agent","start":41.2,"end":43.0,"text":"啊？你说什么？"}]})";
  Result r = Huashu("check -", line + "\n");
  ASSERT_EQ(r.status, 1) << r.err;
  json report = json::parse(r.out);
  EXPECT_EQ(report["tool"]["name"], "huashu");
  json found;
  for (const auto& v : Violations(report))
    if (v["text"] == "你说什么") found = v;
  ASSERT_FALSE(found.is_null()) << r.out;
  EXPECT_EQ(found["category"], "forbidden");
  EXPECT_EQ(found["severity"], "error");
  EXPECT_EQ(found["conversation"], "c-1");
  EXPECT_EQ(found["turn"], 3);
  EXPECT_EQ(found["speaker"], "agent");
  EXPECT_EQ(found["span"]["start"], 2);
  EXPECT_EQ(found["span"]["end"], 6);
  EXPECT_EQ(found["time"], 41.2);
  EXPECT_EQ(found["source"]["file"], "-");
  EXPECT_EQ(found["source"]["line"], 1);
  EXPECT_FALSE(found["suggestion"].get<std::string>().empty());
  EXPECT_NE(found["message"].get<std::string>().find("你说什么"), std::string::npos);
  for (const char* key : {"rule", "category", "severity", "message", "suggestion", "conversation",
                          "turn", "speaker", "span", "text", "time", "source"})
    EXPECT_TRUE(found.contains(key)) << key;
  EXPECT_TRUE(report["summary"]["by_category"].contains("forbidden"));
  EXPECT_TRUE(report["summary"]["by_agent"].contains("1428"));
}

TEST(Cli, TraditionalCharactersAreNormalized) {
  const std::string line =
      R"({"id":"t","channel":"chat","turns":[{"speaker":"agent","text":"您好，請問有什麼可以幫您？"},)"
      R"({"speaker":"customer","text":"能便宜點嗎"},{"speaker":"agent","text":"這個我也沒辦法"}]})";
  Result r = Huashu("check -", line + "\n");
  json report = json::parse(r.out);
  bool caught = false;
  for (const auto& v : Violations(report)) {
    if (v["text"].get<std::string>().find("沒辦法") != std::string::npos) caught = true;
    EXPECT_NE(v["category"], "greeting") << "請問有什麼可以幫您 is a greeting: " << v.dump();
  }
  EXPECT_TRUE(caught) << r.out;
}

TEST(Cli, ExitStatusFollowsFailOn) {
  const std::string clean =
      R"({"id":"ok","channel":"chat","turns":[{"speaker":"agent","text":"您好，欢迎光临，请问有什么可以帮您？"},)"
      R"({"speaker":"customer","text":"发什么快递"},{"speaker":"agent","text":"亲，默认发中通快递哦。请问还有其他问题吗？"},)"
      R"({"speaker":"customer","text":"没有了"},{"speaker":"agent","text":"感谢您的光临，期待您的下次光临，再见！"}]})";
  Result ok = Huashu("check -", clean + "\n");
  EXPECT_EQ(ok.status, 0) << ok.out;
  const std::string bad = R"({"id":"b","turns":[{"speaker":"agent","text":"你说什么？"}]})";
  EXPECT_EQ(Huashu("check -", bad + "\n").status, 1);
  EXPECT_EQ(Huashu("check --fail-on never -", bad + "\n").status, 0);
  EXPECT_EQ(Huashu("check --output nope -", bad + "\n").status, 2);
}

TEST(Cli, BadRecordsAreDiagnosedAndTheBatchGoesOn) {
  std::string input = R"({"id":"a","turns":[{"speaker":"agent","text":"你说什么"}]})"
                      "\n";
  input += "this is not json\n";
  input += std::string(R"({"id":"u","turns":[{"speaker":"agent","text":"bad )") + "\xff\xfe" +
           R"("}]})"
           "\n";
  input += R"({"id":"c","turns":[{"speaker":"robot","text":"x"}]})"
           "\n";
  input += R"({"id":"d","turns":[{"speaker":"agent","text":"哈哈，好的"}]})"
           "\n";
  Result r = Huashu("check -", input);
  EXPECT_EQ(r.status, 1);
  json report = json::parse(r.out);
  ASSERT_EQ(report["conversations"].size(), 2u);
  EXPECT_EQ(report["conversations"][1]["id"], "d");
  ASSERT_EQ(report["diagnostics"].size(), 3u);
  EXPECT_EQ(report["diagnostics"][0]["line"], 2);
  EXPECT_EQ(report["diagnostics"][1]["line"], 3);
  EXPECT_NE(report["diagnostics"][1]["message"].get<std::string>().find("UTF-8"),
            std::string::npos);
  EXPECT_NE(report["diagnostics"][2]["message"].get<std::string>().find("robot"),
            std::string::npos);
  EXPECT_EQ(report["summary"]["records"], 5);
  EXPECT_EQ(report["summary"]["rejected"], 3);
  EXPECT_NE(r.err.find("-:2:"), std::string::npos) << r.err;
}

TEST(Cli, MissingFileIsAnErrorButOtherFilesAreChecked) {
  const std::string f =
      Write("one.jsonl", R"({"id":"x","turns":[{"speaker":"agent","text":"你说什么"}]})"
                         "\n");
  Result r = Huashu("check /nonexistent/file.jsonl " + f);
  EXPECT_EQ(r.status, 2);
  json report = json::parse(r.out);
  EXPECT_EQ(report["conversations"].size(), 1u);
  EXPECT_NE(r.err.find("/nonexistent/file.jsonl"), std::string::npos);
}

TEST(Cli, RulebookErrorsNameFileLineColumn) {
  const std::string book = Write("bad_book.yaml",
                                 "name: mine\nrules:\n  - id: x\n    type: forbidden\n"
                                 "    category: forbidden\n    message: m\n    words: [好]\n"
                                 "    wrods: [坏]\n");
  Result r = Huashu("check --rules " + book + " -", "{}\n");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("bad_book.yaml:8:5: unknown key 'wrods'"), std::string::npos) << r.err;

  const std::string empty = Write("empty_words.yaml",
                                  "name: mine\nrules:\n  - id: x\n    type: forbidden\n"
                                  "    category: forbidden\n    message: m\n    words: []\n");
  r = Huashu("check --rules " + empty + " -", "{}\n");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("empty_words.yaml:7:12"), std::string::npos) << r.err;

  const std::string never =
      Write("never.yaml",
            "name: mine\nrules:\n  - id: x\n    type: forbidden\n"
            "    category: forbidden\n    message: m\n    words: [\"\\u200B\"]\n");
  r = Huashu("check --rules " + never + " -", "{}\n");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("never.yaml:7:13"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("can never match"), std::string::npos) << r.err;

  const std::string dup =
      Write("dup.yaml",
            "name: mine\nrules:\n  - id: x\n    type: forbidden\n    category: forbidden\n"
            "    message: m\n    words: [好]\n  - id: x\n    type: forbidden\n"
            "    category: forbidden\n    message: m\n    words: [坏]\n");
  r = Huashu("check --rules " + dup + " -", "{}\n");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("dup.yaml:8:9: duplicate rule id 'x'"), std::string::npos) << r.err;
}

TEST(Cli, PersonalDataNeverLeaksIntoAnyReport) {
  const std::string line =
      R"({"id":"p","platform":"pinduoduo","turns":[{"speaker":"agent","text":"您的收货电话是13812345678，卡号6222020200000000006，身份证11010519491231002X"}]})";
  for (const char* format :
       {"json", "jsonl", "text", "sarif", "json --context", "jsonl --context"}) {
    Result r = Huashu(std::string("check -o ") + format + " -", std::string(line) + "\n");
    EXPECT_EQ(r.status, 1) << format;
    EXPECT_EQ(r.out.find("13812345678"), std::string::npos) << format << r.out;
    EXPECT_EQ(r.out.find("12345678"), std::string::npos) << format;
    EXPECT_EQ(r.out.find("6222020200000000006"), std::string::npos) << format;
    EXPECT_EQ(r.out.find("11010519491231002X"), std::string::npos) << format;
    EXPECT_NE(r.out.find("138****5678"), std::string::npos) << format << r.out;
  }
}

// The code points [from, to) of UTF-8 `s`.
std::string CodePoints(const std::string& s, size_t from, size_t to) {
  std::string out;
  size_t cp = 0;
  for (size_t i = 0; i < s.size(); ++cp) {
    size_t n = 1;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0)
      n = 4;
    else if (c >= 0xE0)
      n = 3;
    else if (c >= 0xC0)
      n = 2;
    if (cp >= from && cp < to) out += s.substr(i, n);
    i += n;
  }
  return out;
}

// check --context: every finding in a turn carries the sentence around it,
// masked as its text is, and its span in it marks that text.
TEST(Cli, ContextIsTheMaskedSentenceAroundEachFinding) {
  const std::string line =
      R"({"id":"p","platform":"pinduoduo","turns":[{"speaker":"agent","text":"亲，您的收货电话是13812345678，这款是全网最低价哦，加我微信细聊"}]})"
      "\n";
  const json plain = json::parse(Huashu("check -o json -", line).out);
  const json with = json::parse(Huashu("check -o json --context -", line).out);
  const std::vector<json> findings = Violations(with);
  ASSERT_EQ(findings.size(), Violations(plain).size());
  ASSERT_GE(findings.size(), 3u);
  size_t marked = 0;
  for (size_t i = 0; i < findings.size(); ++i) {
    json v = findings[i];
    if (v["turn"].is_null()) {  // a conversation-level finding has no sentence
      EXPECT_FALSE(v.contains("context")) << v.dump();
      continue;
    }
    ASSERT_TRUE(v.contains("context")) << v.dump();
    const json context = v["context"];
    const std::string text = context["text"];
    EXPECT_EQ(text.find("12345678"), std::string::npos) << text;
    EXPECT_NE(text.find("138****5678"), std::string::npos) << text;
    if (!context["span"].is_null() && !v["text"].get<std::string>().empty()) {
      EXPECT_EQ(CodePoints(text, context["span"]["start"], context["span"]["end"]), v["text"])
          << v.dump();
      ++marked;
    }
    v.erase("context");
    EXPECT_EQ(v, Violations(plain)[i]) << "--context adds the field and changes nothing else";
  }
  EXPECT_GE(marked, 3u);
  EXPECT_EQ(Huashu("check -o json -", line).out.find("\"context\""), std::string::npos);
  // JSON Lines findings carry it too.
  const std::string jsonl = Huashu("check -o jsonl --context -", line).out;
  EXPECT_EQ(json::parse(jsonl.substr(0, jsonl.find('\n')))["context"], findings[0]["context"]);
}

TEST(Cli, TextReportMarksTheSpanAndSuggests) {
  const std::string line =
      R"({"id":"t1","turns":[{"speaker":"agent","text":"这个我不清楚，你问别人吧"}]})";
  Result r = Huashu("check -o text --color never -", line + "\n");
  EXPECT_NE(r.out.find("【不清楚】"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("建议："), std::string::npos);
  EXPECT_NE(r.out.find("-:1"), std::string::npos);
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos) << "no colour when not a terminal";
}

TEST(Cli, SarifForTemplates) {
  const std::string tpl =
      Write("replies.txt", "# 快捷短语\n亲，这款是全网最低价哦\n好的，马上为您安排发货\n");
  Result r = Huashu("check -o sarif --input template " + tpl);
  EXPECT_EQ(r.status, 1);
  json sarif = json::parse(r.out);
  EXPECT_EQ(sarif["version"], "2.1.0");
  const auto& run = sarif["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  ASSERT_FALSE(run["results"].empty());
  const auto& loc = run["results"][0]["locations"][0]["physicalLocation"];
  EXPECT_EQ(loc["region"]["startLine"], 2);
  EXPECT_EQ(loc["region"]["startColumn"], 6);  // 全网 starts at code point 5
  EXPECT_FALSE(run["tool"]["driver"]["rules"].empty());
}

TEST(Cli, ChatExportLayouts) {
  const std::string inline_export =
      Write("inline.txt",
            "客户(10:00:00)：你好，在吗？\n客服(10:00:03)：在的，您好！请问有什么可以帮您？\n"
            "客户(10:00:20)：这个有货吗\n客服(10:00:25)：亲，暂时这个还说不清楚\n");
  Result r = Huashu("check " + inline_export);
  json report = json::parse(r.out);
  ASSERT_EQ(report["conversations"].size(), 1u);
  bool unclear = false;
  for (const auto& v : Violations(report)) {
    if (v["text"] == "说不清楚" || v["text"] == "不清楚") {
      unclear = true;
      EXPECT_EQ(v["turn"], 4);
      EXPECT_EQ(v["speaker"], "agent");
      EXPECT_EQ(v["source"]["line"], 4);
    }
  }
  EXPECT_TRUE(unclear) << r.out;

  const std::string header_export =
      Write("header.txt",
            "tb_buyer_88 2026-11-22 10:00:00\n在吗\n客服小美 2026-11-22 "
            "10:00:05\n亲，在的呢，请问有什么可以帮您？\n"
            "tb_buyer_88 2026-11-22 10:01:00\n什么时候发货\n客服小美 2026-11-22 10:01:10\n"
            "大概明天吧\n我也不知道\n");
  r = Huashu("check " + header_export);
  report = json::parse(r.out);
  ASSERT_EQ(report["conversations"].size(), 1u);
  bool unknown = false;
  for (const auto& v : Violations(report)) {
    if (v["text"] == "不知道") {
      unknown = true;
      EXPECT_EQ(v["turn"], 4);
      EXPECT_EQ(v["speaker"], "agent");
    }
  }
  EXPECT_TRUE(unknown) << r.out;
}

TEST(Cli, InvalidUtf8InAChatExportIsRepairedAndReported) {
  const std::string f =
      Write("bad_utf8.txt", std::string("客户(10:00:00)：在吗\n客服(10:00:02)：你说什\xff么\n"));
  Result r = Huashu("check " + f);
  json report = json::parse(r.out);  // the report itself is valid UTF-8 JSON
  ASSERT_EQ(report["diagnostics"].size(), 1u);
  EXPECT_EQ(report["diagnostics"][0]["line"], 2);
  EXPECT_EQ(report["diagnostics"][0]["dropped"], false);
  EXPECT_EQ(report["summary"]["rejected"], 0);
  EXPECT_EQ(report["conversations"].size(), 1u);
}

TEST(Cli, UnknownChatLinesAreNotSilentlyDropped) {
  const std::string f = Write(
      "odd.txt",
      "客户(10:00:00)：在吗\n这是一行莫名其妙的文字\n客服(10:00:02)：您好，请问有什么可以帮您？\n");
  Result r = Huashu("check --input chat " + f);
  json report = json::parse(r.out);
  ASSERT_EQ(report["diagnostics"].size(), 1u);
  EXPECT_EQ(report["diagnostics"][0]["line"], 2);
  EXPECT_EQ(report["summary"]["rejected"], 1);
  EXPECT_EQ(r.status, 1);
}

TEST(Cli, DisableAndSuppress) {
  const std::string line =
      R"({"id":"d","turns":[{"speaker":"agent","text":"这个我不清楚，你说什么？"}]})";
  Result all = Huashu("check -", line + "\n");
  Result off = Huashu("check --disable forbidden.uncertain -", line + "\n");
  // The rules that fired (summary.rules_in_force names every rule in force).
  auto fired = [](const Result& r) {
    std::set<std::string> rules;
    for (const json& v : Violations(json::parse(r.out))) rules.insert(v["rule"]);
    return rules;
  };
  EXPECT_TRUE(fired(all).count("forbidden.uncertain"));
  EXPECT_FALSE(fired(off).count("forbidden.uncertain"));
  EXPECT_TRUE(fired(off).count("forbidden.repeat_request"));
  // Nor is it in force.
  EXPECT_EQ(off.out.find("\"forbidden.uncertain\""), std::string::npos);
  EXPECT_NE(all.out.find("\"forbidden.uncertain\""), std::string::npos);
  Result typo = Huashu("check --disable forbidden.uncertian -", line + "\n");
  EXPECT_EQ(typo.status, 2);
  EXPECT_NE(typo.err.find("no rule 'forbidden.uncertian'"), std::string::npos);

  const std::string tpl = Write("suppressed.txt",
                                "# huashu-ignore-next-line ad.superlative\n这是我们店最好的款式\n"
                                "这是我们店最好的款式\n# huashu-ignore-next-line\n全网最低价\n");
  Result r = Huashu("check --input template " + tpl);
  json report = json::parse(r.out);
  ASSERT_EQ(report["conversations"][0]["violations"].size(), 1u) << r.out;
  EXPECT_EQ(report["conversations"][0]["violations"][0]["source"]["line"], 3);
  EXPECT_EQ(report["summary"]["suppressed"], 3);
}

TEST(Cli, RepeatableOptionsDoNotSwallowFiles) {
  const std::string book = Write("mine.yaml", "name: mine\nextends: [base]\n");
  const std::string a =
      Write("a.jsonl", R"({"id":"a","turns":[{"speaker":"agent","text":"你说什么"}]})"
                       "\n");
  const std::string b =
      Write("b.jsonl", R"({"id":"b","turns":[{"speaker":"agent","text":"你说什么"}]})"
                       "\n");
  Result r = Huashu("check --rules " + book + " --rules " + book + " --disable forbidden.casual " +
                    a + " " + b);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_EQ(json::parse(r.out)["conversations"].size(), 2u);
}

TEST(Cli, NotesForOddInput) {
  // No turn recognised as the agent's: a note, not silence.
  const std::string chat =
      Write("noagent.txt", "xiaolu_cs(10:00:03)：在的亲\ntb_buyer(10:00:00)：在吗\n");
  Result r = Huashu("check " + chat);
  EXPECT_NE(r.err.find("no agent turn"), std::string::npos) << r.err;
  // ... naming the file and the sender names it saw, not scored, exit 1.
  EXPECT_NE(r.err.find("noagent.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("xiaolu_cs, tb_buyer"), std::string::npos) << r.err;
  EXPECT_EQ(r.status, 1);
  {
    json rep = json::parse(r.out);
    EXPECT_EQ(rep["conversations"].size(), 0u);
    EXPECT_EQ(rep["summary"]["rejected"], 1);
    EXPECT_TRUE(rep["summary"]["average_score"].is_null());
    EXPECT_TRUE(rep["diagnostics"][0]["dropped"]);
  }
  // A suppression naming no rule.
  const std::string tpl =
      Write("typo.txt", "# huashu-ignore-next-line ad.superlativ\n这是最好的\n");
  r = Huashu("check --input template " + tpl);
  EXPECT_NE(r.err.find("names no known rule 'ad.superlativ'"), std::string::npos) << r.err;
  // CSV with aliased columns is recognised without --input.
  const std::string csv =
      Write("day.csv", "conversation_id,role,content\nv1,agent,你烦不烦啊\nv1,customer,好\n");
  json report = json::parse(Huashu("check " + csv).out);
  ASSERT_EQ(report["conversations"].size(), 1u);
  EXPECT_EQ(report["conversations"][0]["id"], "v1");
  // An empty file holds no conversation.
  const std::string empty = Write("empty.txt", "");
  report = json::parse(Huashu("check " + empty).out);
  EXPECT_EQ(report["summary"]["checked"], 0);
  EXPECT_TRUE(report["summary"]["average_score"].is_null());
}

TEST(Cli, ShardsSplitTheRecords) {
  std::string input;
  for (int i = 0; i < 10; ++i)
    input += R"({"id":"s)" + std::to_string(i) +
             R"(","turns":[{"speaker":"agent","text":"好的"}]})"
             "\n";
  std::vector<std::string> ids;
  for (int k = 0; k < 3; ++k) {
    json report = json::parse(
        Huashu("check --fail-on never --shard " + std::to_string(k) + "/3 -", input).out);
    for (const auto& c : report["conversations"]) ids.push_back(c["id"]);
  }
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids.size(), 10u);
  EXPECT_EQ(std::unique(ids.begin(), ids.end()), ids.end());
  EXPECT_EQ(Huashu("check --shard 3/3 -", input).status, 2);
}

TEST(Cli, RulesCommands) {
  Result list = Huashu("rules list");
  EXPECT_EQ(list.status, 0);
  EXPECT_NE(list.out.find("pii.mobile"), std::string::npos);
  Result explain = Huashu("rules explain pii.mobile");
  EXPECT_EQ(explain.status, 0);
  EXPECT_NE(explain.out.find("fires"), std::string::npos);
  EXPECT_EQ(Huashu("rules explain no.such.rule").status, 2);

  const std::string book = Write("failing.yaml",
                                 "name: mine\nrules:\n  - id: my.rule\n    type: forbidden\n"
                                 "    category: forbidden\n    message: m\n    words: [坏]\n"
                                 "    examples:\n      fire: [很好]\n      pass: [好]\n");
  Result test = Huashu("rules test " + book);
  EXPECT_EQ(test.status, 1);
  EXPECT_NE(test.out.find("failing.yaml:9:14: my.rule: example should fire but did not: 很好"),
            std::string::npos)
      << test.out;
}

}  // namespace

// --- What a newcomer meets (issue 15) ---

TEST(Newcomer, NoAgentTurnIsNotAPerfectScore) {
  const std::string chat = Write("buyers.txt", "买家甲：在吗\n买家乙：有人吗\n");
  Result r = Huashu("check --lang en " + chat);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("buyers.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("speakers seen: 买家甲, 买家乙"), std::string::npos) << r.err;
  json rep = json::parse(r.out);
  EXPECT_TRUE(rep["conversations"].empty());
  EXPECT_TRUE(rep["summary"]["average_score"].is_null());
  EXPECT_EQ(rep["summary"]["rejected"], 1);
  // JSON Lines: the speakers are the roles.
  r = Huashu("check --lang en -", R"({"id":"k","turns":[{"speaker":"customer","text":"在吗"}]})"
                                  "\n");
  EXPECT_NE(r.err.find("speakers seen: customer"), std::string::npos) << r.err;
  // The text summary gives it its own line and no average score.
  r = Huashu("check -o text " + chat);
  EXPECT_NE(r.out.find("1 个会话没有识别出客服发言"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("平均得分"), std::string::npos) << r.out;
}

TEST(Newcomer, OverlappingWordsOfOneRuleAreOneFindingNamingEachWord) {
  const std::string book = Write("overlap.yaml", R"(name: overlap
rules:
  - id: t.review
    type: forbidden
    category: platform
    message: "禁用「{match}」"
    words: [好评返, 返现]
    examples:
      fire: ["好评返现哦"]
)");
  const std::string in =
      Write("o.jsonl", R"({"id":"o","turns":[{"speaker":"agent","text":"五星好评返现哦"}]})"
                       "\n");
  Result r = Huashu("check --rules " + book + " " + in);
  const auto v = Violations(json::parse(r.out));
  ASSERT_EQ(v.size(), 1u) << r.out;
  EXPECT_EQ(v[0]["text"], "好评返现");
  EXPECT_EQ(v[0]["match"]["phrase"], "好评返");
  EXPECT_NE(v[0]["match"]["detail"].get<std::string>().find("「好评返」「返现」"),
            std::string::npos);
  r = Huashu("check -o text --rules " + book + " " + in);
  EXPECT_NE(r.out.find("匹配：好评返现 含重叠的词"), std::string::npos) << r.out;
}

TEST(Newcomer, UnknownPlaceholderIsARulebookError) {
  const std::string book = Write("ph.yaml", R"(name: ph
rules:
  - id: t.ph
    type: forbidden
    category: forbidden
    message: "不要说{nosuch}"
    words: [呵呵]
    examples:
      fire: ["呵呵"]
)");
  Result r = Huashu("check --rules " + book + " -", "{\"id\":\"a\",\"turns\":[]}\n");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("ph.yaml:6:14: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("unknown placeholder {nosuch}"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("{match}, {word}"), std::string::npos) << r.err;
  // explain prints the thresholds and the placeholders.
  r = Huashu("rules explain hangup.call");
  EXPECT_NE(r.out.find("customer_first: true"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("wait_seconds: 3"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("placeholders: {detail}"), std::string::npos) << r.out;
}

TEST(Newcomer, RulesListIsATable) {
  Result r = Huashu("rules list");
  ASSERT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("ID ", 0), 0u) << r.out.substr(0, 200);
  EXPECT_EQ(r.out.find("  1 phrases"), std::string::npos);
  EXPECT_EQ(r.out.find(" 0 phrases"), std::string::npos);
  // Every line has its columns at the header's places.
  std::istringstream lines(r.out);
  std::string header, line;
  std::getline(lines, header);
  const size_t type_at = header.find("TYPE");
  while (std::getline(lines, line)) {
    ASSERT_GT(line.size(), type_at);
    EXPECT_EQ(line[type_at - 1], ' ') << line;
    EXPECT_NE(line[type_at], ' ') << line;
  }
  EXPECT_NE(r.out.find("detector"), std::string::npos);  // pii: not its allow list
  json list = json::parse(Huashu("rules list --output json").out);
  ASSERT_TRUE(list.is_array());
  EXPECT_TRUE(list[0].contains("id") && list[0].contains("phrases"));
}

TEST(Newcomer, TextSummaryHeaderAndTheRest) {
  // Twelve rules fire: ten shown under a header, "另有 2 条规则".
  std::string text;
  for (const char* w : {"你说什么", "呵呵", "不清楚", "这是规定", "您自己看吧", "最好", "全网",
                        "绝对", "根治", "国家级", "最低价", "错过就没"})
    text += std::string(w) + "。";
  const std::string in =
      Write("many.jsonl", R"({"id":"m","platform":"taobao","turns":[{"speaker":"agent","text":")" +
                              text + "\"}]}\n");
  Result r = Huashu("check -o text " + in);
  EXPECT_NE(r.out.find("问题最多的规则"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("… 另有 "), std::string::npos) << r.out;
  // Templates are lines, not conversations.
  r = Huashu("check --input template -o text samples/reply_templates.txt");
  EXPECT_NE(r.out.find("行模板（1 个文件）"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("1 个会话"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("reply_templates.txt  "), std::string::npos) << r.out;
}

TEST(Newcomer, BareHuashuPrintsUsage) {
  Result r = Huashu("");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("Usage: huashu"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("check"), std::string::npos);
}

TEST(Newcomer, OneLanguageByLocaleOrFlag) {
  const std::string chat = Write("buyers.txt", "买家甲：在吗\n买家乙：有人吗\n");
  const char* saved = std::getenv("LANG");
  const std::string keep = saved ? saved : "";
  unsetenv("LC_ALL");
  unsetenv("LC_MESSAGES");
  setenv("LANG", "C", 1);
  Result en = Huashu("check " + chat + " --shard 3/2");
  EXPECT_NE(en.err.find("--shard takes K/N"), std::string::npos) << en.err;
  en = Huashu("check " + chat);
  EXPECT_NE(en.err.find("has no agent turn"), std::string::npos) << en.err;
  setenv("LANG", "zh_CN.UTF-8", 1);
  Result zh = Huashu("check " + chat);
  EXPECT_NE(zh.err.find("没有识别出客服发言"), std::string::npos) << zh.err;
  EXPECT_EQ(zh.err.find("agent turn"), std::string::npos) << zh.err;
  zh = Huashu("check " + chat + " --shard 3/2");
  EXPECT_NE(zh.err.find("huashu：--shard 的格式"), std::string::npos) << zh.err;
  // The messages a newcomer meets first: no such file, a bad record, a bad
  // rulebook's prefix; in Chinese with no English parser text.
  zh = Huashu("check no-such-file.jsonl");
  EXPECT_NE(zh.err.find("no-such-file.jsonl: 无法打开：文件或目录不存在"), std::string::npos)
      << zh.err;
  const std::string bad = Write("bad.jsonl", "{\"id\":\n");
  zh = Huashu("check " + bad);
  EXPECT_NE(zh.err.find("不是有效的 JSON"), std::string::npos) << zh.err;
  EXPECT_EQ(zh.err.find("The JSON"), std::string::npos) << zh.err;
  zh = Huashu("check -", R"({"id":"t","turns":[{"speaker":"agent","text":"你好","time":"10点"}]})"
                         "\n");
  EXPECT_NE(zh.err.find("turns[0].time 必须是 ISO-8601 时间"), std::string::npos) << zh.err;
  const std::string book = Write("bad.yaml", "name: x\nrules:\n  - id: a\n    type: nope\n");
  zh = Huashu("check --rules " + book + " " + bad);
  EXPECT_EQ(zh.status, 2);
  EXPECT_NE(zh.err.find("huashu：规则库错误：" + book + ":4:11: "), std::string::npos) << zh.err;
  setenv("LANG", "C", 1);
  en = Huashu("check no-such-file.jsonl");
  EXPECT_NE(en.err.find("cannot open: No such file or directory"), std::string::npos) << en.err;
  en = Huashu("check --rules " + book + " " + bad);
  EXPECT_NE(en.err.find("huashu: rulebook error: " + book + ":4:11: "), std::string::npos)
      << en.err;
  setenv("LANG", "zh_CN.UTF-8", 1);
  // --lang wins over the locale.
  en = Huashu("check --lang en " + chat);
  EXPECT_NE(en.err.find("has no agent turn"), std::string::npos) << en.err;
  if (saved)
    setenv("LANG", keep.c_str(), 1);
  else
    unsetenv("LANG");
}
