// Chat exports of the shop back-ends (issue 8): the WeCom chat archive
// (会话内容存档) and Qianniu (千牛) chat records. Good input, each kind of
// malformed record, sniffing by `--input auto`.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/transcript/reader.h"

namespace huashu::transcript {
namespace {

namespace fs = std::filesystem;

struct ShopReadResult {
  std::vector<Conversation> convs;
  std::vector<ReadError> errors;
  std::string Messages() const {
    std::string s;
    for (const auto& e : errors) s += std::to_string(e.line) + ": " + e.message + "\n";
    return s;
  }
  // The first diagnostic containing `part`, or nullptr.
  const ReadError* Find(std::string_view part) const {
    for (const auto& e : errors)
      if (e.message.find(part) != std::string::npos) return &e;
    return nullptr;
  }
};

class ShopExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(::testing::TempDir()) /
           ("shop_export_" + std::string(info->name()) + "_" + std::to_string(getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  ShopReadResult Read(std::string_view content, InputFormat format = InputFormat::kAuto,
                      const std::string& name = "in.txt", const ReaderOptions& options = {}) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    ShopReadResult r;
    auto reader = OpenInput(p.string(), format, options);
    Conversation c;
    while (reader->Next(&c, &r.errors)) r.convs.push_back(c);
    reader->TakeErrors(&r.errors);
    return r;
  }

  fs::path dir_;
};

// Two 32-character external contact ids and an employee userid.
constexpr const char* kBuyer = "wmK3vQ9sDAAbT7xYp2LfRk8eWnZc1HuA";
constexpr const char* kOther = "wmP8dLqXCAAw5mJzR0tVb6sYgKe3NfQB";

std::string Text(const std::string& from, const std::string& to, int64_t ms,
                 const std::string& text, const std::string& room = "") {
  return R"({"msgid":"m)" + std::to_string(ms) + R"(","action":"send","from":")" + from +
         R"(","tolist":[")" + to + R"("],"roomid":")" + room + R"(","msgtime":)" +
         std::to_string(ms) + R"(,"msgtype":"text","text":{"content":")" + text + "\"}}\n";
}

constexpr int64_t kT0 = 1795399331000;  // 2026-11-23 10:02:11 +08:00

// ================================================================ WeCom

TEST_F(ShopExportTest, WecomNumericStringTimesAreRead) {
  const std::string in = R"({"msgid":"a","from":"Lin","tolist":[")" + std::string(kBuyer) +
                         R"("],"msgtime":")" + std::to_string(kT0) +
                         R"(","msgtype":"text","text":{"content":"您好"}})"
                         "\n";
  auto r = Read(in, InputFormat::kWecom);
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  EXPECT_EQ(r.convs[0].started_at, "2026-11-23T10:02:11+08:00");
}

TEST_F(ShopExportTest, WecomChatBecomesOneConversation) {
  const std::string in = Text(kBuyer, "LinXiaoyu", kT0, "你好，在吗") +
                         Text("LinXiaoyu", kBuyer, kT0 + 2500, "您好，很高兴为您服务") +
                         Text(kBuyer, "LinXiaoyu", kT0 + 60000, "谢谢");
  auto r = Read(in, InputFormat::kAuto, "archive.jsonl");
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  const Conversation& c = r.convs[0];
  EXPECT_EQ(c.id, std::string("LinXiaoyu~") + kBuyer);
  EXPECT_EQ(c.agent_id, "LinXiaoyu");
  EXPECT_EQ(c.started_at, "2026-11-23T10:02:11+08:00");
  EXPECT_EQ(c.channel, Channel::kChat);
  EXPECT_TRUE(c.platform.empty());
  ASSERT_EQ(c.turns.size(), 3u);
  EXPECT_EQ(c.turns[0].speaker, Speaker::kCustomer);
  EXPECT_EQ(c.turns[1].speaker, Speaker::kAgent);
  EXPECT_EQ(c.turns[1].text, "您好，很高兴为您服务");
  EXPECT_DOUBLE_EQ(c.turns[1].start, 2.5);
  EXPECT_DOUBLE_EQ(c.turns[2].start, 60);
  EXPECT_EQ(c.turns[2].line, 3u);
  EXPECT_EQ(c.source.line, 1u);
  EXPECT_TRUE(r.errors.empty()) << r.Messages();
}

TEST_F(ShopExportTest, WecomInterleavedChatsAreGroupedAndKeepInputOrder) {
  const std::string in = Text(kBuyer, "Lin", kT0, "一") + Text(kOther, "Zhao", kT0 + 1000, "二") +
                         Text("Zhao", kOther, kT0 + 2000, "三") +
                         Text("Lin", kBuyer, kT0 + 3000, "四");
  auto r = Read(in, InputFormat::kWecom);
  ASSERT_EQ(r.convs.size(), 2u) << r.Messages();
  EXPECT_EQ(r.convs[0].id, std::string("Lin~") + kBuyer);
  ASSERT_EQ(r.convs[0].turns.size(), 2u);
  EXPECT_EQ(r.convs[0].turns[1].text, "四");
  EXPECT_EQ(r.convs[1].id, std::string("Zhao~") + kOther);
}

TEST_F(ShopExportTest, WecomLongSilenceAfterAnAnswerStartsANewSession) {
  const int64_t hour = 3600 * 1000;
  const std::string in = Text(kBuyer, "Lin", kT0, "在吗") +
                         // Unanswered overnight: still the same session.
                         Text("Lin", kBuyer, kT0 + 10 * hour, "您好，久等了") +
                         Text(kBuyer, "Lin", kT0 + 30 * hour, "又是我");
  auto r = Read(in, InputFormat::kWecom);
  ASSERT_EQ(r.convs.size(), 2u) << r.Messages();
  EXPECT_EQ(r.convs[0].turns.size(), 2u);
  EXPECT_DOUBLE_EQ(r.convs[0].turns[1].start, 36000);
  EXPECT_EQ(r.convs[1].id, std::string("Lin~") + kBuyer + "#2");
}

TEST_F(ShopExportTest, WecomNonTextMessagesArePlaceholdersAndNoticesAreCounted) {
  const std::string t = std::to_string(kT0);
  const std::string in =
      R"({"msgid":"a","action":"send","from":")" + std::string(kBuyer) +
      R"(","tolist":["Lin"],"roomid":"","msgtime":)" + t +
      R"(,"msgtype":"agree","agree":{"userid":"x","agree_time":1}})"
      "\n" +
      R"({"msgid":"b","action":"send","from":")" + kBuyer +
      R"(","tolist":["Lin"],"roomid":"","msgtime":)" + t +
      R"(,"msgtype":"image","image":{"sdkfileid":"abc","filesize":10}})"
      "\n" +
      R"({"msgid":"c","action":"switch","time":)" + t +
      R"(,"user":"Lin"})"
      "\n" +
      R"({"msgid":"d","action":"send","from":"Lin","tolist":[")" + kBuyer +
      R"("],"roomid":"","msgtime":)" + t +
      R"(,"msgtype":"mixed","mixed":{"item":[{"type":"text","content":"{\"content\":\"您好\"}"},{"type":"image","content":"{}"}]}})"
      "\n" +
      R"({"msgid":"e","action":"recall","from":"Lin","tolist":[")" + kBuyer +
      R"("],"roomid":"","msgtime":)" + t +
      R"(,"msgtype":"revoke","revoke":{"pre_msgid":"d"}})"
      "\n" +
      R"({"msgid":"f","action":"send","from":"Lin","tolist":[")" + kBuyer +
      R"("],"roomid":"","msgtime":)" + t +
      R"(,"msgtype":"future_kind","future_kind":{}})"
      "\n";
  auto r = Read(in, InputFormat::kAuto, "mixed.jsonl");
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  const auto& turns = r.convs[0].turns;
  ASSERT_EQ(turns.size(), 3u);
  EXPECT_EQ(turns[0].text, "[图片]");
  EXPECT_EQ(turns[0].speaker, Speaker::kCustomer);
  EXPECT_EQ(turns[1].text, "您好[图片]");
  EXPECT_EQ(turns[2].text, "[future_kind]");
  const ReadError* kept = r.Find("placeholder turns");
  ASSERT_NE(kept, nullptr) << r.Messages();
  EXPECT_FALSE(kept->dropped);
  EXPECT_NE(kept->message.find("[图片] 1"), std::string::npos) << kept->message;
  const ReadError* skipped = r.Find("skipped");
  ASSERT_NE(skipped, nullptr) << r.Messages();
  EXPECT_NE(skipped->message.find("1 consent notices"), std::string::npos);
  EXPECT_NE(skipped->message.find("1 recall notices"), std::string::npos);
  EXPECT_NE(skipped->message.find("1 account switches"), std::string::npos);
}

TEST_F(ShopExportTest, WecomMarkdownTextIsRead) {
  const std::string in = R"({"msgid":"a","from":"Lin","tolist":[")" + std::string(kBuyer) +
                         R"("],"msgtime":)" + std::to_string(kT0) +
                         R"(,"msgtype":"markdown","info":{"content":"**您好**，已为您登记"}})"
                         "\n";
  auto r = Read(in, InputFormat::kWecom);
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  EXPECT_EQ(r.convs[0].turns[0].text, "**您好**，已为您登记");
  EXPECT_EQ(r.Find("placeholder"), nullptr) << r.Messages();
}

TEST_F(ShopExportTest, WecomRobotsAreSystemAndInternalChatsAreCountedNotChecked) {
  const std::string robot = "wbE2tR7yUAAk9pLmN4qZx8cVb1SdFgHj";
  const std::string in = Text(robot, kBuyer, kT0, "欢迎入群", "wrRoom") +
                         Text(kBuyer, robot, kT0 + 1000, "你好", "wrRoom") +
                         Text("Chen", kBuyer, kT0 + 2000, "您好", "wrRoom") +
                         Text("Lin", "Chen", kT0 + 3000, "下午发货");
  auto r = Read(in, InputFormat::kWecom);
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  EXPECT_EQ(r.convs[0].id, "wrRoom");
  EXPECT_EQ(r.convs[0].turns[0].speaker, Speaker::kSystem);
  EXPECT_EQ(r.convs[0].turns[2].speaker, Speaker::kAgent);
  ASSERT_NE(r.Find("1 internal chats"), nullptr) << r.Messages();
}

TEST_F(ShopExportTest, WecomArrayDocumentKeepsEachMessagesLine) {
  const std::string in = "[\n  " + std::string(R"({"msgid":"a","from":")") + kBuyer +
                         R"(","tolist":["Lin"],"msgtime":)" + std::to_string(kT0) +
                         R"(,"msgtype":"text","text":{"content":"在吗"}},)"
                         "\n  " +
                         R"({"msgid":"b","from":"Lin","tolist":[")" + kBuyer +
                         R"("],"msgtime":"soon","msgtype":"text","text":{"content":"在的"}})"
                         "\n]\n";
  auto r = Read(in, InputFormat::kAuto, "archive.json");
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  ASSERT_EQ(r.errors.size(), 1u) << r.Messages();
  EXPECT_EQ(r.errors[0].line, 3u);
  EXPECT_NE(r.errors[0].message.find("msgtime must be a number of milliseconds"),
            std::string::npos);
  EXPECT_TRUE(r.errors[0].dropped);
}

TEST_F(ShopExportTest, WecomBrokenRecordsNameTheFieldAndTheBatchGoesOn) {
  const std::string t = std::to_string(kT0);
  const std::string in =
      Text(kBuyer, "Lin", kT0, "在吗") +
      R"({"msgid":"x","action":"send","tolist":["Lin"],"msgtime":)" + t +
      R"(,"msgtype":"text","text":{"content":"a"}})"
      "\n" +
      R"({"msgid":"x","action":"send","from":"Lin","tolist":["a"],"msgtime":1e300,"msgtype":"text","text":{"content":"a"}})"
      "\n" +
      R"({"msgid":"x","action":"send","from":"Lin","tolist":["a"],"msgtime":)" + t +
      R"(,"msgtype":"text","text":{"body":"a"}})"
      "\n" +
      R"({"msgid":"x","action":"send","from":"Lin","msgtime":)" + t +
      R"(,"msgtype":"text","text":{"content":"a"}})"
      "\n" +
      R"({"msgid":"x","action":"resend","from":"Lin"})"
      "\n" +
      "{not json\n" + Text("Lin", kBuyer, kT0 + 2000, "在的");
  auto r = Read(in, InputFormat::kAuto, "broken.jsonl");
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  EXPECT_EQ(r.convs[0].turns.size(), 2u);
  const std::vector<std::pair<uint32_t, std::string>> expected = {
      {2, "from missing"},
      {3, "msgtime must be milliseconds since 1970 between the years 2000 and 2100"},
      {4, "text.content missing"},
      {5, "tolist missing"},
      {6, "action must be send, recall or switch"},
      {7, "not JSON"}};
  ASSERT_EQ(r.errors.size(), expected.size()) << r.Messages();
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(r.errors[i].line, expected[i].first) << r.errors[i].message;
    EXPECT_NE(r.errors[i].message.find(expected[i].second), std::string::npos)
        << r.errors[i].message;
    EXPECT_NE(r.errors[i].message.find("WeCom archive"), std::string::npos);
    EXPECT_TRUE(r.errors[i].dropped);
  }
}

TEST_F(ShopExportTest, WecomEncryptedRecordsSayToDecryptFirst) {
  auto r = Read(
      R"({"errcode":0,"errmsg":"ok","chatdata":[{"seq":1,"msgid":"a","publickey_ver":1,"encrypt_random_key":"k","encrypt_chat_msg":"m"}]})"
      "\n",
      InputFormat::kAuto, "raw.json");
  EXPECT_TRUE(r.convs.empty());
  ASSERT_NE(r.Find("decrypt them with the finance SDK"), nullptr) << r.Messages();
}

TEST_F(ShopExportTest, CanonicalJsonLinesAreNotTakenForWecom) {
  auto r = Read(R"({"id": "c1", "turns": [{"speaker": "agent", "text": "您好"}]})"
                "\n",
                InputFormat::kAuto, "c.jsonl");
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  EXPECT_EQ(r.convs[0].id, "c1");
}

// ================================================================ Qianniu

constexpr std::string_view kQianniu =
    "tb_lan --> 青禾家居旗舰店:小满 2026-11-23 09:15:02\n"
    "你好，有大号的吗？\n"
    "青禾家居旗舰店:小满 2026-11-23 09:15:04\n"
    "您好，欢迎光临！\n"
    "大号的有现货。\n"
    "已读\n"
    "tb_lan --> 青禾家居旗舰店:小满 9:16:10\n"
    "好的\n"
    "青禾家居旗舰店:小满09:16:18\n"
    "请问还有其他问题吗？\n";

TEST_F(ShopExportTest, QianniuArrowLayoutIsSniffedAndMapped) {
  auto r = Read(kQianniu, InputFormat::kAuto, "records.txt");
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  const Conversation& c = r.convs[0];
  EXPECT_EQ(c.id, "records");
  EXPECT_EQ(c.platform, "taobao");
  EXPECT_EQ(c.agent_id, "青禾家居旗舰店:小满");
  EXPECT_EQ(c.started_at, "2026-11-23T09:15:02+08:00");
  ASSERT_EQ(c.turns.size(), 4u);
  EXPECT_EQ(c.turns[0].speaker, Speaker::kCustomer);
  EXPECT_EQ(c.turns[0].label, "tb_lan");
  EXPECT_EQ(c.turns[1].speaker, Speaker::kAgent);
  EXPECT_EQ(c.turns[1].text, "您好，欢迎光临！\n大号的有现货。");
  EXPECT_DOUBLE_EQ(c.turns[1].start, 2);
  EXPECT_DOUBLE_EQ(c.turns[2].start, 68);  // a bare clock takes the date before it
  EXPECT_EQ(c.turns[3].speaker, Speaker::kAgent);
  EXPECT_DOUBLE_EQ(c.turns[3].start, 76);  // no space between the name and the time
  EXPECT_EQ(c.turns[3].line, 10u);
  const ReadError* note = r.Find("1 status lines");
  ASSERT_NE(note, nullptr) << r.Messages();
  EXPECT_FALSE(note->dropped);
}

TEST_F(ShopExportTest, QianniuIsSniffedWhenTheShopSpeaksFirst) {
  // An auto-reply before the buyer's first arrow line: the plain header alone
  // would look like the generic chat layout.
  auto r = Read(
      "青禾家居旗舰店:小满 2026-11-23 09:15:00\n您好，欢迎光临！\n"
      "tb_lan --> 青禾家居旗舰店:小满 2026-11-23 09:15:02\n在吗\n");
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  EXPECT_EQ(r.convs[0].platform, "taobao");
  ASSERT_EQ(r.convs[0].turns.size(), 2u);
  EXPECT_EQ(r.convs[0].turns[1].speaker, Speaker::kCustomer);
  EXPECT_EQ(r.convs[0].turns[1].label, "tb_lan");
}

TEST_F(ShopExportTest, QianniuNewBuyerStartsANewConversation) {
  const std::string in = std::string(kQianniu) +
                         "jiang_77 --> 青禾家居旗舰店:阿哲 2026-11-23 20:41:30\n衣架断了\n"
                         "jiang_77 撤回了一条消息\n"
                         "青禾家居旗舰店:阿哲 2026-11-23 20:42:15\n哦\n";
  auto r = Read(in, InputFormat::kQianniu, "day.txt");
  ASSERT_EQ(r.convs.size(), 2u) << r.Messages();
  EXPECT_EQ(r.convs[1].id, "day#2");
  EXPECT_EQ(r.convs[1].source.line, 11u);
  ASSERT_EQ(r.convs[1].turns.size(), 2u);
  EXPECT_EQ(r.convs[1].turns[0].label, "jiang_77");
  EXPECT_DOUBLE_EQ(r.convs[1].turns[1].start, 45);
  EXPECT_EQ(r.convs[1].agent_id, "青禾家居旗舰店:阿哲");
  ASSERT_NE(r.Find("1 recall notices"), nullptr) << r.Messages();
}

TEST_F(ShopExportTest, QianniuTimeOnlyLinesNeedAKnownSender) {
  // A message that ends in a clock time stays a message.
  auto r = Read(
      "tb_lan --> 店:小满 2026-11-23 09:15:02\n"
      "我们约好明天 10:00:00\n"
      "店:小满 23:59:58\n好的\n"
      "店:小满 00:00:05\n已为您备注\n",
      InputFormat::kQianniu);
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  const auto& t = r.convs[0].turns;
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].text, "我们约好明天 10:00:00");
  EXPECT_DOUBLE_EQ(t[2].start, 86400 + 5 - (9 * 3600 + 15 * 60 + 2));  // past midnight
}

TEST_F(ShopExportTest, QianniuBrokenLinesAreDiagnosed) {
  auto r = Read(
      "开头没有消息头的一行\n"
      "tb_lan --> 店:小满 2026-13-23 09:15:02\n在吗\n"
      "店:小满 2026-11-23 09:15:04\n",
      InputFormat::kQianniu, "bad.txt");
  ASSERT_EQ(r.convs.size(), 1u) << r.Messages();
  ASSERT_EQ(r.convs[0].turns.size(), 2u);
  EXPECT_FALSE(HasTime(r.convs[0].turns[0].start));
  ASSERT_GE(r.errors.size(), 3u) << r.Messages();
  EXPECT_EQ(r.errors[0].line, 1u);
  EXPECT_NE(r.errors[0].message.find("not a Qianniu chat line"), std::string::npos);
  EXPECT_TRUE(r.errors[0].dropped);
  const ReadError* date = r.Find("is not a valid date and time");
  ASSERT_NE(date, nullptr) << r.Messages();
  EXPECT_EQ(date->line, 2u);
  EXPECT_FALSE(date->dropped);
  const ReadError* empty = r.Find("without text");
  ASSERT_NE(empty, nullptr) << r.Messages();
  EXPECT_EQ(empty->line, 4u);
}

TEST_F(ShopExportTest, NewInputNamesAreListed) {
  EXPECT_EQ(ParseInputFormat("wecom"), InputFormat::kWecom);
  EXPECT_EQ(ParseInputFormat("qianniu"), InputFormat::kQianniu);
  const auto names = InputFormatNames();
  EXPECT_EQ(names.front(), "auto");
  EXPECT_EQ(names.size(), 10u);
}

}  // namespace
}  // namespace huashu::transcript
