// The report for people: one block per finding, the sentence with the
// offending words marked, the message and the phrasing to use instead.

#include <algorithm>

#include "huashu/base/messages.h"
#include "huashu/base/utf8.h"
#include "huashu/report/writer.h"
#include "spool.h"

namespace huashu::report {
namespace {

const char* kRed = "\x1b[1;31m";
const char* kYellow = "\x1b[1;33m";
const char* kGreen = "\x1b[32m";
const char* kDim = "\x1b[2m";
const char* kReset = "\x1b[0m";

std::string_view SeverityLabel(const std::string& s) {
  return s == "error" ? "错误" : s == "warning" ? "警告" : "提示";
}

class TextWriter : public ReportWriter {
 public:
  TextWriter(std::FILE* out, const WriterOptions& options) : out_(out), color_(options.color) {}

  bool PrintsContext() const override { return true; }

  void Render(const ConversationResult& r, std::string* out) const override {
    std::string& s = *out;
    for (const Violation& v : r.violations) {
      std::string where = v.source.file;
      where += ':';
      where += std::to_string(v.source.line);
      if (v.column) {
        where += ':';
        where += std::to_string(v.column);
      }
      s += Paint(kDim, where);
      // A template line is named by its file:line:col already: no
      // conversation name, no turn number.
      const bool template_line = v.conversation == v.source.file;
      if (!template_line) s += "  " + v.conversation;
      if (v.turn && !template_line) {
        s += " 第" + std::to_string(*v.turn) + "句";
        if (v.speaker)
          s += *v.speaker == transcript::Speaker::kAgent      ? " 客服"
               : *v.speaker == transcript::Speaker::kCustomer ? " 客户"
                                                              : " 系统";
      }
      if (transcript::HasTime(v.time)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, " @%.1fs", v.time);
        s += buf;
      }
      s += "  ";
      s += Paint(v.severity == "error" ? kRed : kYellow, std::string(SeverityLabel(v.severity)));
      s += " " + v.rule + "\n";
      if (!v.turn_text.empty()) {
        // Keep every line of a multi-line message under the indent.
        std::string marked = Marked(v);
        for (size_t at = marked.find('\n'); at != std::string::npos; at = marked.find('\n', at + 5))
          marked.replace(at, 1, "\n    ");
        s += "    " + marked + "\n";
      }
      s += "    " + v.message + "\n";
      // Which reply lacked what was owed (respond rules report at the trigger).
      if (v.reply_turn)
        s += "    " + Paint(kDim, "客服的回复：第" + std::to_string(*v.reply_turn) + "句") + "\n";
      // Variants, and words of one rule merged into one finding.
      if (v.match &&
          (v.match->how == "pinyin" || v.match->how == "noise" || v.match->how == "repeat" ||
           v.match->how == "normalized" || (v.match->how == "exact" && !v.match->detail.empty())))
        s += "    " + Paint(kDim, "匹配：" + v.match->detail) + "\n";
      if (!v.suggestion.empty()) s += "    " + Paint(kGreen, "建议：" + v.suggestion) + "\n";
      if (!v.clause.empty()) s += "    " + Paint(kDim, "依据：" + v.clause) + "\n";
      s += "\n";
    }
  }

 protected:
  void OnBegin() override {}
  void OnConversation(const ConversationResult&, std::string_view rendered) override {
    std::fwrite(rendered.data(), 1, rendered.size(), out_);
  }
  void OnDiagnostic(const Diagnostic& d) override {
    std::string where = d.file;
    where += ':';
    where += std::to_string(d.line);
    if (d.column) {
      where += ':';
      where += std::to_string(d.column);
    }
    where += ": " + base::Msg(d.dropped ? "diag.dropped" : "diag.note");
    diagnostics_.Append(Paint(d.dropped ? kRed : kYellow, where) + d.message + "\n");
  }

  void OnEnd(const Summary& sum) override {
    diagnostics_.WriteTo(out_);
    std::string s;
    const auto& sev = sum.by_severity();
    auto count = [&](const char* k) {
      auto it = sev.find(k);
      return it == sev.end() ? 0 : it->second;
    };
    char buf[256];
    // Templates are lines, not conversations: count them apart, unscored.
    const int conversations = sum.checked() - sum.template_files();
    std::string what;
    if (conversations > 0 || sum.template_files() == 0)
      what = std::to_string(conversations) + " 个会话";
    if (sum.template_files() > 0) {
      if (!what.empty()) what += "和 ";
      what += std::to_string(sum.template_lines()) + " 行模板（" +
              std::to_string(sum.template_files()) + " 个文件）";
    }
    std::snprintf(buf, sizeof buf, "，发现 %d 处问题（错误 %d，警告 %d，提示 %d）",
                  sum.violations(), count("error"), count("warning"), count("info"));
    s += "共检查 " + what + buf;
    if (conversations > 0) {
      std::snprintf(buf, sizeof buf, "，会话平均得分 %.1f", sum.conversation_average_score());
      s += buf;
    }
    if (const int unread = sum.rejected() - sum.no_agent(); unread > 0)
      s += "；" + std::to_string(unread) + " 条记录无法读取";
    s += "\n";
    if (sum.failed() > 0)
      s += Paint(kRed, std::to_string(sum.failed()) +
                           " 个会话触犯一票否决规则（scoring 中的 auto_fail），判为不合格") +
           "\n";
    if (sum.no_agent() > 0)
      s += Paint(kYellow, std::to_string(sum.no_agent()) +
                              " 个会话没有识别出客服发言，未评分、未检查（说话方见上方诊断；"
                              "用 --agent-pattern 或 --agent-speaker 指明客服）") +
           "\n";
    std::vector<std::pair<std::string, int>> rules(sum.by_rule().begin(), sum.by_rule().end());
    std::stable_sort(rules.begin(), rules.end(),
                     [](auto& a, auto& b) { return a.second > b.second; });
    constexpr size_t kTop = 10;
    if (!rules.empty()) s += Paint(kDim, "问题最多的规则（处数  规则）：") + "\n";
    for (size_t i = 0; i < rules.size() && i < kTop; ++i) {
      s += "  " + std::to_string(rules[i].second) + "\t" + rules[i].first + "\n";
    }
    if (rules.size() > kTop) {
      int rest = 0;
      for (size_t i = kTop; i < rules.size(); ++i) rest += rules[i].second;
      s += "  … 另有 " + std::to_string(rules.size() - kTop) + " 条规则（共 " +
           std::to_string(rest) + " 处）\n";
    }
    // Each reason a rule did not run gets its own line.
    std::string lacking, incomplete;
    for (const auto& [id, n] : sum.skipped_rules()) {
      auto it = sum.not_judged().find(id);
      const int judged_off = it == sum.not_judged().end() ? 0 : it->second;
      if (n > judged_off)
        lacking += (lacking.empty() ? "" : "，") + id + "×" + std::to_string(n - judged_off);
    }
    for (const auto& [id, n] : sum.not_judged())
      incomplete += (incomplete.empty() ? "" : "，") + id + "×" + std::to_string(n);
    if (!lacking.empty())
      s += Paint(kDim, "缺少所需数据（时间、事件）而跳过的规则：") + lacking + "\n";
    if (!incomplete.empty())
      s += Paint(kDim, "记录不完整（中途开始或结束）而未评判的规则：") + incomplete + "\n";
    if (sum.baselined() && *sum.baselined() > 0)
      s += Paint(kDim, "另有 " + std::to_string(*sum.baselined()) +
                           " 处问题已记录在基线中（--baseline），未列出") +
           "\n";
    std::fwrite(s.data(), 1, s.size(), out_);
  }

 private:
  std::string Paint(const char* code, const std::string& s) const {
    return color_ ? code + s + kReset : s;
  }
  // The turn with the finding's span marked: colour on a terminal,
  // 【brackets】 otherwise.
  std::string Marked(const Violation& v) const {
    std::string_view t = v.turn_text;
    const std::optional<Span> span = v.turn_span ? v.turn_span : v.span;
    if (!span) return std::string(t);
    const size_t b = base::Utf8OffsetOfCodePoint(t, span->start);
    const size_t e = base::Utf8OffsetOfCodePoint(t, span->end);
    const std::string mid(t.substr(b, e - b));
    return std::string(t.substr(0, b)) + (color_ ? kRed + mid + kReset : "【" + mid + "】") +
           std::string(t.substr(e));
  }

  std::FILE* out_;
  bool color_;
  Spool diagnostics_;
};

}  // namespace

std::unique_ptr<ReportWriter> MakeTextWriter(std::FILE* out, const WriterOptions& options) {
  return std::make_unique<TextWriter>(out, options);
}

}  // namespace huashu::report
