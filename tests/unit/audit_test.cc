// huashu::check::Audit without the CLI: input order with several threads,
// shards, summary counts, diagnostics, options.

#include "huashu/check/audit.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "huashu/transcript/reader.h"

namespace huashu::check {
namespace {

// Records everything the audit hands over, in order.
class RecordingSink : public AuditSink {
 public:
  void Render(const report::ConversationResult& r, std::string* out) const override {
    *out = "rendered:" + r.id;
  }
  void OnConversation(const transcript::Conversation& c, const report::ConversationResult& r,
                      std::string_view rendered) override {
    EXPECT_EQ(c.id, r.id);
    EXPECT_EQ(rendered, "rendered:" + r.id);
    ids.push_back(r.id);
    violations.push_back(static_cast<int>(r.violations.size()));
    for (const auto& v : r.violations) {
      ++by_rule[v.rule];
      if (v.turn) context.push_back(v.turn_text);  // turn findings have a context
    }
  }
  void OnDiagnostic(const report::Diagnostic& d) override { diagnostics.push_back(d); }

  std::vector<std::string> ids;
  std::vector<int> violations;
  std::map<std::string, int> by_rule;
  std::vector<std::string> context;
  std::vector<report::Diagnostic> diagnostics;
};

// JSON Lines of `n` chats c-0 ... c-(n-1); every third has an impatient
// agent (a forbidden phrase), agents a0..a3; `bad` lines (not JSON) after
// every 100th record.
std::string Chats(int n, bool bad = false) {
  std::string s;
  for (int i = 0; i < n; ++i) {
    s += "{\"id\":\"c-" + std::to_string(i) + "\",\"channel\":\"chat\",\"agent\":\"a" +
         std::to_string(i % 4) +
         "\",\"turns\":[{\"speaker\":\"customer\",\"text\":\"我的快递怎么还没到？\"},"
         "{\"speaker\":\"agent\",\"text\":\"" +
         std::string(i % 3 == 0 ? "你说什么？我听不清楚" : "您好，很高兴为您服务，请您稍等") +
         "\"}]}\n";
    if (bad && i % 100 == 0) s += "{not json\n";
  }
  return s;
}

std::vector<std::string> Ids(int from, int to, int step = 1) {
  std::vector<std::string> ids;
  for (int i = from; i < to; i += step) ids.push_back("c-" + std::to_string(i));
  return ids;
}

// Runs `audit` over `text` as one input named `name`.
void RunOver(Audit* audit, const std::string& text, RecordingSink* sink,
             const std::string& name = "mem.jsonl") {
  std::string buf = text;
  std::FILE* f = buf.empty() ? std::tmpfile() : fmemopen(buf.data(), buf.size(), "rb");
  ASSERT_NE(f, nullptr);
  auto reader = transcript::OpenReader(transcript::InputFormat::kJsonl,
                                       std::make_unique<transcript::LineSource>(f, name), {});
  audit->Run(reader.get(), sink);
}

AuditOptions Threads(int n) {
  AuditOptions o;
  o.threads = n;
  return o;
}

TEST(Audit, KeepsInputOrderWithSeveralThreads) {
  const std::string input = Chats(3000);  // several batches
  RecordingSink one, four;
  {
    Audit audit(Threads(1));
    RunOver(&audit, input, &one);
  }
  {
    AuditOptions o = Threads(4);
    o.max_batches = 3;
    Audit audit(o);
    RunOver(&audit, input, &four);
  }
  EXPECT_EQ(one.ids, Ids(0, 3000));
  EXPECT_EQ(four.ids, one.ids);
  EXPECT_EQ(four.violations, one.violations);
  EXPECT_GT(one.by_rule.size(), 0u) << "the impatient agent is found";
}

// A batch frees its items after some uses (memory flat in input size): the
// records read into fresh items after that are checked as before.
TEST(Audit, ResultsStayTheSameWhenBatchesFreeTheirItems) {
  const int n = 30000;  // 59 batches of 512 over at most 3 batches in flight: 19 uses each
  AuditOptions o = Threads(2);
  o.max_batches = 2;
  Audit audit(o);
  RecordingSink sink;
  RunOver(&audit, Chats(n, /*bad=*/true), &sink);
  ASSERT_EQ(sink.ids, Ids(0, n));
  for (int i = 3; i < n; ++i) ASSERT_EQ(sink.violations[i], sink.violations[i % 3]) << i;
  EXPECT_GT(sink.violations[0], 0);
  EXPECT_EQ(sink.diagnostics.size(), size_t{n / 100});
}

TEST(Audit, ShardCountsRecordsOverEveryInput) {
  AuditOptions o = Threads(2);
  o.shard = 1;
  o.shards = 3;
  Audit audit(o);
  RecordingSink sink;
  RunOver(&audit, Chats(10), &sink, "a.jsonl");  // records 0-9: keeps 1, 4, 7
  RunOver(&audit, Chats(10), &sink, "b.jsonl");  // records 10-19: keeps 10, 13, 16, 19
  EXPECT_EQ(sink.ids, (std::vector<std::string>{"c-1", "c-4", "c-7", "c-0", "c-3", "c-6", "c-9"}));
  EXPECT_EQ(audit.summary().checked(), 7);
}

TEST(Audit, BadShardAndUnknownDisabledRuleAreUsageErrors) {
  AuditOptions o;
  o.shard = 3;
  o.shards = 3;
  EXPECT_THROW(Audit{o}, AuditError);
  AuditOptions d;
  d.disabled = {"no.such.rule"};
  EXPECT_THROW(Audit{d}, AuditError);
}

TEST(Audit, SummaryCountsByRuleSeverityAndAgent) {
  Audit audit(Threads(2));
  RecordingSink sink;
  RunOver(&audit, Chats(40), &sink);
  const report::Summary& s = audit.Finish();
  EXPECT_EQ(s.checked(), 40);
  EXPECT_EQ(s.rejected(), 0);
  int total = 0;
  for (int n : sink.violations) total += n;
  EXPECT_EQ(s.violations(), total);
  EXPECT_EQ(s.by_rule(), sink.by_rule);
  ASSERT_EQ(s.by_agent().size(), 4u);
  EXPECT_EQ(s.by_agent().at("a0").conversations, 10);
  int by_severity = 0;
  for (const auto& [sev, n] : s.by_severity()) by_severity += n;
  EXPECT_EQ(by_severity, total);
  EXPECT_EQ(s.rulebooks(), (std::vector<std::string>{"base", "pii", "chat", "ad_law"}));
  // The rules in force: every rule of the books applied, fired or not.
  EXPECT_GT(s.rules().size(), s.by_rule().size());
  for (const auto& [id, n] : s.by_rule()) EXPECT_TRUE(s.rules().count(id)) << id;
}

TEST(Audit, FailingFollowsFailOn) {
  {
    Audit audit(Threads(1));
    RecordingSink sink;
    RunOver(&audit, Chats(3), &sink);
    EXPECT_TRUE(audit.failing());
  }
  {
    AuditOptions o = Threads(1);
    o.fail_on = "never";
    Audit audit(o);
    RecordingSink sink;
    RunOver(&audit, Chats(3), &sink);
    EXPECT_FALSE(audit.failing());
  }
}

TEST(Audit, CountsEveryDiagnosticAndKeepsTheFirst) {
  AuditOptions o = Threads(2);
  o.kept_diagnostics = 2;
  Audit audit(o);
  RecordingSink sink;
  RunOver(&audit, Chats(1000, /*bad=*/true), &sink, "bad.jsonl");
  audit.AddInputDiagnostic({"missing.jsonl", 0, 0, "cannot open: No such file or directory"},
                           &sink);
  EXPECT_EQ(sink.ids.size(), 1000u);
  EXPECT_EQ(audit.summary().rejected(), 10) << "bad lines; not the file that did not open";
  EXPECT_EQ(audit.diagnostic_count(), 11u);
  ASSERT_EQ(sink.diagnostics.size(), 11u);
  ASSERT_EQ(audit.diagnostics().size(), 2u);
  EXPECT_EQ(audit.diagnostics()[0].line, 2u);  // after record c-0 on line 1
  EXPECT_EQ(sink.diagnostics[1].line, 103u);
  EXPECT_EQ(sink.diagnostics.back().file, "missing.jsonl");
  for (size_t i = 0; i < 10; ++i) {
    EXPECT_EQ(sink.diagnostics[i].file, "bad.jsonl");
    EXPECT_TRUE(sink.diagnostics[i].dropped);
  }
}

TEST(Audit, NotesAConversationWithoutAgentTurn) {
  Audit audit(Threads(1));
  RecordingSink sink;
  RunOver(&audit, "{\"id\":\"x\",\"turns\":[{\"speaker\":\"customer\",\"text\":\"在吗\"}]}\n",
          &sink);
  // Not a clean pass: a diagnostic naming the speakers seen, not scored,
  // not handed on as a checked conversation.
  ASSERT_EQ(sink.diagnostics.size(), 1u);
  EXPECT_TRUE(sink.diagnostics[0].dropped);
  EXPECT_NE(sink.diagnostics[0].message.find("no agent turn"), std::string::npos);
  EXPECT_NE(sink.diagnostics[0].message.find("speakers seen: customer"), std::string::npos)
      << sink.diagnostics[0].message;
  EXPECT_TRUE(sink.ids.empty());
  EXPECT_EQ(audit.summary().rejected(), 1);
  EXPECT_EQ(audit.summary().no_agent(), 1);
  EXPECT_EQ(audit.summary().checked(), 0);
}

TEST(Audit, BuildsTheContextWindowOnlyWhenAsked) {
  for (bool context : {true, false}) {
    AuditOptions o = Threads(1);
    o.context = context;
    Audit audit(o);
    RecordingSink sink;
    RunOver(&audit, Chats(1), &sink);
    ASSERT_FALSE(sink.context.empty());
    for (const std::string& t : sink.context) EXPECT_EQ(t.empty(), !context) << t;
  }
}

TEST(Audit, EmptyInput) {
  Audit audit(Threads(2));
  RecordingSink sink;
  RunOver(&audit, "", &sink);
  EXPECT_TRUE(sink.ids.empty());
  EXPECT_EQ(audit.Finish().checked(), 0);
  EXPECT_TRUE(audit.summary().rules().empty()) << "no book was applied";
}

}  // namespace
}  // namespace huashu::check
