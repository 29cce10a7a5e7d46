// Linked into every test binary: the process writes its scratch files into a
// directory of its own, removed when the process exits.
//
// Why: ctest starts one process per test, and every test that writes input
// files or reports (through ::testing::TempDir()) used to leave them in /tmp
// for good, some thirty files per run of the suite for each e2e test. gtest
// reads TEST_TMPDIR on every TempDir() call, so pointing it at a fresh
// directory before main() moves all of them without touching the tests.
// A process that crashes keeps its directory, which is what one wants when
// looking into the crash.

#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

namespace {

// Leaked on purpose: the atexit handler runs after static destructors that
// were registered later, so the path must not be a destructible static.
const std::string* scratch_dir = nullptr;

void RemoveScratchDir() {
  std::error_code ec;
  std::filesystem::remove_all(*scratch_dir, ec);
}

struct ProcessTempDir {
  ProcessTempDir() {
    const char* base = std::getenv("TEST_TMPDIR");
    if (base == nullptr || *base == '\0') base = std::getenv("TMPDIR");
    if (base == nullptr || *base == '\0') base = "/tmp";
    std::string pattern = std::string(base) + "/huashu_test_XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) return;  // gtest's default then
    scratch_dir = new std::string(pattern);
    setenv("TEST_TMPDIR", scratch_dir->c_str(), 1);
    std::atexit(RemoveScratchDir);
  }
};

const ProcessTempDir process_temp_dir;

}  // namespace
