// Operations on reports: huashu stats (rule noise, precision from verdicts)
// and huashu sample (a reproducible review file, read back into stats and
// into a baseline), and the rule-noise section of the HTML report.

#include <map>
#include <regex>
#include <set>

#include "e2e_util.h"

namespace huashu::e2e {
namespace {

const char kSampleInputs[] = "samples/chats.jsonl samples/calls.jsonl samples/shop_export.txt";

std::string Report(const std::string& name, const std::string& flags) {
  const std::string path = TempPath(name);
  const Result r = Shell("\"$HUASHU\" check --fail-on never " + flags + " " + kSampleInputs +
                         " > " + Quote(path));
  EXPECT_EQ(r.status, 0) << r.err;
  return path;
}

// CSV rows of a review file (no quoted line breaks in these samples' findings).
std::vector<std::vector<std::string>> Rows(const std::string& csv) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(csv);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> f;
    std::string cur;
    bool q = false;
    for (size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (q) {
        if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
          cur += '"';
          ++i;
        } else if (c == '"') {
          q = false;
        } else {
          cur += c;
        }
      } else if (c == '"') {
        q = true;
      } else if (c == ',') {
        f.push_back(cur);
        cur.clear();
      } else {
        cur += c;
      }
    }
    f.push_back(cur);
    rows.push_back(f);
  }
  return rows;
}

TEST(Stats, RatesFollowFromTheReport) {
  const std::string path = Report("r.json", "");
  const json report = json::parse(Slurp(path));
  const json& sum = report["summary"];
  ASSERT_GT(sum["agent_turns"].get<long>(), 0);
  const Result r = Huashu("stats -o json " + Quote(path));
  ASSERT_EQ(r.status, 0) << r.err;
  const json s = json::parse(r.out);
  EXPECT_EQ(s["conversations"], sum["checked"]);
  EXPECT_EQ(s["agent_turns"], sum["agent_turns"]);
  EXPECT_EQ(s["findings"], sum["violations"]);
  // Conversations per rule, counted from the report.
  std::map<std::string, std::set<std::string>> convs;
  for (const auto& c : report["conversations"])
    for (const auto& v : c["violations"]) convs[v["rule"]].insert(c["id"]);
  const double checked = sum["checked"].get<double>(), turns = sum["agent_turns"].get<double>();
  ASSERT_EQ(s["rules"].size(), sum["by_rule"].size());
  for (const auto& row : s["rules"]) {
    const std::string rule = row["rule"];
    const long n = sum["by_rule"][rule];
    EXPECT_EQ(row["fires"], n) << rule;
    EXPECT_EQ(row["conversations"].get<size_t>(), convs[rule].size()) << rule;
    EXPECT_NEAR(row["per_1000_conversations"].get<double>(), 1000 * n / checked, 0.001) << rule;
    EXPECT_NEAR(row["per_1000_agent_turns"].get<double>(), 1000 * n / turns, 0.001) << rule;
    EXPECT_NEAR(row["share_of_conversations"].get<double>(), convs[rule].size() / checked, 0.001);
    EXPECT_TRUE(row["in_books"].get<bool>()) << rule;
    EXPECT_TRUE(row["precision"].is_null());
  }
  // Rules of the books applied that never fired, and none that did.
  ASSERT_FALSE(s["never_fired"].empty());
  for (const auto& id : s["never_fired"]) EXPECT_FALSE(sum["by_rule"].contains(id)) << id;
  const Result list = Huashu("rules list -o json");
  std::set<std::string> known;
  for (const auto& r : json::parse(list.out)) known.insert(r["id"]);
  for (const auto& id : s["never_fired"]) EXPECT_TRUE(known.count(id)) << id;
  // Allow-lists and conditions: the report records what they set aside.
  ASSERT_TRUE(s["never_set_aside"].is_array());
  EXPECT_FALSE(s["never_set_aside"].empty());
  for (const auto& [rule, by] : sum["set_aside"].items())
    for (const auto& [key, n] : by.items())
      for (const auto& idle : s["never_set_aside"])
        EXPECT_FALSE(idle["rule"] == rule && idle["key"] == key) << rule << " " << key;
}

TEST(Stats, SameFromJsonLinesAndFromShards) {
  const Result whole = Huashu("stats -o json " + Quote(Report("r.json", "")));
  // JSON Lines reports do not name the books: --platform adds the
  // platforms' books the JSON report names.
  const Result jsonl = Huashu(
      "stats -o json --platform taobao --platform pinduoduo --platform jd --platform douyin " +
      Quote(Report("r.jsonl", "-o jsonl")));
  const Result shards = Huashu("stats -o json " + Quote(Report("s0.json", "--shard 0/2")) + " " +
                               Quote(Report("s1.json", "--shard 1/2")));
  ASSERT_EQ(whole.status, 0) << whole.err;
  json a = json::parse(whole.out), b = json::parse(jsonl.out), c = json::parse(shards.out);
  EXPECT_EQ(a["rules"], b["rules"]);
  EXPECT_EQ(a["never_fired"], b["never_fired"]);
  EXPECT_EQ(a["never_set_aside"], b["never_set_aside"]);
  EXPECT_EQ(a["rules"], c["rules"]);
  EXPECT_EQ(a["never_fired"], c["never_fired"]);
  EXPECT_EQ(c["reports"], 2);
}

TEST(Stats, TextTableAndErrors) {
  const Result r = Huashu("stats " + Quote(Report("r.json", "")));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("PER 1K CONV"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("rules that never fired"), std::string::npos) << r.out;
  const Result bad = Huashu("stats samples/chats.jsonl");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("samples/chats.jsonl"), std::string::npos) << bad.err;
}

TEST(Stats, BooksOfRulesFilesAsCheckReadsThem) {
  const std::string path = TempPath("r.json");
  Shell("\"$HUASHU\" check --fail-on never --rules rules/base.yaml samples/chats.jsonl > " +
        Quote(path));
  const Result r = Huashu("stats -o json --rules rules/base.yaml " + Quote(path));
  ASSERT_EQ(r.status, 0) << r.err;
  const json s = json::parse(r.out);
  const json book = json::parse(Huashu("rules list -o json --rules rules/base.yaml").out);
  EXPECT_EQ(s["never_fired"].size() + s["rules"].size(), book.size());
  std::set<std::string> ids;
  for (const auto& rule : book) ids.insert(rule["id"]);
  for (const auto& id : s["never_fired"]) EXPECT_TRUE(ids.count(id)) << id;
  const Result bad = Huashu("stats --rules no-such-book.yaml " + Quote(path));
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("no-such-book.yaml"), std::string::npos) << bad.err;
}

TEST(Sample, ReproducibleForASeedWithBomAndHeader) {
  const std::string path = Report("r.json", "");
  const Result a = Huashu("sample --size 6 --seed 7 " + Quote(path));
  const Result b = Huashu("sample --size 6 --seed 7 " + Quote(path));
  const Result c = Huashu("sample --size 6 --seed 8 " + Quote(path));
  ASSERT_EQ(a.status, 0) << a.err;
  EXPECT_EQ(a.out, b.out);
  EXPECT_NE(a.out, c.out);
  ASSERT_EQ(a.out.rfind("\xEF\xBB\xBFid,rule,severity,category,conversation,turn,agent,file,line,"
                        "text,message,verdict,note\r\n",
                        0),
            0u);
  const auto rows = Rows(a.out.substr(3));
  ASSERT_EQ(rows.size(), 7u);
  for (size_t i = 1; i < rows.size(); ++i) {
    ASSERT_EQ(rows[i].size(), 13u);
    EXPECT_TRUE(std::regex_match(rows[i][0], std::regex("[0-9a-f]{16}(#[0-9]+)?"))) << rows[i][0];
    EXPECT_EQ(rows[i][11], "");  // verdict, for the reviewer
  }
}

TEST(Sample, SameSampleFromShardsAsFromOneReport) {
  const std::string one = Report("r.json", "");
  const std::string s0 = Report("s0.json", "--shard 0/2"), s1 = Report("s1.json", "--shard 1/2");
  auto sorted = [](const std::string& csv) {
    auto rows = Rows(csv);
    std::sort(rows.begin(), rows.end());
    return rows;
  };
  const Result a = Huashu("sample --size 10 --seed 3 " + Quote(one));
  const Result b = Huashu("sample --size 10 --seed 3 " + Quote(s1) + " " + Quote(s0));
  EXPECT_EQ(sorted(a.out), sorted(b.out));
}

TEST(Sample, StratifiedByRuleWithALimitPerRule) {
  const std::string path = Report("r.json", "");
  const json sum = json::parse(Slurp(path))["summary"];
  const Result r = Huashu("sample --size 1000 --per-rule 1 --stratify rule " + Quote(path));
  ASSERT_EQ(r.status, 0) << r.err;
  const auto rows = Rows(r.out.substr(3));
  std::set<std::string> rules;
  for (size_t i = 1; i < rows.size(); ++i) EXPECT_TRUE(rules.insert(rows[i][1]).second);
  EXPECT_EQ(rules.size(), sum["by_rule"].size());  // every rule once
  const Result agents = Huashu("sample --size 4 --stratify agent " + Quote(path));
  ASSERT_EQ(agents.status, 0) << agents.err;
  std::set<std::string> seen;
  const auto arows = Rows(agents.out.substr(3));
  for (size_t i = 1; i < arows.size(); ++i) seen.insert(arows[i][6]);
  EXPECT_GE(seen.size(), 3u);  // spread over agents, not the noisiest one
}

TEST(Sample, NoFullPersonalDataInTheReviewFile) {
  const Result r = Huashu("sample --size 1000 " + Quote(Report("r.json", "")));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("****"), std::string::npos);  // the samples' phone numbers, masked
  // A finding id (the first column, 16 hex digits) may hold eleven decimal
  // ones by chance: look for numbers in every other column.
  std::string rest;
  for (const auto& row : Rows(r.out.substr(3)))
    for (size_t c = 1; c < row.size(); ++c) rest += row[c] + "\t";
  EXPECT_FALSE(std::regex_search(rest, std::regex("[0-9]{11}"))) << rest;
}

// The round trip: sample, a reviewer's verdicts, precision, and the false
// alarms accepted into a baseline that check then leaves out.
TEST(Sample, VerdictsGivePrecisionAndAcceptedFindingsLeaveTheReport) {
  const std::string path = Report("r.json", "");
  const Result s = Huashu("sample --size 8 --seed 11 " + Quote(path));
  ASSERT_EQ(s.status, 0) << s.err;
  auto rows = Rows(s.out.substr(3));
  // The reviewer: the first half true, the rest false alarms.
  std::map<std::string, std::pair<int, int>> want;  // rule -> tp, fp
  std::string filled = "\xEF\xBB\xBF";
  // A baseline accepts the first N findings of a fingerprint in a
  // conversation: a false alarm that is the 2nd of its fingerprint takes
  // the 1st with it.
  std::map<std::string, int> accepted;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i > 0) {
      const bool tp = i <= rows.size() / 2;
      rows[i][11] = tp ? "tp" : "FP";
      (tp ? want[rows[i][1]].first : want[rows[i][1]].second)++;
      if (!tp) {
        const std::string& id = rows[i][0];
        const size_t hash = id.find('#');
        int& n = accepted[id.substr(0, hash)];
        n = std::max(n, hash == std::string::npos ? 1 : std::stoi(id.substr(hash + 1)));
      }
    }
    std::string line;
    for (size_t k = 0; k < rows[i].size(); ++k) {
      if (k) line += ',';
      line += '"' + std::regex_replace(rows[i][k], std::regex("\""), "\"\"") + '"';
    }
    filled += line + "\r\n";
  }
  const std::string csv = Write("review.csv", filled);
  const Result st = Huashu("stats -o json --verdicts " + Quote(csv) + " " + Quote(path));
  ASSERT_EQ(st.status, 0) << st.err;
  const json j = json::parse(st.out);
  EXPECT_EQ(j["reviewed"], rows.size() - 1);
  for (const auto& row : j["rules"]) {
    auto it = want.find(row["rule"]);
    if (it == want.end()) {
      EXPECT_TRUE(row["precision"].is_null());
      continue;
    }
    EXPECT_EQ(row["true_positives"], it->second.first);
    EXPECT_EQ(row["false_positives"], it->second.second);
    EXPECT_NEAR(row["precision"].get<double>(),
                double(it->second.first) / (it->second.first + it->second.second), 0.001);
  }
  // Accepted: the false alarms go into a baseline; check leaves them out.
  const std::string baseline = TempPath("baseline.json");
  const Result acc =
      Huashu("sample --accept " + Quote(csv) + " --write-baseline " + Quote(baseline));
  ASSERT_EQ(acc.status, 0) << acc.err;
  const Result again =
      Huashu("sample --accept " + Quote(csv) + " --write-baseline " + Quote(baseline));
  ASSERT_EQ(again.status, 0) << again.err;  // idempotent: the same baseline
  int fps = 0;
  for (const auto& [id, n] : accepted) fps += n;
  ASSERT_GT(fps, 0);
  const json before = json::parse(Slurp(path));
  const Result after =
      Huashu("check --fail-on never --baseline " + Quote(baseline) + " " + kSampleInputs);
  const json a = json::parse(after.out);
  EXPECT_EQ(a["summary"]["baselined"], fps);
  EXPECT_EQ(a["summary"]["violations"].get<int>(),
            before["summary"]["violations"].get<int>() - fps);
}

TEST(Sample, BadVerdictIsNamedWithItsLine) {
  const std::string csv = Write("bad.csv", "id,rule,verdict\r\nabc,base.x,maybe\r\n");
  const Result r = Huashu("stats --verdicts " + Quote(csv) + " " + Quote(Report("r.json", "")));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("bad.csv:2:"), std::string::npos) << r.err;
  const Result usage = Huashu("sample samples/chats.jsonl");
  EXPECT_EQ(usage.status, 2);
}

TEST(HtmlReport, HasTheRuleNoiseSection) {
  const Result r = Huashu(std::string("check --fail-on never -o html ") + kSampleInputs);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("<section id=\"noise\">"), std::string::npos);
  EXPECT_NE(r.out.find("id=\"never-fired\""), std::string::npos);
  EXPECT_NE(r.out.find("每千句客服发言"), std::string::npos);
}

}  // namespace
}  // namespace huashu::e2e
