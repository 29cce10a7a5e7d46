// Precision and recall of the shipped rulebooks on the corpora in
// tests/data/: compliant agent language must produce no finding under any
// platform, and every evasion must be caught by the rule it targets.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using nlohmann::json;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `huashu check --fail-on never ARGS`: it must exit 0 and print a
// report that checked at least one conversation (an empty or missing report
// is a failure, never a pass with nothing to look at).
json Check(const std::string& args) {
  const std::string cmd = std::string("cd '") + HUASHU_SOURCE_DIR +
                          "' && '" HUASHU_BIN "' check --fail-on never " + args;
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 65536> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  const int status = pclose(p);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << cmd << " exited " << status;
  json report = json::parse(out.empty() ? std::string("{}") : out, nullptr, false);
  EXPECT_FALSE(report.is_discarded()) << cmd << " printed no JSON: " << out.substr(0, 400);
  if (report.is_discarded()) return json::object();
  EXPECT_TRUE(report.contains("conversations") && !report["conversations"].empty())
      << cmd << " reported no conversation";
  EXPECT_GT(report["summary"]["checked"].get<int>(), 0) << cmd;
  EXPECT_EQ(report["summary"]["rejected"], 0) << cmd;
  return report;
}

int LineCount(const std::string& path) {
  std::istringstream in(Slurp(path));
  int n = 0;
  for (std::string l; std::getline(in, l);) n += !l.empty();
  return n;
}

std::string Data(const std::string& name) {
  return std::string(HUASHU_SOURCE_DIR) + "/tests/data/" + name;
}

class CompliantMessages : public ::testing::TestWithParam<std::string> {};

TEST_P(CompliantMessages, NoFinding) {
  const std::string platform = GetParam();
  json report = Check("--input template " +
                      (platform.empty() ? std::string() : "--platform " + platform + " ") +
                      "tests/data/compliant_agent_messages.txt");
  const auto lines = [&] {
    std::vector<std::string> v;
    std::istringstream in(Slurp(Data("compliant_agent_messages.txt")));
    for (std::string l; std::getline(in, l);) v.push_back(l);
    return v;
  }();
  for (const auto& c : report["conversations"]) {
    for (const auto& v : c["violations"]) {
      const int line = v["source"]["line"];
      ADD_FAILURE() << "false finding " << v["rule"] << " 「" << v["text"].get<std::string>()
                    << "」 on line " << line << ": " << lines[line - 1];
    }
  }
  EXPECT_GE(lines.size(), 300u);
  // The whole file is one template set: one conversation of every line.
  EXPECT_EQ(report["conversations"].size(), 1u);
  EXPECT_EQ(report["summary"]["violations"], 0);
}

INSTANTIATE_TEST_SUITE_P(Platforms, CompliantMessages,
                         ::testing::Values("", "pinduoduo", "taobao", "tmall", "jd", "douyin"),
                         [](const auto& info) {
                           return info.param.empty() ? std::string("none") : info.param;
                         });

TEST(Evasions, EveryFormIsCaughtByItsRule) {
  // Group the lines by the platform their rule belongs to.
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> by_platform;
  std::istringstream in(Slurp(Data("evasions.tsv")));
  for (std::string l; std::getline(in, l);) {
    const size_t tab = l.find('\t');
    if (l.empty() || tab == std::string::npos) continue;
    const std::string rule = l.substr(0, tab);
    std::string platform;
    if (rule.rfind("platform.", 0) == 0) platform = rule.substr(9, rule.find('.', 9) - 9);
    by_platform[platform].push_back({rule, l.substr(tab + 1)});
  }
  size_t total = 0;
  for (const auto& [platform, cases] : by_platform) {
    const std::string file = ::testing::TempDir() + "evasions_" + std::to_string(getpid()) + "_" +
                             (platform.empty() ? "none" : platform) + ".txt";
    {
      std::ofstream out(file);
      for (const auto& c : cases) out << c.second << "\n";
    }
    json report = Check("--input template " +
                        (platform.empty() ? std::string() : "--platform " + platform + " ") + file);
    std::map<int, std::set<std::string>> fired;
    for (const auto& c : report["conversations"])
      for (const auto& v : c["violations"]) fired[v["source"]["line"]].insert(v["rule"]);
    for (size_t i = 0; i < cases.size(); ++i) {
      ++total;
      EXPECT_TRUE(fired[static_cast<int>(i + 1)].count(cases[i].first))
          << cases[i].first << " missed: " << cases[i].second;
    }
  }
  EXPECT_GE(total, 40u);
}

// Whole conversations written from the seed scripts, compliant throughout:
// every tests/data/compliant_*.jsonl.
TEST(CompliantConversations, NoFinding) {
  std::vector<std::string> files;
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(HUASHU_SOURCE_DIR) + "/tests/data")) {
    const std::string name = e.path().filename().string();
    if (name.rfind("compliant_", 0) == 0 && e.path().extension() == ".jsonl")
      files.push_back("tests/data/" + name);
  }
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 2u);
  for (const std::string& file : files) {
    json report = Check(file);
    EXPECT_TRUE(report["diagnostics"].empty()) << file;
    const int lines = LineCount(std::string(HUASHU_SOURCE_DIR) + "/" + file);
    EXPECT_EQ(report["summary"]["records"], lines) << file;
    EXPECT_EQ(report["summary"]["checked"], lines) << file;
    EXPECT_EQ(report["conversations"].size(), static_cast<size_t>(lines)) << file;
    for (const auto& c : report["conversations"])
      for (const auto& v : c["violations"])
        ADD_FAILURE() << file << ": " << c["id"] << " " << v["rule"] << " " << v["message"] << " 「"
                      << v["text"].get<std::string>() << "」";
  }
}

}  // namespace

namespace {

// Violating conversations, each named "bad-CATEGORY-NN": each must produce a
// finding of that category (every tests/data/violating_*.jsonl).
TEST(ViolatingConversations, EachIsCaughtInItsCategory) {
  size_t checked = 0;
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(HUASHU_SOURCE_DIR) + "/tests/data")) {
    const std::string name = e.path().filename().string();
    if (name.rfind("violating_", 0) != 0 || e.path().extension() != ".jsonl") continue;
    json report = Check("tests/data/" + name);
    EXPECT_TRUE(report["diagnostics"].empty()) << name;
    EXPECT_EQ(report["conversations"].size(), static_cast<size_t>(LineCount(e.path().string())))
        << name;
    for (const auto& c : report["conversations"]) {
      const std::string id = c["id"];
      if (id.rfind("bad-", 0) != 0) continue;
      const size_t dash = id.find('-', 4);
      const std::string category =
          id.substr(4, dash == std::string::npos ? std::string::npos : dash - 4);
      bool caught = false;
      for (const auto& v : c["violations"]) caught = caught || v["category"] == category;
      EXPECT_TRUE(caught) << name << ": " << id << " has no " << category << " finding";
      ++checked;
    }
  }
  EXPECT_GE(checked, 40u) << "the violating corpus tests/data/violating_*.jsonl is missing";
}

}  // namespace
