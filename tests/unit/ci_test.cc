// The CI pieces of huashu check: .huashu.yaml (src/cli/config.h), finding
// fingerprints (huashu/report/fingerprint.h) and baselines
// (src/cli/baseline.h).

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "baseline.h"
#include "config.h"
#include "huashu/report/fingerprint.h"

namespace huashu::cli {
namespace {

namespace fs = std::filesystem;
using report::FindingKey;
using report::Violation;

// A fresh directory for one test.
std::string TempDir() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  const fs::path dir = fs::path(::testing::TempDir()) /
                       ("huashu_ci_" + std::string(info->name()) + "_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

std::string WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// The message of the ConfigError LoadConfig throws for `yaml`.
std::string ConfigErrorOf(const std::string& yaml) {
  const std::string path = WriteFile(TempDir() + "/.huashu.yaml", yaml);
  try {
    LoadConfig(path);
  } catch (const ConfigError& e) {
    return std::string(e.what()).substr(path.size());
  }
  return "no error";
}

// ================================================================ config

TEST(Config, ReadsEveryKeyAndResolvesPathsAgainstItsDirectory) {
  const std::string dir = TempDir();
  const std::string path = WriteFile(dir + "/.huashu.yaml",
                                     "rules: [books/shop.yaml, /abs/x.yaml]\n"
                                     "files: replies\n"
                                     "platform: pinduoduo\n"
                                     "channel: chat\n"
                                     "input: template\n"
                                     "output: [text, 'sarif:out/huashu.sarif']\n"
                                     "fail-on: warning\n"
                                     "disable: [forbidden.casual]\n"
                                     "include: ['*.txt']\n"
                                     "exclude: [drafts]\n"
                                     "baseline: .huashu-baseline.json\n"
                                     "lang: en\n"
                                     "color: never\n"
                                     "encoding: GB18030\n"
                                     "jobs: 2\n"
                                     "agent_pattern: '^客服'\n");
  const FileConfig c = LoadConfig(path);
  EXPECT_EQ(c.dir, dir);
  EXPECT_EQ(*c.rules, (std::vector<std::string>{dir + "/books/shop.yaml", "/abs/x.yaml"}));
  EXPECT_EQ(*c.files, (std::vector<std::string>{dir + "/replies"}));
  EXPECT_EQ(*c.platform, "pinduoduo");
  EXPECT_EQ(*c.channel, "chat");
  EXPECT_EQ(*c.input, "template");
  EXPECT_EQ(*c.output, (std::vector<std::string>{"text", "sarif:" + dir + "/out/huashu.sarif"}));
  EXPECT_EQ(*c.fail_on, "warning") << "fail-on is read as fail_on";
  EXPECT_EQ(*c.disable, (std::vector<std::string>{"forbidden.casual"}));
  EXPECT_EQ(*c.include, (std::vector<std::string>{"*.txt"}));
  EXPECT_EQ(*c.exclude, (std::vector<std::string>{"drafts"}));
  EXPECT_EQ(*c.baseline, dir + "/.huashu-baseline.json");
  EXPECT_EQ(*c.lang, "en");
  EXPECT_EQ(*c.color, "never");
  EXPECT_EQ(*c.encoding, "GB18030");
  EXPECT_EQ(*c.jobs, 2);
  EXPECT_EQ(*c.agent_pattern, "^客服");
}

TEST(Config, UnsetKeysStayUnsetAndAnEmptyFileSetsNothing) {
  const std::string dir = TempDir();
  const FileConfig c = LoadConfig(WriteFile(dir + "/a.yaml", "fail_on: never\n"));
  EXPECT_TRUE(c.fail_on);
  EXPECT_FALSE(c.rules || c.output || c.platform || c.baseline || c.jobs);
  const FileConfig empty = LoadConfig(WriteFile(dir + "/b.yaml", "# nothing yet\n"));
  EXPECT_FALSE(empty.fail_on);
}

TEST(Config, ErrorsNameFileLineAndColumn) {
  EXPECT_EQ(ConfigErrorOf("input: template\nrulez: x.yaml\n"),
            ":2:1: unknown key 'rulez' (known: rules, files, platform, channel, input, output, "
            "fail_on, disable, include, exclude, baseline, lang, color, encoding, jobs, "
            "agent_pattern)");
  EXPECT_EQ(ConfigErrorOf("fail_on: sometimes\n"),
            ":1:10: 'fail_on' takes one of error, warning, info, never, not 'sometimes'");
  EXPECT_EQ(ConfigErrorOf("output: [text, pdf]\n"),
            ":1:9: 'output' names no report format 'pdf' (known: json, jsonl, text, sarif, html)");
  EXPECT_EQ(ConfigErrorOf("jobs: many\n"),
            ":1:7: 'jobs' takes a number from 0 (one per core) to 256");
  EXPECT_EQ(ConfigErrorOf("rules: {a: b}\n"), ":1:8: 'rules' takes a string or a list of strings");
  EXPECT_EQ(ConfigErrorOf("fail_on: error\nfail-on: never\n"), ":2:1: duplicate key 'fail-on'");
  EXPECT_EQ(ConfigErrorOf("- a\n- b\n"),
            ":1:1: a config file is a map of keys (rules:, fail_on:, ...)");
  const std::string syntax = ConfigErrorOf("rules: [a\n");
  EXPECT_EQ(syntax.substr(0, 5), ":2:1:") << syntax;
}

TEST(Config, MissingFileIsAnError) {
  EXPECT_THROW(LoadConfig(TempDir() + "/none.yaml"), ConfigError);
}

TEST(Config, FoundInTheDirectoryOrAbove) {
  const std::string dir = TempDir();
  fs::create_directories(dir + "/a/b/c");
  EXPECT_EQ(FindConfig(dir + "/a/b/c"), "");
  WriteFile(dir + "/a/.huashu.yaml", "fail_on: never\n");
  EXPECT_EQ(FindConfig(dir + "/a/b/c"), dir + "/a/.huashu.yaml");
  EXPECT_EQ(FindConfig(dir + "/a"), dir + "/a/.huashu.yaml");
  // The nearest wins.
  WriteFile(dir + "/a/b/.huashu.yaml", "fail_on: never\n");
  EXPECT_EQ(FindConfig(dir + "/a/b/c/"), dir + "/a/b/.huashu.yaml");
  // A directory named like the file is not a config.
  fs::create_directories(dir + "/a/b/c/.huashu.yaml");
  EXPECT_EQ(FindConfig(dir + "/a/b/c"), dir + "/a/b/.huashu.yaml");
}

TEST(Config, FoundFromTheCurrentDirectoryAsARelativePath) {
  const std::string dir = TempDir();
  fs::create_directories(dir + "/x/y");
  WriteFile(dir + "/.huashu.yaml", "");
  const fs::path was = fs::current_path();
  fs::current_path(dir + "/x/y");
  const std::string found = FindConfig(".");
  fs::current_path(was);
  EXPECT_EQ(found, "../../.huashu.yaml");
}

TEST(Config, ResolveAgainst) {
  EXPECT_EQ(ResolveAgainst("../..", "replies/a.txt"), "../../replies/a.txt");
  EXPECT_EQ(ResolveAgainst(".", "replies/a.txt"), "replies/a.txt");
  EXPECT_EQ(ResolveAgainst("proj", "/etc/x"), "/etc/x");
  EXPECT_EQ(ResolveAgainst("proj", "-"), "-");
}

// ================================================================ fingerprints

Violation Finding(std::string rule, std::string text, uint32_t line, uint32_t column,
                  std::string file = "replies.txt") {
  Violation v;
  v.rule = std::move(rule);
  v.text = std::move(text);
  v.source.file = file;
  v.source.line = line;
  v.conversation = file;  // a template names its conversation by its file
  v.column = column;
  v.turn = line;
  return v;
}

TEST(Fingerprint, IgnoresLineColumnAndTurn) {
  const report::ProjectPaths paths;
  const FindingKey a = report::KeyOf(Finding("ad.absolute", "绝对", 3, 5), paths);
  const FindingKey b = report::KeyOf(Finding("ad.absolute", "绝对", 40, 1), paths);
  EXPECT_EQ(a, b);
  EXPECT_EQ(report::Digest(a), report::Digest(b));
  EXPECT_EQ(a.file, "replies.txt");
  EXPECT_EQ(a.conversation, "");
  EXPECT_NE(report::Digest(a), report::Digest(report::KeyOf(
                                   Finding("ad.absolute", "绝对", 3, 5, "other.txt"), paths)));
  EXPECT_NE(report::Digest(a),
            report::Digest(report::KeyOf(Finding("ad.superlative", "绝对", 3, 5), paths)));
}

TEST(Fingerprint, ConversationsAreKeyedByIdNotFile) {
  Violation v = Finding("closing.chat", "", 17, 0, "day1.jsonl");
  v.conversation = "c-0001";
  v.turn.reset();
  const FindingKey k = report::KeyOf(v, report::ProjectPaths());
  EXPECT_EQ(k.conversation, "c-0001");
  EXPECT_EQ(k.file, "");
  v.source.file = "day2.jsonl";  // the same conversation exported again
  EXPECT_EQ(report::KeyOf(v, report::ProjectPaths()), k);
}

TEST(Fingerprint, DigestIsStableAndKeepsFieldsApart) {
  FindingKey k{"forbidden.uncertain", "replies.txt", "", "不清楚"};
  EXPECT_EQ(report::Digest(k),
            report::Digest(FindingKey{"forbidden.uncertain", "replies.txt", "", "不清楚"}));
  EXPECT_EQ(report::Digest(k).size(), 16u);
  EXPECT_NE(report::Digest(FindingKey{"ab", "c", "", ""}),
            report::Digest(FindingKey{"a", "bc", "", ""}));
}

// Pinned (FNV-1a 64 over each field and a 0xFF after it, as docs/ci.md says):
// SARIF fingerprints must not change between versions, or code-scanning
// services would see every alert as new.
TEST(Fingerprint, DigestPinned) {
  EXPECT_EQ(report::Digest(FindingKey{"forbidden.uncertain", "replies.txt", "", "不清楚"}),
            "15a6d7325d40d3d6");
}

TEST(Fingerprint, NormalisesWhiteSpace) {
  EXPECT_EQ(report::NormaliseText("  支 付\t\t宝 "), "支 付 宝");
  EXPECT_EQ(report::NormaliseText("加\xE3\x80\x80微信"), "加 微信");
  EXPECT_EQ(report::NormaliseText(""), "");
}

TEST(Fingerprint, CounterNumbersOccurrences) {
  report::FindingCounter c;
  const FindingKey a{"r", "f", "", "x"}, b{"r", "f", "", "y"};
  EXPECT_EQ(c.Next(a), 1);
  EXPECT_EQ(c.Next(a), 2);
  EXPECT_EQ(c.Next(b), 1);
  EXPECT_EQ(c.Next(a), 3);
}

TEST(ProjectPaths, RelativeToTheRootWhereverTheRunStarts) {
  const std::string dir = TempDir();
  fs::create_directories(dir + "/replies/sub");
  const fs::path was = fs::current_path();
  fs::current_path(dir + "/replies/sub");
  const report::ProjectPaths paths("../..");
  EXPECT_EQ(paths.root(), fs::weakly_canonical(dir).string() + "/");
  EXPECT_EQ(paths.Map("../a.txt"), "replies/a.txt");
  EXPECT_EQ(paths.Map("./x/../b.txt"), "replies/sub/b.txt");
  EXPECT_EQ(paths.Map(dir + "/replies/c.txt"), "replies/c.txt");
  EXPECT_TRUE(paths.UnderRoot("../a.txt"));
  EXPECT_FALSE(paths.UnderRoot("/etc/hosts"));
  EXPECT_EQ(paths.Map("/etc/hosts"), "/etc/hosts");
  EXPECT_EQ(paths.Map("-"), "-");
  fs::current_path(was);
  // No root: paths as given, normalised.
  EXPECT_EQ(report::ProjectPaths().Map("./a//b.txt"), "a/b.txt");
}

// ================================================================ baselines

TEST(Baseline, SavesSortedOneEntryALineAndLoadsBack) {
  Baseline b;
  b.Add({"forbidden.uncertain", "z.txt", "", "不清楚"});
  b.Add({"ad.absolute", "a.txt", "", "绝对"});
  b.Add({"ad.absolute", "a.txt", "", "绝对"});
  b.Add({"closing.chat", "", "c-1", ""});
  EXPECT_EQ(
      b.ToJson(),
      "{\"version\": 1, \"tool\": \"huashu\",\n"
      " \"findings\": [\n"
      "  {\"conversation\": \"c-1\", \"rule\": \"closing.chat\", \"text\": \"\", \"count\": 1},\n"
      "  {\"file\": \"a.txt\", \"rule\": \"ad.absolute\", \"text\": \"绝对\", \"count\": 2},\n"
      "  {\"file\": \"z.txt\", \"rule\": \"forbidden.uncertain\", \"text\": \"不清楚\", \"count\": "
      "1}\n"
      " ]}\n");
  const std::string path = TempDir() + "/base.json";
  b.Save(path);
  const Baseline back = Baseline::Load(path);
  EXPECT_EQ(back.ToJson(), b.ToJson());
  EXPECT_EQ(back.Count({"ad.absolute", "a.txt", "", "绝对"}), 2);
  EXPECT_EQ(back.Count({"ad.absolute", "b.txt", "", "绝对"}), 0);
  EXPECT_EQ(back.findings(), 4);
  EXPECT_EQ(back.entries(), 3u);
  EXPECT_FALSE(fs::exists(path + ".tmp"));
}

TEST(Baseline, EmptyBaseline) {
  EXPECT_EQ(Baseline().ToJson(), "{\"version\": 1, \"tool\": \"huashu\",\n \"findings\": []}\n");
  const std::string path = TempDir() + "/empty.json";
  Baseline().Save(path);
  EXPECT_EQ(Baseline::Load(path).entries(), 0u);
}

std::string BaselineErrorOf(const std::string& text) {
  const std::string path = WriteFile(TempDir() + "/b.json", text);
  try {
    Baseline::Load(path);
  } catch (const BaselineError& e) {
    return std::string(e.what()).substr(path.size());
  }
  return "no error";
}

TEST(Baseline, RejectsWhatIsNotABaseline) {
  EXPECT_EQ(BaselineErrorOf("{\"version\": 2, \"findings\": []}"),
            ": baseline version 2 is not supported (this huashu reads 1; write it anew with "
            "--write-baseline)");
  EXPECT_EQ(BaselineErrorOf("[]"),
            ": not a huashu baseline (no \"version\"; write one with --write-baseline)");
  EXPECT_EQ(BaselineErrorOf("{\"version\": 1, \"findings\": [{\"rule\": \"a\"}]}"),
            ": findings[0] needs one of \"file\" or \"conversation\"");
  EXPECT_EQ(BaselineErrorOf("{\"version\": 1, \"findings\": [{\"rule\": \"a\", \"file\": \"f\", "
                            "\"count\": 0}]}"),
            ": findings[0].count must be a positive integer");
  const std::string syntax = BaselineErrorOf("{\"version\": 1,\n \"findings\": [}\n");
  EXPECT_EQ(syntax.substr(0, 5), ":2:15") << syntax;
  EXPECT_THROW(Baseline::Load(TempDir() + "/none.json"), BaselineError);
}

}  // namespace
}  // namespace huashu::cli
