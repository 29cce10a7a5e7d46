// Scenario rule types on timed conversations, edge cases included:
// overlapping turns, unordered or missing times, events before the first
// turn, holds that never end, conversations with no agent turn.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace huashu::check {
namespace {

using testing::CheckWith;
using testing::Convo;
using testing::CountOf;
using transcript::Channel;
bool Skipped(const report::ConversationResult& r, std::string_view rule) {
  for (const auto& s : r.skipped_rules)
    if (s == rule) return true;
  return false;
}

constexpr const char* kRespond = R"(
name: t
rules:
  - id: thanks
    type: respond
    category: response
    trigger: {speaker: customer, any_of: [谢谢]}
    expect: {speaker: agent, any_of: [不客气, 不用谢]}
    within: {turns: 1}
    message: "客户说「{trigger}」后未回应"
)";

TEST(Respond, FiresWhenTheNextAgentTurnIgnoresTheTrigger) {
  auto r = CheckWith(kRespond, Convo({"客户: 好的谢谢", "客服: 请问还有其他问题吗"}));
  ASSERT_EQ(CountOf(r, "thanks"), 1);
  EXPECT_EQ(r.violations[0].message, "客户说「谢谢」后未回应");
  EXPECT_EQ(*r.violations[0].turn, 1u);
  EXPECT_EQ(r.violations[0].text, "谢谢");
}

TEST(Respond, PassesWhenAnswered) {
  EXPECT_EQ(CountOf(CheckWith(kRespond, Convo({"客户: 谢谢", "客服: 不客气"})), "thanks"), 0);
  // Only the expected speaker's turns count toward the window.
  EXPECT_EQ(
      CountOf(CheckWith(kRespond, Convo({"客户: 谢谢", "客户: 再见", "客服: 不用谢"})), "thanks"),
      0);
}

// One scratch checks conversation after conversation (as a worker thread
// does): what Evaluation::TurnsWith noted of one is not read for the next.
TEST(Respond, EachConversationIsJudgedOnItsOwnTurns) {
  rules::RulebookLoader loader;
  loader.AddText(kRespond, "test.yaml");
  const rules::CompiledRulebook book(loader.Finish());
  const Checker checker(book);
  CheckScratch scratch;
  report::ConversationResult r;
  const auto unanswered = Convo({"客服: 您好", "客户: 好的谢谢", "客服: 请问还有其他问题吗"});
  const auto answered = Convo({"客户: 谢谢", "客服: 不客气"});
  const auto no_trigger = Convo({"客户: 在吗", "客服: 在的"});
  for (int round = 0; round < 3; ++round) {
    checker.Check(unanswered, &scratch, &r);
    ASSERT_EQ(CountOf(r, "thanks"), 1);
    EXPECT_EQ(*r.violations[0].turn, 2u);
    checker.Check(no_trigger, &scratch, &r);
    EXPECT_EQ(CountOf(r, "thanks"), 0);
    checker.Check(answered, &scratch, &r);
    EXPECT_EQ(CountOf(r, "thanks"), 0);
  }
}

TEST(Respond, NoReplyAtAllIsNotJudged) {
  // The customer thanked and left: the agent had no turn to answer in.
  EXPECT_EQ(CountOf(CheckWith(kRespond, Convo({"客服: 您好", "客户: 谢谢"})), "thanks"), 0);
}

TEST(Respond, ATriggerSentInSeveralMessagesIsOneFinding) {
  // Three messages before the agent's one reply share its window: a reviewer
  // sees one unanswered thanks, at the message the reply follows.
  auto r = CheckWith(kRespond, Convo({"客户: 谢谢", "客户: 谢谢啦", "客户: 真的谢谢", "客服: 嗯"}));
  ASSERT_EQ(CountOf(r, "thanks"), 1);
  EXPECT_EQ(*r.violations[0].turn, 3u);
  // A new trigger after the agent's reply is judged on its own.
  EXPECT_EQ(
      CountOf(CheckWith(kRespond, Convo({"客户: 谢谢", "客服: 嗯", "客户: 谢谢", "客服: 好"})),
              "thanks"),
      2);
}

TEST(Respond, BackchannelsAreNoReply) {
  constexpr const char* book = R"(
name: t
rules:
  - id: soothe
    type: respond
    category: response
    trigger: {any_of: [吃出头发]}
    expect: {any_of: [抱歉], backchannel: [嗯, 对, 您说]}
    within: {turns: 1}
    message: m
)";
  // The agent listening (嗯 / 对对 您说) while the customer goes on: the
  // apology that follows the story answers in time.
  EXPECT_EQ(CountOf(CheckWith(book, Convo({"客户: 我吃出头发了", "客服: 嗯", "客户: 就在米饭里",
                                           "客服: 对对 您说", "客服: 非常抱歉"})),
                    "soothe"),
            0);
  // A turn with more than backchannel words is a reply.
  EXPECT_EQ(
      CountOf(
          CheckWith(book, Convo({"客户: 我吃出头发了", "客服: 嗯 订单号多少", "客服: 非常抱歉"})),
          "soothe"),
      1);
}

TEST(Respond, TheWelcomeSentFirstIsNoReply) {
  constexpr const char* book = R"(
name: t
rules:
  - id: soothe
    type: respond
    category: response
    trigger: {any_of: [太慢了]}
    expect: {any_of: [抱歉], skip_opening: [您好]}
    within: {turns: 1}
    message: m
)";
  // The complaint typed before anyone answered meets the welcome; the reply
  // after it is the one judged.
  EXPECT_EQ(CountOf(CheckWith(book, Convo({"客户: 退款太慢了", "客服: 您好，有什么可以帮您",
                                           "客服: 抱歉让您久等"})),
                    "soothe"),
            0);
  {
    // Reported at the complaint, naming the reply that lacked the apology.
    auto r = CheckWith(
        book, Convo({"客户: 退款太慢了", "客服: 您好，有什么可以帮您", "客服: 请提供订单号"}));
    ASSERT_EQ(CountOf(r, "soothe"), 1);
    EXPECT_EQ(*r.violations[0].turn, 1u);
    ASSERT_TRUE(r.violations[0].reply_turn.has_value());
    EXPECT_EQ(*r.violations[0].reply_turn, 3u);
  }
  // Only the side's first turn: a welcome-like line later is a reply.
  EXPECT_EQ(CountOf(CheckWith(book, Convo({"客服: 您好", "客户: 退款太慢了",
                                           "客服: 您好，请提供订单号", "客服: 抱歉让您久等"})),
                    "soothe"),
            1);
  // A first turn without a welcome word answers straight away.
  EXPECT_EQ(
      CountOf(
          CheckWith(book, Convo({"客户: 退款太慢了", "客服: 请提供订单号", "客服: 抱歉让您久等"})),
          "soothe"),
      1);
}

TEST(Wordless, AnEmojiAloneIsNoAnswerButBesideWordsItIsFine) {
  constexpr const char* book = R"(
name: t
rules:
  - id: wordless
    type: wordless
    category: forbidden
    message: "只有「{text}」"
)";
  auto r = CheckWith(book, Convo({"客户: 能便宜点吗", "客服: 😊", "客户: ？"}));
  ASSERT_EQ(CountOf(r, "wordless"), 1);
  EXPECT_EQ(r.violations[0].message, "只有「😊」");
  EXPECT_EQ(*r.violations[0].turn, 2u);
  // Sent beside the worded answer, or words with it: decoration.
  EXPECT_EQ(
      CountOf(CheckWith(book, Convo({"客户: 到了吗", "客服: 已签收", "客服: 👍"})), "wordless"), 0);
  EXPECT_EQ(CountOf(CheckWith(book, Convo({"客户: 到了吗", "客服: 到啦👍"})), "wordless"), 0);
  // Redacted digits are not symbols.
  EXPECT_EQ(CountOf(CheckWith(book, Convo({"客户: 工号多少", "客服: ******"})), "wordless"), 0);
}

TEST(Respond, AHandOffWithoutTheAnswerClosesTheWindow) {
  constexpr const char* book = R"(
name: t
rules:
  - id: soothe
    type: respond
    category: response
    trigger: {speaker: customer, any_of: [虫子]}
    expect: {speaker: agent, any_of: [抱歉], hand_off: [转到]}
    within: {turns: 3}
    message: "m"
)";
  // The next desk's apology comes within three replies, but after the hand-off.
  EXPECT_EQ(CountOf(CheckWith(book, Convo({"客户: 饭里有虫子", "客服: 给您转到食安组",
                                           "客户: 好", "客服: 非常抱歉"})),
                    "soothe"),
            1);
  // Without a hand-off the same apology is in time.
  EXPECT_EQ(CountOf(CheckWith(book, Convo({"客户: 饭里有虫子", "客服: 请问是哪个订单",
                                           "客户: 这个", "客服: 非常抱歉"})),
                    "soothe"),
            0);
  // An apology said with the hand-off answers.
  EXPECT_EQ(CountOf(CheckWith(book, Convo({"客户: 饭里有虫子", "客服: 非常抱歉 给您转到食安组"})),
                    "soothe"),
            0);
}

TEST(Earlier, SinceStartsTheWindowAtTheLastMark) {
  constexpr const char* book = R"(
name: t
rules:
  - id: soothe
    type: respond
    category: response
    trigger:
      speaker: customer
      any_of: [虫子]
      unless:
        - earlier: [抱歉]
          within: 1000
          since: [接手]
    expect: {speaker: agent, any_of: [抱歉]}
    within: {turns: 1}
    message: "m"
)";
  // The first desk apologised before the hand-over; the new agent did not.
  EXPECT_EQ(CountOf(CheckWith(book, Convo({"客户: 饭里有虫子", "客服: 抱歉 帮您转接",
                                           "客服: 我是接手的小美", "客户: 有虫子",
                                           "客服: 请发图片"})),
                    "soothe"),
            1);
  // The new agent's own apology counts.
  EXPECT_EQ(CountOf(CheckWith(book, Convo({"客户: 饭里有虫子", "客服: 抱歉 帮您转接",
                                           "客服: 我是接手的小美 抱歉久等",
                                           "客户: 有虫子", "客服: 请发图片"})),
                    "soothe"),
            0);
}

TEST(RepeatedReply, TheSameLinePastedOverANewQuestionIsReportedOnce) {
  constexpr const char* book = R"(
name: t
rules:
  - id: again
    type: repeated_reply
    category: response
    nothing_new: [好的, 嗯, 在吗]
    message: "又发了「{text}」"
)";
  auto r = CheckWith(book, Convo({"客服: 审核通过后短信通知您", "客户: 那寄到哪里？",
                                  "客服: 审核通过后，短信通知您！"}));
  ASSERT_EQ(CountOf(r, "again"), 1);
  EXPECT_EQ(*r.violations[0].turn, 3u);  // 1-based, the repeat
  // Nothing new between: an acknowledgement, a ping, or only symbols.
  for (const char* between : {"客户: 好的", "客户: 嗯 在吗", "客户: ？？"})
    EXPECT_EQ(CountOf(CheckWith(book, Convo({"客服: 审核通过后短信通知您", between,
                                             "客服: 审核通过后短信通知您"})),
                      "again"),
              0)
        << between;
  // Two messages in a row from the agent are no reply to anything.
  EXPECT_EQ(CountOf(CheckWith(book, Convo({"客户: 在么", "客服: 审核通过后短信通知您",
                                           "客服: 审核通过后短信通知您"})),
                    "again"),
            0);
  // Short replies are said again by nature (min_letters 6 by default).
  EXPECT_EQ(CountOf(CheckWith(book, Convo({"客服: 好的亲", "客户: 那就这样", "客服: 好的亲"})),
                    "again"),
            0);
}

TEST(Respond, SecondsWindowNeedsTimes) {
  constexpr const char* book = R"(
name: t
rules:
  - id: fast
    type: respond
    category: response
    trigger: {any_of: [投诉]}
    expect: {any_of: [抱歉]}
    within: {seconds: 10}
    message: m
)";
  auto untimed = CheckWith(book, Convo({"客户: 我要投诉", "客服: 您说"}));
  EXPECT_EQ(CountOf(untimed, "fast"), 0);
  EXPECT_TRUE(Skipped(untimed, "fast"));
  auto late =
      CheckWith(book, Convo({"[0-2] 客户: 我要投诉", "[3-4] 客服: 您说", "[30-32] 客服: 很抱歉"}));
  EXPECT_EQ(CountOf(late, "fast"), 1);
}

TEST(Respond, AReplyAfterTheWindowIsLate) {
  constexpr const char* book = R"(
name: t
rules:
  - id: fast
    type: respond
    category: response
    trigger: {any_of: [谢谢]}
    expect: {any_of: [不客气]}
    within: {seconds: 30}
    message: m
)";
  EXPECT_EQ(CountOf(CheckWith(book, Convo({"[0-1] 客户: 谢谢", "[100-101] 客服: 嗯"})), "fast"), 1);
  EXPECT_EQ(CountOf(CheckWith(book, Convo({"[0-1] 客户: 谢谢", "[100-101] 客服: 不客气"})), "fast"),
            1);
  EXPECT_EQ(CountOf(CheckWith(book, Convo({"[0-1] 客户: 谢谢", "[5-6] 客服: 不客气"})), "fast"), 0);
}

TEST(Events, ListedOutOfOrderAreTakenInTimeOrder) {
  constexpr const char* book = R"(
name: t
rules:
  - id: limit
    type: hold_limit
    category: hold
    max_seconds: 60
    message: "等待 {seconds} 秒"
)";
  auto c =
      Convo({"[0-2] 客服: 请您稍等", "[30] hold_end", "[20] hold_start", "[31-33] 客服: 久等了"},
            Channel::kCall);
  transcript::SortEvents(&c);
  EXPECT_EQ(CountOf(CheckWith(book, c), "limit"), 0);
}

constexpr const char* kHold = R"(
name: t
rules:
  - id: consent
    type: event
    category: hold
    event: hold_start
    side: before
    within: {turns: 2, seconds: 60}
    all_of:
      - {name: 征求同意, any_of: [好吗, 可以吗]}
      - {name: 告知时间, any_of: [稍等, 一分钟]}
    message: "保持前缺少：{missing}"
  - id: thanks_after
    type: event
    category: hold
    event: hold_end
    side: after
    within: {turns: 1, seconds: 30}
    any_of: [感谢您的耐心等待, 让您久等了]
    message: "回线后缺少：{missing}"
  - id: limit
    type: hold_limit
    category: hold
    max_seconds: 60
    message: "等待 {seconds} 秒，超过 {limit} 秒未回线致歉"
)";

TEST(Hold, ConsentAndThanks) {
  auto good = CheckWith(
      kHold, Convo({"[0-3] 客服: 我帮您查询一下，请您稍等一分钟，好吗？", "[3-4] 客户: 好的",
                    "[5] hold_start", "[40] hold_end", "[40.5-43] 客服: 感谢您的耐心等待，查到了"},
                   Channel::kCall));
  EXPECT_TRUE(good.violations.empty()) << good.violations[0].message;

  auto bad = CheckWith(kHold, Convo({"[0-3] 客服: 等一下", "[5] hold_start", "[40] hold_end",
                                     "[41-43] 客服: 查到了"},
                                    Channel::kCall));
  ASSERT_EQ(CountOf(bad, "consent"), 1);
  ASSERT_EQ(CountOf(bad, "thanks_after"), 1);
  for (const auto& v : bad.violations) {
    if (v.rule == "consent") {
      EXPECT_EQ(v.message, "保持前缺少：征求同意、告知时间");
      EXPECT_EQ(v.time, 5);
    }
  }
}

TEST(Hold, LimitReportsTheNumbers) {
  auto r = CheckWith(kHold, Convo({"[0-3] 客服: 请您稍等一分钟，好吗", "[5] hold_start",
                                   "[250] hold_end", "[250.5-252] 客服: 让您久等了"},
                                  Channel::kCall));
  ASSERT_EQ(CountOf(r, "limit"), 1);
  for (const auto& v : r.violations) {
    if (v.rule == "limit") {
      EXPECT_EQ(v.message, "等待 245 秒，超过 60 秒未回线致歉");
      EXPECT_EQ(v.time, 5);
      EXPECT_FALSE(v.turn.has_value());
    }
  }
}

TEST(Hold, CheckingBackRestartsTheClock) {
  auto r = CheckWith(kHold, Convo({"[0-3] 客服: 请您稍等一分钟，好吗", "[5] hold_start",
                                   "[50-53] 客服: 还在查证中，请您再稍等", "[100] hold_end",
                                   "[100.5-102] 客服: 让您久等了"},
                                  Channel::kCall));
  EXPECT_EQ(CountOf(r, "limit"), 0);
}

TEST(Hold, HoldThatNeverEndsRunsToTheHangup) {
  auto r = CheckWith(kHold, Convo({"[0-3] 客服: 请您稍等一分钟，好吗", "[5] hold_start",
                                   "[200] hangup by customer"},
                                  Channel::kCall));
  EXPECT_EQ(CountOf(r, "limit"), 1);
  EXPECT_EQ(CountOf(r, "thanks_after"), 0);  // no hold_end: nothing to thank after
}

TEST(Hold, EventsBeforeTheFirstTurn) {
  // A hold before anyone spoke: no consent could have been asked in words.
  auto r = CheckWith(kHold, Convo({"[0] hold_start", "[10] hold_end", "[11-13] 客服: 让您久等了"},
                                  Channel::kCall));
  EXPECT_EQ(CountOf(r, "consent"), 1);
  EXPECT_EQ(CountOf(r, "limit"), 0);
}

TEST(Hold, MissingTimesSkipNotFire) {
  auto r = CheckWith(
      kHold, Convo({"客服: 等一下", "hold_start", "hold_end", "客服: 查到了"}, Channel::kCall));
  EXPECT_EQ(CountOf(r, "consent"), 0);
  EXPECT_EQ(CountOf(r, "limit"), 0);
  EXPECT_TRUE(Skipped(r, "consent"));
  EXPECT_TRUE(Skipped(r, "limit"));
}

constexpr const char* kTiming = R"(
name: t
rules:
  - id: gap
    type: gap
    category: dead_air
    max_seconds: 5
    message: "客户说完后 {seconds} 秒无回应（上限 {limit} 秒）"
  - id: overlap
    type: overlap
    category: interruption
    tolerance_seconds: 0.5
    message: "抢话 {seconds} 秒"
  - id: rate
    type: rate
    category: speech_rate
    max_chars_per_second: 5
    min_chars: 8
    message: "语速 {rate} 字/秒，超过 {limit} 字/秒"
)";

TEST(Timing, DeadAirExcludesHold) {
  auto r = CheckWith(
      kTiming, Convo({"[0-2] 客户: 我的快递呢", "[9-11] 客服: 我帮您看一下"}, Channel::kCall));
  ASSERT_EQ(CountOf(r, "gap"), 1);
  EXPECT_EQ(r.violations[0].message, "客户说完后 7 秒无回应（上限 5 秒）");
  EXPECT_EQ(*r.violations[0].turn, 2u);
  auto held = CheckWith(kTiming, Convo({"[0-2] 客户: 我的快递呢", "[2.5] hold_start",
                                        "[40] hold_end", "[41-43] 客服: 让您久等了"},
                                       Channel::kCall));
  EXPECT_EQ(CountOf(held, "gap"), 0);
}

TEST(Timing, OverlapBeyondTolerance) {
  auto r = CheckWith(
      kTiming,
      Convo({"[0-6] 客户: 我跟你说这个东西质量太差了", "[3-5] 客服: 您先别急"}, Channel::kCall));
  EXPECT_EQ(CountOf(r, "overlap"), 1);
  auto backchannel = CheckWith(
      kTiming, Convo({"[0-6] 客户: 我跟你说", "[5.8-6.5] 客服: 嗯嗯，您说"}, Channel::kCall));
  EXPECT_EQ(CountOf(backchannel, "overlap"), 0);
}

TEST(Timing, SpeechRate) {
  auto fast = CheckWith(
      kTiming, Convo({"[0-2] 客服: 您好很高兴为您服务请问有什么可以帮您"}, Channel::kCall));
  ASSERT_EQ(CountOf(fast, "rate"), 1);
  EXPECT_EQ(fast.violations[0].message, "语速 9.0 字/秒，超过 5 字/秒");
  auto calm = CheckWith(
      kTiming, Convo({"[0-5] 客服: 您好，很高兴为您服务，请问有什么可以帮您？"}, Channel::kCall));
  EXPECT_EQ(CountOf(calm, "rate"), 0);  // punctuation is not spoken
  auto short_turn = CheckWith(kTiming, Convo({"[0-0.5] 客服: 好的好的"}, Channel::kCall));
  EXPECT_EQ(CountOf(short_turn, "rate"), 0);
}

TEST(Timing, UnorderedOrMissingTimesNeverFire) {
  auto untimed =
      CheckWith(kTiming, Convo({"客户: 我的快递呢", "客服: 我帮您看一下"}, Channel::kCall));
  EXPECT_TRUE(untimed.violations.empty());
  EXPECT_TRUE(Skipped(untimed, "gap"));
  EXPECT_TRUE(Skipped(untimed, "overlap"));
  EXPECT_TRUE(Skipped(untimed, "rate"));
  // The agent's reply listed before the question it answers: no negative gap, no crash.
  auto unordered = CheckWith(
      kTiming, Convo({"[9-11] 客服: 我帮您看一下", "[0-2] 客户: 我的快递呢"}, Channel::kCall));
  EXPECT_EQ(CountOf(unordered, "gap"), 0);
}

TEST(Timing, NoAgentTurn) {
  auto r = CheckWith(kTiming, Convo({"[0-2] 客户: 喂？", "[3-4] 客户: 有人吗"}, Channel::kCall));
  EXPECT_TRUE(r.violations.empty());
}

TEST(Timing, ChatFirstResponse) {
  constexpr const char* book = R"(
name: t
rules:
  - id: first
    type: gap
    category: response
    channel: chat
    max_seconds: 10
    first_only: true
    message: "首次响应 {seconds} 秒"
)";
  auto slow = CheckWith(book, Convo({"[0] 客户: 在吗", "[5] 客户: 有人吗", "[68] 客服: 在的亲"}));
  ASSERT_EQ(CountOf(slow, "first"), 1);
  EXPECT_EQ(slow.violations[0].message, "首次响应 68 秒");  // from the first unanswered message
  auto quick = CheckWith(
      book, Convo({"[0] 客户: 在吗", "[3] 客服: 在的亲", "[60] 客户: 好", "[200] 客服: 好的"}));
  EXPECT_EQ(CountOf(quick, "first"), 0);
}

// An excerpt's first reply is not the conversation's: a gap rule with
// not_judged_if leaves it, and says why.
TEST(Timing, FirstResponseOfAnExcerptIsNotJudged) {
  constexpr const char* book = R"(
name: t
rules:
  - id: first
    type: gap
    category: response
    channel: chat
    max_seconds: 3
    first_only: true
    not_judged_if:
      - turn: first
        speaker: agent
        any_of: ["已经帮您"]
        reason: 记录从会话中途开始
    message: "首次响应 {seconds} 秒"
)";
  auto excerpt = CheckWith(
      book, Convo({"[0] 客服: 已经帮您改好了", "[10] 客户: 好的谢谢", "[20] 客服: 不客气"}));
  EXPECT_EQ(CountOf(excerpt, "first"), 0);
  ASSERT_EQ(excerpt.not_judged.size(), 1u);
  EXPECT_EQ(excerpt.not_judged[0].reason, "记录从会话中途开始");
  auto whole = CheckWith(book, Convo({"[0] 客户: 在吗", "[9] 客服: 在的亲"}));
  EXPECT_EQ(CountOf(whole, "first"), 1);
}

constexpr const char* kCall = R"(
name: t
rules:
  - id: silent
    type: silent_call
    category: silent_call
    channel: call
    greeting: [请问有什么可以帮您, 请问可以听得见吗]
    notice: [电话没有声音, 重新拨打]
    min_attempts: 2
    pause_seconds: 3
    wait_seconds: 3
    message: "无声电话：{detail}"
  - id: answer
    type: answer
    category: greeting
    channel: call
    max_rings: 3
    late_apology: [让您久等了]
    message: "接听：{detail}"
  - id: hangup
    type: hangup
    category: closing
    channel: call
    goodbye: [再见]
    wait_seconds: 3
    message: "挂机：{detail}"
)";

TEST(SilentCall, ScriptFollowed) {
  auto r = CheckWith(
      kCall,
      Convo({"[0-2] 客服: 您好，请问有什么可以帮您？", "[5.5-7.5] 客服: 您好，请问有什么可以帮您？",
             "[11-16] 客服: 很抱歉，您的电话没有声音，请您挂机后重新拨打，再见！",
             "[19.5] hangup by agent"},
            Channel::kCall));
  EXPECT_TRUE(r.violations.empty()) << r.violations[0].message;
}

TEST(SilentCall, ShortcutsAreFindings) {
  auto r = CheckWith(kCall, Convo({"[0-2] 客服: 您好，请问有什么可以帮您？", "[2.5-3] 客服: 喂喂？",
                                   "[3.5] hangup by agent"},
                                  Channel::kCall));
  EXPECT_EQ(CountOf(r, "silent"), 2);  // one greeting only, no notice
  EXPECT_EQ(CountOf(r, "hangup"), 0);  // a silent call is judged by the silent-call rule alone
  bool attempts = false;
  for (const auto& v : r.violations)
    attempts = attempts || v.message == "无声电话：无声电话问候 1 次，应至少 2 次";
  EXPECT_TRUE(attempts);
}

TEST(SilentCall, PausesAreMeasuredInTimeOrder) {
  // A greeting after the notice is measured from the notice before it, not
  // from the last greeting (which would give a negative pause).
  auto spaced = CheckWith(kCall, Convo({"[0-2] 客服: 您好，请问有什么可以帮您？",
                                        "[5.5-7.5] 客服: 您好，请问有什么可以帮您？",
                                        "[11-16] 客服: 很抱歉，您的电话没有声音，请您重新拨打",
                                        "[19.5-20] 客服: 请问可以听得见吗", "[24] hangup by agent"},
                                       Channel::kCall));
  EXPECT_TRUE(spaced.violations.empty()) << spaced.violations[0].message;
  auto hurried = CheckWith(kCall, Convo({"[0-2] 客服: 您好，请问有什么可以帮您？",
                                         "[5.5-7.5] 客服: 您好，请问有什么可以帮您？",
                                         "[11-16] 客服: 很抱歉，您的电话没有声音，请您重新拨打",
                                         "[17-18] 客服: 请问可以听得见吗", "[24] hangup by agent"},
                                        Channel::kCall));
  ASSERT_EQ(CountOf(hurried, "silent"), 1);
  EXPECT_EQ(hurried.violations[0].message, "无声电话：两次询问之间只停顿 1.0 秒，应至少 3 秒");
  EXPECT_EQ(hurried.violations[0].turn, 4u);
  EXPECT_EQ(hurried.violations[0].time, 17.0);
}

TEST(SilentCall, PauseAndWaitBoundaries) {
  // Exactly the pause and the wait: in order.
  auto exact = CheckWith(
      kCall,
      Convo({"[0-2] 客服: 您好，请问有什么可以帮您？", "[5-7] 客服: 您好，请问有什么可以帮您？",
             "[10-15] 客服: 很抱歉，您的电话没有声音，请您重新拨打", "[18] hangup by agent"},
            Channel::kCall));
  EXPECT_TRUE(exact.violations.empty()) << exact.violations[0].message;
  // Half a second short of each.
  auto short_ = CheckWith(
      kCall,
      Convo({"[0-2] 客服: 您好，请问有什么可以帮您？", "[4.5-7] 客服: 您好，请问有什么可以帮您？",
             "[10-15] 客服: 很抱歉，您的电话没有声音，请您重新拨打", "[17.5] hangup by agent"},
            Channel::kCall));
  std::vector<std::string> messages;
  for (const auto& v : short_.violations) messages.push_back(v.message);
  EXPECT_EQ(messages, (std::vector<std::string>{"无声电话：两次询问之间只停顿 2.5 秒，应至少 3 秒",
                                                "无声电话：告知后 2.5 秒即挂机，应稍等 3 秒"}));
  // Exactly min_attempts greetings is enough (the notice counts as no greeting).
  auto two =
      CheckWith(kCall, Convo({"[0-2] 客服: 请问有什么可以帮您？", "[5-7] 客服: 请问可以听得见吗",
                              "[10-15] 客服: 您的电话没有声音，请重新拨打", "[20] hangup by agent"},
                             Channel::kCall));
  EXPECT_TRUE(two.violations.empty()) << two.violations[0].message;
}

TEST(SilentCall, NotASilentCallWhenTheCustomerSpeaks) {
  auto r = CheckWith(
      kCall,
      Convo({"[0-2] 客服: 您好", "[3-4] 客户: 你好", "[5] hangup by customer"}, Channel::kCall));
  EXPECT_EQ(CountOf(r, "silent"), 0);
}

TEST(Answer, RingsAndLateApology) {
  auto late =
      CheckWith(kCall, Convo({"[0] ring", "[5] ring", "[10] ring", "[15] ring", "[18] answer",
                              "[18.5-20] 客服: 您好，请问有什么可以帮您", "[21-22] 客户: 你好"},
                             Channel::kCall));
  ASSERT_EQ(CountOf(late, "answer"), 1);
  auto apologised = CheckWith(
      kCall, Convo({"[0] ring", "[5] ring", "[10] ring", "[15] ring", "[18] answer",
                    "[18.5-21] 客服: 您好，让您久等了，请问有什么可以帮您", "[22-23] 客户: 你好"},
                   Channel::kCall));
  EXPECT_EQ(CountOf(apologised, "answer"), 0);
  auto no_rings = CheckWith(kCall, Convo({"[0-2] 客服: 您好"}, Channel::kCall));
  EXPECT_TRUE(Skipped(no_rings, "answer"));
}

TEST(Hangup, AgentEndingTheCall) {
  auto proper = CheckWith(kCall, Convo({"[0-2] 客户: 没有了", "[2.5-4] 客服: 感谢您的来电，再见！",
                                        "[7.5] hangup by agent"},
                                       Channel::kCall));
  EXPECT_EQ(CountOf(proper, "hangup"), 0);
  auto abrupt = CheckWith(
      kCall,
      Convo({"[0-2] 客户: 没有了", "[2.5-4] 客服: 好的", "[4.2] hangup by agent"}, Channel::kCall));
  EXPECT_EQ(CountOf(abrupt, "hangup"), 1);
  auto cut_off = CheckWith(kCall, Convo({"[0-2] 客服: 感谢您的来电，再见！",
                                         "[5-9] 客户: 等一下我还有个问题", "[6] hangup by agent"},
                                        Channel::kCall));
  // Cut off while the customer speaks (the goodbye and the wait were fine).
  ASSERT_EQ(CountOf(cut_off, "hangup"), 1);
  EXPECT_EQ(cut_off.violations[0].message, "挂机：客户仍在说话时坐席挂机");
  EXPECT_EQ(cut_off.violations[0].turn, 2u);
  auto customer =
      CheckWith(kCall, Convo({"[0-2] 客户: 好的", "[3] hangup by customer"}, Channel::kCall));
  EXPECT_EQ(CountOf(customer, "hangup"), 0);
}

TEST(Required, GreetingMaySpanTheFirstBurstOfMessages) {
  constexpr const char* book = R"(
name: t
rules:
  - id: greeting
    type: required
    category: greeting
    scope: {first: 1}
    all_of:
      - {name: 问候, any_of: [您好]}
      - {name: 服务, any_of: [很高兴为您服务]}
    message: "欢迎语缺少：{missing}"
)";
  EXPECT_TRUE(CheckWith(book, Convo({"客户: 在吗", "客服: 亲，您好~", "客服: 很高兴为您服务"}))
                  .violations.empty());
  // Once the customer has spoken, a later message is not the greeting.
  EXPECT_EQ(CheckWith(book, Convo({"客服: 在的", "客户: 在吗", "客服: 您好，很高兴为您服务"}))
                .violations.size(),
            1u);
}

TEST(Required, GreetingInFirstAgentTurnAndClosingOrder) {
  constexpr const char* book = R"(
name: t
rules:
  - id: closing
    type: required
    category: closing
    scope: {last: 2}
    all_of:
      - {name: 询问其他需求, any_of: [还有其他问题吗]}
      - {name: 告别, any_of: [再见]}
    in_order: true
    message: "结束语：{missing}"
)";
  auto ok = CheckWith(book, Convo({"客服: 请问还有其他问题吗？", "客户: 没有了", "客服: 再见"}));
  EXPECT_TRUE(ok.violations.empty());
  auto reversed =
      CheckWith(book, Convo({"客服: 再见", "客户: 等等", "客服: 请问还有其他问题吗？"}));
  ASSERT_EQ(reversed.violations.size(), 1u);
  EXPECT_NE(reversed.violations[0].message.find("顺序"), std::string::npos);
  auto missing = CheckWith(book, Convo({"客服: 好的", "客服: 再见"}));
  ASSERT_EQ(missing.violations.size(), 1u);
  EXPECT_EQ(missing.violations[0].message, "结束语：询问其他需求");
  // A goodbye said early and again after the question is in order.
  auto again = CheckWith(book, Convo({"客服: 再见", "客户: 等等", "客服: 请问还有其他问题吗？",
                                      "客户: 没了", "客服: 再见"}));
  EXPECT_TRUE(again.violations.empty()) << again.violations[0].message;
  auto no_agent = CheckWith(book, Convo({"客户: 在吗"}));
  EXPECT_TRUE(no_agent.violations.empty());
  EXPECT_TRUE(Skipped(no_agent, "closing"));
}

}  // namespace
}  // namespace huashu::check

namespace huashu::check {
namespace {

constexpr const char* kListening = R"(
name: t
rules:
  - id: listening
    type: listening
    category: response
    channel: call
    max_seconds: 30
    message: "客户连续讲话 {seconds} 秒，坐席未回应（上限 {limit} 秒）"
)";

transcript::Conversation Timed(std::vector<std::tuple<const char*, double, double>> turns) {
  transcript::Conversation c;
  c.id = "c";
  c.channel = transcript::Channel::kCall;
  for (auto [line, start, end] : turns) {
    const std::string_view s(line);
    transcript::Turn t;
    t.speaker =
        s.rfind("客户", 0) == 0 ? transcript::Speaker::kCustomer : transcript::Speaker::kAgent;
    t.text = std::string(s.substr(s.find(' ') + 1));
    t.start = start;
    t.end = end;
    c.turns.push_back(t);
  }
  return c;
}

TEST(Listening, LongCustomerSpeechWithoutAnAcknowledgementFires) {
  auto r = testing::CheckWith(
      kListening,
      Timed({{"客服: 您好", 0, 2}, {"客户: 我跟你说啊", 3, 20}, {"客户: 然后呢", 20, 40}}));
  ASSERT_EQ(r.violations.size(), 1u);
  EXPECT_EQ(r.violations[0].message, "客户连续讲话 37 秒，坐席未回应（上限 30 秒）");
  EXPECT_EQ(*r.violations[0].turn, 2u);
}

TEST(Listening, AnAgentTurnDuringTheSpeechSplitsIt) {
  auto r = testing::CheckWith(kListening, Timed({{"客服: 您好", 0, 2},
                                                 {"客户: 我跟你说啊", 3, 20},
                                                 {"客服: 嗯", 18, 19},
                                                 {"客户: 然后呢", 20, 40}}));
  EXPECT_TRUE(r.violations.empty());
}

TEST(Listening, ExactlyTheLimitIsFineAndUntimedCallsAreSkipped) {
  auto r = testing::CheckWith(kListening, Timed({{"客服: 您好", 0, 2}, {"客户: 说", 2, 32}}));
  EXPECT_TRUE(r.violations.empty());
  r = testing::CheckWith(kListening, Timed({{"客服: 您好", 0, 2}, {"客户: 说", 2, 32.5}}));
  EXPECT_EQ(r.violations.size(), 1u);
  auto untimed = testing::Convo({"客服: 您好", "客户: 说"});
  untimed.channel = transcript::Channel::kCall;
  r = testing::CheckWith(kListening, untimed);
  ASSERT_EQ(r.skipped_rules.size(), 1u);
}

constexpr const char* kLateReply = R"(
name: t
rules:
  - id: late
    type: late_reply
    category: response
    channel: chat
    max_seconds: 180
    late_apology: [久等]
    message: "{seconds}/{limit}"
)";

transcript::Conversation TimedChat(std::vector<std::tuple<const char*, double, double>> turns) {
  auto c = Timed(std::move(turns));
  c.channel = transcript::Channel::kChat;
  return c;
}

TEST(LateReply, EveryReplyIsTimedFromTheFirstUnansweredMessage) {
  // The second reply is late: 20 → 230 counts from the first of the two
  // customer messages.
  auto r = testing::CheckWith(kLateReply, TimedChat({{"客户: 在吗", 0, 0},
                                                     {"客服: 在的", 5, 5},
                                                     {"客户: 有货吗", 20, 20},
                                                     {"客户: 急", 200, 200},
                                                     {"客服: 有的", 230, 230}}));
  ASSERT_EQ(r.violations.size(), 1u);
  EXPECT_EQ(r.violations[0].message, "210/180");
  EXPECT_EQ(*r.violations[0].turn, 5u);  // 1-based
}

TEST(LateReply, TheApologyMayComeInTheNextBubbleButNotAfterTheCustomer) {
  auto r = testing::CheckWith(
      kLateReply,
      TimedChat({{"客户: 在吗", 0, 0}, {"客服: 在的", 300, 300}, {"客服: 让您久等了", 302, 302}}));
  EXPECT_TRUE(r.violations.empty());
  r = testing::CheckWith(kLateReply, TimedChat({{"客户: 在吗", 0, 0},
                                                {"客服: 在的", 300, 300},
                                                {"客户: 哦", 310, 310},
                                                {"客服: 让您久等了", 312, 312}}));
  EXPECT_EQ(r.violations.size(), 1u);
}

TEST(LateReply, ExactlyTheLimitIsFineAndUntimedChatsAreSkipped) {
  auto r =
      testing::CheckWith(kLateReply, TimedChat({{"客户: 在吗", 0, 0}, {"客服: 在的", 180, 180}}));
  EXPECT_TRUE(r.violations.empty());
  auto untimed = testing::Convo({"客户: 在吗", "客服: 在的"});
  r = testing::CheckWith(kLateReply, untimed);
  EXPECT_TRUE(r.violations.empty());
  EXPECT_TRUE(Skipped(r, "late"));
}

constexpr const char* kFestival = R"(
name: t
rules:
  - id: fest
    type: festival
    category: greeting
    any_of: [新年好, 节日快乐]
    holidays:
      春节: ["2026-02-17"]
      国庆节: ["2028-10-03"]
      中秋节: ["2028-10-03"]
    message: "{festival} {date}"
)";

TEST(Festival, JudgedOnListedDaysOnlyAndSkippedWithoutADate) {
  auto c = testing::Convo({"客服: 您好", "客户: 在吗"});
  c.started_at = "2026-02-17T09:00:00+08:00";
  auto r = testing::CheckWith(kFestival, c);
  ASSERT_EQ(r.violations.size(), 1u);
  EXPECT_EQ(r.violations[0].message, "春节 2026-02-17");
  c.started_at = "2028-10-03 10:00";
  r = testing::CheckWith(kFestival, c);
  ASSERT_EQ(r.violations.size(), 1u);
  EXPECT_EQ(r.violations[0].message, "国庆节、中秋节 2028-10-03");
  c.started_at = "2026-02-18T09:00:00+08:00";
  EXPECT_TRUE(testing::CheckWith(kFestival, c).violations.empty());
  c.started_at = "";
  r = testing::CheckWith(kFestival, c);
  EXPECT_TRUE(r.violations.empty());
  EXPECT_TRUE(Skipped(r, "fest"));
}

TEST(Festival, TheGreetingMayComeInTheSecondBubble) {
  auto c = testing::Convo({"客服: 您好", "客服: 节日快乐", "客户: 在吗"});
  c.started_at = "2026-02-17";
  EXPECT_TRUE(testing::CheckWith(kFestival, c).violations.empty());
}

constexpr const char* kSurname = R"(
name: t
rules:
  - id: surname
    type: surname
    category: required
    given:
      any_of: ["(我|免贵)姓", 姓]
      unless: [{before: [百], within: 0}]
    titles: [先生, 女士]
    message: "{surname}"
)";

TEST(Surname, TheSurnameMustBeUsedWithATitleLater) {
  auto r = testing::CheckWith(kSurname,
                              testing::Convo({"客户: 免贵姓 王", "客服: 好的先生", "客服: 再见"}));
  ASSERT_EQ(r.violations.size(), 1u);
  EXPECT_EQ(r.violations[0].message, "王");
  EXPECT_EQ(*r.violations[0].turn, 1u);  // the customer's turn, 1-based
  EXPECT_TRUE(testing::CheckWith(kSurname, testing::Convo({"客户: 我姓王", "客服: 好的汪先生"}))
                  .violations.empty());  // same sound: a transcript's spelling
  EXPECT_EQ(testing::CheckWith(kSurname, testing::Convo({"客户: 我姓王", "客服: 好的李先生"}))
                .violations.size(),
            1u);
}

TEST(Surname, NoSurnameOrNothingSaidAfterItIsNotJudged) {
  auto none = [](const report::ConversationResult& r) { return r.violations.empty(); };
  EXPECT_TRUE(none(CheckWith(kSurname, Convo({"客户: 我要改姓名", "客服: 好的先生"}))));
  EXPECT_TRUE(none(CheckWith(kSurname, Convo({"客户: 老百姓不容易", "客服: 是的先生"}))));
  EXPECT_TRUE(none(CheckWith(kSurname, Convo({"客户: 我姓*", "客服: 好的先生"}))));
  EXPECT_TRUE(none(CheckWith(kSurname, Convo({"客服: 您贵姓", "客户: 姓王"}))));
  // A masked name in the agent's words may be the title; a masked number is not.
  EXPECT_TRUE(none(CheckWith(kSurname, Convo({"客户: 我姓王", "客服: 好的***请稍等"}))));
  EXPECT_FALSE(
      none(CheckWith(kSurname, Convo({"客户: 我姓王", "客服: 号码是***********对吗先生"}))));
}

constexpr const char* kReadback = R"(
name: t
rules:
  - id: readback
    type: readback
    category: response
    digits: 7
    expect: ["核对一下", "对吗"]
    within: {turns: 2}
    message: m
)";

TEST(Readback, ANumberTheCustomerGaveIsReadBack) {
  auto fires = [](std::initializer_list<std::string_view> turns) {
    return CountOf(CheckWith(kReadback, Convo(turns)), "readback");
  };
  EXPECT_EQ(fires({"客户: 13912345678", "客服: 好的", "客服: 我帮您登记"}), 1);
  EXPECT_EQ(fires({"客户: 13912345678", "客服: 139 1234 5678", "客服: 我帮您登记"}), 0);
  EXPECT_EQ(fires({"客户: 13912345678", "客服: 我跟您核对一下号码"}), 0);
  // spoken digits, and 嗯 while the customer dictates, which is no reply
  EXPECT_EQ(
      fires({"客户: 幺三九一二三四五六七八", "客服: 嗯", "客服: 嗯", "客服: 尾号五六七八对吗"}), 0);
  // dictated over three turns: one finding, at the last
  auto r = CheckWith(kReadback,
                     Convo({"客户: 139", "客户: 1234 5678", "客户: 123456789", "客服: 好的收到"}));
  ASSERT_EQ(r.violations.size(), 1u);
  EXPECT_EQ(*r.violations[0].turn, 3u);
  EXPECT_TRUE(r.violations[0].text.empty());  // the number is never quoted
  // an e-mail address counts; no number, or no word after it, is not judged
  EXPECT_EQ(fires({"客户: 邮箱 abc@example.com", "客服: 好的收到"}), 1);
  EXPECT_EQ(fires({"客户: 三号下的单", "客服: 好的"}), 0);
  EXPECT_EQ(fires({"客户: 13912345678"}), 0);
}

// The caller saying again digits the agent has just read back confirms
// them; adding digits to a partial read-back gives a number to check again.
TEST(Readback, TheCallerConfirmingDigitsReadBackGivesNoNewNumber) {
  auto fires = [](std::initializer_list<std::string_view> turns) {
    return CountOf(CheckWith(kReadback, Convo(turns)), "readback");
  };
  EXPECT_EQ(fires({"客户: 4081926", "客服: 四零八一九二六对吗",
                   "客户: 嗯 我再报一下 四零八一九二六", "客服: 好的我帮您查一下"}),
            0);
  EXPECT_EQ(fires({"客户: 2026 1130 5", "客服: 202611305，后面呢", "客户: 完整的是2026113057788421",
                   "客服: 好的我帮您查一下"}),
            1);
  // the agent's own job number is no read-back of the caller's number
  EXPECT_EQ(fires({"客服: 4589号为您服务", "客户: 户号是三二零一五五八七", "客服: 好的记下了"}), 1);
}

// A given-phrase asked as a question gives nothing to read back.
TEST(Readback, AGivenPhraseAskedAsAQuestionGivesNothing) {
  constexpr const char* book = R"yaml(
name: t
rules:
  - id: readback
    type: readback
    category: response
    digits: 7
    given: ["账号(是|为)"]
    expect: ["核对一下"]
    message: m
)yaml";
  auto fires = [&](std::initializer_list<std::string_view> turns) {
    return CountOf(CheckWith(book, Convo(turns)), "readback");
  };
  EXPECT_EQ(fires({"客户: 我的会员账号是没问题的吧", "客服: 是的，一切正常"}), 0);
  EXPECT_EQ(fires({"客户: 我的账号是zhang_san", "客服: 好的我记下了"}), 1);
}

constexpr const char* kRestate = R"(
name: t
rules:
  - id: restate
    type: restate
    category: response
    min_letters: 10
    echo: 4
    expect: ["您是说"]
    message: m
)";

TEST(Restate, TheProblemIsPutBackInAnyWords) {
  auto fires = [](std::initializer_list<std::string_view> turns) {
    return CountOf(CheckWith(kRestate, Convo(turns, Channel::kCall)), "restate");
  };
  EXPECT_EQ(fires({"客户: 我的外卖一直没有送到家里", "客服: 好的我催一下"}), 1);
  // a restating phrase, or four of the customer's letters in a row
  EXPECT_EQ(fires({"客户: 我的外卖一直没有送到家里", "客服: 您是说还没到对吗"}), 0);
  EXPECT_EQ(fires({"客户: 我的外卖一直没有送到家里", "客服: 一直没有送到是吗"}), 0);
  // a call-back that opened by putting the problem
  EXPECT_EQ(fires({"客服: 您是说外卖没到对吗", "客户: 对我的外卖一直没有送到家里", "客服: 好的"}),
            0);
  // nothing told (short turns, or a long question), or nothing said after it
  EXPECT_EQ(fires({"客户: 几点营业", "客服: 九点"}), 0);
  EXPECT_EQ(fires({"客户: 我填的这些资料商家那边能看到吗", "客服: 看不到"}), 0);
  EXPECT_EQ(fires({"客服: 您好", "客户: 我的外卖一直没有送到家里"}), 0);
}

}  // namespace
}  // namespace huashu::check
