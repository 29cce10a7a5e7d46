// The embedded books' trees parsed at build time (src/rules/book_tree.h)
// must be the trees yaml-cpp gives at run time: same kinds, scalars, tags,
// styles, order and marks (positions in messages come from the marks).

#include "book_tree.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <string>

#include "huashu/rules/embedded.h"

namespace huashu::rules {
namespace {

std::string Where(const YAML::Node& n) {
  const YAML::Mark m = n.Mark();
  return std::to_string(m.line + 1) + ":" + std::to_string(m.column + 1);
}

// Compares two trees; reports the first difference with its place.
void ExpectSameTree(const YAML::Node& want, const YAML::Node& got, const std::string& book) {
  const std::string at = book + " at " + Where(want);
  ASSERT_EQ(want.Type(), got.Type()) << at;
  ASSERT_EQ(want.Mark().pos, got.Mark().pos) << at;
  ASSERT_EQ(want.Mark().line, got.Mark().line) << at;
  ASSERT_EQ(want.Mark().column, got.Mark().column) << at;
  ASSERT_EQ(want.Tag(), got.Tag()) << at;
  ASSERT_EQ(want.Style(), got.Style()) << at;
  if (want.IsScalar()) {
    ASSERT_EQ(want.Scalar(), got.Scalar()) << at;
  }
  ASSERT_EQ(want.size(), got.size()) << at;
  if (want.IsSequence()) {
    for (size_t i = 0; i < want.size(); ++i) ExpectSameTree(want[i], got[i], book);
  }
  if (want.IsMap()) {
    for (auto w = want.begin(), g = got.begin(); w != want.end(); ++w, ++g) {
      ExpectSameTree(w->first, g->first, book);
      ExpectSameTree(w->second, g->second, book);
    }
  }
}

TEST(BookTree, EveryEmbeddedBookHasTheTreeYamlCppGives) {
  ASSERT_FALSE(EmbeddedBooks().empty());
  for (const EmbeddedBook& b : EmbeddedBooks()) {
    const std::optional<YAML::Node> tree = PrebuiltTree(b.text());
    ASSERT_TRUE(tree.has_value()) << b.name;
    ExpectSameTree(YAML::Load(std::string(b.text())), *tree, b.name);
  }
}

TEST(BookTree, AnyOtherTextHasNone) {
  EXPECT_FALSE(PrebuiltTree("name: mine\nrules: []\n").has_value());
  // An embedded book with one byte changed is another text.
  std::string edited(EmbeddedBooks().front().text());
  edited.back() = edited.back() == ' ' ? '\n' : ' ';
  EXPECT_FALSE(PrebuiltTree(edited).has_value());
}

}  // namespace
}  // namespace huashu::rules
