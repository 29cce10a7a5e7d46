// Helpers for the end-to-end tests: run the real binary the way a user does.

#ifndef HUASHU_TESTS_E2E_E2E_UTIL_H_
#define HUASHU_TESTS_E2E_E2E_UTIL_H_

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace huashu::e2e {

using nlohmann::json;

struct Result {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A path in the temp dir private to the running test (ctest runs tests in
// parallel processes).
inline std::string TempPath(const std::string& name) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  return ::testing::TempDir() + "huashu_" + info->test_suite_name() + "_" + info->name() + "_" +
         std::to_string(getpid()) + "_" + name;
}

inline std::string Write(const std::string& name, const std::string& content) {
  const std::string path = TempPath(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

inline std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs the shell command `cmd` in the source tree, with `$HUASHU` set to the
// binary; stdin is `input` (or /dev/null), stdout and stderr are captured.
inline Result Shell(const std::string& cmd, const std::string& input = "") {
  const std::string err_file = TempPath("stderr.txt");
  const std::string in_file = TempPath("stdin.txt");
  std::ofstream(in_file, std::ios::binary) << input;
  const std::string full = "cd " + Quote(HUASHU_SOURCE_DIR) + " && HUASHU=" + Quote(HUASHU_BIN) +
                           " && export HUASHU && ( " + cmd + " ) < " + Quote(in_file) + " 2>" +
                           Quote(err_file);
  Result r;
  FILE* p = popen(full.c_str(), "r");
  std::array<char, 65536> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int status = pclose(p);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = Slurp(err_file);
  return r;
}

// Runs `huashu ARGS` in the source tree (so paths in reports are relative).
inline Result Huashu(const std::string& args, const std::string& input = "") {
  return Shell("\"$HUASHU\" " + args, input);
}

// The report's findings, each with its conversation's fields at hand.
inline std::vector<json> Violations(const json& report) {
  std::vector<json> out;
  for (const auto& c : report["conversations"])
    for (const auto& v : c["violations"]) out.push_back(v);
  return out;
}

}  // namespace huashu::e2e

#endif  // HUASHU_TESTS_E2E_E2E_UTIL_H_
