// huashu check in CI, as a script owner meets it: .huashu.yaml found from a
// subdirectory and overridden by flags, a baseline that survives edits
// above its findings, SARIF to a file with text on the terminal, --quiet,
// --version and bash completion.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "e2e_util.h"

namespace huashu::e2e {
namespace {

namespace fs = std::filesystem;

// A project directory private to the test: .huashu.yaml, replies/ with one
// template file, replies/sub/.
class Project {
 public:
  explicit Project(const std::string& config) {
    dir_ = TempPath("project");
    fs::remove_all(dir_);
    fs::create_directories(dir_ + "/replies/sub");
    if (!config.empty()) Put(".huashu.yaml", config);
    Put("replies/pdd.txt",
        "# 拼多多快捷短语\n"
        "亲，这款是全网最低价哦\n"
        "好的，马上为您安排发货\n"
        "这个我也不清楚\n");
  }
  ~Project() { fs::remove_all(dir_); }
  void Put(const std::string& rel, const std::string& text) {
    std::ofstream(dir_ + "/" + rel, std::ios::binary) << text;
  }
  std::string Get(const std::string& rel) const { return Slurp(dir_ + "/" + rel); }
  // Runs `huashu ARGS` in the project's subdirectory `sub` ("" = its root).
  Result Run(const std::string& args, const std::string& sub = "") const {
    return Shell("cd " + Quote(dir_ + "/" + sub) + " && \"$HUASHU\" " + args);
  }
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
};

const char* kConfig =
    "input: template\n"
    "files: [replies]\n"
    "fail_on: never\n"
    "output: json\n";

int Count(const Result& r) { return static_cast<int>(Violations(json::parse(r.out)).size()); }

TEST(Ci, ConfigIsFoundFromASubdirectory) {
  Project p(kConfig);
  Result r = p.Run("check -v", "replies/sub");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(Count(r), 3) << r.out;  // 全网最(低价) x2 rules + 不清楚
  EXPECT_NE(r.err.find("using config ../../.huashu.yaml"), std::string::npos) << r.err;
  // Not verbose: nothing said about the config.
  r = p.Run("check", "replies/sub");
  EXPECT_EQ(r.err, "");
  // --no-config: no files from the config, so standard input (empty here).
  r = p.Run("check --no-config", "replies/sub");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["summary"]["checked"], 0);
}

TEST(Ci, FlagsOverrideTheConfig) {
  Project p(kConfig);
  // fail_on: never in the file; --fail-on error on the command line wins.
  EXPECT_EQ(p.Run("check").status, 0);
  EXPECT_EQ(p.Run("check --fail-on error").status, 1);
  // output: json in the file; -o text wins.
  Result r = p.Run("check -o text --color never");
  EXPECT_NE(r.out.find("replies/pdd.txt:2:6"), std::string::npos) << r.out;
  // files: in the file; files on the command line win.
  p.Put("other.txt", "您好\n");
  r = p.Run("check other.txt");
  EXPECT_EQ(json::parse(r.out)["summary"]["violations"], 0) << r.out;
  // disable: adds to the file's list.
  p.Put(".huashu.yaml", std::string(kConfig) + "disable: [forbidden.uncertain]\n");
  EXPECT_EQ(Count(p.Run("check")), 2);
  EXPECT_EQ(Count(p.Run("check --disable ad.whole_net")), 1);
  // --config names another file; --no-config ignores them all.
  p.Put("strict.yaml", "input: template\nfiles: [replies]\nfail_on: warning\n");
  EXPECT_EQ(p.Run("check --config strict.yaml").status, 1);
  EXPECT_EQ(p.Run("check --no-config --input template replies").status, 1);
}

TEST(Ci, ConfigErrorsExit2WithThePlace) {
  Project p("input: template\nfail_on: sometimes\n");
  Result r = p.Run("check", "replies/sub");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "huashu: config error: ../../.huashu.yaml:2:10: 'fail_on' takes one of error, "
            "warning, info, never, not 'sometimes'\n");
  r = p.Run("check --config missing.yaml");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "huashu: config error: missing.yaml: cannot open\n");
  // --no-config gets past a broken file.
  EXPECT_EQ(p.Run("check --no-config --input template --fail-on never replies").status, 0);
}

TEST(Ci, BaselineRoundTrip) {
  Project p(kConfig);
  Result w = p.Run("check --write-baseline .huashu-baseline.json --fail-on error");
  ASSERT_EQ(w.status, 0) << w.err;
  EXPECT_EQ(w.out, "") << "writing a baseline prints no report unless -o asks";
  EXPECT_EQ(w.err,
            "huashu: note: wrote 3 findings (3 entries) to the baseline .huashu-baseline.json\n");
  const std::string text = p.Get(".huashu-baseline.json");
  EXPECT_NE(text.find("\"version\": 1"), std::string::npos) << text;
  EXPECT_EQ(text.find("\"line\""), std::string::npos) << "no line numbers in a baseline";

  // Re-run: nothing new, exit 0 even at --fail-on error.
  Result r = p.Run("check --baseline .huashu-baseline.json --fail-on error");
  EXPECT_EQ(r.status, 0) << r.err;
  json report = json::parse(r.out);
  EXPECT_EQ(report["summary"]["violations"], 0);
  EXPECT_EQ(report["summary"]["baselined"], 3);

  // A line added above the findings: they move, and stay baselined.
  p.Put("replies/pdd.txt",
        "# 拼多多快捷短语\n"
        "亲，您好，欢迎光临\n"
        "\n"
        "亲，这款是全网最低价哦\n"
        "好的，马上为您安排发货\n"
        "这个我也不清楚\n");
  // (Run from a subdirectory: a path on the command line is relative to it.)
  r = p.Run("check --baseline ../../.huashu-baseline.json --fail-on error", "replies/sub");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["summary"]["violations"], 0);

  // A new violation: exactly one new finding, exit 1; the text report says
  // how many were left out.
  p.Put("replies/pdd.txt", p.Get("replies/pdd.txt") + "绝对不会坏\n");
  r = p.Run("check --baseline .huashu-baseline.json --fail-on error -o text --color never");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("replies/pdd.txt:7:1  错误 ad.absolute"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("发现 1 处问题"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("另有 3 处问题已记录在基线中（--baseline），未列出"), std::string::npos)
      << r.out;
  r = p.Run("check --baseline .huashu-baseline.json --fail-on error");
  report = json::parse(r.out);
  ASSERT_EQ(Violations(report).size(), 1u) << r.out;
  EXPECT_EQ(Violations(report)[0]["rule"], "ad.absolute");
  EXPECT_EQ(report["summary"]["baselined"], 3);

  // The baseline from the config file, relative to it.
  p.Put(".huashu.yaml", std::string(kConfig) + "baseline: .huashu-baseline.json\n");
  r = p.Run("check --fail-on error", "replies/sub");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(json::parse(r.out)["summary"]["violations"], 1);
}

TEST(Ci, BaselineCountsRepeatedFindings) {
  Project p(kConfig);
  p.Put("replies/pdd.txt", "这个我不清楚\n那个我也不清楚\n");
  ASSERT_EQ(p.Run("check --write-baseline b.json").status, 0);
  EXPECT_NE(p.Get("b.json").find("\"count\": 2"), std::string::npos) << p.Get("b.json");
  p.Put("replies/pdd.txt", "这个我不清楚\n那个我也不清楚\n还是不清楚\n");
  Result r = p.Run("check --baseline b.json --fail-on warning");
  EXPECT_EQ(r.status, 1);
  const auto vs = Violations(json::parse(r.out));
  ASSERT_EQ(vs.size(), 1u);
  EXPECT_EQ(vs[0]["source"]["line"], 3) << "the third occurrence is the new one";
  // Fixing one: still nothing new.
  p.Put("replies/pdd.txt", "这个我不清楚\n");
  EXPECT_EQ(p.Run("check --baseline b.json --fail-on warning").status, 0);
}

TEST(Ci, BaselineErrorsExit2) {
  Project p(kConfig);
  Result r = p.Run("check --baseline none.json");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("huashu: baseline error: none.json: cannot open"), std::string::npos)
      << r.err;
  p.Put("bad.json", "{\"version\": 7, \"findings\": []}");
  r = p.Run("check --baseline bad.json");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("baseline version 7 is not supported"), std::string::npos) << r.err;
}

TEST(Ci, SarifToAFileAndTextToStdout) {
  Project p(kConfig);
  Result r =
      p.Run("check -o sarif:out/huashu.sarif -o text --color never --fail-on error", "replies/sub");
  // (out/ does not exist: an error, exit 2, before anything is checked.)
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("cannot write out/huashu.sarif"), std::string::npos) << r.err;

  // The report inside the checked folder is not read back as an input.
  r = p.Run("check -o sarif:huashu.sarif -o text --color never --fail-on error", "replies/sub");
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.out.find("../../replies/pdd.txt:2:6"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("共检查 3 行模板（1 个文件）"), std::string::npos) << r.out;
  const json sarif = json::parse(p.Get("replies/sub/huashu.sarif"));
  const json& run = sarif["runs"][0];
  ASSERT_EQ(run["results"].size(), 3u);
  const json& loc = run["results"][0]["locations"][0]["physicalLocation"];
  // Named from the project root (the config's directory), not the subdirectory.
  EXPECT_EQ(loc["artifactLocation"]["uri"], "replies/pdd.txt");
  EXPECT_EQ(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
  EXPECT_EQ(loc["region"]["startLine"], 2);
  EXPECT_EQ(loc["region"]["startColumn"], 6);
  const std::string root = run["originalUriBaseIds"]["%SRCROOT%"]["uri"];
  EXPECT_EQ(root.substr(0, 8), "file:///");
  EXPECT_EQ(root.back(), '/');
  EXPECT_TRUE(run["results"][0]["partialFingerprints"]["huashu/v1"].is_string());

  // The same -o json twice to stdout, or two reports into one file: usage errors.
  r = p.Run("check -o text -o json");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("only one report can go to standard output"), std::string::npos) << r.err;
  r = p.Run("check -o sarif:x -o json:./x");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("two reports go to the same file"), std::string::npos) << r.err;
  // Every format to a file, none to stdout (the SARIF of the last run is
  // gone: it would be an input now).
  fs::remove(p.dir() + "/replies/sub/huashu.sarif");
  r = p.Run("check -o json:a.json -o jsonl:a.jsonl -o text:a.txt -o sarif:a.sarif");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(Violations(json::parse(p.Get("a.json"))).size(), 3u);
  EXPECT_NE(p.Get("a.txt").find("共检查 3 行模板"), std::string::npos);
}

TEST(Ci, SarifFingerprintSurvivesEditsAbove) {
  Project p(kConfig);
  auto fingerprints = [&] {
    const json run = json::parse(p.Run("check -o sarif").out)["runs"][0];
    std::vector<std::string> out;
    for (const auto& r : run["results"]) out.push_back(r["partialFingerprints"]["huashu/v1"]);
    return out;
  };
  const auto before = fingerprints();
  p.Put("replies/pdd.txt", "新增一行\n" + p.Get("replies/pdd.txt"));
  EXPECT_EQ(fingerprints(), before);
}

TEST(Ci, QuietKeepsErrorsOnly) {
  Project p(kConfig);
  // A line of invalid UTF-8 is repaired with a note; a missing file is an error.
  p.Put("replies/bad.txt", "您好\xff\n");
  Result r = p.Run("check replies/bad.txt missing.txt");
  EXPECT_NE(r.err.find("note:"), std::string::npos) << r.err;
  r = p.Run("check -q replies/bad.txt missing.txt");
  EXPECT_EQ(r.err.find("note:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos) << r.err;
  EXPECT_EQ(r.status, 2);
}

TEST(Ci, VersionNamesTheBooks) {
  Result r = Huashu("--version");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("huashu ", 0), 0u) << r.out;
  for (const char* book :
       {" base@", " pii@", " call@", " chat@", " ad_law@", " platform/pinduoduo@"})
    EXPECT_NE(r.out.find(book), std::string::npos) << book << " in " << r.out;
}

TEST(Ci, BashCompletion) {
  Result script = Huashu("completion bash");
  ASSERT_EQ(script.status, 0);
  const std::string path = Write("huashu.bash", script.out);
  // It loads, and registers itself for huashu.
  Result loaded = Shell("bash --norc -c 'source " + Quote(path) + " && complete -p huashu'");
  EXPECT_EQ(loaded.status, 0) << loaded.err;
  EXPECT_NE(loaded.out.find("-F _huashu huashu"), std::string::npos) << loaded.out;
  auto complete = [&](const std::string& words) {
    Result r = Shell("bash --norc -c 'source " + Quote(path) + "; COMP_WORDS=(" + words +
                     "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _huashu; "
                     "printf \"%s\\n\" \"${COMPREPLY[@]}\"'");
    return r.out;
  };
  EXPECT_EQ(complete("huashu ch"), "check\n");
  EXPECT_EQ(complete("huashu rules l"), "list\n");
  EXPECT_EQ(complete("huashu check --fail"), "--fail-on\n");
  EXPECT_EQ(complete("huashu check --write"), "--write-baseline\n");
  EXPECT_EQ(complete("huashu check --fail-on w"), "warning\n");
  EXPECT_EQ(complete("huashu check -o s"), "sarif\n");
  EXPECT_EQ(complete("huashu check --input te"), "template\n");
  // A file name where a file goes.
  EXPECT_EQ(complete("huashu check samples/reply_t"), "samples/reply_templates.txt\n");
}

}  // namespace
}  // namespace huashu::e2e
