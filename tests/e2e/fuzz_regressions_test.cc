// Every input in fuzz/regressions/ (inputs that once failed a fuzz target,
// or that showed an issue-10 defect) replayed through the real binary in
// the ordinary build, without libFuzzer: no crash, no signal, an exit
// status huashu documents, valid JSON, and no personal number in full.

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

namespace {

namespace fs = std::filesystem;

struct FuzzRun {
  bool exited = false;
  int status = -1;
  std::string out;
};

FuzzRun RunHuashu(const std::string& args) {
  const std::string cmd = "'" HUASHU_BIN "' " + args + " 2>/dev/null </dev/null";
  FuzzRun r;
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 65536> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int status = pclose(p);
  r.exited = WIFEXITED(status);
  r.status = r.exited ? WEXITSTATUS(status) : -1;
  return r;
}

std::vector<fs::path> Inputs(const std::string& target) {
  std::vector<fs::path> out;
  const fs::path dir = fs::path(HUASHU_SOURCE_DIR) / "fuzz" / "regressions" / target;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(FuzzRegressions, RulebooksAreRejectedOrPass) {
  for (const fs::path& f : Inputs("fuzz_rulebook")) {
    const FuzzRun r = RunHuashu("rules test '" + f.string() + "'");
    EXPECT_TRUE(r.exited) << f;
    EXPECT_TRUE(r.status == 0 || r.status == 1 || r.status == 2) << f;
  }
}

TEST(FuzzRegressions, ReadersNeverCrash) {
  for (const char* format : {"jsonl", "chat", "csv", "template"}) {
    for (const fs::path& f : Inputs(std::string("fuzz_read_") + format)) {
      const FuzzRun r = RunHuashu(std::string("check --input ") + format + " -o json '" + f.string() + "'");
      EXPECT_TRUE(r.exited) << f;
      EXPECT_LE(r.status, 2) << f;
      EXPECT_TRUE(nlohmann::json::accept(r.out)) << f;
    }
  }
}

TEST(FuzzRegressions, ChecksKeepPersonalDataMasked) {
  const char* numbers[] = {"13812345678", "6222021234567890128", "11010519491231002"};
  for (const fs::path& f : Inputs("fuzz_check")) {
    for (const char* format : {"json", "jsonl", "text", "sarif"}) {
      const FuzzRun r = RunHuashu(std::string("check -o ") + format + " '" + f.string() + "'");
      EXPECT_TRUE(r.exited) << f;
      EXPECT_LE(r.status, 2) << f;
      if (std::string(format) == "json" || std::string(format) == "sarif") {
        EXPECT_TRUE(nlohmann::json::accept(r.out)) << f << " " << format;
      }
      std::string squeezed;
      for (size_t i = 0; i < r.out.size(); ++i) {
        const char c = r.out[i];
        if ((c == ' ' || c == '-') && !squeezed.empty() && isdigit(squeezed.back()) &&
            i + 1 < r.out.size() && isdigit(r.out[i + 1]))
          continue;
        squeezed += c;
      }
      for (const char* n : numbers)
        EXPECT_EQ(squeezed.find(n), std::string::npos) << f << " " << format << " printed " << n;
    }
  }
}

}  // namespace
