// The scoring model (base/scoring.h): the default is the score huashu has
// always given, a book's `scoring:` section changes deductions, weights,
// the floor and auto-fail, and every mistake in the section is a rulebook
// error at its position.

#include "huashu/base/scoring.h"

#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "huashu/rules/rulebook.h"
#include "test_util.h"

namespace huashu {
namespace {

using base::ScoringModel;
using base::Violation;

Violation Finding(std::string rule, std::string severity) {
  Violation v;
  v.rule = std::move(rule);
  v.severity = std::move(severity);
  return v;
}

std::vector<Violation> Findings(int errors, int warnings, int infos) {
  std::vector<Violation> out;
  for (int i = 0; i < errors; ++i) out.push_back(Finding("e", "error"));
  for (int i = 0; i < warnings; ++i) out.push_back(Finding("w", "warning"));
  for (int i = 0; i < infos; ++i) out.push_back(Finding("i", "info"));
  return out;
}

TEST(Scoring, DefaultIsTheScoreHuashuAlwaysGave) {
  const ScoringModel m;
  EXPECT_TRUE(m.IsDefault());
  for (int e = 0; e < 12; ++e)
    for (int w = 0; w < 8; ++w)
      for (int i = 0; i < 5; ++i) {
        const base::ScoreOutcome s = base::Score(m, Findings(e, w, i));
        EXPECT_EQ(s.score, std::max(0, 100 - 10 * e - 3 * w - i)) << e << " " << w << " " << i;
        EXPECT_TRUE(s.failed_by.empty());
        EXPECT_EQ(s.score, check::Score(Findings(e, w, i)));
      }
}

TEST(Scoring, SeverityDeductionsRuleDeductionsAndWeights) {
  ScoringModel m;
  m.deduct = {0, 5, 20};  // info, warning, error
  m.rules["big"].deduct = 40;
  m.rules["half"].weight = 0.5;
  EXPECT_FALSE(m.IsDefault());
  EXPECT_EQ(base::Score(m, Findings(1, 2, 7)).score, 100 - 20 - 10);
  EXPECT_EQ(base::Score(m, {Finding("big", "info")}).score, 60);  // the rule's own points
  EXPECT_EQ(base::Score(m, {Finding("half", "error")}).score, 90);
  EXPECT_EQ(base::Score(m, {Finding("half", "warning")}).score, 98);  // 97.5 rounds once
  EXPECT_EQ(base::Score(m, {Finding("half", "warning"), Finding("half", "warning")}).score, 95);
}

TEST(Scoring, FloorAndAutoFail) {
  ScoringModel m;
  m.floor = 40;
  m.fail_score = 10;
  m.rules["critical"].auto_fail = true;
  m.rules["also"].auto_fail = true;
  EXPECT_EQ(base::Score(m, Findings(9, 0, 0)).score, 40);
  EXPECT_EQ(base::Score(m, Findings(1, 0, 0)).score, 90);
  const base::ScoreOutcome s =
      base::Score(m, {Finding("also", "info"), Finding("e", "error"),
                      Finding("critical", "warning"), Finding("also", "info")});
  EXPECT_EQ(s.score, 10);  // the fail score, below the floor
  EXPECT_EQ(s.failed_by, (std::vector<std::string>{"also", "critical"}));
}

// ---- the `scoring:` section of a book ----

constexpr std::string_view kRules = R"(name: t
rules:
  - id: forbidden.rude
    type: forbidden
    category: forbidden
    severity: error
    words: [滚]
    message: 粗话
  - id: forbidden.slang
    type: forbidden
    category: forbidden
    severity: info
    words: [亲亲]
    message: 口头禅
  - id: closing.chat
    type: required
    category: closing
    scope: {last: 2}
    any_of: [再见]
    message: 缺少结束语
)";

std::string Book(std::string_view scoring) { return std::string(kRules) + std::string(scoring); }

struct Loaded {
  std::string error;  // "file:line:col: message", empty if it loaded
  ScoringModel model;
};

Loaded Load(const std::string& yaml) {
  Loaded out;
  try {
    rules::RulebookLoader loader;
    loader.AddText(yaml, "t.yaml");
    out.model = loader.Finish().scoring();
  } catch (const rules::RulebookError& e) {
    out.error = e.what();
  }
  return out;
}

TEST(ScoringSection, ABookWithoutOneScoresAsAlways) {
  const Loaded l = Load(std::string(kRules));
  ASSERT_EQ(l.error, "");
  EXPECT_TRUE(l.model.IsDefault());
}

TEST(ScoringSection, ReadsEveryKey) {
  const Loaded l = Load(Book(R"(scoring:
  deduct: {error: 25, info: 0}
  floor: 20
  fail_score: 5
  rules:
    forbidden.rude: {auto_fail: true}
    forbidden.slang: {weight: 1.5}
    closing.chat: {deduct: 7}
)"));
  ASSERT_EQ(l.error, "");
  EXPECT_EQ(l.model.deduct, (std::array<int, 3>{0, 3, 25}));
  EXPECT_EQ(l.model.floor, 20);
  EXPECT_EQ(l.model.fail_score, 5);
  EXPECT_TRUE(l.model.rules.at("forbidden.rude").auto_fail);
  EXPECT_EQ(l.model.rules.at("forbidden.slang").weight, 1.5);
  EXPECT_EQ(l.model.rules.at("closing.chat").deduct, 7);
}

TEST(ScoringSection, ChecksAreScoredByTheBooksModel) {
  const std::string yaml = Book(R"(scoring:
  floor: 50
  rules:
    forbidden.rude: {auto_fail: true}
    closing.chat: {deduct: 30}
)");
  auto r = testing::CheckWith(yaml, testing::Convo({"客服: 亲亲 在的", "客服: 好的"}));
  ASSERT_EQ(r.violations.size(), 2u);  // the slang (info) and no closing (warning)
  EXPECT_EQ(r.score, 100 - 1 - 30);
  EXPECT_TRUE(r.failed_by.empty());
  // (r.scoring pointed into the rulebook CheckWith built; it is cleared on
  // return. The scores above are the book's model at work.)
  r = testing::CheckWith(yaml, testing::Convo({"客服: 滚", "客服: 再见"}));
  EXPECT_EQ(r.score, 0);
  EXPECT_EQ(r.failed_by, (std::vector<std::string>{"forbidden.rude"}));
  r = testing::CheckWith(yaml, testing::Convo({"客服: 亲亲", "客服: 亲亲", "客服: 亲亲"}));
  EXPECT_EQ(r.score, 100 - 3 - 30);
}

TEST(ScoringSection, ARuleNotJudgedNeverDeductsNorFails) {
  // A log cut off mid-conversation: the closing rule is not judged.
  const std::string yaml = std::string(R"(name: t
rules:
  - id: closing.chat
    type: required
    category: closing
    scope: {last: 2}
    any_of: [再见]
    not_judged_if:
      - {turn: last, speaker: customer, reason: 记录在客户发言后结束}
    message: 缺少结束语
scoring:
  rules:
    closing.chat: {auto_fail: true}
)");
  auto r = testing::CheckWith(yaml, testing::Convo({"客服: 您好", "客户: 我的快递呢"}));
  EXPECT_TRUE(r.violations.empty());
  ASSERT_EQ(r.not_judged.size(), 1u);
  EXPECT_EQ(r.score, 100);
  EXPECT_TRUE(r.failed_by.empty());
  r = testing::CheckWith(yaml, testing::Convo({"客户: 我的快递呢", "客服: 在查了"}));
  EXPECT_EQ(r.score, 0);  // judged and missing: the auto-fail holds
  EXPECT_EQ(r.failed_by.size(), 1u);
}

TEST(ScoringSection, LaterBooksLayerOverEarlierOnes) {
  const std::string dir = ::testing::TempDir() + "huashu_scoring_layers/";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "base.yaml") << Book(R"(scoring:
  deduct: {error: 20}
  floor: 10
  rules:
    forbidden.rude: {auto_fail: true}
    forbidden.slang: {deduct: 2}
)");
  std::ofstream(dir + "ours.yaml") << R"(name: ours
extends: [base]
scoring:
  deduct: {warning: 4}
  rules:
    forbidden.rude: {deduct: 50}
)";
  rules::RulebookLoader loader;
  loader.AddFile(dir + "ours.yaml");
  const ScoringModel m = loader.Finish().scoring();
  EXPECT_EQ(m.deduct, (std::array<int, 3>{1, 4, 20}));
  EXPECT_EQ(m.floor, 10);
  EXPECT_FALSE(m.rules.at("forbidden.rude").auto_fail);  // the entry was replaced whole
  EXPECT_EQ(m.rules.at("forbidden.rude").deduct, 50);
  EXPECT_EQ(m.rules.at("forbidden.slang").deduct, 2);
}

TEST(ScoringSection, ErrorsNameTheirPosition) {
  struct Case {
    const char* scoring;
    const char* error;
  };
  // kRules has 20 lines: the section starts on line 21.
  const Case cases[] = {
      {"scoring: 10\n", "t.yaml:21:10: scoring is a mapping"},
      {"scoring:\n  bonus: 5\n", "t.yaml:22:3: unknown key 'bonus' in scoring"},
      {"scoring:\n  deduct: 10\n", "t.yaml:22:11: scoring.deduct is {error: N"},
      {"scoring:\n  deduct: {fatal: 50}\n", "t.yaml:22:12: unknown key 'fatal' in scoring.deduct"},
      {"scoring:\n  deduct: {error: -1}\n", "t.yaml:22:19: scoring.deduct.error must be at least"},
      {"scoring:\n  deduct: {error: ten}\n",
       "t.yaml:22:19: scoring.deduct.error must be a number, got 'ten'"},
      {"scoring:\n  deduct: {error: 2.5}\n",
       "t.yaml:22:19: scoring.deduct.error must be a whole number"},
      {"scoring:\n  floor: 101\n", "t.yaml:22:10: scoring.floor must be at most 100"},
      {"scoring:\n  fail_score: [0]\n", "t.yaml:22:15: "},
      {"scoring:\n  rules: [forbidden.rude]\n", "t.yaml:22:10: scoring.rules is a mapping"},
      {"scoring:\n  rules:\n    forbidden.rood: {deduct: 5}\n",
       "t.yaml:23:5: scoring.rules: no rule 'forbidden.rood'"},
      {"scoring:\n  rules:\n    forbidden.rude: 5\n",
       "t.yaml:23:21: scoring.rules.forbidden.rude is a mapping"},
      {"scoring:\n  rules:\n    forbidden.rude: {}\n",
       "t.yaml:23:21: scoring.rules.forbidden.rude is a mapping"},
      {"scoring:\n  rules:\n    forbidden.rude: {fail: true}\n",
       "t.yaml:23:22: unknown key 'fail' in scoring.rules.forbidden.rude"},
      {"scoring:\n  rules:\n    forbidden.rude: {deduct: 5, weight: 2}\n",
       "t.yaml:23:41: scoring.rules.forbidden.rude: give deduct (points per finding) or weight"},
      {"scoring:\n  rules:\n    forbidden.rude: {weight: 1000}\n",
       "t.yaml:23:30: scoring.rules.forbidden.rude.weight must be at most 100"},
      {"scoring:\n  rules:\n    forbidden.rude: {auto_fail: maybe}\n",
       "t.yaml:23:33: scoring.rules.forbidden.rude.auto_fail must be true or false, got 'maybe'"},
      {"scoring:\n  floor: 1\n  floor: 2\n", "t.yaml:23:3: key 'floor' written twice"},
  };
  for (const Case& c : cases) {
    const Loaded l = Load(Book(c.scoring));
    EXPECT_EQ(l.error.rfind(c.error, 0), 0u) << c.scoring << "\n got: " << l.error;
  }
}

}  // namespace
}  // namespace huashu
