// What a user sees, pinned exactly: spans and text over invisible
// characters, one rule's allow-list never hiding another rule, masked
// numbers in the text report's context, exit status for every --fail-on
// level, which conversations a shard gets, valid JSON from invalid UTF-8
// names, identical output whatever the thread count, platform aliases,
// colour switches and write errors.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "e2e_util.h"

namespace huashu::e2e {
namespace {

// One line of findings: "LINE rule [start,end) text".
std::vector<std::string> Findings(const json& report) {
  std::vector<std::string> out;
  for (const auto& v : Violations(report)) {
    std::string s =
        std::to_string(v["source"]["line"].get<int>()) + " " + v["rule"].get<std::string>();
    if (!v["span"].is_null())
      s += " [" + std::to_string(v["span"]["start"].get<int>()) + "," +
           std::to_string(v["span"]["end"].get<int>()) + ")";
    s += ' ';
    s += v["text"].get<std::string>();  // (not " " + …: GCC 12 warns -Wrestrict, wrongly)
    out.push_back(s);
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(User, SpanCoversAZeroWidthCharacterInsideTheWord) {
  // U+200B between 清 and 楚: the finding covers it, in code points of the
  // original text, and shows the text as written.
  const std::string zwsp = "\xE2\x80\x8B";
  const std::string tpl =
      Write("zw.txt", "这个我不清" + zwsp + "楚\n" + zwsp + "不清楚" + zwsp + "\n");
  Result r = Huashu("check --input template --fail-on never " + tpl);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(Findings(json::parse(r.out)), (Strings{"1 forbidden.uncertain [3,7) 不清" + zwsp + "楚",
                                                   "2 forbidden.uncertain [1,4) 不清楚"}));
  Result sarif = Huashu("check --input template --fail-on never -o sarif " + tpl);
  const json region =
      json::parse(sarif.out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(region["startColumn"], 4);
  EXPECT_EQ(region["endColumn"], 8);
  Result text = Huashu("check --input template --fail-on never -o text --color never " + tpl);
  EXPECT_NE(text.out.find("这个我【不清" + zwsp + "楚】\n"), std::string::npos) << text.out;
}

TEST(User, AllowPhraseOfOneRuleDoesNotHideAnotherRulesWord) {
  // 不是这样的 is allowed by forbidden.filler (不是 as a filler) but is a word
  // of forbidden.refusal; 最优惠 is allowed by ad.superlative but is a word of
  // ad.price; 喂新 is allowed by the platform's contact rule (not 微信) but 喂
  // is a casual filler of base.
  const std::string tpl =
      Write("allow.txt", "不是这样的，您听我说\n这是我们店最优惠的价格\n喂新号码是多少\n");
  Result r = Huashu("check --input template --platform pinduoduo --fail-on never " + tpl);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(Findings(json::parse(r.out)),
            (Strings{"1 forbidden.refusal [0,5) 不是这样的", "2 ad.price [5,8) 最优惠",
                     "3 forbidden.casual [0,1) 喂"}));

  // The same with a book of two rules, nothing else in the way.
  const std::string book = Write("two.yaml",
                                 "name: two\nrules:\n"
                                 "  - id: a\n    type: forbidden\n    category: forbidden\n"
                                 "    message: m\n    words: [清楚]\n    allow: [查清楚]\n"
                                 "  - id: b\n    type: forbidden\n    category: forbidden\n"
                                 "    message: m\n    words: [查清]\n");
  const std::string lines = Write("two.txt", "我查清楚了\n我说清楚了\n");
  r = Huashu("check --input template --fail-on never --rules " + book + " " + lines);
  EXPECT_EQ(Findings(json::parse(r.out)), (Strings{"1 b [1,3) 查清", "2 a [2,4) 清楚"}));
}

// The context line of every finding in the text report.
Strings ContextLines(const std::string& text_report) {
  Strings out;
  std::istringstream in(text_report);
  std::string prev;
  for (std::string l; std::getline(in, l); prev = l) {
    if (prev.find("  错误 ") != std::string::npos || prev.find("  警告 ") != std::string::npos ||
        prev.find("  提示 ") != std::string::npos)
      out.push_back(l);
  }
  return out;
}

TEST(User, TextContextIsWidenedToWholeMaskedNumbers) {
  // 不清楚 starts 46 code points in: its context window (40 either side)
  // would start inside the phone number (code points 4..15); it is widened
  // back to the number's start so only the masked form shows.
  const std::string before =
      R"({"id":"w1","turns":[{"speaker":"agent","text":"您的电话13812345678已经登记好了，我们会在三个工作日之内安排专人和您联系确认，这个我不清楚"}]})";
  // 不清楚 ends 3 code points in: the window would end inside the number.
  const std::string after =
      R"({"id":"w2","turns":[{"speaker":"agent","text":"不清楚啊，您可以再问我，我们会在三个工作日之内安排专人和您联系确认，电话13812345678已经登记"}]})";
  Result r = Huashu(
      "check -o text --color never --fail-on never --disable greeting.chat "
      "--disable closing.chat --disable closing.chat_ask -",
      before + "\n" + after + "\n");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find("45678"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("138…"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("1381"), std::string::npos) << r.out;
  const Strings context = ContextLines(r.out);
  ASSERT_EQ(context.size(), 4u) << r.out;
  EXPECT_EQ(context[1],
            "    …138****5678已经登记好了，我们会在三个工作日之内安排专人和您联系确认，这个我【"
            "不清楚】")
      << r.out;
  EXPECT_EQ(
      context[2],
      "    【不清楚】啊，您可以再问我，我们会在三个工作日之内安排专人和您联系确认，电话138****"
      "5678…")
      << r.out;
}

TEST(User, TextContextWindowsAndMasksStayInTheirTurn) {
  const std::string text_args =
      "check -o text --color never --fail-on never --disable closing.chat "
      "--disable closing.chat_ask -";
  // A number well before the window is not pulled into it; a number in
  // turn 1 masks nothing in turn 2.
  const std::string far =
      R"({"id":"f","turns":[{"speaker":"agent","text":"您好，很高兴为您服务。您的电话13812345678已经登记好了，我们会在三个工作日之内安排专人和您联系确认具体的上门时间，请您保持电话畅通，这个我不清楚"},)"
      R"({"speaker":"agent","text":"这个我不清楚，您的问题我会反馈给专人处理，请您放心"}]})";
  Result r = Huashu(text_args, far + "\n");
  ASSERT_EQ(r.status, 0) << r.err;
  const Strings context = ContextLines(r.out);
  ASSERT_EQ(context.size(), 3u) << r.out;
  EXPECT_EQ(
      context[1],
      "    "
      "…们会在三个工作日之内安排专人和您联系确认具体的上门时间，请您保持电话畅通，这个我【不清楚"
      "】")
      << r.out;
  EXPECT_EQ(context[2], "    这个我【不清楚】，您的问题我会反馈给专人处理，请您放心") << r.out;
  // A finding about the whole turn (no span) shows its first 80 characters.
  std::string long_turn;
  for (int i = 0; i < 10; ++i) long_turn += "订单已经发出请注意查收";  // 11 code points
  const std::string whole = R"({"id":"g","turns":[{"speaker":"agent","text":")" + long_turn +
                            R"("},{"speaker":"customer","text":"好的"}]})";
  r = Huashu(text_args, whole + "\n");
  const Strings greeting = ContextLines(r.out);
  ASSERT_EQ(greeting.size(), 1u) << r.out;
  std::string first80;
  for (int i = 0; i < 7; ++i) first80 += "订单已经发出请注意查收";
  first80 += "订单已";
  EXPECT_EQ(greeting[0], "    " + first80 + "…") << r.out;
}

TEST(User, FailOnEveryLevel) {
  const std::string book =
      Write("levels.yaml",
            "name: levels\nrules:\n"
            "  - {id: e, type: forbidden, category: forbidden, severity: error, message: m, "
            "words: [错误词]}\n"
            "  - {id: w, type: forbidden, category: forbidden, severity: warning, message: m, "
            "words: [警告词]}\n"
            "  - {id: i, type: forbidden, category: forbidden, severity: info, message: m, "
            "words: [提示词]}\n");
  const std::map<std::string, std::string> only = {
      {"error", Write("e.txt", "这是错误词\n")},
      {"warning", Write("w.txt", "这是警告词\n")},
      {"info", Write("i.txt", "这是提示词\n")},
      {"none", Write("n.txt", "这句没问题\n")},
  };
  // expected[finding level][--fail-on]
  const std::map<std::string, std::map<std::string, int>> expected = {
      {"error", {{"error", 1}, {"warning", 1}, {"info", 1}, {"never", 0}, {"", 1}}},
      {"warning", {{"error", 0}, {"warning", 1}, {"info", 1}, {"never", 0}, {"", 0}}},
      {"info", {{"error", 0}, {"warning", 0}, {"info", 1}, {"never", 0}, {"", 0}}},
      {"none", {{"error", 0}, {"warning", 0}, {"info", 0}, {"never", 0}, {"", 0}}},
  };
  for (const auto& [level, file] : only) {
    for (const auto& [fail_on, status] : expected.at(level)) {
      Result r = Huashu("check --input template --rules " + book +
                        (fail_on.empty() ? std::string() : " --fail-on " + fail_on) + " " + file);
      EXPECT_EQ(r.status, status) << "findings of level " << level << ", --fail-on '" << fail_on
                                  << "'\n"
                                  << r.err;
      EXPECT_EQ(json::parse(r.out)["summary"]["violations"], level == "none" ? 0 : 1);
    }
  }
  EXPECT_EQ(Huashu("check --fail-on warn " + only.at("error")).status, 2);
  // A rejected record is as serious as an error finding, unless never.
  const std::string bad = "not json\n";
  EXPECT_EQ(Huashu("check --input jsonl --fail-on error -", bad).status, 1);
  EXPECT_EQ(Huashu("check --input jsonl --fail-on info -", bad).status, 1);
  EXPECT_EQ(Huashu("check --input jsonl --fail-on never -", bad).status, 0);
}

// The conversations (file, id) of a report, in order.
std::vector<std::pair<std::string, std::string>> Conversations(const Result& r) {
  std::vector<std::pair<std::string, std::string>> out;
  const json report = json::parse(r.out);
  for (const auto& c : report["conversations"]) out.push_back({c["source"]["file"], c["id"]});
  return out;
}

// Five records in three files of a format; every shard of three gets the
// records whose index over all files, in order, is K modulo 3.
void ExpectShards(const std::string& format, const std::vector<std::string>& files,
                  size_t records) {
  std::string list;
  for (const auto& f : files) list += " " + f;
  const std::string base = "check --fail-on never --input " + format;
  Result all = Huashu(base + list);
  ASSERT_EQ(all.status, 0) << all.err;
  const auto every = Conversations(all);
  ASSERT_EQ(every.size(), records) << format << ": " << all.out;
  EXPECT_EQ(json::parse(all.out)["summary"]["records"], records) << format;
  std::set<std::pair<std::string, std::string>> seen;
  for (int k = 0; k < 3; ++k) {
    Result part = Huashu(base + " --shard " + std::to_string(k) + "/3" + list);
    ASSERT_EQ(part.status, 0) << part.err;
    std::vector<std::pair<std::string, std::string>> want;
    for (size_t i = k; i < every.size(); i += 3) want.push_back(every[i]);
    EXPECT_EQ(Conversations(part), want) << format << " shard " << k << "/3";
    for (const auto& c : Conversations(part)) EXPECT_TRUE(seen.insert(c).second);
    EXPECT_EQ(json::parse(part.out)["summary"]["records"], want.size()) << format;
  }
  EXPECT_EQ(seen.size(), records);
}

TEST(User, ShardsSplitEveryFormatAcrossFiles) {
  auto jl = [](const std::string& id) {
    return R"({"id":")" + id + R"(","turns":[{"speaker":"agent","text":"好的"}]})" + "\n";
  };
  ExpectShards("jsonl",
               {Write("a.jsonl", jl("a1") + jl("a2")), Write("b.jsonl", jl("b1")),
                Write("c.jsonl", jl("c1") + jl("c2"))},
               5);
  auto chat = [](const std::string& id) {
    return "=== " + id + " ===\n客户(10:00:00)：在吗\n客服(10:00:02)：在的\n";
  };
  ExpectShards("chat",
               {Write("a.txt", chat("a1") + chat("a2")), Write("b.txt", chat("b1")),
                Write("c.txt", chat("c1") + chat("c2"))},
               5);
  const std::string header = "conversation,speaker,text\n";
  auto row = [](const std::string& id) { return id + ",agent,好的\n" + id + ",customer,嗯\n"; };
  ExpectShards("csv",
               {Write("a.csv", header + row("a1") + row("a2")), Write("b.csv", header + row("b1")),
                Write("c.csv", header + row("c1") + row("c2"))},
               5);
  ExpectShards("template",
               {Write("t1.txt", "好的\n"), Write("t2.txt", "好的\n好的\n"),
                Write("t3.txt", "好的\n"), Write("t4.txt", "好的\n"), Write("t5.txt", "好的\n")},
               5);
}

TEST(User, InvalidUtf8InNamesAndIdsStillGivesValidJson) {
  const std::string dir = TempPath("names");
  ASSERT_EQ(Shell("mkdir -p " + Quote(dir)).status, 0);
  const std::string csv = dir + "/bad\xFE.csv";
  std::ofstream(csv, std::ios::binary) << "conversation_id,role,content\nv\xFF"
                                          "1,agent,你烦不烦啊\n";
  const std::string jsonl = dir + "/bad\xFF.jsonl";
  std::ofstream(jsonl, std::ios::binary) << R"({"id":"no turns"})"
                                         << "\n";
  const std::string files = Quote(csv) + " " + Quote(jsonl);
  for (const char* format : {"json", "jsonl", "sarif"}) {
    Result r = Huashu(std::string("check --fail-on never -o ") + format + " " + files);
    EXPECT_EQ(r.status, 0) << format << r.err;
    std::vector<json> docs;
    if (std::string(format) == "jsonl") {
      std::istringstream in(r.out);
      for (std::string l; std::getline(in, l);) docs.push_back(json::parse(l, nullptr, false));
    } else {
      docs.push_back(json::parse(r.out, nullptr, false));
    }
    ASSERT_FALSE(docs.empty()) << format;
    for (const auto& d : docs) EXPECT_FALSE(d.is_discarded()) << format << ":\n" << r.out;
  }
  const json report = json::parse(Huashu("check --fail-on never " + files).out);
  ASSERT_EQ(report["conversations"].size(), 1u);
  EXPECT_EQ(report["conversations"][0]["id"],
            "v\xEF\xBF\xBD"
            "1");
  const std::string name = report["conversations"][0]["source"]["file"];
  EXPECT_EQ(name, dir + "/bad\xEF\xBF\xBD.csv");  // U+FFFD for the bad byte
  ASSERT_EQ(report["diagnostics"].size(), 1u);
  EXPECT_EQ(report["diagnostics"][0]["file"], dir + "/bad\xEF\xBF\xBD.jsonl");
}

TEST(User, OutputIsTheSameWhateverTheThreadCount) {
  // More records than one batch (512), so batches overlap between reading
  // and checking.
  std::string input;
  const char* texts[] = {"好的", "你说什么", "这个我不清楚", "您的电话13812345678对吗", "再见"};
  for (int i = 0; i < 1300; ++i)
    input += R"({"id":"r)" + std::to_string(i) + R"(","turns":[{"speaker":"agent","text":")" +
             texts[i % 5] + R"("}]})" + "\n";
  const std::string file = Write("many.jsonl", input);
  Result one = Huashu("check --fail-on never -j 1 " + file);
  ASSERT_EQ(one.status, 0) << one.err;
  const json report = json::parse(one.out);
  ASSERT_EQ(report["conversations"].size(), 1300u);
  for (size_t i = 0; i < 1300; ++i) {
    std::string id = "r";
    id += std::to_string(i);  // (not "r" + …: GCC 12 warns -Wrestrict there, wrongly)
    ASSERT_EQ(report["conversations"][i]["id"], id);
  }
  EXPECT_EQ(report["summary"]["by_rule"]["forbidden.repeat_request"], 260)
      << report["summary"]["by_rule"].dump();
  for (const char* jobs : {"2", "3", "8"}) {
    Result many = Huashu(std::string("check --fail-on never -j ") + jobs + " " + file);
    EXPECT_EQ(many.out, one.out) << "-j " << jobs;
    EXPECT_EQ(many.status, 0);
  }
  Result text1 = Huashu("check --fail-on never -o text -j 1 " + file);
  Result text3 = Huashu("check --fail-on never -o text -j 3 " + file);
  EXPECT_EQ(text1.out, text3.out);
}

TEST(User, PlatformAliasesPickThePlatformBook) {
  const std::string line = R"({"id":"p","turns":[{"speaker":"agent","text":"加我微信聊"}]})";
  const std::map<std::string, std::string> aliases = {
      {"pinduoduo", "pinduoduo"},
      {"pdd", "pinduoduo"},
      {"拼多多", "pinduoduo"},
      {"taobao", "taobao"},
      {"tmall", "taobao"},
      {"TMALL", "taobao"},
      {"天猫", "taobao"},
      {"淘宝", "taobao"},
      {"jd", "jd"},
      {"京东", "jd"},
      {"douyin", "douyin"},
      {"抖音", "douyin"},
      {"tiktok", "douyin"},
  };
  for (const auto& [alias, book] : aliases) {
#ifdef HUASHU_SANITIZED
    // Each alias is one more start of the binary down the same code: under
    // the sanitizers, one per kind (a name, an abbreviation, upper case,
    // Chinese); the release tree runs them all.
    if (alias != "pinduoduo" && alias != "pdd" && alias != "TMALL" && alias != "京东") continue;
#endif
    Result r = Huashu("check --fail-on never --platform " + Quote(alias) + " -", line + "\n");
    ASSERT_EQ(r.status, 0) << alias << r.err;
    const json report = json::parse(r.out);
    const json& books = report["rulebooks"];
    EXPECT_NE(std::find(books.begin(), books.end(), "platform/" + book), books.end())
        << alias << ": " << books.dump();
    bool contact = false;
    for (const auto& v : Violations(report))
      contact = contact || v["rule"] == "platform." + book + ".contact_app";
    EXPECT_TRUE(contact) << alias << ": " << r.out;
    EXPECT_EQ(r.err.find("no rulebook for platform"), std::string::npos) << alias;
  }
  // The platform field of a conversation takes the aliases too.
  Result field =
      Huashu("check --fail-on never -",
             R"({"id":"f","platform":"天猫","turns":[{"speaker":"agent","text":"加我微信聊"}]})"
             "\n");
  EXPECT_NE(field.out.find("platform.taobao.contact_app"), std::string::npos) << field.out;
  Result unknown = Huashu("check --fail-on never --platform kuaishou -", line + "\n");
  EXPECT_EQ(unknown.status, 0);
  EXPECT_NE(unknown.err.find("no rulebook for platform 'kuaishou'"), std::string::npos)
      << unknown.err;
}

TEST(User, ColourSwitches) {
  const std::string line = R"({"id":"c","turns":[{"speaker":"agent","text":"你说什么"}]})";
  const std::string file = Write("c.jsonl", line + "\n");
  const std::string esc = "\x1b[";
  auto run = [&](const std::string& env, const std::string& args, bool terminal) {
    const std::string cmd = env + " \"$HUASHU\" check --fail-on never -o text " + args + " " + file;
    // `script` gives the command a terminal for its standard output.
    return terminal ? Shell("script -qec " + Quote(cmd) + " /dev/null") : Shell(cmd);
  };
  EXPECT_NE(run("", "--color always", false).out.find(esc), std::string::npos);
  EXPECT_EQ(run("", "--color never", false).out.find(esc), std::string::npos);
  EXPECT_EQ(run("", "--color auto", false).out.find(esc), std::string::npos);
  EXPECT_EQ(run("", "", false).out.find(esc), std::string::npos);
  EXPECT_NE(run("NO_COLOR=1", "--color always", false).out.find(esc), std::string::npos);
  EXPECT_EQ(Huashu("check --color sometimes " + file).status, 2);
  // On a terminal: colour by default, none with NO_COLOR or --color never.
  if (Shell("script -qec true /dev/null").status != 0) GTEST_SKIP() << "no script(1) or no pty";
  const Result tty = run("", "", true);
  EXPECT_NE(tty.out.find(esc), std::string::npos) << tty.out;
  EXPECT_EQ(run("NO_COLOR=1", "", true).out.find(esc), std::string::npos);
  EXPECT_EQ(run("", "--color never", true).out.find(esc), std::string::npos);
  EXPECT_NE(run("NO_COLOR=1", "--color always", true).out.find(esc), std::string::npos);
}

TEST(User, WriteErrorsExitTwo) {
  const std::string file =
      Write("w.jsonl", R"({"id":"w","turns":[{"speaker":"agent","text":"你说什么"}]})"
                       "\n");
  for (const char* format : {"json", "jsonl", "text", "sarif"}) {
    Result r = Shell(std::string("\"$HUASHU\" check --fail-on never -o ") + format + " " + file +
                     " > /dev/full");
    EXPECT_EQ(r.status, 2) << format;
    EXPECT_NE(r.err.find("cannot write"), std::string::npos) << format << r.err;
  }
  for (const char* cmd : {"rules list", "rules words", "rules explain pii.mobile", "rules test"}) {
    Result r = Shell(std::string("\"$HUASHU\" ") + cmd + " > /dev/full");
    EXPECT_EQ(r.status, 2) << cmd;
    EXPECT_NE(r.err.find("cannot write"), std::string::npos) << cmd << r.err;
  }
}

}  // namespace
}  // namespace huashu::e2e

namespace huashu::e2e {
namespace {

constexpr const char* kPinnedBook = R"(name: pins
rules:
  - id: my.uncertain
    type: forbidden
    category: forbidden
    words: [不清楚, 不知道]
    message: "不确定用语「{match}」（{word}）"
    examples:
      fire:
        - say: 这个我不清楚
          expect: {text: 不清楚, span: [3, 6], turn: 1, count: 1}
        - say: "这个我不清\u200B楚"
          expect: {text: "不清\u200B楚", span: [3, 7], values: {word: 不清楚}}
        - turns: ["客户: 在吗", "客服: 我不知道，也不清楚"]
          expect: {turn: 2, count: 2, message: 不确定用语「不清楚」（不清楚）}
        - channel: call
          say: 我不知道
          expect: {values: {match: 不知道, word: 不知道}}
      pass: [我帮您查清楚]
)";

TEST(User, RuleExamplesPinTheirFinding) {
  Result ok = Huashu("rules test " + Write("pins.yaml", kPinnedBook));
  EXPECT_EQ(ok.status, 0) << ok.out;
  EXPECT_NE(ok.out.find("rules test: 1 rules, 5 examples: 5 passed, 0 failed"), std::string::npos)
      << ok.out;

  // Each promise broken once: one failure each, at the example's line.
  std::string broken = kPinnedBook;
  auto replace = [&](const std::string& from, const std::string& to) {
    const size_t at = broken.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    broken.replace(at, from.size(), to);
  };
  replace("span: [3, 6]", "span: [3, 5]");
  replace("span: [3, 7]", "span: [3, 6]");
  replace("turn: 2, count: 2", "turn: 2, count: 1");
  replace("values: {match: 不知道, word: 不知道}", "values: {match: 不清楚}");
  const std::string file = Write("broken.yaml", broken);
  Result bad = Huashu("rules test " + file);
  EXPECT_EQ(bad.status, 1) << bad.out;
  EXPECT_NE(bad.out.find("rules test: 1 rules, 5 examples: 1 passed, 4 failed"), std::string::npos)
      << bad.out;
  EXPECT_NE(bad.out.find(file + ":10:11: my.uncertain: example fired, but not as expected (text"
                                "「不清楚」, span [3, 5), turn 1, 1 finding): 这个我不清楚\n"
                                "       fired: turn 1 span [3, 6) text「不清楚」 message"
                                "「不确定用语「不清楚」（不清楚）」\n"),
            std::string::npos)
      << bad.out;
  EXPECT_NE(bad.out.find("       2 findings, expected 1\n"), std::string::npos) << bad.out;
  EXPECT_NE(bad.out.find("({match}=「不清楚」): 我不知道"), std::string::npos) << bad.out;

  // Mistakes in a promise are rulebook errors, with the position.
  auto load_error = [&](const std::string& from, const std::string& to) {
    broken = kPinnedBook;
    replace(from, to);
    return Huashu("rules test " + Write("error.yaml", broken));
  };
  Result typo = load_error("values: {word: 不清楚}", "values: {wrod: 不清楚}");
  EXPECT_EQ(typo.status, 2);
  EXPECT_NE(typo.out.find("error.yaml:12:11: expect.values: the rule's message has no "
                          "placeholder {wrod}"),
            std::string::npos)
      << typo.out;
  Result key = load_error("count: 1}", "cuont: 1}");
  EXPECT_EQ(key.status, 2);
  EXPECT_NE(key.out.find("unknown key 'cuont' in expect"), std::string::npos) << key.out;
  Result pass = load_error("pass: [我帮您查清楚]", "pass: [{say: 查清楚, expect: {count: 0}}]");
  EXPECT_EQ(pass.status, 2);
  EXPECT_NE(pass.out.find("expect is for fire examples"), std::string::npos) << pass.out;
  Result both = load_error("channel: call\n", "channel: call\n          turns: [\"客服: 好\"]\n");
  EXPECT_EQ(both.status, 2);
  EXPECT_NE(both.out.find("say: (one turn) or turns: [...], not both"), std::string::npos)
      << both.out;
}

}  // namespace
}  // namespace huashu::e2e

namespace huashu::e2e {
namespace {

TEST(User, EmptyEnumValuesAreRulebookErrors) {
  const std::string head = "name: t\nrules:\n  - id: x\n";
  const std::string rest = "    message: m\n    words: [坏]\n";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"    type: \"\"\n    category: forbidden\n", ":4:11: unknown rule type ''"},
      {"    type: forbidden\n    category: \"\"\n", ":5:15: unknown category ''"},
      {"    type: forbidden\n    category: forbidden\n    severity: \"\"\n",
       ":6:15: severity must be error, warning or info, got ''"},
      {"    type: forbidden\n    category: forbidden\n    speaker: \"\"\n",
       ":6:14: speaker must be agent, customer or any, got ''"},
      {"    type: forbidden\n    category: forbidden\n    channel: \"\"\n",
       ":6:14: channel must be call, chat or any, got ''"},
  };
  for (const auto& [keys, error] : cases) {
    const std::string book = Write("enum.yaml", head + keys + rest);
    Result r = Huashu("rules list --rules " + book);
    EXPECT_EQ(r.status, 2) << keys;
    EXPECT_NE(r.err.find("enum.yaml" + error), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace huashu::e2e

namespace huashu::e2e {
namespace {

TEST(User, NumbersOutOfRangeStillGiveValidJson) {
  // A CSV export with garbage times: infinite or not-a-number values are no
  // time at all, never a bare inf or nan in the JSON.
  const std::string csv = Write("inf.csv",
                                "conversation,speaker,text,start,end\n"
                                "v,customer,我要投诉,nan,1\n"
                                "v,agent,你说什么,1e999,inf\n");
  for (const char* format : {"json", "sarif"}) {
    Result r = Huashu(std::string("check --fail-on never -o ") + format + " " + csv);
    const json report = json::parse(r.out, nullptr, false);
    ASSERT_FALSE(report.is_discarded()) << r.out;
    if (std::string(format) == "json") {
      for (const auto& v : Violations(report)) {
        if (v["rule"] == "forbidden.repeat_request") {
          EXPECT_TRUE(v["time"].is_null()) << v;
        }
      }
    }
  }
  Result lines = Huashu("check --fail-on never -o jsonl " + csv);
  std::istringstream in(lines.out);
  for (std::string l; std::getline(in, l);)
    EXPECT_FALSE(json::parse(l, nullptr, false).is_discarded()) << l;
}

}  // namespace
}  // namespace huashu::e2e

namespace huashu::e2e {
namespace {

// A chat export whose sender names are phone numbers and none is the
// agent's: the diagnostic that lists the senders must not print them.
TEST(User, SenderNamesInTheNoAgentDiagnosticAreMasked) {
  const std::string file =
      Write("no_agent.txt", "13812345678(10:00:01)：你好\n买家A(10:00:02)：在吗\n");
  for (const char* format : {"json", "jsonl", "text", "sarif"}) {
    Result r = Huashu(std::string("check --input chat -o ") + format + " " + file);
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_EQ(r.out.find("13812345678"), std::string::npos) << format << ": " << r.out;
    EXPECT_EQ(r.err.find("13812345678"), std::string::npos) << format << ": " << r.err;
    EXPECT_NE(r.err.find("138********"), std::string::npos) << format << ": " << r.err;
  }
}

}  // namespace
}  // namespace huashu::e2e

namespace huashu::e2e {
namespace {

TEST(User, AnUnknownPlatformIsQuotedMasked) {
  const std::string file =
      Write("odd_platform.jsonl",
            R"({"id":"p1","platform":"13812345678","turns":[{"speaker":"agent","text":"您好"}]})"
            "\n");
  Result r = Huashu("check " + file);
  EXPECT_EQ(r.err.find("13812345678"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("138********"), std::string::npos) << r.err;
}

// An outbound call-back is judged by the outbound opening and closing, not by
// the inbound offer of help and ask-more; a bad direction is a diagnostic and
// the rest of the batch is still checked.
TEST(User, OutboundCallsHaveTheirOwnOpeningAndClosing) {
  const std::string turns =
      R"("turns":[{"speaker":"agent","text":"喂，您那个退款已经处理好了"},)"
      R"({"speaker":"customer","text":"哦好的"},{"speaker":"agent","text":"嗯那就这样"},)"
      R"({"speaker":"customer","text":"好"}]})";
  const std::string in = R"({"id":"in","channel":"call",)" + turns + "\n" +
                         R"({"id":"out","channel":"call","direction":"outbound",)" + turns + "\n" +
                         R"({"id":"bad","channel":"call","direction":"sideways",)" + turns + "\n";
  Result r = Huashu("check --fail-on never -", in);
  ASSERT_EQ(r.status, 0) << r.err;
  std::map<std::string, std::set<std::string>> rules;
  const json report = json::parse(r.out);
  for (const auto& c : report["conversations"])
    for (const auto& v : c["violations"])
      rules[c["id"].get<std::string>()].insert(v["rule"].get<std::string>());
  EXPECT_TRUE(rules["in"].count("greeting.call")) << r.out;
  EXPECT_TRUE(rules["in"].count("closing.call"));
  EXPECT_FALSE(rules["in"].count("greeting.outbound.call"));
  EXPECT_TRUE(rules["out"].count("greeting.outbound.call")) << r.out;
  EXPECT_TRUE(rules["out"].count("closing.outbound.call"));
  EXPECT_FALSE(rules["out"].count("greeting.call"));
  EXPECT_FALSE(rules["out"].count("closing.call"));
  EXPECT_FALSE(rules.count("bad"));
  EXPECT_NE(r.err.find("-:3: direction must be"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("sideways"), std::string::npos) << r.err;
}

// explain takes the system's lines too: a chat handed to another desk by a
// system notice as its last line has no closing to judge, and the notice is
// shown as the system's, not the customer's.
TEST(User, ExplainReadsASystemHandOverAsTheLogsEnd) {
  Result r = Huashu(
      "explain 客户：烤箱的温度老是不准 客服：这个问题技术组的同事更在行 客户：行 "
      "系统：会话已转接至售后技术组");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("未评判 closing.chat"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("会话已转给其他客服"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("报告 closing.chat"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace huashu::e2e
