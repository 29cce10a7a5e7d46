// Every timed rule at its limit and one step over it: a value exactly at the
// limit is within it (no finding), one step over is a finding, with the
// message a QA reviewer reads. Times are multiples of 0.5 s (exact in
// binary), so the boundary is the boundary.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace huashu::check {
namespace {

using testing::CheckWith;
using testing::Convo;
using transcript::Channel;

std::vector<std::string> Messages(const report::ConversationResult& r, std::string_view rule) {
  std::vector<std::string> out;
  for (const auto& v : r.violations)
    if (v.rule == rule) out.push_back(v.message);
  return out;
}

using Lines = std::vector<std::string>;
using M = std::vector<std::string>;

report::ConversationResult Check(const char* book, const Lines& lines,
                                 Channel channel = Channel::kCall) {
  transcript::Conversation c;
  c.id = "b";
  c.channel = channel;
  std::string error;
  for (const auto& l : lines) {
    if (!transcript::ParseScriptLine(l, &c, &error)) throw std::runtime_error(error);
  }
  transcript::SortEvents(&c);
  return CheckWith(book, c);
}

constexpr const char* kBook = R"(
name: t
rules:
  - id: hold
    type: hold_limit
    category: hold
    channel: call
    max_seconds: 60
    message: "保持 {seconds} 秒（上限 {limit} 秒）"
  - id: gap
    type: gap
    category: dead_air
    channel: call
    max_seconds: 5
    message: "{seconds} 秒无回应（上限 {limit} 秒）"
  - id: first
    type: gap
    category: response
    channel: chat
    max_seconds: 10
    first_only: true
    message: "首次响应 {seconds} 秒（上限 {limit} 秒）"
  - id: overlap
    type: overlap
    category: interruption
    channel: call
    tolerance_seconds: 1.0
    message: "重叠 {seconds} 秒"
  - id: rate
    type: rate
    category: speech_rate
    channel: call
    max_chars_per_second: 8
    min_chars: 10
    message: "语速 {rate} 字/秒，超过 {limit} 字/秒"
  - id: respond
    type: respond
    category: response
    trigger: {speaker: customer, any_of: [投诉]}
    expect: {speaker: agent, any_of: [抱歉]}
    within: {seconds: 10}
    message: "「{trigger}」后 {seconds} 秒内未致歉"
  - id: respond_turns
    type: respond
    category: response
    trigger: {speaker: customer, any_of: [谢谢]}
    expect: {speaker: agent, any_of: [不客气]}
    within: {turns: 2}
    message: "「{trigger}」后 {turns} 句内未回应"
  - id: before
    type: event
    category: hold
    event: hold_start
    side: before
    within: {seconds: 10}
    any_of: [稍等]
    message: "{event} 前缺少：{missing}"
  - id: after
    type: event
    category: hold
    event: hold_end
    side: after
    within: {seconds: 10}
    any_of: [久等了]
    message: "{event} 后缺少：{missing}"
  - id: answer
    type: answer
    category: greeting
    channel: call
    max_rings: 3
    max_seconds: 10
    message: "接听：{detail}"
  - id: hangup
    type: hangup
    category: closing
    channel: call
    goodbye: [再见]
    wait_seconds: 3
    message: "挂机：{detail}"
)";

TEST(Boundary, HoldExactlyAtTheLimitIsNotOverIt) {
  EXPECT_EQ(Messages(Check(kBook, {"[0-1] 客户: 好", "[10] hold_start", "[70] hold_end",
                                   "[70.5-72] 客服: 久等了"}),
                     "hold"),
            M{});
  EXPECT_EQ(Messages(Check(kBook, {"[0-1] 客户: 好", "[10] hold_start", "[70.5] hold_end",
                                   "[71-72] 客服: 久等了"}),
                     "hold"),
            M{"保持 61 秒（上限 60 秒）"});
  // Checking back in during the hold restarts the clock: two 40 s stretches.
  EXPECT_EQ(Messages(Check(kBook, {"[0-1] 客户: 好", "[10] hold_start", "[50-51] 客服: 还在查",
                                   "[91] hold_end", "[91.5-93] 客服: 久等了"}),
                     "hold"),
            M{});
  EXPECT_EQ(Messages(Check(kBook, {"[0-1] 客户: 好", "[10] hold_start", "[50-51] 客服: 还在查",
                                   "[111.5] hold_end", "[112-113] 客服: 久等了"}),
                     "hold"),
            M{"保持 61 秒（上限 60 秒）"});
}

TEST(Boundary, DeadAirFromTheEndOfTheCustomersWords) {
  EXPECT_EQ(Messages(Check(kBook, {"[0-2] 客户: 查快递", "[7-8] 客服: 好的"}), "gap"), M{});
  EXPECT_EQ(Messages(Check(kBook, {"[0-2] 客户: 查快递", "[7.5-8] 客服: 好的"}), "gap"),
            M{"5.5 秒无回应（上限 5 秒）"});
  // A hold elsewhere in the call takes nothing off the gap.
  EXPECT_EQ(Messages(Check(kBook, {"[0-2] 客户: 查快递", "[7.5-8] 客服: 好的", "[20] hold_start",
                                   "[30] hold_end", "[30.5-31] 客服: 久等了"}),
                     "gap"),
            M{"5.5 秒无回应（上限 5 秒）"});
  // Time on hold does not count.
  EXPECT_EQ(Messages(Check(kBook, {"[0-2] 客户: 查快递", "[3] hold_start", "[30] hold_end",
                                   "[34-35] 客服: 久等了"}),
                     "gap"),
            M{});
}

TEST(Boundary, FirstChatReplyFromTheFirstMessage) {
  EXPECT_EQ(Messages(Check(kBook, {"[0] 客户: 在吗", "[5] 客户: 在不在", "[10] 客服: 在的"},
                           Channel::kChat),
                     "first"),
            M{});
  EXPECT_EQ(Messages(Check(kBook, {"[0] 客户: 在吗", "[5] 客户: 在不在", "[10.5] 客服: 在的"},
                           Channel::kChat),
                     "first"),
            M{"首次响应 10.5 秒（上限 10 秒）"});
  // first_only: a later slow reply is not judged.
  EXPECT_EQ(
      Messages(
          Check(kBook, {"[0] 客户: 在吗", "[1] 客服: 在的", "[5] 客户: 有货吗", "[100] 客服: 有的"},
                Channel::kChat),
          "first"),
      M{});
}

TEST(Boundary, OverlapAtTheTolerance) {
  EXPECT_EQ(
      Messages(Check(kBook, {"[0-6] 客户: 我想问一下那个订单", "[4-5] 客服: 嗯嗯好的"}), "overlap"),
      M{});
  EXPECT_EQ(Messages(Check(kBook, {"[0-6] 客户: 我想问一下那个订单", "[4-5.5] 客服: 嗯嗯好的"}),
                     "overlap"),
            M{"重叠 1.5 秒"});
  // Starting the moment the customer stops is no interruption.
  EXPECT_EQ(Messages(Check(kBook, {"[0-6] 客户: 我想问一下那个订单", "[6-9] 客服: 好的我看看"}),
                     "overlap"),
            M{});
}

TEST(Boundary, SpeechRateAtTheLimitAndMinimumLength) {
  // Ten characters in 1.25 s is 8 per second: at the limit.
  EXPECT_EQ(Messages(Check(kBook, {"[0-1.25] 客服: 您好请问有什么可以帮"}), "rate"), M{});
  EXPECT_EQ(Messages(Check(kBook, {"[0-1] 客服: 您好请问有什么可以帮"}), "rate"),
            M{"语速 10.0 字/秒，超过 8 字/秒"});
  // Nine characters are too short to judge, however fast; ten are not.
  EXPECT_EQ(Messages(Check(kBook, {"[0-0.5] 客服: 您好请问有什么可以"}), "rate"), M{});
  EXPECT_EQ(Messages(Check(kBook, {"[0-0.5] 客服: 您好请问有什么可以帮"}), "rate"),
            M{"语速 20.0 字/秒，超过 8 字/秒"});
}

TEST(Boundary, RespondWithinSeconds) {
  EXPECT_EQ(Messages(Check(kBook, {"[0-2] 客户: 我要投诉", "[12-13] 客服: 很抱歉"}), "respond"),
            M{});
  EXPECT_EQ(Messages(Check(kBook, {"[0-2] 客户: 我要投诉", "[12.5-13] 客服: 很抱歉"}), "respond"),
            M{"「投诉」后 10 秒内未致歉"});
}

TEST(Boundary, RespondWithinTurns) {
  EXPECT_EQ(Messages(Check(kBook, {"客户: 谢谢", "客服: 嗯", "客户: 好", "客服: 不客气"}),
                     "respond_turns"),
            M{});
  EXPECT_EQ(Messages(Check(kBook, {"客户: 谢谢", "客服: 嗯", "客服: 好", "客服: 不客气"}),
                     "respond_turns"),
            M{"「谢谢」后 2 句内未回应"});
}

TEST(Boundary, EventWindowInSeconds) {
  // A turn starting exactly 10 s before the hold is inside the window.
  EXPECT_EQ(Messages(Check(kBook, {"[10-12] 客服: 请稍等", "[20] hold_start", "[25] hold_end",
                                   "[25-26] 客服: 久等了"}),
                     "before"),
            M{});
  EXPECT_EQ(Messages(Check(kBook, {"[9.5-12] 客服: 请稍等", "[20] hold_start", "[25] hold_end",
                                   "[25-26] 客服: 久等了"}),
                     "before"),
            M{"hold_start 前缺少：「稍等」等"});
  EXPECT_EQ(Messages(Check(kBook, {"[10-12] 客服: 请稍等", "[20] hold_start", "[25] hold_end",
                                   "[26-27] 客服: 查到了", "[35-36] 客服: 久等了"}),
                     "after"),
            M{});
  EXPECT_EQ(Messages(Check(kBook, {"[10-12] 客服: 请稍等", "[20] hold_start", "[25] hold_end",
                                   "[26-27] 客服: 查到了", "[35.5-36] 客服: 久等了"}),
                     "after"),
            M{"hold_end 后缺少：「久等了」等"});
}

TEST(Boundary, AnswerRingsAndSeconds) {
  EXPECT_EQ(Messages(Check(kBook, {"[0] ring", "[4] ring", "[8] ring", "[10] answer",
                                   "[10.5-12] 客服: 您好"}),
                     "answer"),
            M{});
  EXPECT_EQ(Messages(Check(kBook, {"[0] ring", "[3] ring", "[6] ring", "[9] ring", "[9.5] answer",
                                   "[10-12] 客服: 您好"}),
                     "answer"),
            M{"接听：振铃 4 声才接听，应不超过 3 声"});
  EXPECT_EQ(Messages(Check(kBook, {"[0] ring", "[5] ring", "[10.5] answer", "[11-12] 客服: 您好"}),
                     "answer"),
            M{"接听：10.5 秒才接听，应在 10 秒内"});
}

TEST(Boundary, HangupWaitAfterTheGoodbye) {
  EXPECT_EQ(Messages(Check(kBook, {"[0-2] 客户: 没了", "[3-5] 客服: 再见", "[8] hangup by agent"}),
                     "hangup"),
            M{});
  EXPECT_EQ(
      Messages(Check(kBook, {"[0-2] 客户: 没了", "[3-5] 客服: 再见", "[7.5] hangup by agent"}),
               "hangup"),
      M{"挂机：道别后 2.5 秒即挂机，应稍等 3 秒"});
}

}  // namespace
}  // namespace huashu::check

namespace huashu::check {
namespace {

TEST(Boundary, HugeTimesAreWrittenInFull) {
  // A broken clock (a hold of 10^16 s) still gives a readable number.
  EXPECT_EQ(Messages(Check(kBook, {"[0-1] 客户: 好", "[10] hold_start", "[1e16] hold_end",
                                   "[1e16-1.5e16] 客服: 久等了"}),
                     "hold"),
            M{"保持 9999999999999990 秒（上限 60 秒）"});
}

constexpr const char* kPii = R"(
name: t
rules:
  - id: mobile
    type: pii
    category: pii
    detector: mobile
    allow: [订单号]
    message: "手机号 {match}"
)";

TEST(Boundary, PiiAllowPhraseEndsAtMostThreeCharactersBefore) {
  EXPECT_EQ(Messages(Check(kPii, {"客服: 订单号13812345678"}, Channel::kChat), "mobile"), M{});
  EXPECT_EQ(Messages(Check(kPii, {"客服: 订单号您看看13812345678"}, Channel::kChat), "mobile"),
            M{});
  EXPECT_EQ(Messages(Check(kPii, {"客服: 订单号您再看看13812345678"}, Channel::kChat), "mobile"),
            M{"手机号 138****5678"});
  // After the number is not before it.
  EXPECT_EQ(Messages(Check(kPii, {"客服: 13812345678订单号"}, Channel::kChat), "mobile"),
            M{"手机号 138****5678"});
}

}  // namespace
}  // namespace huashu::check

namespace huashu::check {
namespace {

TEST(Boundary, AnswerWithinOneSecond) {
  constexpr const char* book = R"(
name: t
rules:
  - id: quick
    type: answer
    category: greeting
    channel: call
    max_seconds: 1
    message: "接听：{detail}"
)";
  EXPECT_EQ(Messages(Check(book, {"[0] ring", "[1] answer", "[1-2] 客服: 您好"}), "quick"), M{});
  EXPECT_EQ(Messages(Check(book, {"[0] ring", "[1.5] answer", "[2-3] 客服: 您好"}), "quick"),
            M{"接听：1.5 秒才接听，应在 1 秒内"});
}

}  // namespace
}  // namespace huashu::check
