// The rulebook loader: every error is a RulebookError positioned at the
// offending node ("file:line:col: message"), books layer through extends /
// override / disable, named sets travel between books, and rule examples are
// parsed from strings, lists and {channel, turns} maps.

#include "huashu/rules/rulebook.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "huashu/rules/compiled.h"
#include "huashu/rules/embedded.h"

namespace huashu::rules {
namespace {

using transcript::Channel;
using transcript::EventType;
using transcript::Speaker;

struct LoadResult {
  bool thrown = false;
  std::string what;
  SourcePos pos;
};

// Loads `yaml` as "t.yaml" and compiles it; returns the error, if any.
LoadResult Load(std::string_view yaml) {
  LoadResult r;
  try {
    RulebookLoader loader;
    loader.AddText(yaml, "t.yaml");
    CompiledRulebook book(loader.Finish());
  } catch (const RulebookError& e) {
    r.thrown = true;
    r.what = e.what();
    r.pos = e.pos();
  }
  return r;
}

// Checks that loading `yaml` fails at line:col (col 0: any column) with a
// message containing `needle`, and that what() starts with "t.yaml:line:col: ".
::testing::AssertionResult FailsAt(std::string_view yaml, int line, int col,
                                   std::string_view needle) {
  const LoadResult r = Load(yaml);
  if (!r.thrown) return ::testing::AssertionFailure() << "no RulebookError";
  if (r.pos.file != "t.yaml" || r.pos.line != line || (col != 0 && r.pos.column != col))
    return ::testing::AssertionFailure()
           << "error at " << r.pos.ToString() << ", expected t.yaml:" << line << ":" << col
           << " (what: " << r.what << ")";
  const std::string prefix = r.pos.ToString() + ": ";
  if (r.what.rfind(prefix, 0) != 0)
    return ::testing::AssertionFailure()
           << "what() does not start with '" << prefix << "': " << r.what;
  if (r.what.find(needle) == std::string::npos)
    return ::testing::AssertionFailure() << "what() lacks '" << needle << "': " << r.what;
  return ::testing::AssertionSuccess();
}

// ---------------------------------------------------------------- valid books

TEST(RulebookLoader, LoadsAValidBook) {
  RulebookLoader loader;
  loader.AddText(R"(name: t
description: 测试
rules:
  - id: forbidden.bad
    type: forbidden
    category: forbidden
    severity: error
    speaker: any
    channel: chat
    description: 不许说坏
    words: [坏, 很坏]
    allow: [不坏]
    variants:
      noise: 2
      homophones: true
      repeats: true
    message: "不当用语「{match}」"
    suggestion: 请换个说法
)",
                 "t.yaml");
  Rulebook book = loader.Finish();
  ASSERT_EQ(book.rules().size(), 1u);
  ASSERT_EQ(book.books().size(), 1u);
  EXPECT_EQ(book.books()[0], "t");
  const Rule* r = book.Find("forbidden.bad");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->type->name(), "forbidden");
  EXPECT_EQ(r->category, Category::kForbidden);
  EXPECT_EQ(r->severity, Severity::kError);
  EXPECT_EQ(r->speaker, SpeakerScope::kAny);
  EXPECT_EQ(r->channel, ChannelScope::kChat);
  EXPECT_EQ(r->message, "不当用语「{match}」");
  EXPECT_EQ(r->suggestion, "请换个说法");
  EXPECT_EQ(r->variants.noise, 2);
  EXPECT_TRUE(r->variants.homophones);
  EXPECT_TRUE(r->variants.repeats);
  EXPECT_EQ(r->book, "t");
  EXPECT_EQ(r->pos.file, "t.yaml");
  EXPECT_EQ(r->pos.line, 4);
  auto words = r->Lists("words");
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(words[0]->phrases, (std::vector<std::string>{"坏", "很坏"}));
  ASSERT_EQ(words[0]->positions.size(), 2u);
  EXPECT_EQ(words[0]->positions[1].line, 11);
  ASSERT_EQ(r->Lists("allow").size(), 1u);
  EXPECT_EQ(book.Find("nothing"), nullptr);
  // Defaults.
  RulebookLoader l2;
  l2.AddText(
      "name: d\nrules:\n  - {id: x, type: forbidden, category: forbidden, words: [坏], message: "
      "m}\n",
      "d.yaml");
  Rulebook dbook = l2.Finish();
  const Rule* d = dbook.Find("x");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::kWarning);
  EXPECT_EQ(d->speaker, SpeakerScope::kAgent);
  EXPECT_EQ(d->channel, ChannelScope::kAny);
}

TEST(RulebookLoader, NamedSetsExpandInPhraseLists) {
  RulebookLoader loader;
  loader.AddText(R"(name: t
sets:
  thanks: [谢谢, 感谢]
rules:
  - id: r
    type: forbidden
    category: forbidden
    words: ["@thanks", 多谢]
    message: m
)",
                 "t.yaml");
  Rulebook book = loader.Finish();
  const Rule* r = book.Find("r");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->Lists("words")[0]->phrases, (std::vector<std::string>{"谢谢", "感谢", "多谢"}));
}

// ---------------------------------------------------------------- unknown keys

TEST(RulebookErrors, UnknownKeyAtRuleLevel) {
  EXPECT_TRUE(FailsAt(R"(name: t
rules:
  - id: r1
    type: forbidden
    category: forbidden
    wrods: [坏]
    words: [坏]
    message: m
)",
                      6, 5, "wrods"));
}

TEST(RulebookErrors, UnknownKeyAtBookLevel) {
  EXPECT_TRUE(FailsAt("name: t\nrulez: []\n", 2, 1, "rulez"));
}

TEST(RulebookErrors, KeyOfAnotherTypeIsUnknown) {
  // max_seconds belongs to timing rules, not to forbidden ones.
  EXPECT_TRUE(FailsAt(R"(name: t
rules:
  - id: r1
    type: forbidden
    category: forbidden
    words: [坏]
    max_seconds: 3
    message: m
)",
                      7, 5, "max_seconds"));
}

TEST(RulebookErrors, UnknownKeyInsideVariants) {
  EXPECT_TRUE(FailsAt(R"(name: t
rules:
  - id: r1
    type: forbidden
    category: forbidden
    words: [坏]
    message: m
    variants:
      noise: 1
      homophone: true
)",
                      10, 7, "homophone"));
}

TEST(RulebookErrors, UnknownKeyInsideScope) {
  EXPECT_TRUE(FailsAt(R"(name: t
rules:
  - id: r1
    type: required
    category: greeting
    message: m
    any_of: [您好]
    scope:
      frist: 1
)",
                      9, 7, "frist"));
}

TEST(RulebookErrors, UnknownKeyInsideWithin) {
  EXPECT_TRUE(FailsAt(R"(name: t
rules:
  - id: r1
    type: respond
    category: response
    message: m
    trigger: {any_of: [谢谢]}
    expect: {any_of: [不客气]}
    within:
      turns: 1
      secs: 3
)",
                      11, 7, "secs"));
}

TEST(RulebookErrors, UnknownKeyInsideAllOfGroup) {
  EXPECT_TRUE(FailsAt(R"(name: t
rules:
  - id: r1
    type: required
    category: closing
    message: m
    scope: {last: 3}
    all_of:
      - name: 告别
        any_of: [再见]
        anyof: [拜拜]
)",
                      11, 9, "anyof"));
}

TEST(RulebookErrors, UnknownKeyInsideTrigger) {
  EXPECT_TRUE(FailsAt(R"(name: t
rules:
  - id: r1
    type: respond
    category: response
    message: m
    trigger:
      any_of: [谢谢]
      speeker: customer
    expect: {any_of: [不客气]}
)",
                      9, 7, "speeker"));
}

// ---------------------------------------------------------------- ids and layering errors

TEST(RulebookErrors, DuplicateIdInOneBook) {
  EXPECT_TRUE(FailsAt(R"(name: t
rules:
  - id: r1
    type: forbidden
    category: forbidden
    words: [坏]
    message: m
  - id: r1
    type: forbidden
    category: forbidden
    words: [差]
    message: m
)",
                      8, 9, "r1"));
}

TEST(RulebookErrors, DuplicateIdIsAnErrorEvenWithOverride) {
  const LoadResult r = Load(R"(name: t
rules:
  - id: r1
    type: forbidden
    category: forbidden
    words: [坏]
    message: m
  - id: r1
    type: forbidden
    category: forbidden
    words: [差]
    message: m
    override: true
)");
  ASSERT_TRUE(r.thrown);
  EXPECT_EQ(r.pos.line, 8) << r.what;
}

TEST(RulebookErrors, OverrideWithoutInheritedRule) {
  const LoadResult r = Load(R"(name: t
rules:
  - id: r1
    type: forbidden
    category: forbidden
    words: [坏]
    message: m
    override: true
)");
  ASSERT_TRUE(r.thrown);
  EXPECT_EQ(r.pos.line, 8);
  EXPECT_TRUE(r.pos.column == 5 || r.pos.column == 15) << r.what;
  EXPECT_EQ(r.what.rfind(r.pos.ToString() + ": ", 0), 0u) << r.what;
  EXPECT_NE(r.what.find("r1"), std::string::npos) << r.what;
}

TEST(RulebookErrors, RedefinitionWithoutOverride) {
  RulebookLoader loader;
  loader.AddText(R"(name: a
rules:
  - id: r1
    type: forbidden
    category: forbidden
    words: [坏]
    message: m
)",
                 "a.yaml");
  try {
    loader.AddText(R"(name: b
rules:
  - id: r2
    type: forbidden
    category: forbidden
    words: [差]
    message: m
  - id: r1
    type: forbidden
    category: forbidden
    words: [差]
    message: m
)",
                   "b.yaml");
    FAIL() << "no RulebookError";
  } catch (const RulebookError& e) {
    EXPECT_EQ(e.pos().file, "b.yaml");
    EXPECT_EQ(e.pos().line, 8);
    EXPECT_EQ(e.pos().column, 9);
    const std::string what = e.what();
    EXPECT_EQ(what.rfind("b.yaml:8:9: ", 0), 0u) << what;
    EXPECT_NE(what.find("a.yaml:3"), std::string::npos) << "names the first definition: " << what;
    EXPECT_NE(what.find("override"), std::string::npos) << what;
  }
}

TEST(RulebookErrors, DisableOfUnknownId) {
  EXPECT_TRUE(FailsAt(R"(name: t
disable:
  - no.such.rule
rules: []
)",
                      3, 5, "no.such.rule"));
}

TEST(RulebookErrors, ExtendsOfUnknownBook) {
  EXPECT_TRUE(FailsAt("name: t\nextends: [no_such_book_xyz]\n", 2, 11, "no_such_book_xyz"));
}

TEST(RulebookErrors, MissingName) {
  const LoadResult r = Load("rules: []\n");
  ASSERT_TRUE(r.thrown);
  EXPECT_EQ(r.what.rfind("t.yaml:", 0), 0u) << r.what;
}

// ---------------------------------------------------------------- phrase errors

TEST(RulebookErrors, EmptyWordList) {
  EXPECT_TRUE(FailsAt(R"(name: t
rules:
  - id: r1
    type: forbidden
    category: forbidden
    words: []
    message: m
)",
                      6, 12, "empty"));
}

TEST(RulebookErrors, EmptyAnyOf) {
  EXPECT_TRUE(FailsAt(R"(name: t
rules:
  - id: r1
    type: required
    category: greeting
    scope: {first: 1}
    message: m
    any_of: []
)",
                      8, 13, "empty"));
}

TEST(RulebookErrors, PhraseThatFoldsToNothingIsCaughtAtCompilation) {
  const std::string yaml = R"(name: t
rules:
  - id: r1
    type: forbidden
    category: forbidden
    words:
      - 坏
      - "***"
    message: m
)";
  // The loader accepts it; compilation rejects it at the phrase.
  RulebookLoader loader;
  ASSERT_NO_THROW(loader.AddText(yaml, "t.yaml"));
  EXPECT_TRUE(FailsAt(yaml, 8, 9, "***"));
}

TEST(RulebookErrors, PhraseOfOnlyIgnorableCharactersIsCaught) {
  EXPECT_TRUE(FailsAt(R"(name: t
rules:
  - id: r1
    type: required
    category: greeting
    scope: {first: 1}
    message: m
    any_of:
      - 您好
      - "\u200B\uFE0F"
)",
                      10, 9, "r1"));
}

TEST(RulebookErrors, UnknownNamedSet) {
  EXPECT_TRUE(FailsAt(R"(name: t
rules:
  - id: r1
    type: forbidden
    category: forbidden
    words:
      - 坏
      - "@nosuch"
    message: m
)",
                      8, 9, "@nosuch"));
}

// ---------------------------------------------------------------- bad values

constexpr const char* kHead = "name: t\nrules:\n  - id: r1\n";

TEST(RulebookErrors, UnknownType) {
  EXPECT_TRUE(
      FailsAt(std::string(kHead) +
                  "    type: forbiden\n    category: forbidden\n    words: [坏]\n    message: m\n",
              4, 11, "forbiden"));
}

TEST(RulebookErrors, UnknownCategory) {
  EXPECT_TRUE(
      FailsAt(std::string(kHead) +
                  "    type: forbidden\n    category: rudeness\n    words: [坏]\n    message: m\n",
              5, 15, "rudeness"));
}

TEST(RulebookErrors, UnknownSeverity) {
  EXPECT_TRUE(FailsAt(std::string(kHead) +
                          "    type: forbidden\n    category: forbidden\n    severity: fatal\n"
                          "    words: [坏]\n    message: m\n",
                      6, 15, "fatal"));
}

TEST(RulebookErrors, UnknownSpeaker) {
  EXPECT_TRUE(FailsAt(std::string(kHead) +
                          "    type: forbidden\n    category: forbidden\n    speaker: boss\n"
                          "    words: [坏]\n    message: m\n",
                      6, 14, "boss"));
}

TEST(RulebookErrors, UnknownSpeakerInTrigger) {
  EXPECT_TRUE(FailsAt(std::string(kHead) +
                          "    type: respond\n    category: response\n    message: m\n"
                          "    trigger:\n      speaker: boss\n      any_of: [谢谢]\n"
                          "    expect: {any_of: [不客气]}\n",
                      8, 16, "speaker"));
}

TEST(RulebookErrors, UnknownChannel) {
  EXPECT_TRUE(FailsAt(std::string(kHead) +
                          "    type: forbidden\n    category: forbidden\n    channel: fax\n"
                          "    words: [坏]\n    message: m\n",
                      6, 14, "fax"));
}

TEST(RulebookErrors, UnknownEvent) {
  EXPECT_TRUE(FailsAt(std::string(kHead) +
                          "    type: event\n    category: hold\n    event: explode\n"
                          "    any_of: [稍等]\n    message: m\n",
                      6, 12, "explode"));
}

TEST(RulebookErrors, NumberThatIsNotANumber) {
  EXPECT_TRUE(FailsAt(
      std::string(kHead) +
          "    type: hold_limit\n    category: hold\n    max_seconds: abc\n    message: m\n",
      6, 18, "abc"));
  EXPECT_TRUE(
      FailsAt(std::string(kHead) +
                  "    type: hold_limit\n    category: hold\n    max_seconds: 5s\n    message: m\n",
              6, 18, "5s"));
}

TEST(RulebookErrors, NotANumberIsNotANumber) {
  // "nan" must not slip through as a limit that no comparison can exceed
  // (the rule would silently never fire).
  const LoadResult r =
      Load(std::string(kHead) +
           "    type: gap\n    category: dead_air\n    max_seconds: nan\n    message: m\n");
  EXPECT_TRUE(r.thrown);
  EXPECT_EQ(r.pos.line, 6);
  EXPECT_EQ(r.pos.column, 18);
}

TEST(RulebookErrors, NegativeNumber) {
  EXPECT_TRUE(
      FailsAt(std::string(kHead) +
                  "    type: gap\n    category: dead_air\n    max_seconds: -1\n    message: m\n",
              6, 18, "max_seconds"));
}

TEST(RulebookErrors, FractionWhereAWholeNumberIsNeeded) {
  EXPECT_TRUE(FailsAt(std::string(kHead) +
                          "    type: respond\n    category: response\n    message: m\n"
                          "    trigger: {any_of: [谢谢]}\n    expect: {any_of: [不客气]}\n"
                          "    within:\n      turns: 1.5\n",
                      10, 14, "whole"));
}

TEST(RulebookErrors, NumberInVariants) {
  EXPECT_TRUE(
      FailsAt(std::string(kHead) +
                  "    type: forbidden\n    category: forbidden\n    words: [坏]\n    message: m\n"
                  "    variants:\n      noise: lots\n",
              9, 14, "lots"));
}

TEST(RulebookErrors, BadBoolean) {
  EXPECT_TRUE(
      FailsAt(std::string(kHead) +
                  "    type: forbidden\n    category: forbidden\n    words: [坏]\n    message: m\n"
                  "    variants:\n      repeats: maybe\n",
              9, 16, "maybe"));
}

// ---------------------------------------------------------------- YAML syntax

TEST(RulebookErrors, YamlSyntaxErrorsCarryTheirMark) {
  EXPECT_TRUE(FailsAt("name: t\nrules:\n  - id: a: b\n", 3, 10, ""));
  EXPECT_TRUE(FailsAt("name: t\n\tdescription: x\n", 2, 1, ""));
  EXPECT_TRUE(FailsAt("name: t\nrules:\n  - id: a\n    words: [x, y]]\n", 4, 18, ""));
  // The line is what matters most to an author.
  const LoadResult r = Load("name: t\nrules:\n  - id: a\n   type: forbidden\n");
  ASSERT_TRUE(r.thrown);
  EXPECT_EQ(r.pos.line, 4) << r.what;
  EXPECT_EQ(r.what.rfind(r.pos.ToString() + ": ", 0), 0u);
}

// ---------------------------------------------------------------- files: extends, sets, cycles

class RulebookFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("rulebook_" + std::string(info->name()) + "_" + std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Write(const std::string& name, std::string_view text) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::filesystem::path dir_;
};

TEST_F(RulebookFiles, ExtendsResolvesAFileBesideTheBook) {
  Write("parent.yaml", R"(name: parent
rules:
  - id: p
    type: forbidden
    category: forbidden
    words: [坏]
    message: m
)");
  const std::string child = Write("child.yaml", R"(name: child
extends: [parent]
rules:
  - id: c
    type: forbidden
    category: forbidden
    words: [差]
    message: m
)");
  RulebookLoader loader;
  loader.AddFile(child);
  Rulebook book = loader.Finish();
  EXPECT_EQ(book.books(), (std::vector<std::string>{"parent", "child"}));
  ASSERT_EQ(book.rules().size(), 2u);
  EXPECT_EQ(book.rules()[0].id, "p");
  EXPECT_EQ(book.rules()[0].book, "parent");
  EXPECT_EQ(book.rules()[1].id, "c");
}

TEST_F(RulebookFiles, NamedSetsAreInheritedAcrossBooks) {
  Write("sets.yaml", R"(name: sets
sets:
  goodbye: [再见, 拜拜]
)");
  const std::string child = Write("child.yaml", R"(name: child
extends: [sets]
rules:
  - id: closing
    type: required
    category: closing
    scope: {last: 2}
    any_of: ["@goodbye", 欢迎下次光临]
    message: m
)");
  RulebookLoader loader;
  loader.AddFile(child);
  Rulebook book = loader.Finish();
  const Rule* r = book.Find("closing");
  ASSERT_NE(r, nullptr);
  ASSERT_EQ(r->Lists("group").size(), 1u);
  EXPECT_EQ(r->Lists("group")[0]->phrases,
            (std::vector<std::string>{"再见", "拜拜", "欢迎下次光临"}));
  // Also for a book added later to the same loader.
  loader.AddText(
      "name: later\nrules:\n  - {id: l, type: forbidden, category: forbidden, "
      "words: [\"@goodbye\"], message: m}\n",
      "later.yaml");
  EXPECT_EQ(loader.Finish().Find("l")->Lists("words")[0]->phrases.size(), 2u);
}

TEST_F(RulebookFiles, ExtendsCycleIsAnError) {
  const std::string a = Write("a.yaml", "name: a\nextends: [b]\nrules: []\n");
  Write("b.yaml", "name: b\nextends: [a]\nrules: []\n");
  RulebookLoader loader;
  try {
    loader.AddFile(a);
    FAIL() << "no RulebookError";
  } catch (const RulebookError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("cycle"), std::string::npos) << what;
    EXPECT_GT(e.pos().line, 0) << what;
    EXPECT_EQ(what.rfind(e.pos().ToString() + ": ", 0), 0u) << what;
    EXPECT_NE(e.pos().file.find("a.yaml"), std::string::npos) << what;
  }
}

TEST_F(RulebookFiles, SelfExtensionIsACycle) {
  const std::string a = Write("self.yaml", "name: self\nextends: [self]\nrules: []\n");
  RulebookLoader loader;
  try {
    loader.AddFile(a);
    FAIL() << "no RulebookError";
  } catch (const RulebookError& e) {
    EXPECT_NE(std::string(e.what()).find("cycle"), std::string::npos) << e.what();
  }
}

TEST_F(RulebookFiles, ErrorsInAnExtendedFileNameThatFile) {
  Write("broken.yaml", "name: broken\nrules:\n  - id: x\n    type: nonsense\n");
  const std::string top = Write("top.yaml", "name: top\nextends: [broken]\n");
  RulebookLoader loader;
  try {
    loader.AddFile(top);
    FAIL() << "no RulebookError";
  } catch (const RulebookError& e) {
    EXPECT_NE(e.pos().file.find("broken.yaml"), std::string::npos) << e.what();
    EXPECT_EQ(e.pos().line, 4);
    EXPECT_EQ(e.pos().column, 11);
  }
}

TEST_F(RulebookFiles, MissingFileIsAnError) {
  RulebookLoader loader;
  EXPECT_THROW(loader.AddFile((dir_ / "nope.yaml").string()), RulebookError);
}

// ---------------------------------------------------------------- embedded books and layering

// The first rule of the embedded base book (whatever it currently is).
const Rule& FirstBaseRule() {
  static const Rulebook book = [] {
    RulebookLoader l;
    l.AddEmbedded("base");
    return l.Finish();
  }();
  return book.rules().at(0);
}

TEST(RulebookLayering, EmbeddedBooksExist) {
  EXPECT_TRUE(HasEmbeddedBook("base"));
  EXPECT_TRUE(HasEmbeddedBook("platform/jd"));
  EXPECT_FALSE(HasEmbeddedBook("no_such_book"));
  auto books = EmbeddedBooks();
  ASSERT_FALSE(books.empty());
  for (size_t i = 1; i < books.size(); ++i)
    EXPECT_LT(std::string_view(books[i - 1].name), std::string_view(books[i].name))
        << "sorted by name";
  RulebookLoader loader;
  EXPECT_THROW(loader.AddEmbedded("no_such_book"), RulebookError);
}

TEST(RulebookLayering, ExtendsAnEmbeddedBookByName) {
  RulebookLoader base_only;
  base_only.AddEmbedded("base");
  const size_t base_rules = base_only.Finish().rules().size();
  ASSERT_GT(base_rules, 0u);

  RulebookLoader loader;
  loader.AddText(R"(name: mine
extends: [base]
rules:
  - id: mine.extra
    type: forbidden
    category: forbidden
    words: [某某某]
    message: m
)",
                 "mine.yaml");
  Rulebook book = loader.Finish();
  EXPECT_EQ(book.books(), (std::vector<std::string>{"base", "mine"}));
  EXPECT_EQ(book.rules().size(), base_rules + 1);
  ASSERT_NE(book.Find(FirstBaseRule().id), nullptr);
  EXPECT_EQ(book.Find(FirstBaseRule().id)->book, "base");
  EXPECT_EQ(book.Find("mine.extra")->book, "mine");
  // The layered book compiles.
  EXPECT_NO_THROW(CompiledRulebook compiled(std::move(book)));
}

TEST(RulebookLayering, ExtendingTheSameBookTwiceLoadsItOnce) {
  RulebookLoader loader;
  loader.AddEmbedded("base");
  const size_t n = loader.Finish().rules().size();
  loader.AddText("name: again\nextends: [base]\nrules: []\n", "again.yaml");
  EXPECT_EQ(loader.Finish().rules().size(), n);
  loader.AddEmbedded("base");
  EXPECT_EQ(loader.Finish().rules().size(), n);
}

TEST(RulebookLayering, OverrideReplacesAnInheritedRule) {
  const std::string id = FirstBaseRule().id;
  RulebookLoader base_only;
  base_only.AddEmbedded("base");
  const size_t base_rules = base_only.Finish().rules().size();

  RulebookLoader loader;
  loader.AddText("name: mine\nextends: [base]\nrules:\n  - id: " + id +
                     "\n    type: forbidden\n    category: forbidden\n    severity: info\n"
                     "    words: [某某某]\n    message: replaced\n    override: true\n",
                 "mine.yaml");
  Rulebook book = loader.Finish();
  EXPECT_EQ(book.rules().size(), base_rules);
  const Rule* r = book.Find(id);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->message, "replaced");
  EXPECT_EQ(r->book, "mine");
  EXPECT_EQ(r->severity, Severity::kInfo);
  EXPECT_EQ(r->pos.file, "mine.yaml");
  EXPECT_EQ(r->Lists("words")[0]->phrases, std::vector<std::string>{"某某某"});
  int count = 0;
  for (const Rule& x : book.rules()) count += x.id == id;
  EXPECT_EQ(count, 1);
}

TEST(RulebookLayering, RedefiningAnEmbeddedRuleWithoutOverrideFails) {
  const std::string id = FirstBaseRule().id;
  RulebookLoader loader;
  try {
    loader.AddText(
        "name: mine\nextends: [base]\nrules:\n  - id: " + id +
            "\n    type: forbidden\n    category: forbidden\n    words: [某某某]\n    message: m\n",
        "mine.yaml");
    FAIL() << "no RulebookError";
  } catch (const RulebookError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("mine.yaml:4:9: ", 0), 0u) << e.what();
  }
}

TEST(RulebookLayering, DisableRemovesAnInheritedRule) {
  const std::string id = FirstBaseRule().id;
  RulebookLoader base_only;
  base_only.AddEmbedded("base");
  const size_t base_rules = base_only.Finish().rules().size();

  RulebookLoader loader;
  loader.AddText("name: mine\nextends: [base]\ndisable: [" + id + "]\nrules: []\n", "mine.yaml");
  Rulebook book = loader.Finish();
  EXPECT_EQ(book.Find(id), nullptr);
  EXPECT_EQ(book.rules().size(), base_rules - 1);
}

TEST(RulebookLayering, DisableWorksAcrossTextBooksOfOneLoader) {
  RulebookLoader loader;
  loader.AddText(
      "name: a\nrules:\n  - {id: x, type: forbidden, category: forbidden, words: [坏], message: "
      "m}\n"
      "  - {id: y, type: forbidden, category: forbidden, words: [差], message: m}\n",
      "a.yaml");
  loader.AddText("name: b\ndisable: [x]\n", "b.yaml");
  Rulebook book = loader.Finish();
  EXPECT_EQ(book.Find("x"), nullptr);
  EXPECT_NE(book.Find("y"), nullptr);
  EXPECT_EQ(book.books(), (std::vector<std::string>{"a", "b"}));
}

TEST(RulebookLayering, EveryEmbeddedBookLoadsAndCompiles) {
  for (const EmbeddedBook& b : EmbeddedBooks()) {
    RulebookLoader loader;
    EXPECT_NO_THROW({
      loader.AddEmbedded(b.name);
      CompiledRulebook compiled(loader.Finish());
    }) << b.name;
  }
}

// ---------------------------------------------------------------- examples

TEST(RulebookExamples, ParsedFromStringsListsAndMaps) {
  RulebookLoader loader;
  loader.AddText(R"(name: t
rules:
  - id: r1
    type: forbidden
    category: forbidden
    words: [坏]
    message: m
    examples:
      fire:
        - 你真坏
        - ["客户: 你好", "客服：你真坏"]
        - channel: call
          turns:
            - "[0.0] ring"
            - "[0.8-3.1] 客服: 坏"
            - "[3.9-6.0] 客户: 嗯"
            - "[95.2] hangup by customer"
      pass:
        - 您好
)",
                 "t.yaml");
  Rulebook book = loader.Finish();
  const Rule* r = book.Find("r1");
  ASSERT_NE(r, nullptr);
  ASSERT_EQ(r->examples.size(), 4u);

  const Example& s = r->examples[0];
  EXPECT_TRUE(s.must_fire);
  EXPECT_EQ(s.pos.file, "t.yaml");
  EXPECT_EQ(s.pos.line, 10);
  EXPECT_EQ(s.pos.column, 11);
  ASSERT_EQ(s.conversation.turns.size(), 1u);
  EXPECT_EQ(s.conversation.turns[0].speaker, Speaker::kAgent);
  EXPECT_EQ(s.conversation.turns[0].text, "你真坏");
  EXPECT_NE(s.label.find("你真坏"), std::string::npos);

  const Example& l = r->examples[1];
  EXPECT_EQ(l.pos.line, 11);
  ASSERT_EQ(l.conversation.turns.size(), 2u);
  EXPECT_EQ(l.conversation.turns[0].speaker, Speaker::kCustomer);
  EXPECT_EQ(l.conversation.turns[0].text, "你好");
  EXPECT_EQ(l.conversation.turns[1].speaker, Speaker::kAgent);
  EXPECT_EQ(l.conversation.turns[1].text, "你真坏");
  EXPECT_EQ(l.conversation.channel, Channel::kChat);

  const Example& m = r->examples[2];
  EXPECT_EQ(m.pos.line, 12);
  EXPECT_EQ(m.conversation.channel, Channel::kCall);
  ASSERT_EQ(m.conversation.turns.size(), 2u);
  EXPECT_DOUBLE_EQ(m.conversation.turns[0].start, 0.8);
  EXPECT_DOUBLE_EQ(m.conversation.turns[0].end, 3.1);
  EXPECT_EQ(m.conversation.turns[1].speaker, Speaker::kCustomer);
  ASSERT_EQ(m.conversation.events.size(), 2u);
  EXPECT_EQ(m.conversation.events[0].type, EventType::kRing);
  EXPECT_DOUBLE_EQ(m.conversation.events[0].at, 0.0);
  EXPECT_EQ(m.conversation.events[1].type, EventType::kHangup);
  EXPECT_DOUBLE_EQ(m.conversation.events[1].at, 95.2);
  ASSERT_TRUE(m.conversation.events[1].by.has_value());
  EXPECT_EQ(*m.conversation.events[1].by, Speaker::kCustomer);

  const Example& p = r->examples[3];
  EXPECT_FALSE(p.must_fire);
  EXPECT_EQ(p.pos.line, 19);
  ASSERT_EQ(p.conversation.turns.size(), 1u);
  EXPECT_EQ(p.conversation.turns[0].text, "您好");
}

TEST(RulebookExamples, StringExampleIsATurnOfTheRulesSpeaker) {
  RulebookLoader loader;
  loader.AddText(R"(name: t
rules:
  - id: r1
    type: forbidden
    category: forbidden
    speaker: customer
    channel: call
    words: [投诉]
    message: m
    examples:
      fire: [我要投诉]
)",
                 "t.yaml");
  Rulebook book = loader.Finish();
  const Rule* r = book.Find("r1");
  ASSERT_NE(r, nullptr);
  ASSERT_EQ(r->examples.size(), 1u);
  ASSERT_EQ(r->examples[0].conversation.turns.size(), 1u);
  EXPECT_EQ(r->examples[0].conversation.turns[0].speaker, Speaker::kCustomer);
  // A call rule's examples are calls.
  EXPECT_EQ(r->examples[0].conversation.channel, Channel::kCall);
}

constexpr const char* kExampleHead = R"(name: t
rules:
  - id: r1
    type: forbidden
    category: forbidden
    words: [坏]
    message: m
    examples:
      fire:
        - 你真坏
)";

TEST(RulebookExamples, BadLineInAListReportsTheExamplesPosition) {
  EXPECT_TRUE(FailsAt(std::string(kExampleHead) + "        - [\"客户: 你好\", \"客服 没有冒号\"]\n",
                      11, 11, "客服 没有冒号"));
}

TEST(RulebookExamples, BadLineInAMapReportsTheExamplesPosition) {
  EXPECT_TRUE(
      FailsAt(std::string(kExampleHead) +
                  "        - channel: call\n          turns:\n            - \"老板: 你好\"\n",
              11, 11, "老板"));
}

TEST(RulebookExamples, BadTimeInAnExampleLine) {
  EXPECT_TRUE(
      FailsAt(std::string(kExampleHead) + "        - [\"[abc] 客服: 你真坏\"]\n", 11, 11, "abc"));
}

TEST(RulebookExamples, UnknownKeyOrChannelInAMapExample) {
  EXPECT_TRUE(FailsAt(
      std::string(kExampleHead) + "        - chanel: call\n          turns: [\"客服: 坏\"]\n", 11,
      11, "chanel"));
  EXPECT_TRUE(
      FailsAt(std::string(kExampleHead) + "        - {channel: fax, turns: [\"客服: 坏\"]}\n", 11,
              11, "channel"));
  EXPECT_TRUE(FailsAt(std::string(kExampleHead) + "        - {channel: call}\n", 11, 11, "turns"));
}

TEST(RulebookExamples, UnknownKeyUnderExamples) {
  EXPECT_TRUE(FailsAt(std::string(kExampleHead) + "      fires: [你真坏]\n", 11, 7, "fires"));
}

}  // namespace
}  // namespace huashu::rules
