// The operations audit report: one self-contained HTML page (inline CSS,
// JavaScript and SVG; nothing fetched) that a QA lead opens from a mail
// attachment. Overview cards and bar charts, a per-agent table, and every
// finding in a table the page filters and pages itself.
//
// Streaming: a conversation's findings become compact JSON rows in a spool
// (a temporary file beyond 1 MB) as the conversation is added; what the
// overview needs is kept as counts (per rule, agent, platform, hour, day),
// never as text. End() writes the page: the overview rendered here from the
// counts, then the spooled rows inside <script type="application/json">,
// then the script that renders the findings table (html_assets.h).
//
// Everything from the input is escaped: HTML text with &<>"' entities, JSON
// inside <script> with '<' and '>' as \u003c and \u003e, so that neither
// "</script>" nor "<!--" in a conversation can end or confuse the block.
// Personal data arrives masked (the checker masks every string a finding
// carries), like in every other format.

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "html_assets.h"
#include "huashu/report/writer.h"
#include "percent_encode.h"
#include "spool.h"

namespace huashu::report {
namespace {

void AppendHtml(std::string_view s, std::string* out) {
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char* rep;
    switch (s[i]) {
      case '&':
        rep = "&amp;";
        break;
      case '<':
        rep = "&lt;";
        break;
      case '>':
        rep = "&gt;";
        break;
      case '"':
        rep = "&quot;";
        break;
      case '\'':
        rep = "&#39;";
        break;
      default:
        continue;
    }
    out->append(s.data() + run, i - run);
    *out += rep;
    run = i + 1;
  }
  out->append(s.data() + run, s.size() - run);
}

std::string Html(std::string_view s) {
  std::string out;
  AppendHtml(s, &out);
  return out;
}

// A JSON string literal safe inside <script>: AppendJsonString, then '<' and
// '>' (which only occur inside strings) as \u003c and \u003e.
void AppendScriptJson(std::string_view s, std::string* out) {
  const size_t from = out->size();
  AppendJsonString(s, out);
  if (out->find_first_of("<>", from) == std::string::npos) return;
  std::string tail = out->substr(from);
  out->resize(from);
  for (char c : tail) {
    if (c == '<')
      *out += "\\u003c";
    else if (c == '>')
      *out += "\\u003e";
    else
      *out += c;
  }
}

// A URL hash value: percent-encodes everything but unreserved ASCII.
std::string HashValue(std::string_view s) { return PercentEncode(s); }

std::string Fixed(double d, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, d);
  return buf;
}

int SeverityIndex(std::string_view s) { return s == "error" ? 0 : s == "warning" ? 1 : 2; }

// Chinese names of the category vocabulary (DESIGN.md), for the charts.
std::string CategoryLabel(const std::string& c) {
  static const std::map<std::string, std::string> kNames = {
      {"forbidden", "禁用语"}, {"ad_claim", "广告用语"}, {"platform", "平台规则"},
      {"pii", "个人信息"},     {"required", "必备话术"}, {"greeting", "问候语"},
      {"closing", "结束语"},   {"hold", "保持等待"},     {"silent_call", "静音来电"},
      {"dead_air", "冷场"},    {"interruption", "抢话"}, {"speech_rate", "语速"},
      {"response", "应答"},    {"transfer", "转接"}};
  auto it = kNames.find(c);
  return it == kNames.end() ? c : it->second + " " + c;
}

// Day ("2026-11-22") and hour (0-23) of an ISO-8601 time as written (the
// record's own clock); false when it does not look like one.
bool DayAndHour(std::string_view t, std::string* day, int* hour) {
  if (t.size() < 13) return false;
  auto digit = [&](size_t i) { return t[i] >= '0' && t[i] <= '9'; };
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12})
    if (!digit(i)) return false;
  if (t[4] != '-' || t[7] != '-' || (t[10] != 'T' && t[10] != ' ')) return false;
  *hour = (t[11] - '0') * 10 + (t[12] - '0');
  if (*hour > 23) return false;
  day->assign(t.substr(0, 10));
  return true;
}

struct Bar {
  std::string label;
  long value = 0;
  std::string link;  // URL hash that filters the findings by this bar; "" = none
};

// A horizontal bar chart as inline SVG: one row per bar, label on the left.
std::string HorizontalBars(const std::string& title, const std::vector<Bar>& bars) {
  std::string s = "<div class=\"chart\"><h3>" + Html(title) + "</h3>";
  if (bars.empty()) return s + "<p class=\"muted\">无</p></div>";
  long max = 1;
  for (const Bar& b : bars) max = std::max(max, b.value);
  const int row = 20, label_w = 230, bar_w = 300, width = label_w + bar_w + 60;
  const int height = row * static_cast<int>(bars.size()) + 4;
  s += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + std::to_string(width) +
       "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " +
       std::to_string(height) + "\"><title>" + Html(title) + "</title>";
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const int y = static_cast<int>(i) * row + 2;
    const int w = std::max(1, static_cast<int>(bar_w * b.value / max));
    std::string item = "<text x=\"" + std::to_string(label_w - 6) + "\" y=\"" +
                       std::to_string(y + 14) + "\" text-anchor=\"end\">" + Html(b.label) +
                       "</text><rect x=\"" + std::to_string(label_w) + "\" y=\"" +
                       std::to_string(y + 2) + "\" width=\"" + std::to_string(w) + "\" height=\"" +
                       std::to_string(row - 6) + "\" fill=\"#5c6bc0\"></rect><text x=\"" +
                       std::to_string(label_w + w + 4) + "\" y=\"" + std::to_string(y + 14) +
                       "\">" + std::to_string(b.value) + "</text>";
    if (!b.link.empty())
      item =
          "<a href=\"#" + Html(b.link) + "\"><title>" + Html(b.label) + "</title>" + item + "</a>";
    s += item;
  }
  return s + "</svg></div>";
}

// A vertical bar chart (hours of the day, days): one column per bar.
std::string ColumnBars(const std::string& title, const std::vector<Bar>& bars) {
  std::string s = "<div class=\"chart\"><h3>" + Html(title) + "</h3>";
  if (bars.empty()) return s + "<p class=\"muted\">没有会话开始时间（started_at）</p></div>";
  long max = 1;
  for (const Bar& b : bars) max = std::max(max, b.value);
  const int col = bars.size() > 24 ? 18 : 24, chart_h = 120;
  const int width = col * static_cast<int>(bars.size()) + 10, height = chart_h + 52;
  s += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + std::to_string(width) +
       "\" height=\"" + std::to_string(height) + "\"><title>" + Html(title) + "</title>";
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const int x = static_cast<int>(i) * col + 5;
    const int h = static_cast<int>(chart_h * b.value / max);
    s += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(chart_h - h + 14) +
         "\" width=\"" + std::to_string(col - 4) + "\" height=\"" + std::to_string(h) +
         "\" fill=\"#5c6bc0\"><title>" + Html(b.label) + "：" + std::to_string(b.value) +
         "</title></rect>";
    if (b.value)
      s += "<text x=\"" + std::to_string(x + (col - 4) / 2) + "\" y=\"" +
           std::to_string(chart_h - h + 11) + "\" text-anchor=\"middle\" font-size=\"9\">" +
           std::to_string(b.value) + "</text>";
    s += "<text x=\"" + std::to_string(x + (col - 4) / 2) + "\" y=\"" +
         std::to_string(chart_h + 28) + "\" text-anchor=\"middle\" font-size=\"10\"" +
         (bars.size() > 24 ? " transform=\"rotate(60 " + std::to_string(x + (col - 4) / 2) + " " +
                                 std::to_string(chart_h + 28) + ")\""
                           : std::string()) +
         ">" + Html(b.label) + "</text>";
  }
  return s + "</svg></div>";
}

class HtmlWriter : public ReportWriter {
 public:
  HtmlWriter(std::FILE* out, const WriterOptions& options) : out_(out), version_(options.version) {}

  bool PrintsContext() const override { return true; }

  // The rows refer to tables (rules, agents, strings) built in input order,
  // so all the work is in OnConversation.
  void Render(const ConversationResult&, std::string*) const override {}

 protected:
  void OnBegin() override {}

  void OnConversation(const ConversationResult& r, std::string_view) override {
    const std::string key =
        r.agent_id.empty() ? (r.agent_name.empty() ? "(unknown)" : r.agent_name) : r.agent_id;
    auto [ait, agent_new] = agent_index_.try_emplace(key, static_cast<int>(agents_.size()));
    if (agent_new) {
      Agent a;
      a.key = key;
      a.label = r.agent_id.empty() || r.agent_name.empty() || r.agent_name == r.agent_id
                    ? key
                    : r.agent_id + " " + r.agent_name;
      agents_.push_back(std::move(a));
    }
    Agent& agent = agents_[ait->second];
    ++agent.conversations;
    agent.score_total += r.score;
    agent.findings += static_cast<long>(r.violations.size());
    const int platform = r.platform.empty() ? -1 : Index(&platform_index_, &platforms_, r.platform);
    if (!r.platform.empty())
      platform_findings_[r.platform] += static_cast<long>(r.violations.size());
    std::string day;
    int hour = 0;
    if (DayAndHour(r.started_at, &day, &hour)) {
      has_times_ = true;
      by_hour_[hour] += static_cast<long>(r.violations.size());
      by_day_[day] += static_cast<long>(r.violations.size());
    }
    if (r.violations.empty()) return;

    // One conversation row, then one row per finding.
    std::string& c = row_;
    c.clear();
    if (conversations_) c += ",\n";
    c += '[';
    AppendScriptJson(r.id, &c);
    c += ',';
    AppendScriptJson(r.source.file, &c);
    c += ',' + std::to_string(r.source.line) + ',' + std::to_string(ait->second) + ',' +
         std::to_string(platform) + (r.channel == transcript::Channel::kCall ? ",1," : ",0,") +
         std::to_string(r.score) + ',';
    AppendScriptJson(r.started_at, &c);
    c += ']';
    conversation_rows_.Append(c);

    // Conversations each rule fired on (for the rule-noise section).
    rules_seen_.clear();
    for (const Violation& v : r.violations) rules_seen_.push_back(&v.rule);
    std::sort(rules_seen_.begin(), rules_seen_.end(),
              [](const std::string* a, const std::string* b) { return *a < *b; });
    for (size_t i = 0; i < rules_seen_.size(); ++i)
      if (i == 0 || *rules_seen_[i] != *rules_seen_[i - 1]) ++rule_conversations_[*rules_seen_[i]];
    for (const Violation& v : r.violations) {
      auto [rit, rule_new] = rule_index_.try_emplace(v.rule, static_cast<int>(rules_.size()));
      if (rule_new) rules_.push_back({v.rule, v.category});
      ++agent.by_rule[v.rule];
      c.clear();
      if (findings_) c += ",\n";
      ++findings_;
      c += '[' + std::to_string(conversations_) + ',' + std::to_string(rit->second) + ',' +
           std::to_string(SeverityIndex(v.severity)) + ',' +
           (v.turn ? std::to_string(*v.turn) : "null") + ',';
      c += !v.speaker                                     ? "-1"
           : *v.speaker == transcript::Speaker::kAgent    ? "0"
           : *v.speaker == transcript::Speaker::kCustomer ? "1"
                                                          : "2";
      c += ',';
      c += transcript::HasTime(v.time) ? Fixed(v.time, 1) : "null";
      c += ',';
      // The context window, and where the finding lies in it.
      AppendScriptJson(v.turn_text, &c);
      const Span* span = v.turn_text.empty() ? nullptr
                         : v.turn_span       ? &*v.turn_span
                         : v.span            ? &*v.span
                                             : nullptr;
      if (span)
        c += ',' + std::to_string(span->start) + ',' + std::to_string(span->end) + ',';
      else
        c += ",null,null,";
      AppendString(v.message, &c);
      c += ',';
      AppendString(v.suggestion, &c);
      c += ',';
      AppendString(v.match ? v.match->how : std::string(), &c);
      c += ',';
      AppendString(v.match ? v.match->detail : std::string(), &c);
      c += ',' + std::to_string(v.source.line) + ',' + std::to_string(v.column) + ']';
      finding_rows_.Append(c);
    }
    ++conversations_;
  }

  void OnDiagnostic(const Diagnostic& d) override {
    if (diagnostics_++ >= kShownDiagnostics) return;
    std::string s = "<tr><td class=\"meta\">";
    AppendHtml(d.file, &s);
    if (d.line) s += ":" + std::to_string(d.line);
    if (d.column) s += ":" + std::to_string(d.column);
    s += d.dropped ? "</td><td class=\"sev-error\">未检查</td><td>"
                   : "</td><td class=\"sev-warning\">注意</td><td>";
    AppendHtml(d.message, &s);
    s += "</td></tr>\n";
    diagnostic_rows_.Append(s);
  }

  void OnEnd(const Summary& sum) override {
    std::string s;
    s.reserve(1 << 16);
    s += "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<title>话术质检报告 huashu</title><style>";
    s += kHtmlStyle;
    s += "</style></head>\n<body>\n<header><h1>话术质检报告</h1><p>huashu ";
    AppendHtml(version_, &s);
    s += " · 规则库：";
    for (size_t i = 0; i < sum.rulebooks().size(); ++i) {
      if (i) s += "、";
      AppendHtml(sum.rulebooks()[i], &s);
    }
    s += "</p></header>\n<main>\n";
    Overview(sum, &s);
    AgentTable(&s);
    RuleNoise(sum, &s);
    s += "<section id=\"findings\"><h2>问题明细（<span id=\"hs-count\">" +
         std::to_string(findings_) +
         "</span> 处）</h2><div class=\"filters\" id=\"hs-filters\"></div>"
         "<div id=\"hs-drill\"></div>"
         "<div class=\"pager\"><button id=\"hs-prev\">上一页</button><span id=\"hs-page\"></span>"
         "<button id=\"hs-next\">下一页</button></div>"
         "<table><thead><tr><th>会话</th><th>位置</th><th>级别</th><th>规则</th>"
         "<th>原文（标出问题）、说明、匹配方式与建议话术</th></tr></thead>"
         "<tbody id=\"hs-rows\"></tbody></table>"
         "<noscript>此页需要 JavaScript 显示问题明细。</noscript></section>\n";
    if (diagnostics_) {
      s += "<section id=\"diagnostics\"><h2>无法检查的记录与注意事项（" +
           std::to_string(diagnostics_) + "）</h2><table><tbody>\n";
      Write(&s);
      diagnostic_rows_.WriteTo(out_);
      s += "</tbody></table>";
      if (diagnostics_ > kShownDiagnostics)
        s += "<p class=\"muted\">只列出前 " + std::to_string(kShownDiagnostics) + " 条；另有 " +
             std::to_string(diagnostics_ - kShownDiagnostics) +
             " 条，见 JSON 报告的 diagnostics。</p>";
      s += "</section>\n";
    }
    s += "</main>\n<script id=\"hs-meta\" type=\"application/json\">";
    Meta(&s);
    s += "</script>\n<script id=\"hs-data\" type=\"application/json\">{\"c\":[\n";
    Write(&s);
    conversation_rows_.WriteTo(out_);
    s += "],\n\"f\":[\n";
    Write(&s);
    finding_rows_.WriteTo(out_);
    s += "]}</script>\n<script>";
    s += kHtmlScript;
    s += "</script>\n</body></html>\n";
    Write(&s);
  }

 private:
  // Diagnostics listed in the page; the rest are counted.
  static constexpr long kShownDiagnostics = 1000;
  // Distinct strings kept in the table; beyond it they are written inline,
  // so memory stays bounded whatever the messages hold.
  static constexpr size_t kMaxStrings = 50000;

  struct Agent {
    std::string key, label;
    long conversations = 0, findings = 0, score_total = 0;
    std::map<std::string, long> by_rule;
  };
  struct Rule {
    std::string id, category;
  };

  void Write(std::string* s) {
    std::fwrite(s->data(), 1, s->size(), out_);
    s->clear();
  }

  static int Index(std::unordered_map<std::string, int>* index, std::vector<std::string>* values,
                   const std::string& s) {
    auto [it, added] = index->try_emplace(s, static_cast<int>(values->size()));
    if (added) values->push_back(s);
    return it->second;
  }

  // A repeated string (message, suggestion, how it matched) as an index
  // into the string table, or inline once the table is full.
  void AppendString(const std::string& s, std::string* out) {
    if (s.empty()) {
      *out += "\"\"";
      return;
    }
    auto it = string_index_.find(s);
    if (it != string_index_.end())
      *out += std::to_string(it->second);
    else if (strings_.size() < kMaxStrings)
      *out += std::to_string(Index(&string_index_, &strings_, s));
    else
      AppendScriptJson(s, out);
  }

  void Card(const std::string& value, const std::string& label, const char* cls, std::string* s) {
    *s += "<div class=\"card\"><b";
    if (cls) *s += std::string(" class=\"") + cls + "\"";
    *s += ">" + Html(value) + "</b><span>" + Html(label) + "</span></div>";
  }

  void Overview(const Summary& sum, std::string* s) {
    const int conversations = sum.checked() - sum.template_files();
    auto sev = [&](const char* k) {
      auto it = sum.by_severity().find(k);
      return it == sum.by_severity().end() ? 0 : it->second;
    };
    *s += "<section id=\"overview\"><h2>总览</h2><div class=\"cards\">";
    Card(std::to_string(conversations), "已检查会话", nullptr, s);
    if (sum.template_files())
      Card(std::to_string(sum.template_lines()), "已检查模板行", nullptr, s);
    Card(std::to_string(sum.rejected()), "未检查记录", sum.rejected() ? "sev-error" : nullptr, s);
    Card(std::to_string(sum.violations()), "问题总数", nullptr, s);
    Card(std::to_string(sev("error")), "错误", "sev-error", s);
    Card(std::to_string(sev("warning")), "警告", "sev-warning", s);
    Card(std::to_string(sev("info")), "提示", "sev-info", s);
    Card(conversations > 0 ? Fixed(sum.conversation_average_score(), 1) : "—", "会话平均得分",
         nullptr, s);
    // Only under a book's own scoring model (docs/rulebook.md#scoring).
    if (!sum.scoring().empty())
      Card(std::to_string(sum.failed()), "一票否决（不合格）", sum.failed() ? "sev-error" : nullptr,
           s);
    *s += "</div>";
    // A shard's report, or a merge with shards missing, is not the day's.
    if (const auto& sh = sum.shards()) {
      *s += "<p class=\"sev-warning\" id=\"hs-shards\">本报告只含分片 ";
      for (size_t i = 0; i < sh->covered.size(); ++i)
        *s += (i ? "、" : "") + std::to_string(sh->covered[i]);
      *s += "（共 " + std::to_string(sh->count) + " 片，编号 0–" + std::to_string(sh->count - 1) +
            "）的记录，不是整次运行的结果。</p>";
    }
    if (sum.no_agent())
      *s += "<p class=\"sev-warning\">" + std::to_string(sum.no_agent()) +
            " 个会话没有识别出客服发言，未评分、未检查（见下方“无法检查的记录”）。</p>";

    *s += "<div class=\"charts\">";
    std::vector<Bar> bars;
    for (const auto& [cat, n] : sum.by_category())
      bars.push_back({CategoryLabel(cat), n, "category=" + HashValue(cat)});
    std::stable_sort(bars.begin(), bars.end(),
                     [](const Bar& a, const Bar& b) { return a.value > b.value; });
    *s += HorizontalBars("按类别", bars);

    bars.clear();
    for (const auto& [rule, n] : sum.by_rule())
      bars.push_back({rule, n, "rule=" + HashValue(rule)});
    std::string title = "问题最多的规则（前 " + std::to_string(std::min(kTop, bars.size())) +
                        " 条，共 " + std::to_string(bars.size()) + " 条）";
    *s += HorizontalBars(title, Top(std::move(bars)));

    bars.clear();
    for (const Agent& a : agents_)
      if (a.findings) bars.push_back({a.label, a.findings, "agent=" + HashValue(a.key)});
    title = "问题最多的客服（前 " + std::to_string(std::min(kTop, bars.size())) + " 名，共 " +
            std::to_string(bars.size()) + " 名有问题）";
    *s += HorizontalBars(title, Top(std::move(bars)));

    bars.clear();
    for (const auto& [platform, n] : platform_findings_)
      if (n) bars.push_back({platform, n, "platform=" + HashValue(platform)});
    if (!bars.empty()) *s += HorizontalBars("按平台", Top(std::move(bars)));

    bars.clear();
    if (has_times_)
      for (int h = 0; h < 24; ++h) bars.push_back({std::to_string(h), by_hour_[h], ""});
    *s += ColumnBars("按会话开始的钟点（0–23 时，问题处数）", bars);
    bars.clear();
    // The last kDays days at most: a chart stays one screen wide.
    constexpr size_t kDays = 62;
    for (const auto& [day, n] : by_day_) bars.push_back({day.substr(5), n, ""});
    if (bars.size() > kDays) bars.erase(bars.begin(), bars.end() - kDays);
    if (bars.size() > 1)
      *s += ColumnBars(
          by_day_.size() > kDays ? "按日期（最近 62 天，问题处数）" : "按日期（问题处数）", bars);
    *s += "</div>";

    // Rules that could not run, as the text report says them.
    std::string lacking;
    for (const auto& [id, n] : sum.skipped_rules()) {
      auto it = sum.not_judged().find(id);
      const int off = it == sum.not_judged().end() ? 0 : it->second;
      if (n > off)
        lacking += (lacking.empty() ? "" : "，") + Html(id) + "×" + std::to_string(n - off);
    }
    std::string incomplete;
    for (const auto& [id, n] : sum.not_judged())
      incomplete += (incomplete.empty() ? "" : "，") + Html(id) + "×" + std::to_string(n);
    if (!lacking.empty())
      *s += "<p class=\"muted\">缺少所需数据（时间、事件）而跳过的规则：" + lacking + "</p>";
    if (!incomplete.empty())
      *s += "<p class=\"muted\">记录不完整（中途开始或结束）而未评判的规则：" + incomplete + "</p>";
    *s += "</section>\n";
  }

  // The kTop largest bars, largest first (ties in the order given).
  static std::vector<Bar> Top(std::vector<Bar> bars) {
    std::stable_sort(bars.begin(), bars.end(),
                     [](const Bar& a, const Bar& b) { return a.value > b.value; });
    if (bars.size() > kTop) bars.resize(kTop);
    return bars;
  }

  // How noisy each rule is (what huashu stats prints for reports): fires per
  // 1,000 conversations and per 1,000 agent turns, the share of
  // conversations it fired on; then the rules in force that never fired.
  void RuleNoise(const Summary& sum, std::string* s) {
    const long checked = sum.checked();
    const long turns = sum.agent_turns();
    std::vector<std::pair<std::string, int>> rows(sum.by_rule().begin(), sum.by_rule().end());
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    *s += "<section id=\"noise\"><h2>规则噪声（" + std::to_string(rows.size()) +
          " 条规则触发）</h2><table><thead><tr><th>规则</th><th>类别</th>"
          "<th class=\"num\">问题</th><th class=\"num\">每千会话</th>"
          "<th class=\"num\">每千句客服发言</th><th class=\"num\">涉及会话</th>"
          "</tr></thead><tbody>\n";
    for (const auto& [rule, n] : rows) {
      auto c = rule_conversations_.find(rule);
      const long convs = c == rule_conversations_.end() ? 0 : c->second;
      auto info = sum.rules().find(rule);
      std::string category;
      if (info != sum.rules().end()) category = info->second.category;
      if (auto k = rule_index_.find(rule); category.empty() && k != rule_index_.end())
        category = rules_[k->second].category;
      *s += "<tr><td><a href=\"#rule=" + Html(HashValue(rule)) + "\">" + Html(rule) +
            "</a></td><td>" + Html(CategoryLabel(category)) + "</td><td class=\"num\">" +
            std::to_string(n) + "</td><td class=\"num\">" +
            (checked ? Fixed(1000.0 * n / checked, 1) : "—") + "</td><td class=\"num\">" +
            (turns ? Fixed(1000.0 * n / turns, 2) : "—") + "</td><td class=\"num\">" +
            (checked ? Fixed(100.0 * convs / checked, 1) + "%" : "—") + "</td></tr>\n";
    }
    *s += "</tbody></table>";
    if (!sum.rules().empty()) {
      std::string never;
      size_t count = 0;
      for (const auto& [id, info] : sum.rules()) {
        if (sum.by_rule().count(id)) continue;
        never += (never.empty() ? "" : "，") + Html(id);
        ++count;
      }
      *s += "<p class=\"muted\" id=\"never-fired\">从未触发的规则（" + std::to_string(count) +
            " 条，共 " + std::to_string(sum.rules().size()) + " 条在用）：" +
            (never.empty() ? "无" : never) + "</p>";
    }
    *s +=
        "<p class=\"muted\">每千句客服发言：按客服发言（模板为行）计；例外词和条件是否起过作用、"
        "复核准确率：<code>huashu stats</code>。</p></section>\n";
  }

  void AgentTable(std::string* s) {
    std::vector<const Agent*> order;
    for (const Agent& a : agents_) order.push_back(&a);
    // Most findings per conversation first: who needs coaching.
    std::stable_sort(order.begin(), order.end(), [](const Agent* a, const Agent* b) {
      return a->findings * b->conversations > b->findings * a->conversations;
    });
    *s += "<section id=\"agents\"><h2>客服（" + std::to_string(agents_.size()) +
          " 人）</h2><table><thead><tr><th>客服</th><th class=\"num\">会话</th>"
          "<th class=\"num\">问题</th><th class=\"num\">每会话问题</th><th "
          "class=\"num\">平均得分</th>"
          "<th>问题最多的规则</th></tr></thead><tbody>\n";
    for (const Agent* a : order) {
      std::vector<std::pair<std::string, long>> worst(a->by_rule.begin(), a->by_rule.end());
      std::stable_sort(worst.begin(), worst.end(),
                       [](const auto& x, const auto& y) { return x.second > y.second; });
      if (worst.size() > 3) worst.resize(3);
      std::string rules;
      for (const auto& [rule, n] : worst)
        rules += (rules.empty() ? "" : "，") + Html(rule) + "×" + std::to_string(n);
      const std::string link = "#agent=" + HashValue(a->key);
      *s += "<tr class=\"agent-row\"><td>";
      if (a->findings)
        *s += "<a href=\"" + Html(link) + "\">" + Html(a->label) + "</a>";
      else
        *s += Html(a->label);
      *s += "</td><td class=\"num\">" + std::to_string(a->conversations) +
            "</td><td class=\"num\">" + std::to_string(a->findings) + "</td><td class=\"num\">" +
            Fixed(double(a->findings) / a->conversations, 2) + "</td><td class=\"num\">" +
            Fixed(double(a->score_total) / a->conversations, 1) + "</td><td>" + rules +
            "</td></tr>\n";
    }
    *s += "</tbody></table><p class=\"muted\">点客服名查看其全部问题。</p></section>\n";
  }

  void Meta(std::string* s) {
    *s += "{\"s\":[";
    for (size_t i = 0; i < strings_.size(); ++i) {
      if (i) *s += ',';
      AppendScriptJson(strings_[i], s);
    }
    *s += "],\n\"r\":[";
    for (size_t i = 0; i < rules_.size(); ++i) {
      if (i) *s += ',';
      *s += '[';
      AppendScriptJson(rules_[i].id, s);
      *s += ',';
      AppendScriptJson(rules_[i].category, s);
      *s += ']';
    }
    *s += "],\n\"a\":[";
    for (size_t i = 0; i < agents_.size(); ++i) {
      if (i) *s += ',';
      *s += '[';
      AppendScriptJson(agents_[i].key, s);
      *s += ',';
      AppendScriptJson(agents_[i].label, s);
      const Agent& a = agents_[i];
      *s += ',' + std::to_string(a.conversations) + ',' + std::to_string(a.findings) + ",\"" +
            Fixed(double(a.score_total) / a.conversations, 1) + "\"]";
    }
    *s += "],\n\"p\":[";
    for (size_t i = 0; i < platforms_.size(); ++i) {
      if (i) *s += ',';
      AppendScriptJson(platforms_[i], s);
    }
    *s += "]}";
  }

  static constexpr size_t kTop = 20;

  std::FILE* out_;
  std::string version_;
  std::string row_;  // reused for each row
  Spool conversation_rows_, finding_rows_, diagnostic_rows_;
  long conversations_ = 0;  // conversations with findings (rows written)
  long findings_ = 0;
  long diagnostics_ = 0;
  std::vector<Agent> agents_;
  std::unordered_map<std::string, int> agent_index_;
  std::vector<Rule> rules_;
  std::unordered_map<std::string, int> rule_index_;
  std::vector<std::string> platforms_, strings_;
  std::unordered_map<std::string, int> platform_index_, string_index_;
  std::map<std::string, long> platform_findings_;
  std::map<std::string, long> rule_conversations_;
  std::vector<const std::string*> rules_seen_;  // scratch, one conversation's rules
  bool has_times_ = false;
  std::array<long, 24> by_hour_{};
  std::map<std::string, long> by_day_;
};

}  // namespace

std::unique_ptr<ReportWriter> MakeHtmlWriter(std::FILE* out, const WriterOptions& options) {
  return std::make_unique<HtmlWriter>(out, options);
}

}  // namespace huashu::report
