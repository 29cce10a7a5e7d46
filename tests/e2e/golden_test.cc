// Golden end-to-end tests: the real binary on every file in samples/ and
// tests/e2e/inputs/, the JSON report compared with tests/e2e/expected/.
// A file NAME.args beside an input holds extra command-line arguments.
// This test only compares. To accept new output after a deliberate change,
// run `./dev update-goldens` (scripts/update-goldens.py) and review the diff
// of tests/e2e/expected/ before committing; ./dev test and CI fail when a run
// leaves tests/e2e/expected/ different from what was committed.

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

constexpr const char* kInputDirs[] = {"samples", "tests/e2e/inputs"};

std::vector<std::string> Inputs() {
  std::vector<std::string> out;
  const fs::path root(HUASHU_SOURCE_DIR);
  for (const char* dir : kInputDirs) {
    if (!fs::is_directory(root / dir)) continue;  // GoldenInputs fails for it
    for (const auto& e : fs::directory_iterator(root / dir)) {
      const auto ext = e.path().extension();
      if (!e.is_regular_file() || ext == ".md" || ext == ".args") continue;
      out.push_back((fs::path(dir) / e.path().filename()).string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string ExpectedName(std::string input) {
  std::replace(input.begin(), input.end(), '/', '_');
  return input + ".json";
}

// The old way of accepting new output (a test run that rewrote its expected
// files and passed) is gone; a run with the variable set is a mistake.
TEST(GoldenInputs, UpdateVariableIsNotHonoured) {
  EXPECT_EQ(std::getenv("HUASHU_UPDATE_GOLDEN"), nullptr)
      << "HUASHU_UPDATE_GOLDEN is set: golden tests never rewrite their expected files; "
         "use ./dev update-goldens";
}

// A missing folder or a deleted input must not quietly mean fewer tests.
TEST(GoldenInputs, EveryInputHasAnExpectedFileAndBack) {
  const fs::path root(HUASHU_SOURCE_DIR);
  for (const char* dir : kInputDirs) {
    ASSERT_TRUE(fs::is_directory(root / dir)) << dir << "/ is missing";
    size_t files = 0;
    for (const auto& e : fs::directory_iterator(root / dir)) files += e.is_regular_file();
    EXPECT_GE(files, 3u) << dir << "/ is (nearly) empty";
  }
  std::set<std::string> expected;
  for (const auto& input : Inputs()) expected.insert(ExpectedName(input));
  std::set<std::string> present;
  for (const auto& e : fs::directory_iterator(root / "tests/e2e/expected"))
    present.insert(e.path().filename().string());
  EXPECT_EQ(present, expected) << "tests/e2e/expected/ and the inputs disagree; "
                                  "./dev update-goldens brings them in line";
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, ReportMatches) {
  ASSERT_EQ(std::getenv("HUASHU_UPDATE_GOLDEN"), nullptr)
      << "golden tests never rewrite their expected files; use ./dev update-goldens";
  const fs::path root(HUASHU_SOURCE_DIR);
  const std::string input = GetParam();
  std::string args = "--fail-on never -o json";
  const fs::path args_file = root / (input + ".args");
  if (fs::exists(args_file)) {
    std::string extra = Slurp(args_file);
    while (!extra.empty() && (extra.back() == '\n' || extra.back() == '\r')) extra.pop_back();
    args += " " + extra;
  }
  const std::string cmd =
      "cd '" + root.string() + "' && '" HUASHU_BIN "' check " + args + " '" + input + "'";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 65536> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  ASSERT_EQ(pclose(p), 0) << cmd;
  json actual = json::parse(out);
  actual["tool"].erase("version");

  const fs::path expected_file = root / "tests/e2e/expected" / ExpectedName(input);
  ASSERT_TRUE(fs::exists(expected_file))
      << "no golden file " << expected_file << "; create it with ./dev update-goldens";
  const json expected = json::parse(Slurp(expected_file));
  if (actual != expected) {
    const json patch = json::diff(expected, actual);
    FAIL() << input << " differs from " << expected_file << ":\n" << patch.dump(1).substr(0, 4000);
  }
}

INSTANTIATE_TEST_SUITE_P(Files, Golden, ::testing::ValuesIn(Inputs()), [](const auto& info) {
  std::string s = info.param;
  for (char& c : s)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return s;
});

}  // namespace
