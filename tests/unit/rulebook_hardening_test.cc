// Rulebook loader hardening (issue 10): keys written twice, phrase sets that
// multiply, empty files and directories, unreadable files.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "huashu/rules/compiled.h"
#include "huashu/rules/rulebook.h"

namespace huashu::rules {
namespace {

struct Error {
  bool thrown = false;
  std::string what;
  SourcePos pos;
};

Error LoadText(const std::string& yaml) {
  Error r;
  try {
    RulebookLoader loader;
    loader.AddText(yaml, "t.yaml");
    CompiledRulebook book(loader.Finish());
  } catch (const RulebookError& e) {
    r = {true, e.what(), e.pos()};
  }
  return r;
}

Error LoadFile(const std::string& path) {
  Error r;
  try {
    RulebookLoader loader;
    loader.AddFile(path);
  } catch (const RulebookError& e) {
    r = {true, e.what(), e.pos()};
  }
  return r;
}

TEST(RulebookHardening, KeyWrittenTwiceInARule) {
  const Error e = LoadText(R"(name: t
rules:
  - id: r1
    type: forbidden
    category: forbidden
    message: m
    words: [甲]
    words: [乙]
)");
  ASSERT_TRUE(e.thrown);
  EXPECT_EQ(e.pos.line, 8);
  EXPECT_EQ(e.pos.column, 5);
  EXPECT_NE(e.what.find("written twice"), std::string::npos) << e.what;
}

TEST(RulebookHardening, KeyWrittenTwiceAtBookLevel) {
  const Error e = LoadText("name: a\nname: b\nrules: []\n");
  ASSERT_TRUE(e.thrown);
  EXPECT_EQ(e.pos.line, 2);
  EXPECT_NE(e.what.find("'name'"), std::string::npos) << e.what;
}

TEST(RulebookHardening, SetsThatMultiplyAreBounded) {
  std::string yaml = "name: bomb\nsets:\n  a0: [哈哈, 嘿嘿]\n";
  for (int i = 1; i < 40; ++i) {
    const std::string prev = "\"@a" + std::to_string(i - 1) + "\"";
    yaml += "  a" + std::to_string(i) + ": [" + prev + ", " + prev + ", " + prev + "]\n";
  }
  yaml += "rules: []\n";
  const Error e = LoadText(yaml);  // must return at once, not expand to GB
  ASSERT_TRUE(e.thrown);
  EXPECT_GT(e.pos.line, 3);
  EXPECT_NE(e.what.find("phrases"), std::string::npos) << e.what;
}

TEST(RulebookHardening, ManySetsTogetherAreBounded) {
  std::string yaml = "name: wide\nsets:\n  a0: [";
  for (int i = 0; i < 50000; ++i) yaml += std::string(i ? ", " : "") + "词" + std::to_string(i);
  yaml += "]\n";
  for (int i = 1; i < 10; ++i) yaml += "  b" + std::to_string(i) + ": [\"@a0\"]\n";
  yaml += "rules: []\n";
  const Error e = LoadText(yaml);
  ASSERT_TRUE(e.thrown);
  EXPECT_NE(e.what.find("in all"), std::string::npos) << e.what;
}

TEST(RulebookHardening, EmptyBookHasAPosition) {
  const Error e = LoadText("");
  ASSERT_TRUE(e.thrown);
  EXPECT_EQ(e.pos.line, 1);
  EXPECT_EQ(e.pos.column, 1);
  EXPECT_NE(e.what.find("empty"), std::string::npos) << e.what;
}

TEST(RulebookHardening, DirectoryAndMissingFileSayWhy) {
  const std::string dir = ::testing::TempDir() + "huashu_rb_dir_" + std::to_string(getpid());
  std::filesystem::create_directories(dir);
  Error e = LoadFile(dir);
  ASSERT_TRUE(e.thrown);
  EXPECT_EQ(e.pos.line, 1);
  EXPECT_NE(e.what.find("directory"), std::string::npos) << e.what;
  e = LoadFile(dir + "/missing.yaml");
  ASSERT_TRUE(e.thrown);
  EXPECT_NE(e.what.find("No such file"), std::string::npos) << e.what;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace huashu::rules
