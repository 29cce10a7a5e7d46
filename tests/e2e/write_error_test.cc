// Commands that print exit 2 when their output cannot be written (issue 10).

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

namespace {

int ExitToDevFull(const std::string& args) {
  const std::string cmd = "'" HUASHU_BIN "' " + args + " >/dev/full 2>/dev/null";
  const int rc = std::system(cmd.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

TEST(WriteError, EveryPrintingCommandExitsTwo) {
  for (const char* args : {"--help", "--version", "rules list", "rules list --books",
                           "rules explain pii.mobile", "rules words", "rules test",
                           "check --help", "rules --help"}) {
    EXPECT_EQ(ExitToDevFull(args), 2) << "huashu " << args << " > /dev/full";
  }
}

}  // namespace
