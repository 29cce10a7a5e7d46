// Golden end-to-end tests: the real binary on every file in samples/ and
// tests/e2e/inputs/, the JSON report compared with tests/e2e/expected/.
// A file NAME.args beside an input holds extra command-line arguments.
// To accept new output after a deliberate change:
//   HUASHU_UPDATE_GOLDEN=1 build/tests/huashu_e2e_tests --gtest_filter='Golden*'
// and review the diff of tests/e2e/expected/ before committing.

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
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

std::vector<std::string> Inputs() {
  std::vector<std::string> out;
  const fs::path root(HUASHU_SOURCE_DIR);
  for (const char* dir : {"samples", "tests/e2e/inputs"}) {
    if (!fs::exists(root / dir)) continue;
    for (const auto& e : fs::directory_iterator(root / dir)) {
      const auto ext = e.path().extension();
      if (!e.is_regular_file() || ext == ".md" || ext == ".args") continue;
      out.push_back((fs::path(dir) / e.path().filename()).string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, ReportMatches) {
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

  std::string name = input;
  std::replace(name.begin(), name.end(), '/', '_');
  const fs::path expected_file = root / "tests/e2e/expected" / (name + ".json");
  if (std::getenv("HUASHU_UPDATE_GOLDEN")) {
    std::ofstream(expected_file) << actual.dump(1) << "\n";
    GTEST_SKIP() << "updated " << expected_file;
  }
  ASSERT_TRUE(fs::exists(expected_file))
      << "no golden file " << expected_file << "; run with HUASHU_UPDATE_GOLDEN=1 to create it";
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
