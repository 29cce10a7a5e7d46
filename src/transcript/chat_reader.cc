// Plain-text chat exports and script templates.

#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "huashu/base/messages.h"
#include "huashu/base/utf8.h"
#include "huashu/transcript/reader.h"
#include "readers.h"

namespace huashu::transcript {
namespace {

std::string_view Trim(std::string_view s) {
  auto blank = [](std::string_view v, bool front) {
    if (v.empty()) return size_t{0};
    const unsigned char c = static_cast<unsigned char>(front ? v.front() : v.back());
    if (c == ' ' || c == '\t' || c == '\r') return size_t{1};
    // U+3000 ideographic space: E3 80 80
    if (v.size() >= 3) {
      std::string_view w = front ? v.substr(0, 3) : v.substr(v.size() - 3);
      if (w == "\xE3\x80\x80") return size_t{3};
    }
    return size_t{0};
  };
  while (size_t n = blank(s, true)) s.remove_prefix(n);
  while (size_t n = blank(s, false)) s.remove_suffix(n);
  return s;
}

bool IsClock(std::string_view s) {
  // H:MM or HH:MM[:SS], spaces around ':' tolerated ("15:45 :03").
  int digits = 0, colons = 0;
  for (char ch : s) {
    if (ch >= '0' && ch <= '9')
      ++digits;
    else if (ch == ':')
      ++colons;
    else if (ch != ' ')
      return false;
  }
  return colons >= 1 && colons <= 2 && digits >= 3;
}

// Seconds of day of "10:00:03" (spaces ignored); -1 if malformed or out of
// range (hours above 23, minutes or seconds above 59).
double ClockSeconds(std::string_view s) {
  int parts[3] = {0, 0, 0}, n = 0;
  bool any = false;
  for (char ch : s) {
    if (ch >= '0' && ch <= '9') {
      if (parts[n] > 99) return -1;  // no field has more than two digits
      parts[n] = parts[n] * 10 + (ch - '0');
      any = true;
    } else if (ch == ':') {
      if (++n > 2) return -1;
    }
  }
  if (!any || parts[0] > 23 || parts[1] > 59 || parts[2] > 60) return -1;
  return parts[0] * 3600.0 + parts[1] * 60.0 + parts[2];
}

std::string_view StripColon(std::string_view s) {
  s = Trim(s);
  if (s.substr(0, 3) == "\xEF\xBC\x9A")
    s.remove_prefix(3);  // ：
  else if (!s.empty() && s.front() == ':')
    s.remove_prefix(1);
  else
    return {};
  return Trim(s);
}

}  // namespace

bool ParseSeparatorLine(std::string_view line, std::string* id) {
  line = Trim(line);
  if (line.size() < 3) return false;
  const char c = line.front();
  if (c != '-' && c != '=') return false;
  size_t k = 0;
  while (k < line.size() && line[k] == c) ++k;
  if (k < 3) return false;
  std::string_view rest = line.substr(k);
  while (!rest.empty() && rest.back() == c) rest.remove_suffix(1);
  *id = std::string(Trim(rest));
  return true;
}

std::string ExportBaseId(std::string_view source_name) {
  std::string id = std::filesystem::path(source_name).stem().string();
  return id.empty() || id == "-" ? "stdin" : id;
}

bool AgentPatternUsable(const re2::RE2& agent, const std::string& source_name,
                        std::vector<ReadError>* errors) {
  if (agent.ok()) return true;
  ReadError e{source_name, 0, 0, "--agent-pattern is not a valid RE2 pattern: " + agent.error()};
  e.io = true;
  errors->push_back(std::move(e));
  return false;
}

namespace {

class ChatReader : public ConversationReader {
 public:
  ChatReader(std::unique_ptr<LineSource> src, const ReaderOptions& options)
      : src_(std::move(src)), options_(options), agent_(options.agent_pattern, RE2::Quiet) {
    base_id_ = ExportBaseId(src_->name());
  }

  bool Next(Conversation* c, std::vector<ReadError>* errors) override {
    TakeErrors(errors);
    if (done_) return false;
    if (!AgentPatternUsable(agent_, src_->name(), errors)) {
      done_ = true;
      return false;
    }
    *c = Conversation{};
    c->source = {src_->name(), src_->line_number() + 1};
    c->id = std::move(next_id_);
    next_id_.clear();
    // Times: header lines carry a date, inline lines only a time of day.
    // Each timed turn gets seconds since an epoch: from a header, the absolute
    // time; from an inline line, the time of day on the date of the last
    // header (or of the first header, for inline lines before any header),
    // moving to the next day when the clock goes back by more than 6 hours.
    struct Stamp {
      size_t turn;
      double clock;     // time of day, or -1
      double absolute;  // from a header, or NaN
      double day;       // days after the first inline line's date
    };
    std::vector<Stamp> stamps;
    double day = 0, last_clock = -1;
    std::string_view line;
    bool any = false;
    Turn* open = nullptr;  // header-layout turn collecting message lines
    int blank_lines = 0;   // blank lines inside a header message, kept if text follows
    while (true) {
      if (!src_->Next(&line)) {
        done_ = true;
        NoteEnd(*src_);
        TakeErrors(errors);
        break;
      }
      if (src_->overlong()) {
        errors->push_back(OverlongLine(*src_));
        continue;
      }
      std::string sep_id;
      if (ParseSeparatorLine(line, &sep_id)) {
        if (any) {
          next_id_ = sep_id;
          break;
        }
        if (!sep_id.empty()) c->id = sep_id;
        c->source.line = src_->line_number() + 1;
        continue;
      }
      if (Trim(line).empty()) {
        if (open && !open->text.empty()) ++blank_lines;
        continue;
      }
      std::string_view name, time, text;
      if (ParseInlineChatLine(line, &name, &time, &text) ||
          ParseLabelledChatLine(line, &name, &text)) {
        Turn t;
        t.speaker = SpeakerOf(name);
        t.label = std::string(name);
        t.text = std::string(text);
        t.line = src_->line_number();
        if (!time.empty()) {
          const double clock = ClockSeconds(time);
          if (last_clock >= 0 && clock + 6 * 3600 < last_clock) ++day;  // past midnight
          last_clock = clock;
          stamps.push_back({c->turns.size(), clock, NAN, day});
        }
        c->turns.push_back(std::move(t));
        open = nullptr;
        any = true;
        continue;
      }
      if (ParseChatHeaderLine(line, &name, &time)) {
        Turn t;
        t.speaker = SpeakerOf(name);
        t.label = std::string(name);
        t.line = src_->line_number() + 1;  // the message is on the next line
        std::string stamp(time);
        if (stamp.size() == 19 && stamp[4] == '/' && stamp[7] == '/') stamp[4] = stamp[7] = '-';
        if (auto abs = ParseIsoTime(stamp)) {
          const double clock = ClockSeconds(time.substr(11));
          last_clock = clock;
          stamps.push_back({c->turns.size(), clock, *abs, day});
        }
        c->turns.push_back(std::move(t));
        open = &c->turns.back();
        blank_lines = 0;
        any = true;
        continue;
      }
      if (open) {
        if (!open->text.empty()) open->text.append(1 + blank_lines, '\n');
        blank_lines = 0;
        open->text += std::string(Trim(line));
        continue;
      }
      errors->push_back({src_->name(), src_->line_number(), 1,
                         "not a chat line: expected 'NAME(HH:MM:SS)：text' or a header "
                         "'NAME YYYY-MM-DD HH:MM:SS' before message lines"});
    }
    if (!any) return false;
    for (Turn& t : c->turns) {
      const size_t bad = base::SanitizeUtf8(&t.text);
      if (bad != std::string::npos)
        errors->push_back({src_->name(), t.line, 0,
                           base::Msg("read.utf8_repaired_at", {std::to_string(bad + 1)}), false});
    }
    // Place every stamp on one time line, then make it relative to the first.
    double midnight = NAN;    // of the date of the latest header
    double midnight_day = 0;  // `day` at that header
    for (const Stamp& st : stamps) {
      if (!std::isnan(st.absolute)) {
        midnight = st.absolute - st.clock;
        midnight_day = st.day;
        break;
      }
    }
    double first = NAN;
    for (const Stamp& st : stamps) {
      double at;
      if (!std::isnan(st.absolute)) {
        at = st.absolute;
        midnight = st.absolute - st.clock;
        midnight_day = st.day;
      } else if (!std::isnan(midnight)) {
        at = midnight + (st.day - midnight_day) * 86400 + st.clock;
      } else {
        at = st.day * 86400 + st.clock;
      }
      if (std::isnan(first)) first = at;
      c->turns[st.turn].start = c->turns[st.turn].end = at - first;
    }
    // A header with no message lines is an empty turn: keep it (nothing read
    // is dropped) but say so.
    for (const Turn& t : c->turns) {
      if (t.text.empty())
        errors->push_back({src_->name(), t.line ? t.line - 1 : 0, 1,
                           base::Msg("read.header_without_text"), false});
    }
    if (c->id.empty()) c->id = NextId();
    c->channel = Channel::kChat;
    ApplyOptions(options_, c);
    return true;
  }

 private:
  Speaker SpeakerOf(std::string_view name) {
    name = Trim(name);
    if (name == "系统" || name == "system" || name == "系统消息") return Speaker::kSystem;
    return RE2::FullMatch(re2::StringPiece(name.data(), name.size()), agent_) ? Speaker::kAgent
                                                                              : Speaker::kCustomer;
  }
  std::string NextId() {
    ++count_;
    return count_ == 1 ? base_id_ : base_id_ + "#" + std::to_string(count_);
  }

  std::unique_ptr<LineSource> src_;
  ReaderOptions options_;
  RE2 agent_;
  std::unordered_map<std::string, Speaker> speakers_;
  std::string base_id_;
  std::string next_id_;  // id given by the separator that ended the last conversation
  int count_ = 0;
  bool done_ = false;
};

class TemplateReader : public ConversationReader {
 public:
  TemplateReader(std::unique_ptr<LineSource> src, const ReaderOptions& options)
      : src_(std::move(src)), options_(options) {}

  bool Next(Conversation* c, std::vector<ReadError>* errors) override {
    TakeErrors(errors);
    if (done_) return false;
    done_ = true;
    *c = Conversation{};
    c->id = src_->name();
    c->kind = Kind::kTemplate;
    c->source = {src_->name(), 1};
    std::string_view line;
    std::vector<std::string> pending;  // rules to ignore on the next line
    bool pending_all = false;
    while (src_->Next(&line)) {
      if (src_->overlong()) {
        errors->push_back(OverlongLine(*src_));
        continue;
      }
      std::string_view t = Trim(line);
      if (!t.empty() && t.front() == '#') {
        constexpr std::string_view kDirective = "huashu-ignore-next-line";
        std::string_view rest = Trim(t.substr(1));
        if (rest.substr(0, kDirective.size()) == kDirective) {
          rest = Trim(rest.substr(kDirective.size()));
          if (rest.empty()) pending_all = true;
          while (!rest.empty()) {
            const size_t sp = rest.find_first_of(" ,");
            if (sp != 0) pending.emplace_back(rest.substr(0, sp));
            rest = sp == std::string_view::npos ? std::string_view() : Trim(rest.substr(sp + 1));
          }
        }
        continue;
      }
      if (t.empty()) continue;
      Turn turn;
      turn.speaker = Speaker::kAgent;
      // Keep the line as written so columns in reports match the file.
      turn.text = std::string(line);
      turn.line = src_->line_number();
      const uint32_t number = static_cast<uint32_t>(c->turns.size() + 1);
      if (pending_all) c->suppressions.push_back({number, ""});
      for (std::string& rule : pending) c->suppressions.push_back({number, std::move(rule)});
      pending.clear();
      pending_all = false;
      const size_t bad = base::SanitizeUtf8(&turn.text);
      if (bad != std::string::npos)
        errors->push_back({src_->name(), turn.line, static_cast<uint32_t>(bad + 1),
                           base::Msg("read.utf8_repaired"), false});
      c->turns.push_back(std::move(turn));
    }
    NoteEnd(*src_);
    TakeErrors(errors);
    // An empty file (or only comments) holds no message to check.
    if (c->turns.empty()) return false;
    ApplyOptions(options_, c);
    return true;
  }

 private:
  std::unique_ptr<LineSource> src_;
  ReaderOptions options_;
  bool done_ = false;
};

}  // namespace

bool ParseInlineChatLine(std::string_view line, std::string_view* name, std::string_view* time,
                         std::string_view* text) {
  // NAME(TIME)：text with ASCII or full-width parentheses.
  static constexpr std::string_view kOpen[] = {"(", "\xEF\xBC\x88"};   // （
  static constexpr std::string_view kClose[] = {")", "\xEF\xBC\x89"};  // ）
  for (int k = 0; k < 2; ++k) {
    const size_t open = line.find(kOpen[k]);
    if (open == std::string_view::npos || open == 0 || open > 60) continue;
    const size_t close = line.find(kClose[k], open);
    if (close == std::string_view::npos) continue;
    std::string_view t = line.substr(open + kOpen[k].size(), close - open - kOpen[k].size());
    // 客户(2026-11-22 10:00:00)：… — a date before the time of day.
    if (t.size() == 19 && (t[4] == '-' || t[4] == '/') && t[10] == ' ') t = t.substr(11);
    if (!IsClock(t) || ClockSeconds(t) < 0) continue;
    std::string_view rest = StripColon(line.substr(close + kClose[k].size()));
    if (rest.data() == nullptr) continue;
    *name = Trim(line.substr(0, open));
    *time = t;
    *text = rest;
    // Quotes around the message, as in pasted handbooks: “...”
    if (text->size() >= 6 && text->substr(0, 3) == "\xE2\x80\x9C" &&
        text->substr(text->size() - 3) == "\xE2\x80\x9D") {
      *text = text->substr(3, text->size() - 6);
    }
    return !name->empty();
  }
  return false;
}

bool ParseLabelledChatLine(std::string_view line, std::string_view* name, std::string_view* text) {
  // 客服：在的，您好 / 客户: 你好 / 客服小妮：… / 卖家小王：… — a role word
  // first, no time. The agent's words are those shop back-ends use.
  static constexpr std::string_view kRoles[] = {"客服", "客户", "顾客",  "买家", "卖家",
                                                "坐席", "用户", "系统",  "商家", "店铺",
                                                "掌柜", "售后", "店小二"};
  line = Trim(line);
  // "店铺:小鹿旗舰店 2026-11-22 10:00:05" is a message header, not a message.
  if (std::string_view n, t; ParseChatHeaderLine(line, &n, &t)) return false;
  size_t colon = line.find("\xEF\xBC\x9A");  // ：
  size_t colon_len = 3;
  const size_t ascii = line.find(':');
  if (ascii != std::string_view::npos && (colon == std::string_view::npos || ascii < colon)) {
    colon = ascii;
    colon_len = 1;
  }
  if (colon == std::string_view::npos || colon == 0 || colon > 30) return false;
  const std::string_view who = Trim(line.substr(0, colon));
  const bool role = std::any_of(std::begin(kRoles), std::end(kRoles),
                                [&](std::string_view r) { return who.substr(0, r.size()) == r; });
  if (!role || who.find(' ') != std::string_view::npos) return false;
  std::string_view rest = Trim(line.substr(colon + colon_len));
  if (rest.size() >= 6 && rest.substr(0, 3) == "\xE2\x80\x9C" &&
      rest.substr(rest.size() - 3) == "\xE2\x80\x9D")
    rest = rest.substr(3, rest.size() - 6);
  *name = who;
  *text = rest;
  return true;
}

bool ParseChatHeaderLine(std::string_view line, std::string_view* name, std::string_view* time) {
  line = Trim(line);
  // The date-time is the last 19 characters: YYYY-MM-DD HH:MM:SS.
  if (line.size() < 21) return false;
  std::string_view dt = line.substr(line.size() - 19);
  // 2026/11/22 10:00:03 as some exports write it.
  std::string dashed(dt);
  if (dashed[4] == '/' && dashed[7] == '/') dashed[4] = dashed[7] = '-';
  if (!ParseIsoTime(dashed)) return false;
  std::string_view n = line.substr(0, line.size() - 19);
  if (n.empty() || (n.back() != ' ' && n.back() != '\t')) return false;
  // Sender names are short; a long line ending in a date is a message.
  if (n.size() > 64) return false;
  *name = Trim(n);
  *time = dt;
  return !name->empty();
}

std::unique_ptr<ConversationReader> MakeChatReader(std::unique_ptr<LineSource> src,
                                                   const ReaderOptions& options) {
  return std::make_unique<ChatReader>(std::move(src), options);
}

std::unique_ptr<ConversationReader> MakeTemplateReader(std::unique_ptr<LineSource> src,
                                                       const ReaderOptions& options) {
  return std::make_unique<TemplateReader>(std::move(src), options);
}

}  // namespace huashu::transcript
