// huashu merge: the reports of `check --shard K/N` runs combine into the
// report one run writes, byte for byte, over several inputs of every kind
// (JSON Lines, chat exports, CSV, templates, a missing file) with rejected
// records, reader diagnostics and notes.

#include <algorithm>

#include "e2e_util.h"

namespace huashu::e2e {
namespace {

// Inputs of every kind, with something to report about each.
const char kInputs[] =
    "samples/chats.jsonl tests/e2e/inputs/mixed_records.jsonl samples/shop_export.txt "
    "tests/e2e/inputs/rejected_rows.csv samples/calls.jsonl no-such-file.jsonl "
    "samples/reply_templates.txt tests/e2e/inputs/templates_pdd.txt samples/calls.csv";

// Runs check over `inputs` in `shards` shards and merges them; returns the
// merged report (and the merge's result in *merge).
std::string ShardAndMerge(const std::string& inputs, int shards, const std::string& flags,
                          Result* merge = nullptr, const std::string& merge_flags = "") {
  std::string reports;
  for (int k = 0; k < shards; ++k) {
    const std::string path = TempPath("shard" + std::to_string(k) + ".json");
    Shell("\"$HUASHU\" check --fail-on never " + flags + " --shard " + std::to_string(k) + "/" +
          std::to_string(shards) + " " + inputs + " > " + Quote(path));
    reports += ' ';  // (not += " " + ...: GCC 12 warns -Wrestrict there, wrongly)
    reports += Quote(path);
  }
  std::string args = "merge";
  args += merge_flags;
  args += reports;
  const Result r = Huashu(args);
  if (merge) *merge = r;
  EXPECT_EQ(r.status, 0) << r.err;
  return r.out;
}

TEST(Merge, ShardsGiveTheReportOfOneRunByteForByte) {
  const Result one = Huashu(std::string("check --fail-on never ") + kInputs);
  ASSERT_FALSE(one.out.empty());
  const json j = json::parse(one.out);
  ASSERT_GT(j["diagnostics"].size(), 5u);  // rejected records, reader notes, the missing file
  ASSERT_GT(j["summary"]["rejected"].get<int>(), 0);
  for (int shards : {1, 2, 3, 5, 8}) {
    EXPECT_EQ(ShardAndMerge(kInputs, shards, ""), one.out) << shards << " shards";
  }
}

TEST(Merge, WritesJsonLinesAsOneRunWould) {
  const Result one = Huashu(std::string("check --fail-on never -o jsonl ") + kInputs);
  EXPECT_EQ(ShardAndMerge(kInputs, 3, "", nullptr, " -o jsonl"), one.out);
}

TEST(Merge, WritesTheHtmlReport) {
  Result r;
  const std::string html = ShardAndMerge(kInputs, 2, "", &r, " -o html");
  const json j = json::parse(Huashu(std::string("check --fail-on never ") + kInputs).out);
  const std::string total = std::to_string(j["summary"]["violations"].get<int>());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<span id=\"hs-count\">" + total + "</span>"), std::string::npos);
  // The rules that never fired, from the shards' summary.rules_in_force.
  EXPECT_NE(html.find("id=\"never-fired\">从未触发的规则"), std::string::npos);
}

// The part of `html` from `from` to the first `to` after it ("" if absent).
std::string Between(const std::string& html, const std::string& from, const std::string& to) {
  const size_t a = html.find(from);
  if (a == std::string::npos) return "";
  const size_t b = html.find(to, a);
  return b == std::string::npos ? "" : html.substr(a, b - a);
}

// The HTML of a merge of reports without the sentence around each finding
// (check without --context) lacks it, so it is not the one run's; but
// shards and parts of the same inputs rebuild the same run and must write
// it alike, and the conversations' start times (the rows of the page and
// the chart by hour) and the rule-noise section with the rules that never
// fired (summary.rules_in_force) are the run's.
TEST(Merge, ShardsAndPartsWriteTheSameHtml) {
  const std::string shards = ShardAndMerge(kInputs, 3, "", nullptr, " -o html");
  const std::string one = Huashu(std::string("check --fail-on never -o html ") + kInputs).out;
  const std::string rows = Between(one, "<script id=\"hs-data\"", "\"f\":[");
  ASSERT_NE(rows.find("+08:00\"]"), std::string::npos) << "no start time in the run's rows";
  EXPECT_EQ(Between(shards, "<script id=\"hs-data\"", "\"f\":["), rows);
  const std::string hours = Between(one, "按会话开始的钟点", "</svg>");
  ASSERT_NE(hours.find("<rect"), std::string::npos) << "no chart by hour in the run's page";
  EXPECT_EQ(Between(shards, "按会话开始的钟点", "</svg>"), hours);
  // The whole overview: cards (templates counted apart), charts, notes.
  const std::string overview = Between(one, "<section id=\"overview\"", "</section>");
  ASSERT_NE(overview.find("已检查模板行"), std::string::npos);
  EXPECT_EQ(Between(shards, "<section id=\"overview\"", "</section>"), overview);
  const std::string noise = Between(one, "<section id=\"noise\"", "</section>");
  ASSERT_NE(noise.find("id=\"never-fired\">从未触发的规则"), std::string::npos) << noise;
  EXPECT_EQ(Between(shards, "<section id=\"noise\"", "</section>"), noise);
  std::string parts;
  std::istringstream inputs(kInputs);
  int k = 0;
  for (std::string input; inputs >> input; ++k) {
    const std::string path = TempPath("part" + std::to_string(k) + ".json");
    Shell("\"$HUASHU\" check --fail-on never " + input + " > " + Quote(path));
    parts += ' ';
    parts += Quote(path);
  }
  const Result merged = Huashu("merge --parts -o html" + parts);
  EXPECT_EQ(merged.status, 0) << merged.err;
  EXPECT_EQ(merged.out.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_TRUE(merged.out == shards) << "merge --parts and merge of shards differ in HTML";
}

// Shards run with --context carry the sentence around each finding: their
// merge is the one run's report byte for byte in JSON and in HTML too.
TEST(Merge, ShardsWithContextGiveTheHtmlOfOneRun) {
  const Result json_one = Huashu(std::string("check --fail-on never --context ") + kInputs);
  ASSERT_NE(json_one.out.find("\"context\":{\"text\":"), std::string::npos);
  EXPECT_EQ(ShardAndMerge(kInputs, 3, "--context"), json_one.out);
  const std::string one = Huashu(std::string("check --fail-on never -o html ") + kInputs).out;
  EXPECT_TRUE(ShardAndMerge(kInputs, 2, "--context", nullptr, " -o html") == one)
      << "merge -o html of shards run with --context differs from the run's page";
  const std::string jsonl_one =
      Huashu(std::string("check --fail-on never -o jsonl --context ") + kInputs).out;
  EXPECT_EQ(ShardAndMerge(kInputs, 2, "-o jsonl --context", nullptr, " -o jsonl"), jsonl_one);
}

// The rules in force name the books' rules; shards of one run had the same
// rules of each book in force, so a shard run with another --disable (or
// another version of a book) is refused, or with --allow-partial noted and
// merged with the rules in force in any shard.
TEST(Merge, RefusesShardsThatRanDifferentRules) {
  const std::string inputs = "samples/chats.jsonl samples/calls.jsonl";
  const json one = json::parse(Huashu("check --fail-on never " + inputs).out);
  const json& in_force = one["summary"]["rules_in_force"];
  ASSERT_TRUE(in_force.contains("base")) << one["summary"].dump();
  const std::string rule = in_force["base"][0];
  const std::string a = TempPath("rules0.json"), b = TempPath("rules1.json");
  Shell("\"$HUASHU\" check --fail-on never --shard 0/2 " + inputs + " > " + Quote(a));
  Shell("\"$HUASHU\" check --fail-on never --shard 1/2 --disable " + rule + " " + inputs + " > " +
        Quote(b));
  Result r = Huashu("merge " + Quote(a) + " " + Quote(b));
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("had different rules of book base in force (" + rule + " in "),
            std::string::npos)
      << r.err;
  r = Huashu("merge --allow-partial " + Quote(a) + " " + Quote(b));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("note: merge: "), std::string::npos) << r.err;
  EXPECT_EQ(json::parse(r.out)["summary"]["rules_in_force"], in_force);
  // Nor reports written with and without --context.
  Shell("\"$HUASHU\" check --fail-on never --shard 1/2 --context " + inputs + " > " + Quote(b));
  r = Huashu("merge --allow-partial " + Quote(a) + " " + Quote(b));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("run every shard with --context or every shard without"), std::string::npos)
      << r.err;
}

TEST(Merge, JsonLinesShardsOfDirectories) {
  // JSON Lines reports list findings only; files whose findings are all in
  // one shard are ordered as a directory walk orders them.
  const std::string inputs = "samples tests/e2e/inputs";
  const Result one = Huashu("check --fail-on never -o jsonl " + inputs);
  ASSERT_GT(one.out.size(), 1000u);
  for (int shards : {1, 2, 3, 5}) {
    EXPECT_EQ(ShardAndMerge(inputs, shards, "-o jsonl", nullptr, " -o jsonl"), one.out)
        << shards << " shards";
  }
  Result r;
  const std::string s0 = TempPath("s0.jsonl");
  Shell("\"$HUASHU\" check -o jsonl samples/chats.jsonl > " + Quote(s0));
  r = Huashu("merge " + Quote(s0));  // JSON Lines in, JSON out: no conversations to write
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("-o jsonl"), std::string::npos) << r.err;
}

TEST(Merge, ManyBatchesWithReaderDiagnosticsBetweenRecords) {
  // Over two batches of 512 records in one file, with records over the size
  // limit (the reader's diagnostics, in every shard), invalid records and a
  // conversation with no agent turn (dropped records, in one shard each).
  std::string big;
  for (int i = 0; i < 1300; ++i) {
    if (i % 97 == 5) big += "{\"id\": broken\n";
    if (i % 211 == 7) big += "{\"id\":\"long" + std::string(300, 'x') + "\",\"turns\":[]}\n";
    if (i == 600)
      big += R"({"id":"solo","turns":[{"speaker":"customer","text":"在吗"}]})"
             "\n";
    big += R"({"id":"c)" + std::to_string(i) + R"(","agent":"a)" + std::to_string(i % 7) +
           R"(","turns":[{"speaker":"customer","text":"在吗"},{"speaker":"agent","text":")" +
           (i % 3 ? "您好，请问有什么可以帮您？" : "你说什么？不知道") + "\"}]}\n";
  }
  const std::string a = Write("big.jsonl", big);
  const std::string b = Write("small.jsonl", big.substr(0, 4000));
  const std::string inputs = Quote(a) + " samples/shop_export.txt " + Quote(b);
  const Result one = Huashu("check --fail-on never --max-record-size 250 " + inputs);
  const json j = json::parse(one.out);
  ASSERT_GT(j["conversations"].size(), 1300u);
  for (int shards : {2, 3, 4}) {
    EXPECT_EQ(ShardAndMerge(inputs, shards, "--max-record-size 250"), one.out)
        << shards << " shards";
  }
}

TEST(Merge, UserRulebooks) {
  const std::string inputs = "samples/chats.jsonl samples/calls.jsonl";
  const Result one = Huashu("check --fail-on never --rules rules/chat.yaml " + inputs);
  EXPECT_EQ(ShardAndMerge(inputs, 3, "--rules rules/chat.yaml"), one.out);
}

TEST(Merge, RefusesWhatIsNotShardsOfOneRun) {
  const std::string s0 = TempPath("s0.json"), s1 = TempPath("s1.json");
  Shell("\"$HUASHU\" check --shard 0/2 samples/chats.jsonl > " + Quote(s0) +
        "; \"$HUASHU\" check --shard 1/2 samples/chats.jsonl > " + Quote(s1));
  // The reports say which shard they are: any order will do.
  Result r = Huashu("merge " + Quote(s1) + " " + Quote(s0));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, Huashu("check samples/chats.jsonl").out);
  // Reports that do not say (of an older huashu) are taken in the order
  // given. Nine records: shard 0 has five, shard 1 four; the wrong way round:
  const std::string o0 = TempPath("old0.json"), o1 = TempPath("old1.json");
  Shell("sed 's/,\"shards\":{[^}]*}//' " + Quote(s0) + " > " + Quote(o0) +
        "; sed 's/,\"shards\":{[^}]*}//' " + Quote(s1) + " > " + Quote(o1));
  r = Huashu("merge " + Quote(o1) + " " + Quote(o0));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("in that order"), std::string::npos) << r.err;
  // A report of another format, or not a report at all.
  const std::string text = Write("text.txt", Huashu("check -o text samples/chats.jsonl").out);
  r = Huashu("merge " + Quote(s0) + " " + Quote(text));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("not a JSON"), std::string::npos) << r.err;
  r = Huashu("merge no-such-report.json");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("cannot open"), std::string::npos) << r.err;
}

// Writes the reports of check --shard K/N for each K of `ks` (-o `format`)
// over samples/chats.jsonl and samples/calls.jsonl; returns their paths,
// quoted, after a space each.
std::string ShardReports(std::initializer_list<int> ks, int n, const std::string& format = "json") {
  std::string paths;
  for (int k : ks) {
    const std::string path =
        TempPath("of" + std::to_string(n) + "_" + std::to_string(k) + "." + format);
    Shell("\"$HUASHU\" check --fail-on never -o " + format + " --shard " + std::to_string(k) + "/" +
          std::to_string(n) + " samples/chats.jsonl samples/calls.jsonl > " + Quote(path));
    paths += ' ';
    paths += Quote(path);
  }
  return paths;
}

TEST(Merge, AShardRecordsWhichItIs) {
  const json j = json::parse(Huashu("check --fail-on never --shard 2/5 samples/chats.jsonl").out);
  EXPECT_EQ(j["summary"]["shards"], json::parse(R"({"count":5,"covered":[2]})"));
  // A whole run does not: its report keeps its shape.
  EXPECT_FALSE(
      json::parse(Huashu("check --fail-on never samples/chats.jsonl").out)["summary"].contains(
          "shards"));
}

TEST(Merge, RefusesAMissingShard) {
  for (const char* format : {"json", "jsonl"}) {
    Result r = Huashu(std::string("merge -o ") + format + ShardReports({0, 1}, 3, format));
    EXPECT_EQ(r.status, 2) << format;
    EXPECT_NE(r.err.find("merge: shard 2/3 is missing"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << format;
    r = Huashu(std::string("merge -o ") + format + ShardReports({1, 3}, 4, format));
    EXPECT_EQ(r.status, 2) << format;
    EXPECT_NE(r.err.find("merge: shards 0/4, 2/4 are missing"), std::string::npos) << r.err;
  }
}

TEST(Merge, RefusesAShardGivenTwice) {
  const std::string reports = ShardReports({0, 1}, 2);
  const std::string again = TempPath("again.json");
  Shell("cp " + reports.substr(reports.rfind(' ') + 1) + " " + Quote(again));
  const Result r = Huashu("merge" + reports + " " + Quote(again));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("merge: shard 1/2 given twice: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("again.json"), std::string::npos) << r.err;
}

TEST(Merge, RefusesShardsOfRunsCutDifferently) {
  Result r = Huashu("merge" + ShardReports({0}, 2) + ShardReports({1, 2}, 3));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("is shard 0/2 but"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("is shard 1/3: runs cut into different numbers of shards"),
            std::string::npos)
      << r.err;
  // Nor a whole run among shards, nor shards as --parts, even with --allow-partial.
  const std::string whole = TempPath("whole.json");
  Shell("\"$HUASHU\" check --fail-on never samples/chats.jsonl > " + Quote(whole));
  r = Huashu("merge --allow-partial" + ShardReports({0}, 2) + " " + Quote(whole));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("records no shard"), std::string::npos) << r.err;
  r = Huashu("merge --parts" + ShardReports({0, 1}, 2));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("merge shards without --parts"), std::string::npos) << r.err;
}

TEST(Merge, AllowPartialMergesTheShardsGivenAndSaysWhich) {
  const Result one = Huashu("check --fail-on never samples/chats.jsonl samples/calls.jsonl");
  const json whole = json::parse(one.out);
  const json missing = json::parse(Huashu("check --fail-on never --shard 1/3 samples/chats.jsonl "
                                          "samples/calls.jsonl")
                                       .out);
  const Result r = Huashu("merge --allow-partial" + ShardReports({2, 0}, 3));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("shards 0, 2 of 3 only, shards 1/3 missing"), std::string::npos) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["summary"]["shards"], json::parse(R"({"count":3,"covered":[0,2]})"));
  // The run's conversations less shard 1's, in input order.
  std::vector<json> want;
  for (const json& c : whole["conversations"])
    if (std::find(missing["conversations"].begin(), missing["conversations"].end(), c) ==
        missing["conversations"].end())
      want.push_back(c);
  ASSERT_GT(want.size(), 5u);
  EXPECT_EQ(j["conversations"], json(want));
  EXPECT_EQ(j["summary"]["checked"].get<size_t>(), want.size());
  // The page says so too; JSON Lines carry it in their summary line.
  const Result html = Huashu("merge --allow-partial -o html" + ShardReports({0, 2}, 3));
  EXPECT_NE(html.out.find("本报告只含分片 0、2（共 3 片"), std::string::npos);
  const Result jsonl = Huashu("merge --allow-partial -o jsonl" + ShardReports({0, 2}, 3, "jsonl"));
  ASSERT_EQ(jsonl.status, 0) << jsonl.err;
  EXPECT_NE(jsonl.out.find(R"("shards":{"count":3,"covered":[0,2]})"), std::string::npos);
  // With every shard there is nothing partial: the one run's bytes.
  EXPECT_EQ(Huashu("merge --allow-partial" + ShardReports({0, 1, 2}, 3)).out, one.out);
}

}  // namespace
}  // namespace huashu::e2e
