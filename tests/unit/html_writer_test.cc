// The HTML report (src/report/html_writer.cc): its embedded data, the
// aggregates of the overview and the agent table, and escaping. The page
// rendered in a browser is tested by tests/e2e/html_test.py.

#include <gtest/gtest.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "huashu/report/writer.h"

namespace huashu::report {
namespace {

using json = nlohmann::json;
using transcript::Speaker;

const std::vector<std::string>& Books() {
  static const std::vector<std::string> books = {"base", "pii", "chat"};
  return books;
}

Violation Finding(std::string rule, std::string category, std::string severity,
                  std::string conversation, std::string turn_text, Span span) {
  Violation v;
  v.rule = std::move(rule);
  v.category = std::move(category);
  v.severity = std::move(severity);
  v.message = "禁用语「" + v.rule + "」";
  v.suggestion = "请说：您好";
  v.conversation = std::move(conversation);
  v.turn = 2;
  v.speaker = Speaker::kAgent;
  v.span = span;
  v.turn_span = span;
  v.turn_text = std::move(turn_text);
  v.time = 12.34;
  v.source = {"day.jsonl", 3};
  v.match = MatchInfo{"pinyin", "微信", "威信 ≈ 微信（拼音 wei xin）"};
  return v;
}

ConversationResult Result(std::string id, std::string agent, std::string started_at,
                          std::vector<Violation> vs) {
  ConversationResult r;
  r.id = std::move(id);
  r.source = {"day.jsonl", 3};
  r.platform = "pinduoduo";
  r.agent_id = std::move(agent);
  r.agent_name = "小妮";
  r.started_at = std::move(started_at);
  r.violations = std::move(vs);
  r.score = 100 - 10 * static_cast<int>(r.violations.size());
  r.rulebooks = &Books();
  return r;
}

std::string WriteHtml(const std::vector<ConversationResult>& results,
                      const std::vector<Diagnostic>& diags = {}) {
  std::FILE* f = std::tmpfile();
  EXPECT_NE(f, nullptr);
  if (!f) return "";
  WriterOptions options;
  options.version = "9.8.7";
  Summary summary;
  {
    auto w = MakeWriter(*ParseOutputFormat("html"), f, options);
    EXPECT_TRUE(w->PrintsContext());  // the findings table shows the turn
    for (const auto& r : results) {
      summary.Add(r);
      w->Write(r);
    }
    for (const auto& d : diags) summary.AddRejected(d);
    w->Finish(summary, diags);
  }
  std::fflush(f);
  std::rewind(f);
  std::string out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return out;
}

// The text of <script id="ID" type="application/json">...</script>.
std::string ScriptBlock(const std::string& html, const std::string& id) {
  const std::string open = "<script id=\"" + id + "\" type=\"application/json\">";
  const size_t b = html.find(open);
  if (b == std::string::npos) return "";
  const size_t from = b + open.size();
  return html.substr(from, html.find("</script>", from) - from);
}

TEST(HtmlWriter, IsOneOfflinePage) {
  const std::string html = WriteHtml({Result("c1", "1428", "", {})});
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("</html>\n"), std::string::npos);
  // Nothing fetched: no external script, style, image or font.
  for (const char* s : {"src=", "<link", "http://", "https://", "@import", "url("}) {
    // The SVG namespace is an identifier, not a fetch.
    std::string rest = html;
    for (size_t at; (at = rest.find("http://www.w3.org/2000/svg")) != std::string::npos;)
      rest.erase(at, 26);
    EXPECT_EQ(rest.find(s), std::string::npos) << s;
  }
}

TEST(HtmlWriter, EmbedsCompactRowsAndTables) {
  const std::string html = WriteHtml({
      Result("c1", "1428", "2026-11-22T10:02:11+08:00",
             {Finding("forbidden.rude", "forbidden", "error", "c1", "你烦不烦啊", Span{1, 3}),
              Finding("forbidden.rude", "forbidden", "warning", "c1", "你烦不烦", Span{0, 1})}),
      Result("c2", "1428", "2026-11-22T15:30:00+08:00", {}),  // clean: no row
      Result("c3", "2051", "2026-11-23 09:00:00",
             {Finding("pii.mobile", "pii", "info", "c3", "电话138****5678", Span{2, 13})}),
  });
  const json meta = json::parse(ScriptBlock(html, "hs-meta"));
  const json data = json::parse(ScriptBlock(html, "hs-data"));
  ASSERT_EQ(data["c"].size(), 2u);  // conversations with findings only
  ASSERT_EQ(data["f"].size(), 3u);
  EXPECT_EQ(data["c"][0],
            json::parse(R"(["c1","day.jsonl",3,0,0,0,80,"2026-11-22T10:02:11+08:00"])"));
  EXPECT_EQ(data["c"][1][0], "c3");
  EXPECT_EQ(data["c"][1][3], 1);  // agent 2051
  const json& f = data["f"][2];
  EXPECT_EQ(f[0], 1);  // conversation row
  EXPECT_EQ(meta["r"][f[1].get<int>()], json::parse(R"(["pii.mobile","pii"])"));
  EXPECT_EQ(f[2], 2);     // info
  EXPECT_EQ(f[3], 2);     // turn
  EXPECT_EQ(f[4], 0);     // agent
  EXPECT_EQ(f[5], 12.3);  // one decimal
  EXPECT_EQ(f[6], "电话138****5678");
  EXPECT_EQ(f[7], 2);
  EXPECT_EQ(f[8], 13);
  // Repeated strings are written once and referred to by index.
  EXPECT_EQ(meta["s"][f[10].get<int>()], "请说：您好");
  EXPECT_EQ(data["f"][0][10], data["f"][1][10]);
  EXPECT_EQ(meta["s"][f[12].get<int>()], "威信 ≈ 微信（拼音 wei xin）");
  // Agents: key, label, conversations, findings, average score.
  EXPECT_EQ(meta["a"],
            json::parse(R"([["1428","1428 小妮",2,2,"90.0"],["2051","2051 小妮",1,1,"90.0"]])"));
  EXPECT_EQ(meta["p"], json::parse(R"(["pinduoduo"])"));
}

TEST(HtmlWriter, OverviewAndAgentAggregates) {
  const std::string html = WriteHtml(
      {
          Result("c1", "1428", "2026-11-22T10:02:11+08:00",
                 {Finding("forbidden.rude", "forbidden", "error", "c1", "你烦不烦啊", Span{1, 3}),
                  Finding("forbidden.rude", "forbidden", "error", "c1", "你烦", Span{0, 1}),
                  Finding("closing.chat", "closing", "warning", "c1", "", Span{0, 0})}),
          Result("c2", "1428", "2026-11-22T10:40:00+08:00", {}),
          Result("c3", "2051", "2026-11-23T15:00:00+08:00", {}),
      },
      {Diagnostic{"day.jsonl", 9, 0, "invalid JSON", true}});
  // Cards: conversations, not checked, findings, average score.
  EXPECT_NE(html.find("<b>3</b><span>已检查会话</span>"), std::string::npos);
  EXPECT_NE(html.find("<b class=\"sev-error\">1</b><span>未检查记录</span>"), std::string::npos);
  EXPECT_NE(html.find("<b>3</b><span>问题总数</span>"), std::string::npos);
  EXPECT_NE(html.find("<b class=\"sev-error\">2</b><span>错误</span>"), std::string::npos);
  EXPECT_NE(html.find("<b>90.0</b><span>会话平均得分</span>"),
            std::string::npos);  // (70+100+100)/3
  // Bars link to the filtered findings.
  EXPECT_NE(html.find("<a href=\"#rule=forbidden.rude\">"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#category=forbidden\">"), std::string::npos);
  EXPECT_NE(html.find("<title>10：3</title>"), std::string::npos);  // hour 10: three findings
  EXPECT_NE(html.find("<title>15：0</title>"), std::string::npos);
  EXPECT_NE(html.find(">11-22</text>"), std::string::npos);  // two days: a day chart
  // Agent 1428: 2 conversations, 3 findings, average 85, worst rule first.
  EXPECT_NE(html.find("<a href=\"#agent=1428\">1428 小妮</a></td><td class=\"num\">2</td>"
                      "<td class=\"num\">3</td><td class=\"num\">1.50</td>"
                      "<td class=\"num\">85.0</td><td>forbidden.rude×2，closing.chat×1</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<td>2051 小妮</td><td class=\"num\">1</td><td class=\"num\">0</td>"),
            std::string::npos);
  EXPECT_NE(html.find("day.jsonl:9</td><td class=\"sev-error\">未检查</td><td>invalid JSON"),
            std::string::npos);
}

TEST(HtmlWriter, EscapesHtmlAndScriptEndsFromTheInput) {
  const std::string evil = "</script><script>alert(1)</script><!--";
  ConversationResult r = Result(
      "<b>id</b>", "<i>agent</i>", "",
      {Finding("forbidden.x", "forbidden", "error", "<b>id</b>", evil + "你烦", Span{1, 2})});
  r.violations[0].message = evil;
  r.source.file = "a&b<c>.jsonl";
  const std::string html = WriteHtml({r}, {Diagnostic{"<x>.jsonl", 1, 0, evil, true}});
  // The only script ends are the page's own three blocks.
  size_t ends = 0;
  for (size_t at = 0; (at = html.find("</script>", at)) != std::string::npos; ++at) ++ends;
  EXPECT_EQ(ends, 3u);
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<!--"), std::string::npos);
  EXPECT_EQ(html.find("<b>id"), std::string::npos);
  EXPECT_EQ(html.find("<i>agent"), std::string::npos);
  EXPECT_NE(html.find("&lt;i&gt;agent&lt;/i&gt;"), std::string::npos);  // agent table
  EXPECT_NE(html.find("&lt;x&gt;.jsonl:1"), std::string::npos);         // diagnostics
  // The data still says what the input said.
  const json data = json::parse(ScriptBlock(html, "hs-data"));
  const json meta = json::parse(ScriptBlock(html, "hs-meta"));
  EXPECT_EQ(data["c"][0][0], "<b>id</b>");
  EXPECT_EQ(data["c"][0][1], "a&b<c>.jsonl");
  EXPECT_EQ(data["f"][0][6], evil + "你烦");
  EXPECT_EQ(meta["s"][data["f"][0][9].get<int>()], evil);
  EXPECT_EQ(meta["a"][0][0], "<i>agent</i>");
}

TEST(HtmlWriter, ManyConversationsGoThroughTheSpool) {
  // Beyond the spool's 1 MB in memory: rows go to a temporary file and
  // come back whole and in order.
  std::vector<ConversationResult> rs;
  for (int i = 0; i < 6000; ++i) {
    rs.push_back(
        Result(std::string("c").append(std::to_string(i)),
               std::string("a").append(std::to_string(i % 50)), "",
               {Finding("forbidden.rude", "forbidden", "error", "", "你烦不烦啊", Span{1, 3}),
                Finding("ad.superlative", "ad_claim", "warning", "", "全网最低价", Span{2, 4})}));
  }
  const std::string html = WriteHtml(rs);
  const json data = json::parse(ScriptBlock(html, "hs-data"));
  ASSERT_EQ(data["c"].size(), 6000u);
  ASSERT_EQ(data["f"].size(), 12000u);
  EXPECT_EQ(data["c"][5999][0], "c5999");
  EXPECT_EQ(data["f"][11999][0], 5999);
  EXPECT_EQ(json::parse(ScriptBlock(html, "hs-meta"))["a"].size(), 50u);
  EXPECT_NE(html.find("<b>12000</b><span>问题总数</span>"), std::string::npos);
}

}  // namespace
}  // namespace huashu::report
