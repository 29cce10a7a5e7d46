// huashu check -o html, the binary end to end (no browser: the page in
// Chromium is tests/e2e/html_test.py): one self-contained page, personal
// data masked as in every other format, the same counts as the JSON report.

#include <regex>

#include "e2e_util.h"

namespace huashu::e2e {
namespace {

const char kPhoneChat[] =
    R"({"id":"p1","channel":"chat","platform":"jd","agent":{"id":"jd-kf-99","name":"小安"},)"
    R"("started_at":"2026-11-23T21:15:00+08:00","turns":[)"
    R"({"speaker":"customer","text":"怎么联系你们？"},)"
    R"({"speaker":"agent","text":"您好，您可以直接打我手机13812345678联系我哦"}]})"
    "\n";

TEST(HtmlReport, MasksPersonalDataLikeEveryFormat) {
  const std::string in = Write("phone.jsonl", kPhoneChat);
  const Result html = Huashu("check -o html " + Quote(in));
  EXPECT_EQ(html.status, 1) << html.err;
  EXPECT_EQ(html.out.find("13812345678"), std::string::npos);
  EXPECT_NE(html.out.find("138****5678"), std::string::npos);
  for (const char* format : {"json", "jsonl", "text", "sarif"}) {
    const Result r = Huashu(std::string("check -o ") + format + " " + Quote(in));
    EXPECT_EQ(r.out.find("13812345678"), std::string::npos) << format;
  }
}

TEST(HtmlReport, ChartsByHourFromStartedAtOrTheFirstMessageTime) {
  // Two findings at 21 o'clock (started_at), one at 9 (the first message's
  // time, no started_at).
  const std::string in =
      Write("times.jsonl",
            std::string(kPhoneChat) +
                R"({"id":"t2","agent":"a2","turns":[)"
                R"({"speaker":"customer","time":"2026-11-24T09:05:00+08:00","text":"在吗"},)"
                R"({"speaker":"agent","time":"2026-11-24T09:05:02+08:00","text":"不知道"}]})"
                "\n");
  const json j = json::parse(Huashu("check " + Quote(in)).out);
  const auto& cs = j["conversations"];
  ASSERT_EQ(cs.size(), 2u);
  ASSERT_GT(cs[1]["violations"].size(), 0u);
  const std::string html = Huashu("check -o html " + Quote(in)).out;
  EXPECT_NE(html.find("<title>21：" + std::to_string(cs[0]["violations"].size()) + "</title>"),
            std::string::npos);
  EXPECT_NE(html.find("<title>9：" + std::to_string(cs[1]["violations"].size()) + "</title>"),
            std::string::npos);
  EXPECT_NE(html.find(">11-24</text>"), std::string::npos);  // two days: a chart by day
}

TEST(HtmlReport, CountsAgreeWithTheJsonReport) {
  const Result html = Huashu("check -o html samples/chats.jsonl samples/calls.jsonl");
  const Result js = Huashu("check -o json samples/chats.jsonl samples/calls.jsonl");
  ASSERT_EQ(html.status, js.status) << html.err;
  const json j = json::parse(js.out);
  const std::string total = std::to_string(j["summary"]["violations"].get<int>());
  EXPECT_NE(html.out.find("<b>" + total + "</b><span>问题总数</span>"), std::string::npos);
  EXPECT_NE(html.out.find("<span id=\"hs-count\">" + total + "</span>"), std::string::npos);
  // One row of embedded data per finding.
  const size_t data = html.out.find("<script id=\"hs-data\"");
  ASSERT_NE(data, std::string::npos);
  const size_t begin = html.out.find('>', data) + 1;
  const json rows = json::parse(html.out.substr(begin, html.out.find("</script>", begin) - begin));
  EXPECT_EQ(rows["f"].size(), Violations(j).size());
  // Offline: nothing fetched.
  EXPECT_FALSE(std::regex_search(html.out, std::regex("<(script|img|link)[^>]* (src|href)=")));
}

}  // namespace
}  // namespace huashu::e2e
