// The input layer added for issues 8, 10 and 15: encodings, unreadable and
// binary input, record size limit, masked quotes, shop role words, CSV and
// JSON edge cases, directory walking, speech-recognition results, subtitles.

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/transcript/input_set.h"
#include "huashu/transcript/reader.h"

namespace huashu::transcript {
namespace {

namespace fs = std::filesystem;

struct ReadResult {
  std::vector<Conversation> convs;
  std::vector<ReadError> errors;
  bool io() const {
    for (const auto& e : errors)
      if (e.io) return true;
    return false;
  }
  std::string Messages() const {
    std::string s;
    for (const auto& e : errors) s += std::to_string(e.line) + ": " + e.message + "\n";
    return s;
  }
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Converts UTF-8 to `charset` with ICU.
std::string Encode(std::string_view utf8, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err)) << u_errorName(err);
  out.resize(n);
  return out;
}

class InputReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(::testing::TempDir()) /
           ("input_reader_" + std::string(info->name()) + "_" + std::to_string(getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, std::string_view content) {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  ReadResult ReadPath(const std::string& path, InputFormat format = InputFormat::kAuto,
                      const ReaderOptions& options = {}) {
    ReadResult r;
    auto reader = OpenInput(path, format, options);
    Conversation c;
    while (reader->Next(&c, &r.errors)) r.convs.push_back(c);
    reader->TakeErrors(&r.errors);
    return r;
  }

  ReadResult Read(std::string_view content, InputFormat format = InputFormat::kAuto,
                  const ReaderOptions& options = {}, const std::string& name = "in.txt") {
    return ReadPath(Write(name, content), format, options);
  }

  fs::path dir_;
};

// ================================================================ issue 15

TEST_F(InputReaderTest, ShopRoleWordsAreTheAgentByDefault) {
  auto r = Read(
      "买家：在吗？\n"
      "卖家小王：亲，在的，您好\n"
      "商家：请问有什么可以帮您\n"
      "掌柜：好的\n"
      "售后客服：已登记\n"
      "店小二：感谢您的耐心等待\n"
      "顾客：谢谢\n");
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  const auto& t = r.convs[0].turns;
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[0].speaker, Speaker::kCustomer);
  for (int i = 1; i <= 5; ++i) EXPECT_EQ(t[i].speaker, Speaker::kAgent) << i;
  EXPECT_EQ(t[1].text, "亲，在的，您好");
  EXPECT_EQ(t[6].speaker, Speaker::kCustomer);
}

TEST_F(InputReaderTest, ShopHeaderWithColonStaysAHeader) {
  auto r = Read(
      "tb_buyer_88 2026-11-22 10:00:00\n在吗\n"
      "店铺:小鹿旗舰店 2026-11-22 10:00:05\n亲，在的呢\n");
  ASSERT_EQ(r.convs.size(), 1u);
  ASSERT_EQ(r.convs[0].turns.size(), 2u);
  EXPECT_EQ(r.convs[0].turns[1].speaker, Speaker::kAgent);
  EXPECT_EQ(r.convs[0].turns[1].text, "亲，在的呢");
  EXPECT_DOUBLE_EQ(r.convs[0].turns[1].start, 5);
}

TEST_F(InputReaderTest, CsvConversationWhoseOnlyRowIsRejectedIsNotAConversation) {
  auto r = Read("conversation,speaker,text\nc1,13812345678,你好\nc2,agent,您好\n",
                InputFormat::kAuto, {}, "in.csv");
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  EXPECT_EQ(r.convs[0].id, "c2");
  ASSERT_EQ(r.errors.size(), 2u) << r.Messages();
  EXPECT_TRUE(r.errors[0].dropped);
  EXPECT_EQ(r.errors[0].message, "speaker '138********' is not agent, customer or system");
  EXPECT_NE(r.errors[1].message.find("conversation 'c1'"), std::string::npos);
  EXPECT_FALSE(r.errors[1].dropped);  // the row is the rejected record
}

TEST_F(InputReaderTest, ShortCsvRowIsARejectionNotAnEmptyTurn) {
  auto r = Read("conversation,speaker,text\nc1,agent\nc1,agent,您好\n", InputFormat::kCsv);
  ASSERT_EQ(r.convs.size(), 1u);
  ASSERT_EQ(r.convs[0].turns.size(), 1u);
  EXPECT_EQ(r.convs[0].turns[0].text, "您好");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 2u);
  EXPECT_NE(r.errors[0].message.find("no text column"), std::string::npos);
}

constexpr std::string_view kPretty =
    "{\"id\": \"c-0001\", \"channel\": \"call\",\n"
    " \"turns\": [\n"
    "   {\"speaker\": \"agent\", \"start\": 0.8, \"end\": 3.1, \"text\": \"您好\"},\n"
    "   {\"speaker\": \"customer\", \"start\": 3.9, \"end\": 6.0, \"text\": \"在吗\"}],\n"
    " \"events\": [{\"type\": \"hangup\", \"at\": 9.5, \"by\": \"customer\"}]}\n";

TEST_F(InputReaderTest, PrettyPrintedJsonInJsonlModeSaysSo) {
  auto r = Read(kPretty, InputFormat::kJsonl, {}, "in.jsonl");
  EXPECT_TRUE(r.convs.empty());
  ASSERT_EQ(r.errors.size(), 1u) << r.Messages();
  EXPECT_EQ(r.errors[0].line, 1u);
  EXPECT_NE(r.errors[0].message.find("one JSON document spread over 5 lines"), std::string::npos);
}

TEST_F(InputReaderTest, PrettyPrintedJsonIsReadByAutoAndJson) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kJson}) {
    auto r = Read(kPretty, f, {}, "in.json");
    ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
    EXPECT_EQ(r.convs[0].id, "c-0001");
    EXPECT_EQ(r.convs[0].turns.size(), 2u);
    EXPECT_EQ(r.convs[0].events.size(), 1u);
    EXPECT_TRUE(r.errors.empty()) << r.Messages();
  }
}

TEST_F(InputReaderTest, JsonArrayOfConversations) {
  auto r = Read(
      "[\n {\"id\": \"a\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"您好\"}]},\n"
      " {\"id\": \"b\"}\n]\n");
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_EQ(r.convs[0].id, "a");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].message, "element 1: missing \"turns\" array");
}

TEST_F(InputReaderTest, BrokenFirstLineIsStillJsonLines) {
  auto r = Read("{\"id\": broken\n{\"id\": \"b\", \"turns\": [{\"speaker\": \"agent\", \"text\": \"您好\"}]}\n");
  ASSERT_EQ(r.convs.size(), 1u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 1u);
}

TEST_F(InputReaderTest, UnopenableFileHasNoLineNumber) {
  auto r = ReadPath((dir_ / "missing.jsonl").string());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_TRUE(r.errors[0].io);
  EXPECT_EQ(r.errors[0].line, 0u);
  EXPECT_NE(r.errors[0].message.find("cannot open"), std::string::npos);
}

// ================================================================ issue 10

TEST_F(InputReaderTest, BinaryInputIsAnIoErrorNotAPass) {
  std::string bin;
  for (int i = 0; i < 4000; ++i) bin += static_cast<char>((i * 7919 + 13) % 256);
  auto r = Read(bin);
  EXPECT_TRUE(r.convs.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_TRUE(r.errors[0].io);
  EXPECT_NE(r.errors[0].message.find("not a text file"), std::string::npos);
}

TEST_F(InputReaderTest, UndetectableEncodingIsAnIoError) {
  // Latin-1 bytes that are neither UTF-8 nor Chinese.
  auto r = Read("caf\xE9 cr\xE8me br\xFBl\xE9\x65 \xE0 la carte \xC0\xC9\xD6\n");
  EXPECT_TRUE(r.convs.empty());
  ASSERT_TRUE(r.io()) << r.Messages();
  EXPECT_NE(r.errors[0].message.find("--encoding"), std::string::npos);
}

TEST_F(InputReaderTest, ForcedEncodingIsUsed) {
  ReaderOptions o;
  o.encoding = "GB18030";
  auto r = Read(Encode("客服：您好\n", "GB18030"), InputFormat::kTemplate, o);
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  EXPECT_EQ(r.convs[0].turns[0].text, "客服：您好");
  EXPECT_EQ(CheckEncoding("no-such-charset").empty(), false);
  EXPECT_EQ(CheckEncoding("GBK"), "");
}

TEST_F(InputReaderTest, ReadErrorIsReported) {
  // Reading a directory through a FILE* fails with EISDIR, as `huashu check - < dir` does.
  std::FILE* f = std::fopen(dir_.c_str(), "rb");
  ASSERT_NE(f, nullptr);
  auto reader = OpenReader(InputFormat::kAuto, std::make_unique<LineSource>(f, "-"), {});
  std::vector<ReadError> errors;
  Conversation c;
  while (reader->Next(&c, &errors)) {
  }
  reader->TakeErrors(&errors);
  ASSERT_FALSE(errors.empty());
  EXPECT_TRUE(errors.back().io);
  EXPECT_NE(errors.back().message.find("read error"), std::string::npos);
  EXPECT_EQ(errors.back().message.find("line 0"), std::string::npos);
}

TEST_F(InputReaderTest, AgentPatternIsLinearTime) {
  ReaderOptions o;
  o.agent_pattern = "(a*)*b";
  const auto start = std::chrono::steady_clock::now();
  auto r = Read("客户(10:00:00)：在吗\n" + std::string(5000, 'a') + "c(10:00:01)：您好\n",
                InputFormat::kChat, o);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_NE(CheckAgentPattern("(unclosed"), "");
  EXPECT_EQ(CheckAgentPattern(ReaderOptions().agent_pattern), "");
}

TEST_F(InputReaderTest, FunAsrSpeakerOutOfRangeIsRejected) {
  auto r = Read(R"({"key": "k", "sentence_info": [{"text": "您好", "start": 0, "end": 9, "spk": 1e300}]})"
                "\n");
  EXPECT_TRUE(r.convs.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("sentence_info[0].spk"), std::string::npos);
}

TEST_F(InputReaderTest, AbsurdTimesAreRejectedNamingTheField) {
  auto r = Read(
      R"({"id": "a", "turns": [{"speaker": "agent", "start": 1e308, "text": "您好"}]})" "\n"
      R"({"id": "b", "turns": [{"speaker": "agent", "end": -1, "text": "您好"}]})" "\n"
      R"({"id": "c", "turns": [{"speaker": "agent", "start": "inf", "text": "您好"}]})" "\n"
      R"({"id": "d", "turns": [{"speaker": "agent", "text": "您好"}], "events": [{"type": "hangup", "at": 1e20}]})" "\n"
      R"({"id": "e", "turns": [{"speaker": "agent", "start": 2592000, "text": "您好"}]})" "\n");
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  EXPECT_EQ(r.convs[0].id, "e");
  ASSERT_EQ(r.errors.size(), 4u);
  EXPECT_EQ(r.errors[0].message.rfind("turns[0].start must be a time", 0), 0u);
  EXPECT_EQ(r.errors[1].message.rfind("turns[0].end must be a time", 0), 0u);
  EXPECT_EQ(r.errors[2].message.rfind("turns[0].start must be a time", 0), 0u);
  EXPECT_EQ(r.errors[3].message.rfind("events[0].at must be a time", 0), 0u);
}

TEST_F(InputReaderTest, NonStringTextSaysSo) {
  auto r = Read(R"({"id": "a", "turns": [{"speaker": "agent", "text": 1.5}]})" "\n"
                R"({"id": "b", "turns": [{"speaker": "agent"}]})" "\n");
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].message, "turns[0].text must be a string");
  EXPECT_EQ(r.errors[1].message, "turns[0].text missing");
}

TEST_F(InputReaderTest, RecordAboveTheSizeLimitIsRefused) {
  ReaderOptions o;
  o.max_record_bytes = 100;
  const std::string big = R"({"id": "big", "turns": [{"speaker": "agent", "text": ")" +
                          std::string(500, 'x') + "\"}]}\n";
  const std::string ok = R"({"id": "ok", "turns": [{"speaker": "agent", "text": "您好"}]})" "\n";
  auto r = Read(ok + big + ok, InputFormat::kJsonl, o);
  ASSERT_EQ(r.convs.size(), 2u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 2u);
  EXPECT_NE(r.errors[0].message.find("above the size limit of 100 bytes"), std::string::npos);
  // The same for text formats.
  auto t = Read("您好\n" + std::string(300, 'y') + "\n谢谢\n", InputFormat::kTemplate, o);
  ASSERT_EQ(t.convs.size(), 1u);
  EXPECT_EQ(t.convs[0].turns.size(), 2u);
  ASSERT_EQ(t.errors.size(), 1u);
  EXPECT_EQ(t.errors[0].line, 2u);
}

TEST_F(InputReaderTest, QuoteFieldMasksDigitsAndTruncates) {
  EXPECT_EQ(QuoteField("13812345678"), "138********");
  EXPECT_EQ(QuoteField("客户13812345678"), "客户138********");
  EXPECT_EQ(QuoteField("ab12"), "ab12");
  EXPECT_EQ(QuoteField("１３８１２３４"), "１３８****");
  EXPECT_EQ(QuoteField("这是一个非常非常非常非常长的说话人标签啊"), "这是一个非常非常非常非常长的说话…");
  EXPECT_EQ(QuoteField("a1b22c333d4444"), "a1b22c333d444*");
}

// ================================================================ issue 8: encodings

TEST_F(InputReaderTest, Gb18030AndUtf16CopiesOfEverySampleReadTheSame) {
  const fs::path samples = fs::path(HUASHU_SOURCE_DIR) / "samples";
  int checked = 0;
  for (const char* name : {"shop_export.txt", "qianniu_export.txt", "qianniu_records.txt",
                           "reply_templates.txt", "calls.csv"}) {
    const std::string utf8 = Slurp(samples / name);
    const auto original = Read(utf8, InputFormat::kAuto, {}, std::string("u8_") + name);
    ASSERT_FALSE(original.convs.empty()) << name;
    for (const char* charset : {"GB18030", "UTF-16LE", "UTF-16"}) {
      std::string encoded = Encode(utf8, charset);
      if (std::string_view(charset) == "UTF-16LE") encoded = "\xFF\xFE" + encoded;
      const auto copy = Read(encoded, InputFormat::kAuto, {}, std::string("u8_") + name);
      ASSERT_EQ(copy.convs.size(), original.convs.size()) << name << " " << charset << "\n"
                                                          << copy.Messages();
      for (size_t i = 0; i < copy.convs.size(); ++i) {
        const auto &a = original.convs[i].turns, &b = copy.convs[i].turns;
        ASSERT_EQ(a.size(), b.size()) << name << " " << charset;
        for (size_t k = 0; k < a.size(); ++k) {
          EXPECT_EQ(a[k].text, b[k].text) << name << " " << charset;
          EXPECT_EQ(a[k].speaker, b[k].speaker);
          EXPECT_EQ(a[k].line, b[k].line);
        }
      }
      ASSERT_FALSE(copy.errors.empty());
      EXPECT_EQ(copy.errors[0].message.rfind("read as ", 0), 0u) << copy.Messages();
      EXPECT_FALSE(copy.errors[0].dropped);
      ++checked;
    }
  }
  EXPECT_EQ(checked, 15);
}

TEST_F(InputReaderTest, ShortGbkLineIsDetected) {
  auto r = Read(Encode("客服：您好，请问有什么可以帮您\n", "GBK"), InputFormat::kTemplate);
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  EXPECT_EQ(r.convs[0].turns[0].text, "客服：您好，请问有什么可以帮您");
}

TEST_F(InputReaderTest, MostlyUtf8WithAStrayByteIsRepairedAsBefore) {
  auto r = Read("客服(10:00:00)：在\xFF的\n", InputFormat::kAuto);
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_EQ(r.convs[0].turns[0].text, "在\xEF\xBF\xBD的");
}

TEST_F(InputReaderTest, Utf16WithoutBomIsDetected) {
  const std::string utf8 = "客户(10:00:00)：你好，在吗？\n客服(10:00:03)：在的，您好！请问有什么可以帮您？\n";
  auto r = Read(Encode(utf8, "UTF-16LE"));
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  ASSERT_EQ(r.convs[0].turns.size(), 2u);
  EXPECT_EQ(r.convs[0].turns[1].text, "在的，您好！请问有什么可以帮您？");
}

// ================================================================ issue 8: directories

TEST_F(InputReaderTest, DirectoriesAreWalkedInOrderSkippingHiddenAndBinary) {
  Write("b.txt", "您好\n");
  Write("a.jsonl", "{}\n");
  Write("sub/z.csv", "conversation,speaker,text\n");
  Write("sub/y.txt", "谢谢\n");
  Write(".hidden.txt", "x\n");
  Write(".git/config", "x\n");
  Write("img.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const std::string d = dir_.string();
  InputSet set = ExpandInputs({d, "-"}, {});
  ASSERT_EQ(set.files.size(), 5u);
  EXPECT_EQ(set.files[0], (dir_ / "a.jsonl").string());
  EXPECT_EQ(set.files[1], (dir_ / "b.txt").string());
  EXPECT_EQ(set.files[2], (dir_ / "sub/y.txt").string());
  EXPECT_EQ(set.files[3], (dir_ / "sub/z.csv").string());
  EXPECT_EQ(set.files[4], "-");
  EXPECT_EQ(set.skipped_binary, 1u);
  EXPECT_EQ(set.skipped_hidden, 2u);
  EXPECT_TRUE(set.errors.empty());

  set = ExpandInputs({d}, {{"*.txt"}, {"sub/**"}});
  ASSERT_EQ(set.files.size(), 1u);
  EXPECT_EQ(set.files[0], (dir_ / "b.txt").string());
  set = ExpandInputs({d}, {{}, {"sub"}});
  EXPECT_EQ(set.files.size(), 2u);
  set = ExpandInputs({d}, {{"*.nothing"}, {}});
  ASSERT_EQ(set.errors.size(), 1u);
  EXPECT_FALSE(set.errors[0].io);
}

TEST_F(InputReaderTest, Globs) {
  EXPECT_TRUE(GlobMatch("*.txt", "a.txt"));
  EXPECT_FALSE(GlobMatch("*.txt", "a.txt.bak"));
  EXPECT_FALSE(GlobMatch("*.txt", "sub/a.txt"));
  EXPECT_TRUE(GlobMatch("**/*.txt", "a.txt"));
  EXPECT_TRUE(GlobMatch("**/*.txt", "x/y/a.txt"));
  EXPECT_TRUE(GlobMatch("sub/**", "sub/x/y"));
  EXPECT_FALSE(GlobMatch("sub/*", "sub/x/y"));
  EXPECT_TRUE(GlobMatch("day-??.jsonl", "day-01.jsonl"));
  EXPECT_TRUE(GlobMatch("[ab]*.csv", "b1.csv"));
  EXPECT_FALSE(GlobMatch("[!ab]*.csv", "b1.csv"));
  EXPECT_TRUE(GlobMatch("[0-9]*", "7.txt"));
}

// ================================================================ issue 8: speech recognition

struct AsrCase {
  const char* file;
  const char* id;
};

class AsrSample : public InputReaderTest, public ::testing::WithParamInterface<AsrCase> {};

TEST_P(AsrSample, ReadsTheCallWithSpeakersAndSeconds) {
  const fs::path p = fs::path(HUASHU_SOURCE_DIR) / "tests/e2e/inputs" / GetParam().file;
  auto r = ReadPath(p.string());
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  const Conversation& c = r.convs[0];
  EXPECT_EQ(c.id, GetParam().id);
  EXPECT_EQ(c.channel, Channel::kCall);
  ASSERT_EQ(c.turns.size(), 9u);
  EXPECT_EQ(c.turns[0].text, "您好，很高兴为您服务，请问有什么可以帮您？");
  EXPECT_NEAR(c.turns[0].start, 0.62, 1e-9);
  EXPECT_NEAR(c.turns[0].end, 4.38, 1e-9);
  EXPECT_NEAR(c.turns[8].start, 40.3, 1e-9);
  const bool speakers = std::string_view(GetParam().file) != "asr_whisper.json";
  for (size_t i = 0; i < c.turns.size(); ++i) {
    const bool agent = i % 2 == 0 || i == 8;
    EXPECT_EQ(c.turns[i].speaker, !speakers || agent ? Speaker::kAgent : Speaker::kCustomer)
        << GetParam().file << " turn " << i;
  }
  // A note says which speaker was taken for the agent (the WebVTT sample
  // names its voices 客服小王 and 客户: nothing to say).
  const bool named = std::string_view(GetParam().file) == "asr_call.vtt";
  ASSERT_EQ(r.errors.size(), named ? 0u : 1u) << r.Messages();
  if (!named) {
    EXPECT_FALSE(r.errors[0].dropped);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Vendors, AsrSample,
    ::testing::Values(AsrCase{"asr_aliyun.json", "4b56f0c4b2c611ee9e7b5b0e4c3a0f21"},
                      AsrCase{"asr_tencent.json", "1284671905"},
                      AsrCase{"asr_iflytek.json", "DKHJQ202611221012345678"},
                      AsrCase{"asr_volcano.json", "asr_volcano"},
                      AsrCase{"asr_whisper.json", "asr_whisper"},
                      AsrCase{"asr_whisper_cpp.json", "asr_whisper_cpp"},
                      AsrCase{"asr_call.vtt", "asr_call"}, AsrCase{"asr_call.srt", "asr_call"}),
    [](const auto& info) {
      std::string n = info.param.file;
      for (char& ch : n)
        if (ch == '.') ch = '_';
      return n;
    });

TEST_F(InputReaderTest, AgentSpeakerPicksTheAgent) {
  ReaderOptions o;
  o.agent_speaker = 1;
  const fs::path p = fs::path(HUASHU_SOURCE_DIR) / "tests/e2e/inputs/asr_aliyun.json";
  auto r = ReadPath(p.string(), InputFormat::kAuto, o);
  ASSERT_EQ(r.convs.size(), 1u);
  EXPECT_EQ(r.convs[0].turns[0].speaker, Speaker::kCustomer);
  EXPECT_EQ(r.convs[0].turns[1].speaker, Speaker::kAgent);
  EXPECT_TRUE(r.errors.empty()) << r.Messages();
}

TEST_F(InputReaderTest, BrokenAsrFieldsAreNamed) {
  auto r = Read(
      R"({"Result": {"Sentences": [{"Text": "您好", "BeginTime": 0, "EndTime": 1e300, "ChannelId": 0}]}})" "\n"
      R"({"Response": {"Data": {"ResultDetail": [{"StartMs": 0, "EndMs": 10, "SpeakerId": 0}]}}})" "\n"
      R"({"result": {"utterances": [{"text": 3, "start_time": 0, "end_time": 10}]}})" "\n"
      R"({"segments": [{"start": -1, "end": 2, "text": "您好"}]})" "\n"
      R"({"lattice": [{"json_1best": "not json"}]})" "\n"
      R"({"transcription": [{"offsets": {"from": 0, "to": 10}, "text": "您好", "speaker": 1e300}]})" "\n",
      InputFormat::kJsonl);
  EXPECT_TRUE(r.convs.empty());
  ASSERT_EQ(r.errors.size(), 6u) << r.Messages();
  EXPECT_EQ(r.errors[0].message.rfind("Result.Sentences[0].EndTime must be a time", 0), 0u);
  EXPECT_EQ(r.errors[1].message, "ResultDetail[0].FinalSentence missing");
  EXPECT_EQ(r.errors[2].message, "utterances[0].text must be a string");
  EXPECT_EQ(r.errors[3].message.rfind("segments[0].start must be a time", 0), 0u);
  EXPECT_EQ(r.errors[4].message, "lattice[0].json_1best is not JSON");
  EXPECT_EQ(r.errors[5].message.rfind("transcription[0].speaker must be", 0), 0u);
}

TEST_F(InputReaderTest, SubtitleVoicesAndBadCues) {
  auto r = Read(
      "WEBVTT\n\n"
      "00:01.000 --> 00:03.500\n<v 坐席>您好<i>，</i>请问有什么可以帮您？\n\n"
      "00:04.000 --> 00:05.000 align:start\n<v.loud 张女士>我要退货 &amp; 退款\n\n"
      "00:05.200 --> 00:06.000\n还有运费\n\n"
      "00:0x.000 --> 00:07.000\n坏的\n",
      InputFormat::kAuto, {}, "call.vtt");
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  const auto& t = r.convs[0].turns;
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].speaker, Speaker::kAgent);
  EXPECT_EQ(t[0].text, "您好，请问有什么可以帮您？");
  EXPECT_DOUBLE_EQ(t[0].start, 1.0);
  EXPECT_DOUBLE_EQ(t[0].end, 3.5);
  EXPECT_EQ(t[1].speaker, Speaker::kCustomer);
  EXPECT_EQ(t[1].text, "我要退货 & 退款");
  EXPECT_EQ(t[2].speaker, Speaker::kCustomer);  // no voice: the previous speaker
  ASSERT_EQ(r.errors.size(), 1u) << r.Messages();
  EXPECT_EQ(r.errors[0].line, 12u);
  EXPECT_NE(r.errors[0].message.find("bad cue timing"), std::string::npos);
}

TEST_F(InputReaderTest, SrtWithoutSpeakersIsTheAgentsWithANote) {
  auto r = Read("1\n00:00:01,000 --> 00:00:02,000\n您好\n\n2\n00:00:03,000 --> 00:00:04,000\n在吗\n",
                InputFormat::kAuto, {}, "x.srt");
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  ASSERT_EQ(r.convs[0].turns.size(), 2u);
  EXPECT_EQ(r.convs[0].turns[1].speaker, Speaker::kAgent);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("without speakers"), std::string::npos);
}

}  // namespace
}  // namespace huashu::transcript
