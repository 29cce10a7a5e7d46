// Readers over real files: JSON Lines, chat exports, script templates and
// CSV, plus ApplyOptions, ParseIsoTime and ParseScriptLine.

#include "huashu/transcript/reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/transcript/script_line.h"

namespace huashu::transcript {
namespace {

struct ReaderOutput {
  std::vector<Conversation> convs;
  std::vector<ReadError> errors;
};

class ReaderTest : public ::testing::Test {
 protected:
  void TearDown() override {
    for (const std::string& p : files_) std::remove(p.c_str());
  }

  // Writes `content` to a fresh temp file and returns its path.
  std::string WriteFile(std::string_view content, std::string_view suffix = ".txt") {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const std::string path = ::testing::TempDir() + "reader_" + info->test_suite_name() + "_" +
                             info->name() + "_" + std::to_string(getpid()) + "_" +
                             std::to_string(files_.size()) + std::string(suffix);
    std::FILE* f = std::fopen(path.c_str(), "wb");
    EXPECT_NE(f, nullptr) << path;
    if (f) {
      std::fwrite(content.data(), 1, content.size(), f);
      std::fclose(f);
    }
    files_.push_back(path);
    return path;
  }

  // Opens a reader of `format` over `content`; `name` is the name used in
  // messages and ids (the file path when empty).
  std::unique_ptr<ConversationReader> Open(std::string_view content, InputFormat format,
                                           const ReaderOptions& options = {},
                                           std::string name = "") {
    const std::string path = WriteFile(content);
    std::FILE* f = std::fopen(path.c_str(), "rb");
    EXPECT_NE(f, nullptr);
    return OpenReader(format, std::make_unique<LineSource>(f, name.empty() ? path : name), options);
  }

  ReaderOutput ReadAll(std::string_view content, InputFormat format,
                       const ReaderOptions& options = {}, std::string name = "in") {
    ReaderOutput r;
    auto reader = Open(content, format, options, name);
    Conversation c;
    while (reader->Next(&c, &r.errors)) r.convs.push_back(c);
    return r;
  }

  std::vector<std::string> files_;
};

// ================================================================ LineSource

TEST_F(ReaderTest, LineSourceStripsLineEndsAndTheBom) {
  const std::string path = WriteFile(
      "\xEF\xBB\xBF"
      "one\r\ntwo\n\nthree");
  LineSource src(std::fopen(path.c_str(), "rb"), "x");
  EXPECT_EQ(src.Peek(3), "one");
  std::string_view line;
  ASSERT_TRUE(src.Next(&line));
  EXPECT_EQ(line, "one");
  EXPECT_EQ(src.line_number(), 1u);
  ASSERT_TRUE(src.Next(&line));
  EXPECT_EQ(line, "two");
  ASSERT_TRUE(src.Next(&line));
  EXPECT_EQ(line, "");
  ASSERT_TRUE(src.Next(&line));
  EXPECT_EQ(line, "three");
  EXPECT_EQ(src.line_number(), 4u);
  EXPECT_FALSE(src.Next(&line));
  EXPECT_EQ(src.name(), "x");
}

// ================================================================ JSON Lines

constexpr std::string_view kFullRecord =
    R"({"id": "c-0001", "channel": "call", "platform": "pinduoduo", "agent": {"id": "1428", "name": "小妮"}, )"
    R"("started_at": "2026-11-22T10:00:00+08:00", "extra": {"ignored": [1, 2]}, "turns": [)"
    R"({"speaker": "agent", "start": 0.8, "end": 3.1, "text": "您好，很高兴为您服务，请问有什么可以帮您？"}, )"
    R"({"speaker": "customer", "start": 3.9, "end": 6.0, "text": "我的快递怎么还没到？"}, )"
    R"({"speaker": "system", "start": 7, "text": "转接中"}], )"
    R"("events": [{"type": "hold_start", "at": 20.5}, {"type": "hold_end", "at": 61.0}, )"
    R"({"type": "hangup", "at": 95.2, "by": "customer"}]})";

void ExpectFullRecord(const Conversation& c) {
  EXPECT_EQ(c.id, "c-0001");
  EXPECT_EQ(c.channel, Channel::kCall);
  EXPECT_TRUE(c.channel_given);
  EXPECT_EQ(c.kind, Kind::kConversation);
  EXPECT_EQ(c.platform, "pinduoduo");
  EXPECT_EQ(c.agent_id, "1428");
  EXPECT_EQ(c.agent_name, "小妮");
  EXPECT_EQ(c.started_at, "2026-11-22T10:00:00+08:00");
  ASSERT_EQ(c.turns.size(), 3u);
  EXPECT_EQ(c.turns[0].speaker, Speaker::kAgent);
  EXPECT_EQ(c.turns[0].text, "您好，很高兴为您服务，请问有什么可以帮您？");
  EXPECT_DOUBLE_EQ(c.turns[0].start, 0.8);
  EXPECT_DOUBLE_EQ(c.turns[0].end, 3.1);
  EXPECT_EQ(c.turns[1].speaker, Speaker::kCustomer);
  EXPECT_DOUBLE_EQ(c.turns[1].start, 3.9);
  EXPECT_DOUBLE_EQ(c.turns[1].end, 6.0);
  EXPECT_EQ(c.turns[2].speaker, Speaker::kSystem);
  EXPECT_DOUBLE_EQ(c.turns[2].start, 7.0);
  ASSERT_EQ(c.events.size(), 3u);
  EXPECT_EQ(c.events[0].type, EventType::kHoldStart);
  EXPECT_DOUBLE_EQ(c.events[0].at, 20.5);
  EXPECT_FALSE(c.events[0].by.has_value());
  EXPECT_EQ(c.events[1].type, EventType::kHoldEnd);
  EXPECT_DOUBLE_EQ(c.events[1].at, 61.0);
  EXPECT_EQ(c.events[2].type, EventType::kHangup);
  ASSERT_TRUE(c.events[2].by.has_value());
  EXPECT_EQ(*c.events[2].by, Speaker::kCustomer);
}

TEST_F(ReaderTest, JsonlReadsEveryContractField) {
  auto r = ReadAll(std::string(kFullRecord) + "\n", InputFormat::kJsonl, {}, "calls.jsonl");
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.convs.size(), 1u);
  ExpectFullRecord(r.convs[0]);
  EXPECT_EQ(r.convs[0].source.file, "calls.jsonl");
  EXPECT_EQ(r.convs[0].source.line, 1u);
}

TEST_F(ReaderTest, JsonlIsSniffedByAuto) {
  auto r = ReadAll(std::string(kFullRecord) + "\n", InputFormat::kAuto);
  ASSERT_EQ(r.convs.size(), 1u);
  ExpectFullRecord(r.convs[0]);
}

TEST_F(ReaderTest, JsonlWithoutChannelLeavesItUnsaid) {
  auto r = ReadAll(R"({"id": "a", "turns": [{"speaker": "agent", "text": "您好"}]})",
                   InputFormat::kJsonl);
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_FALSE(r.convs[0].channel_given);
  EXPECT_FALSE(HasTime(r.convs[0].turns[0].start));
  EXPECT_FALSE(HasTime(r.convs[0].turns[0].end));
  EXPECT_TRUE(r.convs[0].events.empty());
}

TEST_F(ReaderTest, JsonlIsoTimesAreRelativeToStartedAt) {
  auto r =
      ReadAll(R"({"id": "t", "started_at": "2026-11-22T10:00:00+08:00", "turns": [)"
              R"({"speaker": "customer", "time": "2026-11-22T10:00:03+08:00", "text": "在吗"}, )"
              R"({"speaker": "agent", "time": "2026-11-22T02:00:05.5Z", "text": "在的"}]})",
              InputFormat::kJsonl);
  ASSERT_EQ(r.convs.size(), 1u) << (r.errors.empty() ? "" : r.errors[0].message);
  const auto& t = r.convs[0].turns;
  ASSERT_EQ(t.size(), 2u);
  EXPECT_DOUBLE_EQ(t[0].start, 3.0);
  EXPECT_DOUBLE_EQ(t[0].end, 3.0);
  EXPECT_DOUBLE_EQ(t[1].start, 5.5);
}

TEST_F(ReaderTest, JsonlIsoTimesWithoutStartedAtAreRelativeToTheFirstTurn) {
  auto r =
      ReadAll(R"({"id": "t", "turns": [)"
              R"({"speaker": "customer", "time": "2026-11-22 10:00:03", "text": "在吗"}, )"
              R"({"speaker": "agent", "time": "2026-11-22T10:00:07.25", "text": "在的"}, )"
              R"({"speaker": "agent", "time": "2026-11-22T10:01:00", "end": 62, "text": "好的"}]})",
              InputFormat::kJsonl);
  ASSERT_EQ(r.convs.size(), 1u) << (r.errors.empty() ? "" : r.errors[0].message);
  const auto& t = r.convs[0].turns;
  ASSERT_EQ(t.size(), 3u);
  EXPECT_DOUBLE_EQ(t[0].start, 0.0);
  EXPECT_DOUBLE_EQ(t[1].start, 4.25);
  EXPECT_DOUBLE_EQ(t[2].start, 57.0);
  EXPECT_DOUBLE_EQ(t[2].end, 62.0);
}

TEST_F(ReaderTest, JsonlEventsWithBy) {
  auto r = ReadAll(
      R"({"id": "e", "turns": [], "events": [{"type": "ring", "at": 0}, {"type": "answer", "at": 4}, )"
      R"({"type": "transfer", "at": 30, "by": "agent"}, {"type": "mute_start", "at": 40}, )"
      R"({"type": "mute_end", "at": 45}, {"type": "hangup", "at": 50, "by": "agent"}]})",
      InputFormat::kJsonl);
  ASSERT_EQ(r.convs.size(), 1u) << (r.errors.empty() ? "" : r.errors[0].message);
  const auto& e = r.convs[0].events;
  ASSERT_EQ(e.size(), 6u);
  EXPECT_EQ(e[0].type, EventType::kRing);
  EXPECT_EQ(e[1].type, EventType::kAnswer);
  EXPECT_DOUBLE_EQ(e[1].at, 4.0);
  EXPECT_EQ(e[2].type, EventType::kTransfer);
  EXPECT_EQ(e[2].by, Speaker::kAgent);
  EXPECT_EQ(e[3].type, EventType::kMuteStart);
  EXPECT_EQ(e[4].type, EventType::kMuteEnd);
  EXPECT_EQ(e[5].type, EventType::kHangup);
  EXPECT_EQ(e[5].by, Speaker::kAgent);
}

TEST_F(ReaderTest, JsonlNumbersAsStringsAndAgentAsString) {
  auto r = ReadAll(
      R"({"id": 42, "agent": "1428", "turns": [{"speaker": "agent", "start": "0.8", "end": "3.1", "text": "您好"}], )"
      R"("events": [{"type": "hangup", "at": "95.2"}]})",
      InputFormat::kJsonl);
  ASSERT_EQ(r.convs.size(), 1u) << (r.errors.empty() ? "" : r.errors[0].message);
  const Conversation& c = r.convs[0];
  EXPECT_EQ(c.id, "42");
  EXPECT_EQ(c.agent_id, "1428");
  EXPECT_EQ(c.agent_name, "");
  EXPECT_DOUBLE_EQ(c.turns[0].start, 0.8);
  EXPECT_DOUBLE_EQ(c.turns[0].end, 3.1);
  ASSERT_EQ(c.events.size(), 1u);
  EXPECT_DOUBLE_EQ(c.events[0].at, 95.2);
}

TEST_F(ReaderTest, JsonlAcceptsChineseSpeakerNames) {
  auto r = ReadAll(
      R"({"id": "z", "turns": [{"speaker": "客服", "text": "您好"}, {"speaker": "客户", "text": "嗯"}]})",
      InputFormat::kJsonl);
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_EQ(r.convs[0].turns[0].speaker, Speaker::kAgent);
  EXPECT_EQ(r.convs[0].turns[1].speaker, Speaker::kCustomer);
}

TEST_F(ReaderTest, JsonlBadRecordsAreReportedWithLinesAndReadingGoesOn) {
  const std::string input =
      R"({"id": "ok1", "turns": [{"speaker": "agent", "text": "您好"}]})"
      "\n"  // 1
      R"({"id": "bad", "turns": [})"
      "\n"                                                                                // 2
      "\n"                                                                                // 3
      "{\"id\": \"u\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"\xFF\xFE\"}]}\n"  // 4
      R"({"turns": [{"speaker": "agent", "text": "您好"}]})"
      "\n"  // 5
      R"({"id": "no-turns"})"
      "\n"  // 6
      R"({"id": "no-text", "turns": [{"speaker": "agent"}]})"
      "\n"  // 7
      R"({"id": "who", "turns": [{"speaker": "boss", "text": "x"}]})"
      "\n"  // 8
      R"({"id": "ev", "turns": [], "events": [{"type": "explode", "at": 1}]})"
      "\n"         // 9
      "   \t  \n"  // 10
      R"({"id": "ok2", "turns": [{"speaker": "customer", "text": "在吗"}]})"
      "\n";  // 11
  auto r = ReadAll(input, InputFormat::kJsonl, {}, "mixed.jsonl");
  ASSERT_EQ(r.convs.size(), 2u);
  EXPECT_EQ(r.convs[0].id, "ok1");
  EXPECT_EQ(r.convs[1].id, "ok2");
  EXPECT_EQ(r.convs[1].source.line, 11u);
  ASSERT_EQ(r.errors.size(), 7u);
  const uint32_t lines[] = {2, 4, 5, 6, 7, 8, 9};
  const char* needles[] = {"JSON", "UTF-8", "id", "turns", "text", "boss", "explode"};
  for (size_t i = 0; i < 7; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(r.errors[i].file, "mixed.jsonl");
    EXPECT_EQ(r.errors[i].line, lines[i]);
    EXPECT_TRUE(r.errors[i].dropped);
    EXPECT_NE(r.errors[i].message.find(needles[i]), std::string::npos) << r.errors[i].message;
  }
}

TEST_F(ReaderTest, JsonlRecordThatIsNotAnObjectIsRejected) {
  auto r = ReadAll("[1, 2, 3]\n\"text\"\n", InputFormat::kJsonl);
  EXPECT_TRUE(r.convs.empty());
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].line, 1u);
  EXPECT_EQ(r.errors[1].line, 2u);
}

TEST_F(ReaderTest, JsonlUtf8BomOnTheFirstLine) {
  const std::string input = "\xEF\xBB\xBF" + std::string(kFullRecord) + "\n";
  auto r = ReadAll(input, InputFormat::kJsonl);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0].message;
  ASSERT_EQ(r.convs.size(), 1u);
  ExpectFullRecord(r.convs[0]);
  // And the sniffer sees through it.
  auto a = ReadAll(input, InputFormat::kAuto);
  ASSERT_EQ(a.convs.size(), 1u);
  EXPECT_EQ(a.convs[0].id, "c-0001");
}

TEST_F(ReaderTest, JsonlCrlfLineEnds) {
  const std::string input = R"({"id": "a", "turns": [{"speaker": "agent", "text": "您好"}]})"
                            "\r\n"
                            "\r\n"
                            R"({"id": "b", "turns": [{"speaker": "agent", "text": "再见"}]})"
                            "\r\n";
  auto r = ReadAll(input, InputFormat::kJsonl);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0].message;
  ASSERT_EQ(r.convs.size(), 2u);
  EXPECT_EQ(r.convs[0].turns[0].text, "您好");
  EXPECT_EQ(r.convs[1].id, "b");
  EXPECT_EQ(r.convs[1].turns[0].text, "再见");
  EXPECT_EQ(r.convs[1].source.line, 3u);
}

TEST_F(ReaderTest, JsonlLineLongerThanOneMegabyte) {
  std::string text;
  while (text.size() < 3 * 1024 * 1024 / 2) text += "很长的一段客服回复。";
  const std::string input = R"({"id": "short", "turns": [{"speaker": "agent", "text": "您好"}]})"
                            "\n"
                            R"({"id": "long", "turns": [{"speaker": "agent", "text": ")" +
                            text +
                            R"("}]})"
                            "\n"
                            R"({"id": "after", "turns": [{"speaker": "agent", "text": "再见"}]})"
                            "\n";
  auto r = ReadAll(input, InputFormat::kJsonl);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0].message;
  ASSERT_EQ(r.convs.size(), 3u);
  EXPECT_EQ(r.convs[1].id, "long");
  EXPECT_EQ(r.convs[1].turns[0].text, text);
  EXPECT_EQ(r.convs[1].source.line, 2u);
  EXPECT_EQ(r.convs[2].id, "after");
  EXPECT_EQ(r.convs[2].source.line, 3u);
}

TEST_F(ReaderTest, JsonlManyRecordsAcrossReadBlocks) {
  std::string input;
  const int kRecords = 40000;  // ~4 MB: several read blocks
  for (int i = 0; i < kRecords; ++i)
    input +=
        R"({"id": "r)" + std::to_string(i) +
        R"(", "turns": [{"speaker": "agent", "text": "您好，很高兴为您服务，请问有什么可以帮您？"}]})"
        "\n";
  auto reader = Open(input, InputFormat::kJsonl);
  Conversation c;
  std::vector<ReadError> errors;
  int n = 0;
  while (reader->Next(&c, &errors)) {
    std::string want = "r";
    want += std::to_string(n);
    if (c.id != want || c.source.line != uint32_t(n + 1)) {
      ADD_FAILURE() << "record " << n << " read as " << c.id << " at line " << c.source.line;
      break;
    }
    ++n;
  }
  EXPECT_EQ(n, kRecords);
  EXPECT_TRUE(errors.empty());
}

TEST_F(ReaderTest, JsonlLastLineWithoutNewline) {
  auto r = ReadAll(R"({"id": "a", "turns": []})"
                   "\n"
                   R"({"id": "b", "turns": []})",
                   InputFormat::kJsonl);
  ASSERT_EQ(r.convs.size(), 2u);
  EXPECT_EQ(r.convs[1].id, "b");
}

TEST_F(ReaderTest, JsonlDeferredParsingMatchesNext) {
  const std::string input =
      std::string(kFullRecord) + "\n\n" +
      R"({"id": "bad", "turns": [{"speaker": "boss", "text": "x"}]})"
      "\n" +
      R"({"id": 7, "agent": "9", "turns": [{"speaker": "customer", "start": "1.5", "text": "嗯"}]})"
      "\n";
  ReaderOptions options;
  options.platform = "jd";

  ReaderOutput direct;
  {
    auto reader = Open(input, InputFormat::kJsonl, options, "d.jsonl");
    Conversation c;
    while (reader->Next(&c, &direct.errors)) direct.convs.push_back(c);
  }
  ASSERT_EQ(direct.convs.size(), 2u);
  ASSERT_EQ(direct.errors.size(), 1u);

  auto reader = Open(input, InputFormat::kJsonl, options, "d.jsonl");
  ASSERT_TRUE(reader->deferred());
  JsonlRecordParser parser;
  std::string raw;
  SourceRef where;
  std::vector<Conversation> convs;
  std::vector<ReadError> errors;
  int records = 0;
  while (reader->NextRaw(&raw, &where)) {
    ++records;
    Conversation c;
    std::string error;
    if (parser.Parse(raw, where, options, &c, &error))
      convs.push_back(c);
    else
      errors.push_back({where.file, where.line, 0, error});
  }
  EXPECT_EQ(records, 3) << "blank lines are not records";
  ASSERT_EQ(convs.size(), direct.convs.size());
  for (size_t i = 0; i < convs.size(); ++i) {
    SCOPED_TRACE(i);
    const Conversation& a = convs[i];
    const Conversation& b = direct.convs[i];
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.channel, b.channel);
    EXPECT_EQ(a.channel_given, b.channel_given);
    EXPECT_EQ(a.platform, b.platform);
    EXPECT_EQ(a.platform, "jd");
    EXPECT_EQ(a.agent_id, b.agent_id);
    EXPECT_EQ(a.agent_name, b.agent_name);
    EXPECT_EQ(a.started_at, b.started_at);
    EXPECT_EQ(a.source.file, b.source.file);
    EXPECT_EQ(a.source.line, b.source.line);
    ASSERT_EQ(a.turns.size(), b.turns.size());
    for (size_t t = 0; t < a.turns.size(); ++t) {
      EXPECT_EQ(a.turns[t].speaker, b.turns[t].speaker);
      EXPECT_EQ(a.turns[t].text, b.turns[t].text);
      EXPECT_EQ(HasTime(a.turns[t].start), HasTime(b.turns[t].start));
      if (HasTime(a.turns[t].start)) {
        EXPECT_DOUBLE_EQ(a.turns[t].start, b.turns[t].start);
      }
    }
    ASSERT_EQ(a.events.size(), b.events.size());
    for (size_t e = 0; e < a.events.size(); ++e) {
      EXPECT_EQ(a.events[e].type, b.events[e].type);
      EXPECT_DOUBLE_EQ(a.events[e].at, b.events[e].at);
      EXPECT_EQ(a.events[e].by, b.events[e].by);
    }
  }
  EXPECT_EQ(convs[1].source.line, 4u);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, direct.errors[0].line);
  EXPECT_EQ(errors[0].line, 3u);
  EXPECT_EQ(errors[0].message, direct.errors[0].message);
}

TEST_F(ReaderTest, JsonlRecordParserWithAShortString) {
  // Parse() must cope with a string that has no spare capacity.
  JsonlRecordParser parser;
  std::string record = R"({"id": "p", "turns": [{"speaker": "agent", "text": "您好"}]})";
  record.shrink_to_fit();
  Conversation c;
  std::string error;
  ASSERT_TRUE(parser.Parse(record, {"f", 9}, {}, &c, &error)) << error;
  EXPECT_EQ(c.id, "p");
  EXPECT_EQ(c.source.line, 9u);
  EXPECT_FALSE(parser.Parse("{\"id\": ", {"f", 10}, {}, &c, &error));
  EXPECT_FALSE(error.empty());
}

TEST_F(ReaderTest, ChatAndTemplateReadersAreNotDeferred) {
  EXPECT_FALSE(Open("客服(10:00:00)：您好\n", InputFormat::kChat)->deferred());
  EXPECT_FALSE(Open("您好\n", InputFormat::kTemplate)->deferred());
}

// ================================================================ chat exports

TEST_F(ReaderTest, ChatInlineLayoutWithFullWidthPunctuationAndQuotes) {
  const std::string input =
      "客户(10:00:00)：你好，在吗？\n"
      "客服（10:00:03）: 在的，您好！请问有什么可以帮您？\n"
      "客户（10:00:10）：“我的快递到哪了”\n"
      "客服(10:00:12): 我帮您查一下\n";
  auto r = ReadAll(input, InputFormat::kChat, {}, "export.txt");
  EXPECT_TRUE(r.errors.empty()) << r.errors[0].message;
  ASSERT_EQ(r.convs.size(), 1u);
  const Conversation& c = r.convs[0];
  EXPECT_EQ(c.id, "export");
  EXPECT_EQ(c.channel, Channel::kChat);
  EXPECT_EQ(c.kind, Kind::kConversation);
  ASSERT_EQ(c.turns.size(), 4u);
  EXPECT_EQ(c.turns[0].speaker, Speaker::kCustomer);
  EXPECT_EQ(c.turns[0].text, "你好，在吗？");
  EXPECT_DOUBLE_EQ(c.turns[0].start, 0.0);
  EXPECT_EQ(c.turns[1].speaker, Speaker::kAgent);
  EXPECT_EQ(c.turns[1].text, "在的，您好！请问有什么可以帮您？");
  EXPECT_DOUBLE_EQ(c.turns[1].start, 3.0);
  EXPECT_EQ(c.turns[2].text, "我的快递到哪了");
  EXPECT_DOUBLE_EQ(c.turns[2].start, 10.0);
  EXPECT_EQ(c.turns[3].text, "我帮您查一下");
  for (uint32_t i = 0; i < 4; ++i) EXPECT_EQ(c.turns[i].line, i + 1);
  EXPECT_EQ(c.source.file, "export.txt");
}

TEST_F(ReaderTest, ChatHeaderLayoutWithMultiLineMessages) {
  const std::string input =
      "tb_buyer_88 2026-11-22 10:00:00\n"
      "在吗\n"
      "店铺:小鹿旗舰店 2026-11-22 10:00:05\n"
      "亲，在的呢\n"
      "请问有什么可以帮您？\n"
      "tb_buyer_88 2026-11-22 10:01:05\n"
      "快递到哪了\n";
  auto r = ReadAll(input, InputFormat::kChat, {}, "export.txt");
  EXPECT_TRUE(r.errors.empty()) << r.errors[0].message;
  ASSERT_EQ(r.convs.size(), 1u);
  const auto& t = r.convs[0].turns;
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].speaker, Speaker::kCustomer);
  EXPECT_EQ(t[0].text, "在吗");
  EXPECT_DOUBLE_EQ(t[0].start, 0.0);
  EXPECT_EQ(t[0].line, 2u);
  EXPECT_EQ(t[1].speaker, Speaker::kAgent);
  EXPECT_EQ(t[1].text, "亲，在的呢\n请问有什么可以帮您？");
  EXPECT_DOUBLE_EQ(t[1].start, 5.0);
  EXPECT_EQ(t[1].line, 4u);
  EXPECT_EQ(t[2].speaker, Speaker::kCustomer);
  EXPECT_DOUBLE_EQ(t[2].start, 65.0);
  EXPECT_EQ(t[2].line, 7u);
}

TEST_F(ReaderTest, ChatIsSniffedByAutoInBothLayouts) {
  auto a = ReadAll("客户(10:00:00)：在吗\n客服(10:00:03)：在的\n", InputFormat::kAuto, {}, "a.txt");
  ASSERT_EQ(a.convs.size(), 1u);
  EXPECT_EQ(a.convs[0].kind, Kind::kConversation);
  EXPECT_EQ(a.convs[0].turns.size(), 2u);
  auto b = ReadAll("tb_buyer_88 2026-11-22 10:00:00\n在吗\n", InputFormat::kAuto, {}, "b.txt");
  ASSERT_EQ(b.convs.size(), 1u);
  EXPECT_EQ(b.convs[0].kind, Kind::kConversation);
  ASSERT_EQ(b.convs[0].turns.size(), 1u);
  EXPECT_EQ(b.convs[0].turns[0].text, "在吗");
}

TEST_F(ReaderTest, ChatDefaultAgentPattern) {
  const std::string input =
      "客服(10:00:00)：a\n"
      "客服3号(10:00:01)：b\n"
      "店铺:小鹿旗舰店(10:00:02)：c\n"
      "小鹿旗舰店官方客服(10:00:03)：d\n"
      "售后客服(10:00:04)：e\n"
      "坐席1024(10:00:05)：f\n"
      "小鹿专营店(10:00:06)：g\n"
      "tb_buyer_88(10:00:07)：h\n"
      "张三(10:00:08)：i\n"
      "客户(10:00:09)：j\n"
      "系统(10:00:10)：k\n";
  auto r = ReadAll(input, InputFormat::kChat);
  ASSERT_EQ(r.convs.size(), 1u);
  const auto& t = r.convs[0].turns;
  ASSERT_EQ(t.size(), 11u);
  const Speaker want[] = {Speaker::kAgent,    Speaker::kAgent,    Speaker::kAgent,
                          Speaker::kAgent,    Speaker::kAgent,    Speaker::kAgent,
                          Speaker::kAgent,    Speaker::kCustomer, Speaker::kCustomer,
                          Speaker::kCustomer, Speaker::kSystem};
  for (size_t i = 0; i < t.size(); ++i)
    EXPECT_EQ(t[i].speaker, want[i]) << "turn " << i << ": " << t[i].text;
}

TEST_F(ReaderTest, ChatAgentPatternOverride) {
  ReaderOptions options;
  options.agent_pattern = "小妮|阿花";
  auto r = ReadAll("小妮(10:00:00)：您好\n客服(10:00:01)：嗯\n阿花2(10:00:02)：x\n",
                   InputFormat::kChat, options);
  ASSERT_EQ(r.convs.size(), 1u);
  const auto& t = r.convs[0].turns;
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].speaker, Speaker::kAgent);
  EXPECT_EQ(t[1].speaker, Speaker::kCustomer) << "the default pattern no longer applies";
  EXPECT_EQ(t[2].speaker, Speaker::kCustomer) << "whole-name match";
}

TEST_F(ReaderTest, ChatSeparatorsWithIds) {
  const std::string input =
      "=== c-0001 ===\n"        // 1
      "客户(10:00:00)：在吗\n"  // 2
      "客服(10:00:02)：在的\n"  // 3
      "=== c-0002 ===\n"        // 4
      "客户(11:00:00)：你好\n"  // 5
      "------\n"                // 6
      "===c-0003\n"             // 7
      "客户(12:00:00)：hi\n";   // 8
  auto r = ReadAll(input, InputFormat::kChat, {}, "export.txt");
  EXPECT_TRUE(r.errors.empty()) << r.errors[0].message;
  ASSERT_EQ(r.convs.size(), 3u);
  EXPECT_EQ(r.convs[0].id, "c-0001");
  EXPECT_EQ(r.convs[0].turns.size(), 2u);
  EXPECT_EQ(r.convs[0].source.line, 2u);
  EXPECT_EQ(r.convs[1].id, "c-0002");
  ASSERT_EQ(r.convs[1].turns.size(), 1u);
  EXPECT_EQ(r.convs[1].turns[0].text, "你好");
  EXPECT_DOUBLE_EQ(r.convs[1].turns[0].start, 0.0) << "times restart per conversation";
  EXPECT_EQ(r.convs[1].source.line, 5u);
  EXPECT_EQ(r.convs[2].id, "c-0003");
  EXPECT_EQ(r.convs[2].turns[0].line, 8u);
}

TEST_F(ReaderTest, ChatSeparatorsWithoutIdsNameConversationsAfterTheFile) {
  auto r = ReadAll("客户(10:00:00)：a\n---\n客户(10:00:00)：b\n---\n客户(10:00:00)：c\n",
                   InputFormat::kChat, {}, "/some/dir/export.txt");
  ASSERT_EQ(r.convs.size(), 3u);
  EXPECT_EQ(r.convs[0].id, "export");
  EXPECT_EQ(r.convs[1].id, "export#2");
  EXPECT_EQ(r.convs[2].id, "export#3");
  EXPECT_EQ(r.convs[2].turns[0].text, "c");
}

TEST_F(ReaderTest, ChatMidnightCrossing) {
  auto r = ReadAll("客户(23:59:50)：在吗\n客服(00:00:10)：在的\n客户(00:01:00)：好\n",
                   InputFormat::kChat);
  ASSERT_EQ(r.convs.size(), 1u);
  const auto& t = r.convs[0].turns;
  ASSERT_EQ(t.size(), 3u);
  EXPECT_DOUBLE_EQ(t[0].start, 0.0);
  EXPECT_DOUBLE_EQ(t[1].start, 20.0);
  EXPECT_DOUBLE_EQ(t[2].start, 70.0);

  auto h = ReadAll("tb_buyer 2026-11-22 23:59:58\n在吗\n客服 2026-11-23 00:00:03\n在的\n",
                   InputFormat::kChat);
  ASSERT_EQ(h.convs.size(), 1u);
  ASSERT_EQ(h.convs[0].turns.size(), 2u);
  EXPECT_DOUBLE_EQ(h.convs[0].turns[1].start, 5.0);
}

TEST_F(ReaderTest, ChatLayoutsMixedInOneConversationShareOneClock) {
  // formats.md: the two layouts "may be mixed".
  auto r =
      ReadAll("tb_buyer_88 2026-11-22 10:00:00\n在吗\n客服(10:00:05)：在的\n", InputFormat::kChat);
  ASSERT_EQ(r.convs.size(), 1u);
  const auto& t = r.convs[0].turns;
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].text, "在吗");
  EXPECT_EQ(t[1].speaker, Speaker::kAgent);
  EXPECT_DOUBLE_EQ(t[0].start, 0.0);
  EXPECT_DOUBLE_EQ(t[1].start, 5.0);
}

TEST_F(ReaderTest, ChatUnparseableLineIsReportedWithItsLineNumber) {
  const std::string input =
      "这是一段说明文字\n"      // 1: before any header
      "客户(10:00:00)：在吗\n"  // 2
      "客服(10:00:03)：在的\n"  // 3
      "随便的一行\n";           // 4: not under a header
  auto r = ReadAll(input, InputFormat::kChat, {}, "export.txt");
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_EQ(r.convs[0].turns.size(), 2u);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].file, "export.txt");
  EXPECT_EQ(r.errors[0].line, 1u);
  EXPECT_EQ(r.errors[1].line, 4u);
  EXPECT_TRUE(r.errors[0].dropped);
  EXPECT_FALSE(r.errors[0].message.empty());
}

TEST_F(ReaderTest, ChatBlankLineInsideAMessageUnderAHeader) {
  // formats.md: message lines under a header belong to it until the next header.
  const std::string input =
      "店铺:小鹿旗舰店 2026-11-22 10:00:05\n"
      "亲，活动规则如下：\n"
      "\n"
      "满300减30\n"
      "tb_buyer 2026-11-22 10:01:00\n"
      "好的\n";
  auto r = ReadAll(input, InputFormat::kChat);
  ASSERT_EQ(r.convs.size(), 1u);
  ASSERT_EQ(r.convs[0].turns.size(), 2u);
  EXPECT_NE(r.convs[0].turns[0].text.find("满300减30"), std::string::npos);
}

TEST_F(ReaderTest, ChatHeaderWithoutTextIsKeptAndNoted) {
  auto r = ReadAll("tb_buyer 2026-11-22 10:00:00\n\n客服 2026-11-22 10:00:03\n在的\n",
                   InputFormat::kChat);
  ASSERT_EQ(r.convs.size(), 1u);
  ASSERT_EQ(r.convs[0].turns.size(), 2u);
  EXPECT_EQ(r.convs[0].turns[0].text, "");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 1u);
  EXPECT_FALSE(r.errors[0].dropped);
}

TEST_F(ReaderTest, ChatInvalidUtf8IsRepairedNotDropped) {
  auto r = ReadAll("客服(10:00:00)：在\xFF的\n", InputFormat::kChat);
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_EQ(r.convs[0].turns[0].text, "在\xEF\xBF\xBD的");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 1u);
  EXPECT_FALSE(r.errors[0].dropped);
}

TEST_F(ReaderTest, ChatPlatformOption) {
  ReaderOptions options;
  options.platform = "taobao";
  auto r = ReadAll("客服(10:00:00)：您好\n", InputFormat::kChat, options);
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_EQ(r.convs[0].platform, "taobao");
  EXPECT_EQ(r.convs[0].channel, Channel::kChat);
}

// ================================================================ templates

TEST_F(ReaderTest, TemplateSkipsCommentsAndKeepsLineNumbers) {
  const std::string input =
      "# 欢迎语\n"                      // 1
      "亲，在的呢\n"                    // 2
      "\n"                              // 3
      "  # 缩进的注释\n"                // 4
      "  您好，请问有什么可以帮您？\n"  // 5
      "感谢您的耐心等待";               // 6 (no newline)
  auto r = ReadAll(input, InputFormat::kTemplate, {}, "templates.txt");
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.convs.size(), 1u);
  const Conversation& c = r.convs[0];
  EXPECT_EQ(c.kind, Kind::kTemplate);
  EXPECT_EQ(c.id, "templates.txt");
  EXPECT_EQ(c.channel, Channel::kChat);
  EXPECT_EQ(c.source.file, "templates.txt");
  ASSERT_EQ(c.turns.size(), 3u);
  EXPECT_EQ(c.turns[0].text, "亲，在的呢");
  EXPECT_EQ(c.turns[0].line, 2u);
  EXPECT_EQ(c.turns[1].line, 5u);
  EXPECT_NE(c.turns[1].text.find("您好，请问有什么可以帮您？"), std::string::npos);
  EXPECT_EQ(c.turns[2].text, "感谢您的耐心等待");
  EXPECT_EQ(c.turns[2].line, 6u);
  for (const Turn& t : c.turns) {
    EXPECT_EQ(t.speaker, Speaker::kAgent);
    EXPECT_FALSE(HasTime(t.start));
  }
}

TEST_F(ReaderTest, TemplateIsTheAutoFallback) {
  auto r = ReadAll("亲，在的呢\n感谢您的耐心等待\n", InputFormat::kAuto, {}, "t.txt");
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_EQ(r.convs[0].kind, Kind::kTemplate);
  EXPECT_EQ(r.convs[0].turns.size(), 2u);
}

TEST_F(ReaderTest, TemplateChannelOption) {
  ReaderOptions options;
  options.channel = Channel::kCall;
  auto r = ReadAll("您好\n", InputFormat::kTemplate, options);
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_EQ(r.convs[0].channel, Channel::kCall);
}

// ================================================================ CSV

TEST_F(ReaderTest, CsvQuotingAndGrouping) {
  const std::string input =
      "conversation,speaker,text,start,end\n"  // 1
      "c1,customer,\"你好,在吗\",0,1.5\n"      // 2
      "c1,agent,\"他说\"\"好的\"\"\",2,3\n"    // 3
      "c1,agent,\"第一行\n"                    // 4
      "第二行\",4,5\n"                         // 5
      "c2,客户,hi,,\n"                         // 6
      "c2,客服,在的,7,\n";                     // 7
  auto r = ReadAll(input, InputFormat::kCsv, {}, "turns.csv");
  EXPECT_TRUE(r.errors.empty()) << r.errors[0].message;
  ASSERT_EQ(r.convs.size(), 2u);
  const Conversation& a = r.convs[0];
  EXPECT_EQ(a.id, "c1");
  EXPECT_EQ(a.source.file, "turns.csv");
  EXPECT_EQ(a.source.line, 2u);
  ASSERT_EQ(a.turns.size(), 3u);
  EXPECT_EQ(a.turns[0].speaker, Speaker::kCustomer);
  EXPECT_EQ(a.turns[0].text, "你好,在吗");
  EXPECT_DOUBLE_EQ(a.turns[0].start, 0.0);
  EXPECT_DOUBLE_EQ(a.turns[0].end, 1.5);
  EXPECT_EQ(a.turns[1].text, "他说\"好的\"");
  EXPECT_EQ(a.turns[2].text, "第一行\n第二行");
  EXPECT_DOUBLE_EQ(a.turns[2].start, 4.0);
  EXPECT_DOUBLE_EQ(a.turns[2].end, 5.0);
  EXPECT_EQ(a.turns[0].line, 2u);
  EXPECT_EQ(a.turns[2].line, 4u);
  const Conversation& b = r.convs[1];
  EXPECT_EQ(b.id, "c2");
  EXPECT_EQ(b.source.line, 6u);
  ASSERT_EQ(b.turns.size(), 2u);
  EXPECT_EQ(b.turns[0].speaker, Speaker::kCustomer);
  EXPECT_FALSE(HasTime(b.turns[0].start));
  EXPECT_EQ(b.turns[1].speaker, Speaker::kAgent);
  EXPECT_DOUBLE_EQ(b.turns[1].start, 7.0);
  EXPECT_DOUBLE_EQ(b.turns[1].end, 7.0);
  EXPECT_EQ(b.turns[1].line, 7u);
}

TEST_F(ReaderTest, CsvOnlyConsecutiveRowsGroup) {
  auto r = ReadAll("id,role,content\na,agent,1\nb,agent,2\na,agent,3\n", InputFormat::kCsv);
  ASSERT_EQ(r.convs.size(), 3u);
  EXPECT_EQ(r.convs[0].id, "a");
  EXPECT_EQ(r.convs[1].id, "b");
  EXPECT_EQ(r.convs[2].id, "a");
  EXPECT_EQ(r.convs[2].turns[0].text, "3");
}

TEST_F(ReaderTest, CsvAliasColumnsAndOptionalFields) {
  const std::string input =
      "id,role,content,time,channel,platform,agent\n"
      "c9,customer,在吗,2026-11-22T10:00:00+08:00,call,jd,1428\n"
      "c9,agent,在的,2026-11-22T10:00:04.5+08:00,call,jd,1428\n";
  auto r = ReadAll(input, InputFormat::kCsv);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0].message;
  ASSERT_EQ(r.convs.size(), 1u);
  const Conversation& c = r.convs[0];
  EXPECT_EQ(c.id, "c9");
  EXPECT_EQ(c.channel, Channel::kCall);
  EXPECT_TRUE(c.channel_given);
  EXPECT_EQ(c.platform, "jd");
  EXPECT_EQ(c.agent_id, "1428");
  ASSERT_EQ(c.turns.size(), 2u);
  EXPECT_EQ(c.turns[0].text, "在吗");
  EXPECT_DOUBLE_EQ(c.turns[0].start, 0.0);
  EXPECT_DOUBLE_EQ(c.turns[1].start, 4.5);

  auto m = ReadAll("conversation_id,speaker,message\nx,agent,您好\n", InputFormat::kCsv);
  ASSERT_EQ(m.convs.size(), 1u);
  EXPECT_EQ(m.convs[0].id, "x");
  EXPECT_EQ(m.convs[0].turns[0].text, "您好");
}

TEST_F(ReaderTest, CsvIsSniffedByAuto) {
  auto r = ReadAll("conversation,speaker,text\nc1,agent,您好\n", InputFormat::kAuto);
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_EQ(r.convs[0].id, "c1");
  EXPECT_EQ(r.convs[0].turns[0].text, "您好");
}

TEST_F(ReaderTest, CsvMissingRequiredColumn) {
  auto r = ReadAll("conversation,speaker,start\nc1,agent,0\n", InputFormat::kCsv, {}, "bad.csv");
  EXPECT_TRUE(r.convs.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].file, "bad.csv");
  EXPECT_EQ(r.errors[0].line, 1u);
  EXPECT_NE(r.errors[0].message.find("text"), std::string::npos) << r.errors[0].message;
}

TEST_F(ReaderTest, CsvUnknownSpeakerRejectsTheRow) {
  auto r = ReadAll("conversation,speaker,text\nc1,agent,您好\nc1,boss,x\nc1,customer,嗯\n",
                   InputFormat::kCsv);
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_EQ(r.convs[0].turns.size(), 2u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 3u);
  EXPECT_TRUE(r.errors[0].dropped);
}

TEST_F(ReaderTest, CsvWithCrlfAndBom) {
  auto r = ReadAll(
      "\xEF\xBB\xBF"
      "conversation,speaker,text\r\nc1,agent,您好\r\n",
      InputFormat::kCsv);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0].message;
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_EQ(r.convs[0].turns[0].text, "您好");
}

// ================================================================ ApplyOptions

TEST(ApplyOptions, ChannelDefaultsOnlyWhereTheRecordIsSilent) {
  ReaderOptions options;
  options.channel = Channel::kCall;
  Conversation said;
  said.channel = Channel::kChat;
  said.channel_given = true;
  ApplyOptions(options, &said);
  EXPECT_EQ(said.channel, Channel::kChat);
  Conversation silent;
  ApplyOptions(options, &silent);
  EXPECT_EQ(silent.channel, Channel::kCall);
}

TEST(ApplyOptions, ForcedChannelOverridesTheRecord) {
  ReaderOptions options;
  options.channel = Channel::kCall;
  options.force_channel = true;
  Conversation c;
  c.channel = Channel::kChat;
  c.channel_given = true;
  ApplyOptions(options, &c);
  EXPECT_EQ(c.channel, Channel::kCall);
}

TEST(ApplyOptions, PlatformOverridesTheRecord) {
  ReaderOptions options;
  Conversation c;
  c.platform = "jd";
  ApplyOptions(options, &c);
  EXPECT_EQ(c.platform, "jd");
  options.platform = "taobao";
  ApplyOptions(options, &c);
  EXPECT_EQ(c.platform, "taobao");
}

TEST_F(ReaderTest, JsonlHonoursForcedChannelAndPlatform) {
  ReaderOptions options;
  options.channel = Channel::kChat;
  options.force_channel = true;
  options.platform = "douyin";
  auto r = ReadAll(std::string(kFullRecord) + "\n", InputFormat::kJsonl, options);
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_EQ(r.convs[0].channel, Channel::kChat);
  EXPECT_EQ(r.convs[0].platform, "douyin");
  ReaderOptions soft;
  soft.channel = Channel::kChat;
  auto s = ReadAll(std::string(kFullRecord) + "\n", InputFormat::kJsonl, soft);
  ASSERT_EQ(s.convs.size(), 1u);
  EXPECT_EQ(s.convs[0].channel, Channel::kCall) << "the record says call";
  EXPECT_EQ(s.convs[0].platform, "pinduoduo");
}

TEST_F(ReaderTest, ChatForcedChannel) {
  ReaderOptions options;
  options.channel = Channel::kCall;
  options.force_channel = true;
  auto r = ReadAll("客服(10:00:00)：您好\n", InputFormat::kChat, options);
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_EQ(r.convs[0].channel, Channel::kCall);
}

// ================================================================ ParseIsoTime

TEST(ParseIsoTime, OffsetsZAndFractions) {
  constexpr double kT = 1795312803;  // 2026-11-22T02:00:03Z
  EXPECT_EQ(ParseIsoTime("1970-01-01T00:00:00Z"), 0.0);
  EXPECT_EQ(ParseIsoTime("2026-11-22T02:00:03Z"), kT);
  EXPECT_EQ(ParseIsoTime("2026-11-22T02:00:03"), kT) << "no offset = UTC";
  EXPECT_EQ(ParseIsoTime("2026-11-22 02:00:03"), kT);
  EXPECT_EQ(ParseIsoTime("2026-11-22T10:00:03+08:00"), kT);
  EXPECT_EQ(ParseIsoTime("2026-11-22T10:00:03+0800"), kT);
  EXPECT_EQ(ParseIsoTime("2026-11-21T21:00:03-05:00"), kT);
  EXPECT_EQ(ParseIsoTime("2026-11-22T07:30:03+05:30"), kT);
  auto frac = ParseIsoTime("2026-11-22T02:00:03.250Z");
  ASSERT_TRUE(frac.has_value());
  EXPECT_NEAR(*frac, kT + 0.25, 1e-6);
  auto frac2 = ParseIsoTime("2026-11-22T10:00:03.5+08:00");
  ASSERT_TRUE(frac2.has_value());
  EXPECT_NEAR(*frac2, kT + 0.5, 1e-6);
  // Leap years.
  EXPECT_EQ(*ParseIsoTime("2024-03-01T00:00:00Z") - *ParseIsoTime("2024-02-28T00:00:00Z"),
            2 * 86400.0);
}

TEST(ParseIsoTime, BadInput) {
  for (const char* s :
       {"", "2026-11-22", "2026-11-22T10:00", "2026/11/22 10:00:00", "2026-13-01T00:00:00",
        "2026-00-10T00:00:00", "2026-11-32T00:00:00", "2026-11-22T24:00:00", "2026-11-22T10:60:00",
        "2026-11-22T10:00:03 junk", "2026-11-22T10:00:03Zjunk", "2026-11-22T10:00:03+8",
        "2026-11-22X10:00:03", "abcd-11-22T10:00:03", "yesterday"}) {
    EXPECT_FALSE(ParseIsoTime(s).has_value()) << s;
  }
}

// ================================================================ ParseScriptLine

TEST(ParseScriptLine, TurnsWithAndWithoutTimes) {
  Conversation c;
  std::string error;
  ASSERT_TRUE(ParseScriptLine("客服: 您好，请问有什么可以帮您？", &c, &error)) << error;
  ASSERT_TRUE(ParseScriptLine("[0.8-3.1] 客户：我的快递怎么还没到", &c, &error)) << error;
  ASSERT_TRUE(ParseScriptLine("[3.5] A: 好的", &c, &error)) << error;
  ASSERT_TRUE(ParseScriptLine("C: 嗯", &c, &error)) << error;
  ASSERT_TRUE(ParseScriptLine("系统：转接中", &c, &error)) << error;
  ASSERT_TRUE(ParseScriptLine("agent: a: b", &c, &error)) << error;
  ASSERT_EQ(c.turns.size(), 6u);
  EXPECT_EQ(c.turns[0].speaker, Speaker::kAgent);
  EXPECT_EQ(c.turns[0].text, "您好，请问有什么可以帮您？");
  EXPECT_FALSE(HasTime(c.turns[0].start));
  EXPECT_EQ(c.turns[1].speaker, Speaker::kCustomer);
  EXPECT_EQ(c.turns[1].text, "我的快递怎么还没到");
  EXPECT_DOUBLE_EQ(c.turns[1].start, 0.8);
  EXPECT_DOUBLE_EQ(c.turns[1].end, 3.1);
  EXPECT_EQ(c.turns[2].speaker, Speaker::kAgent);
  EXPECT_DOUBLE_EQ(c.turns[2].start, 3.5);
  EXPECT_DOUBLE_EQ(c.turns[2].end, 3.5);
  EXPECT_EQ(c.turns[3].speaker, Speaker::kCustomer);
  EXPECT_EQ(c.turns[4].speaker, Speaker::kSystem);
  EXPECT_EQ(c.turns[5].text, "a: b");
  EXPECT_TRUE(c.events.empty());
}

TEST(ParseScriptLine, Events) {
  Conversation c;
  std::string error;
  ASSERT_TRUE(ParseScriptLine("[20.5] hold_start", &c, &error)) << error;
  ASSERT_TRUE(ParseScriptLine("[95.2] hangup by customer", &c, &error)) << error;
  ASSERT_TRUE(ParseScriptLine("[96] hangup by 客服", &c, &error)) << error;
  ASSERT_TRUE(ParseScriptLine("ring", &c, &error)) << error;
  EXPECT_TRUE(c.turns.empty());
  ASSERT_EQ(c.events.size(), 4u);
  EXPECT_EQ(c.events[0].type, EventType::kHoldStart);
  EXPECT_DOUBLE_EQ(c.events[0].at, 20.5);
  EXPECT_FALSE(c.events[0].by.has_value());
  EXPECT_EQ(c.events[1].type, EventType::kHangup);
  EXPECT_EQ(c.events[1].by, Speaker::kCustomer);
  EXPECT_EQ(c.events[2].by, Speaker::kAgent);
  EXPECT_EQ(c.events[3].type, EventType::kRing);
  EXPECT_FALSE(HasTime(c.events[3].at));
}

TEST(ParseScriptLine, MalformedLines) {
  for (const char* s : {"[abc] 客服: 您好", "[1.0 客服: 您好", "[1-x] 客服: 您好", "老板: 您好",
                        "没有冒号的一行", "[3] hangup by boss", "[3] hangup now"}) {
    Conversation c;
    std::string error;
    EXPECT_FALSE(ParseScriptLine(s, &c, &error)) << s;
    EXPECT_FALSE(error.empty()) << s;
    EXPECT_TRUE(c.turns.empty() && c.events.empty()) << s;
  }
}

TEST(ParseScriptLine, SpeakerLabels) {
  EXPECT_EQ(SpeakerFromLabel("客服"), Speaker::kAgent);
  EXPECT_EQ(SpeakerFromLabel("agent"), Speaker::kAgent);
  EXPECT_EQ(SpeakerFromLabel("A"), Speaker::kAgent);
  EXPECT_EQ(SpeakerFromLabel("客户"), Speaker::kCustomer);
  EXPECT_EQ(SpeakerFromLabel("customer"), Speaker::kCustomer);
  EXPECT_EQ(SpeakerFromLabel("C"), Speaker::kCustomer);
  EXPECT_EQ(SpeakerFromLabel("系统"), Speaker::kSystem);
  EXPECT_EQ(SpeakerFromLabel("system"), Speaker::kSystem);
  EXPECT_FALSE(SpeakerFromLabel("boss").has_value());
}

// ================================================================ names

TEST(ReaderNames, FormatsRoundTrip) {
  for (const char* n : {"auto", "jsonl", "chat", "template", "csv"}) {
    auto f = ParseInputFormat(n);
    ASSERT_TRUE(f.has_value()) << n;
    EXPECT_EQ(Name(*f), n);
  }
  EXPECT_FALSE(ParseInputFormat("xml").has_value());
  EXPECT_EQ(ParseSpeaker("agent"), Speaker::kAgent);
  EXPECT_EQ(ParseChannel("call"), Channel::kCall);
  EXPECT_EQ(ParseEventType("hold_end"), EventType::kHoldEnd);
  EXPECT_EQ(Name(EventType::kMuteStart), "mute_start");
  EXPECT_FALSE(ParseEventType("explode").has_value());
}

}  // namespace
}  // namespace huashu::transcript

namespace huashu::transcript {
namespace {

TEST(FunAsr, SentencesBecomeTimedTurnsOfACall) {
  JsonlRecordParser parser;
  Conversation c;
  std::string error;
  const std::string record =
      R"({"key":"a1","text":"…","sentence_info":[)"
      R"({"text":"您好，请问有什么可以帮您？","start":600,"end":3100,"spk":1},)"
      R"({"text":"我的快递呢","start":3900,"end":6000,"spk":0},)"
      R"({"text":"我帮您查一下","start":6500,"end":8000,"spk":1}]})";
  ASSERT_TRUE(parser.Parse(record, {"f", 3}, ReaderOptions{}, &c, &error)) << error;
  EXPECT_EQ(c.id, "a1");
  EXPECT_EQ(c.channel, Channel::kCall);
  ASSERT_EQ(c.turns.size(), 3u);
  EXPECT_EQ(c.turns[0].speaker, Speaker::kAgent);  // first speaker answers the call
  EXPECT_EQ(c.turns[1].speaker, Speaker::kCustomer);
  EXPECT_DOUBLE_EQ(c.turns[0].start, 0.6);
  EXPECT_DOUBLE_EQ(c.turns[1].end, 6.0);

  ReaderOptions options;
  options.agent_speaker = 0;
  ASSERT_TRUE(parser.Parse(record, {"f", 3}, options, &c, &error)) << error;
  EXPECT_EQ(c.turns[0].speaker, Speaker::kCustomer);
  EXPECT_EQ(c.turns[1].speaker, Speaker::kAgent);

  EXPECT_FALSE(parser.Parse(R"({"key":"a2","sentence_info":[{"text":"好","start":0,"end":1}]})",
                            {"f", 4}, ReaderOptions{}, &c, &error));
  EXPECT_NE(error.find("spk"), std::string::npos);
}

}  // namespace
}  // namespace huashu::transcript

namespace huashu::transcript {
namespace {

TEST(ChatReaderLabelled, RoleLinesWithoutTimes) {
  const std::string path = ::testing::TempDir() + "labelled_" + std::to_string(getpid()) + ".txt";
  {
    std::ofstream out(path);
    out << "客户：“您好。”\n客服：呵呵，大哥，您好\n客服小妮: 请问还有其他问题吗？\n";
  }
  auto reader = OpenReader(InputFormat::kAuto,
                           std::make_unique<LineSource>(std::fopen(path.c_str(), "rb"), path),
                           ReaderOptions{});
  Conversation c;
  std::vector<ReadError> errors;
  ASSERT_TRUE(reader->Next(&c, &errors));
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(c.turns.size(), 3u);
  EXPECT_EQ(c.turns[0].speaker, Speaker::kCustomer);
  EXPECT_EQ(c.turns[0].text, "您好。");
  EXPECT_EQ(c.turns[1].speaker, Speaker::kAgent);
  EXPECT_EQ(c.turns[2].speaker, Speaker::kAgent);
  EXPECT_FALSE(HasTime(c.turns[1].start));
}

}  // namespace
}  // namespace huashu::transcript
