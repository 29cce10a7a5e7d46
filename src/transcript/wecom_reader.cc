// WeCom (企业微信) chat archive, 会话内容存档: the messages the finance SDK's
// DecryptData returns, one JSON object per line, or a JSON array of them
// (or the GetChatData wrapper {"chatdata": [...]} holding decrypted ones):
//
//   {"msgid", "action": "send"|"recall"|"switch", "from", "tolist": [...],
//    "roomid": ""|"wr...", "msgtime": ms since 1970, "msgtype": "text",
//    "text": {"content"}}
//
// The archive is one stream of messages of every chat of the company, in
// sequence order. Messages are grouped by chat (the room, or the two people of
// a one-to-one chat) into sessions: a silence of more than kSessionGap ends a
// session once an employee has spoken in it. A session is a conversation,
// emitted when it ends, so memory holds only the sessions still open.
//
// Who is who: ids of 20 or more characters starting with "wm" or "wo" are
// external contacts (customers: external_userid), "wb…" ones are robots (read
// as system); every other id is an employee userid (the agent). A chat with no
// external contact is internal, not customer service: it is counted, not
// checked. Non-text messages become placeholder turns ("[图片]"); consent
// notices (agree/disagree), recall notices and account switches are counted.

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <deque>
#include <map>
#include <unordered_map>

#include "huashu/base/utf8.h"
#include "huashu/transcript/reader.h"
#include "readers.h"

namespace huashu::transcript {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

// A session ends after this much silence, once the agent has spoken in it.
constexpr double kSessionGapMs = 6 * 3600 * 1000.0;
// msgtime must lie between 2000-01-01 and 2100-01-01 (ms since 1970).
constexpr double kMinMsgTime = 946684800000.0, kMaxMsgTime = 4102444800000.0;

// Placeholders for messages without text, by msgtype.
struct Placeholder {
  std::string_view type, text;
};
constexpr std::array<Placeholder, 27> kPlaceholders = {{
    {"image", "[图片]"},
    {"voice", "[语音]"},
    {"video", "[视频]"},
    {"emotion", "[表情]"},
    {"file", "[文件]"},
    {"link", "[链接]"},
    {"weapp", "[小程序]"},
    {"card", "[名片]"},
    {"location", "[位置]"},
    {"chatrecord", "[聊天记录]"},
    {"todo", "[待办]"},
    {"vote", "[投票]"},
    {"collect", "[填表]"},
    {"redpacket", "[红包]"},
    {"external_redpacket", "[红包]"},
    {"meeting", "[会议邀请]"},
    {"docmsg", "[在线文档]"},
    {"news", "[图文]"},
    {"calendar", "[日程]"},
    {"meeting_voice_call", "[音频存档]"},
    {"voip_doc_share", "[音频共享文档]"},
    {"sphfeed", "[视频号]"},
    {"voiptext", "[音视频通话]"},
    {"qydiskfile", "[微盘文件]"},
    {"markdown", "[MarkDown]"},
    {"meeting_notification", "[会议控制]"},
    {"solitaire", "[接龙]"},
}};

std::string PlaceholderOf(std::string_view msgtype) {
  for (const Placeholder& p : kPlaceholders)
    if (p.type == msgtype) return std::string(p.text);
  return "[" + std::string(msgtype) + "]";
}

enum class Party : uint8_t { kEmployee, kExternal, kRobot };

Party PartyOf(std::string_view id) {
  if (id.size() >= 20) {
    const std::string_view p = id.substr(0, 2);
    if (p == "wm" || p == "wo") return Party::kExternal;
    if (p == "wb") return Party::kRobot;
  }
  return Party::kEmployee;
}

// "2026-11-22T10:00:03+08:00" for ms since 1970 (China Standard Time, the
// time the WeCom client shows).
std::string BeijingTime(double ms) {
  int64_t s = static_cast<int64_t>(std::floor(ms / 1000)) + 8 * 3600;
  int64_t days = s >= 0 ? s / 86400 : (s - 86399) / 86400;
  int64_t rem = s - days * 86400;
  // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = yoe + era * 400 + (m <= 2);
  char buf[128];  // room for any int64 fields, though they are small
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld+08:00",
                static_cast<long long>(y), static_cast<long long>(m), static_cast<long long>(d),
                static_cast<long long>(rem / 3600), static_cast<long long>(rem / 60 % 60),
                static_cast<long long>(rem % 60));
  return buf;
}

// One message read from the archive.
struct Message {
  uint32_t line = 0;
  std::string from;
  std::vector<std::string> to;
  std::string room;
  double ms = 0;
  std::string text;
  bool placeholder = false;
};

// What a record turned out to be.
enum class Kind { kMessage, kSwitch, kConsent, kRecall, kEncrypted };

bool FailRecord(std::string* error, std::string message) {
  *error = std::move(message);
  return false;
}

bool StringField(object o, std::string_view key, std::string* out, std::string* error,
                 bool required = true) {
  element v;
  if (o.at_key(key).get(v) || v.type() == element_type::NULL_VALUE) {
    if (required) return FailRecord(error, std::string(key) + " missing");
    return true;
  }
  std::string_view s;
  if (v.get(s)) return FailRecord(error, std::string(key) + " must be a string");
  out->assign(s);
  return true;
}

// MarkDown messages keep their text under "info" (as documented) or, in
// some tools' copies, under "markdown".
bool MarkdownText(object o, std::string_view* out) {
  for (std::string_view key : {"info", "markdown"}) {
    element v;
    object body;
    if (!o.at_key(key).get(v) && !v.get(body) && !body.at_key("content").get(v) && !v.get(*out))
      return true;
  }
  return false;
}

// Reads one archive record into *m. Returns false with *error naming the
// field when the record has the shape of a message but breaks it.
bool ParseMessage(element doc, Message* m, Kind* kind, std::string* error) {
  object o;
  if (doc.get(o)) return FailRecord(error, "not a JSON object (one archived message per line)");
  *kind = Kind::kMessage;
  if (element v; !o.at_key("encrypt_chat_msg").get(v)) {
    *kind = Kind::kEncrypted;
    return true;
  }
  std::string action = "send";
  if (!StringField(o, "action", &action, error, false)) return false;
  if (action == "switch") {  // {"msgid", "action": "switch", "time", "user"}
    *kind = Kind::kSwitch;
    return true;
  }
  if (action != "send" && action != "recall")
    return FailRecord(error,
                      "action must be send, recall or switch, got \"" + QuoteField(action) + "\"");
  std::string msgid, msgtype;
  if (!StringField(o, "msgid", &msgid, error)) return false;
  if (!StringField(o, "from", &m->from, error)) return false;
  if (m->from.empty()) return FailRecord(error, "from must not be empty");
  if (!StringField(o, "roomid", &m->room, error, false)) return false;
  element v;
  if (!o.at_key("tolist").get(v) && v.type() != element_type::NULL_VALUE) {
    simdjson::dom::array list;
    if (v.get(list)) return FailRecord(error, "tolist must be an array of ids");
    for (element id : list) {
      std::string_view s;
      if (id.get(s)) return FailRecord(error, "tolist must be an array of ids");
      m->to.emplace_back(s);
    }
  }
  if (m->room.empty() && m->to.empty())
    return FailRecord(error, "tolist missing (a one-to-one message needs its receiver)");
  if (o.at_key("msgtime").get(v)) return FailRecord(error, "msgtime missing");
  switch (v.type()) {
    case element_type::INT64:
      m->ms = static_cast<double>(int64_t(v));
      break;
    case element_type::UINT64:
      m->ms = static_cast<double>(uint64_t(v));
      break;
    case element_type::DOUBLE:
      m->ms = double(v);
      break;
    case element_type::STRING: {  // some archive tools store it as text
      const std::string_view text = v.get_string().value_unsafe();
      int64_t n = 0;
      const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
      if (ec != std::errc() || end != text.data() + text.size() || text.empty())
        return FailRecord(error, "msgtime must be a number of milliseconds since 1970");
      m->ms = static_cast<double>(n);
      break;
    }
    default:
      return FailRecord(error, "msgtime must be a number of milliseconds since 1970");
  }
  if (!(m->ms >= kMinMsgTime && m->ms < kMaxMsgTime))
    return FailRecord(
        error, "msgtime must be milliseconds since 1970 between the years 2000 and 2100, got " +
                   QuoteField(simdjson::minify(v)));
  if (!StringField(o, "msgtype", &msgtype, error)) return false;
  if (action == "recall" || msgtype == "revoke") {
    *kind = Kind::kRecall;
    return true;
  }
  if (msgtype == "agree" || msgtype == "disagree") {
    *kind = Kind::kConsent;
    return true;
  }
  object body;
  const bool has_body = !o.at_key(msgtype).get(v) && !v.get(body);
  if (msgtype == "text") {
    if (!has_body)
      return FailRecord(error, "text missing (a text message holds {\"content\": ...})");
    std::string_view s;
    if (body.at_key("content").get(v) || v.get(s)) return FailRecord(error, "text.content missing");
    m->text.assign(s);
  } else if (std::string_view md; msgtype == "markdown" && MarkdownText(o, &md)) {
    m->text.assign(md);
  } else if (msgtype == "mixed" && has_body) {
    // {"item": [{"type": "text", "content": "{\"content\":\"...\"}"}, {"type": "image", ...}]}
    simdjson::dom::array items;
    if (body.at_key("item").get(v) || v.get(items)) return FailRecord(error, "mixed.item missing");
    simdjson::dom::parser inner;
    size_t i = 0;
    for (element item : items) {
      const std::string at = "mixed.item[" + std::to_string(i++) + "]";
      std::string_view type;
      if (item.at_key("type").get(v) || v.get(type)) return FailRecord(error, at + ".type missing");
      if (type != "text") {
        m->text += PlaceholderOf(type);
        continue;
      }
      element content;
      if (item.at_key("content").get(content)) return FailRecord(error, at + ".content missing");
      if (content.type() == element_type::STRING) {
        // The SDK nests the text message as JSON in a string.
        simdjson::padded_string json(content.get_string().value_unsafe());
        element parsed;
        if (!inner.parse(json).get(parsed) && parsed.type() == element_type::OBJECT)
          content = parsed;
      }
      std::string_view s;
      if (content.type() == element_type::OBJECT) {
        if (content.at_key("content").get(v) || v.get(s))
          return FailRecord(error, at + ".content.content missing");
      } else if (content.get(s)) {
        return FailRecord(error, at + ".content must be a string");
      }
      m->text += s;
    }
  } else {
    m->text = PlaceholderOf(msgtype);
    m->placeholder = true;
  }
  return true;
}

// A session of one chat being collected.
struct Session {
  Conversation conv;
  double first_ms = 0, last_ms = 0;
  uint32_t first_line = 0;
  bool agent_spoke = false;
  bool external = false;  // an external contact takes part
};

class WecomReader : public ConversationReader {
 public:
  WecomReader(std::unique_ptr<LineSource> src, const ReaderOptions& options)
      : src_(std::move(src)), options_(options) {}

  bool Next(Conversation* c, std::vector<ReadError>* errors) override {
    TakeErrors(errors);
    while (ready_.empty() && !ended_) ReadSome(errors);
    if (ready_.empty()) {
      TakeErrors(errors);
      return false;
    }
    *c = std::move(ready_.front());
    ready_.pop_front();
    return true;
  }

 private:
  // Reads records until some sessions are closed or the input ends.
  void ReadSome(std::vector<ReadError>* errors) {
    if (!started_) Start(errors);
    if (document_) {
      while (next_record_ < records_.size() && ready_.empty()) {
        const auto& [text, line] = records_[next_record_++];
        simdjson::padded_string padded(text);
        element doc;
        if (parser_.parse(padded).get(doc)) continue;  // minified from a valid document
        Record(doc, line, errors);
      }
      if (next_record_ >= records_.size()) {
        NoteEnd(*src_);
        Finish(errors);
      }
      return;
    }
    std::string_view line;
    while (ready_.empty()) {
      if (!src_->Next(&line)) {
        NoteEnd(*src_);
        Finish(errors);
        return;
      }
      if (src_->overlong()) {
        errors->push_back(OverlongLine(*src_));
        continue;
      }
      if (TrimLine(line).empty()) continue;
      element doc;
      // The line buffer carries the padding simdjson needs.
      if (auto err = parser_.parse(line.data(), line.size(), false).get(doc)) {
        errors->push_back(
            {src_->name(), src_->line_number(), 0,
             std::string("WeCom archive: not JSON (") + simdjson::error_message(err) + ")"});
        continue;
      }
      Record(doc, src_->line_number(), errors);
    }
  }

  // A JSON document (an array of messages, or {"chatdata": [...]}) is read
  // whole; each message keeps the line its object starts on.
  void Start(std::vector<ReadError>* errors) {
    started_ = true;
    const std::string_view head = src_->Peek(64 * 1024);
    const size_t first = head.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return;
    // One message per line, unless the first line is not a whole object.
    size_t eol = head.find('\n', first);
    if (eol == std::string_view::npos) eol = head.size();
    const std::string_view first_line = TrimLine(head.substr(first, eol - first));
    if (head[first] != '[' && !first_line.empty() && first_line.back() == '}') return;
    document_ = true;
    const std::string_view text = src_->Peek(options_.max_record_bytes + 1);
    if (!src_->at_end() || text.size() > options_.max_record_bytes) {
      errors->push_back({src_->name(), 1, 0,
                         "WeCom archive: a JSON document larger than the size limit "
                         "(--max-record-size): not read; write one message per line"});
      return;
    }
    simdjson::padded_string padded(text);
    element doc;
    if (auto err = parser_.parse(padded).get(doc)) {
      errors->push_back(
          {src_->name(), 1, 0,
           std::string("WeCom archive: not JSON (") + simdjson::error_message(err) + ")"});
      return;
    }
    simdjson::dom::array list;
    bool wrapper = false;
    if (doc.get(list)) {
      element v;
      if (doc.at_key("chatdata").get(v)) {  // one message over many lines
        records_.emplace_back(simdjson::minify(doc), 1);
        return;
      }
      if (v.get(list)) {
        errors->push_back({src_->name(), 1, 0, "WeCom archive: chatdata must be an array"});
        return;
      }
      wrapper = true;
    }
    const std::vector<uint32_t> lines = ElementLines(text, wrapper);
    size_t i = 0;
    for (element e : list) {
      records_.emplace_back(simdjson::minify(e), i < lines.size() ? lines[i] : 1);
      ++i;
    }
  }

  // The line on which each element of the message array starts: the array at
  // depth 1 (a top-level array), or the one after "chatdata" (the wrapper).
  static std::vector<uint32_t> ElementLines(std::string_view text, bool wrapper) {
    std::vector<uint32_t> lines;
    uint32_t line = 1;
    int depth = 0, array_depth = wrapper ? -1 : 1;
    bool in_string = false, escape = false, expect_value = true;
    size_t key_start = 0;
    std::string_view last_key;
    for (size_t i = 0; i < text.size(); ++i) {
      const char ch = text[i];
      if (ch == '\n') ++line;
      if (in_string) {
        if (escape) {
          escape = false;
        } else if (ch == '\\') {
          escape = true;
        } else if (ch == '"') {
          in_string = false;
          last_key = text.substr(key_start, i - key_start);
        }
        continue;
      }
      if (ch == '"') {
        in_string = true;
        key_start = i + 1;
        if (depth == array_depth && expect_value) lines.push_back(line);
        expect_value = false;
        continue;
      }
      if (ch == '[' || ch == '{') {
        if (depth == array_depth && expect_value) lines.push_back(line);
        ++depth;
        if (wrapper && ch == '[' && array_depth < 0 && last_key == "chatdata") array_depth = depth;
        expect_value = true;
      } else if (ch == ']' || ch == '}') {
        --depth;
        expect_value = false;
      } else if (ch == ',') {
        expect_value = true;
      } else if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n' && ch != ':') {
        if (depth == array_depth && expect_value) lines.push_back(line);
        expect_value = false;
      }
    }
    return lines;
  }

  void Record(element doc, uint32_t line, std::vector<ReadError>* errors) {
    simdjson::dom::array list;
    if (element v;
        doc.type() == element_type::OBJECT && !doc.at_key("chatdata").get(v) && !v.get(list)) {
      for (element e : list) Record(e, line, errors);  // a GetChatData response on one line
      return;
    }
    Message m;
    m.line = line;
    Kind kind;
    std::string error;
    if (!ParseMessage(doc, &m, &kind, &error)) {
      errors->push_back({src_->name(), line, 0, "WeCom archive: " + error});
      return;
    }
    switch (kind) {
      case Kind::kSwitch:
        ++switches_;
        return;
      case Kind::kConsent:
        ++consents_;
        return;
      case Kind::kRecall:
        ++recalls_;
        return;
      case Kind::kEncrypted:
        if (!encrypted_noted_)
          errors->push_back({src_->name(), line, 0,
                             "WeCom archive: encrypted records (encrypt_chat_msg): decrypt them "
                             "with the finance SDK (DecryptData) first; not read"});
        encrypted_noted_ = true;
        ++encrypted_;
        return;
      case Kind::kMessage:
        break;
    }
    Add(std::move(m), errors);
  }

  // The chat a message belongs to: its room, or the two people of a
  // one-to-one chat (in a fixed order).
  static std::string ChatKey(const Message& m) {
    if (!m.room.empty()) return "room:" + m.room;
    const std::string& to = m.to.front();
    return m.from < to ? m.from + "\n" + to : to + "\n" + m.from;
  }

  void Add(Message m, std::vector<ReadError>* errors) {
    const size_t bad = base::SanitizeUtf8(&m.text);
    if (bad != std::string::npos)
      errors->push_back({src_->name(), m.line, 0, "invalid UTF-8 replaced by U+FFFD", false});
    now_ = std::max(now_, m.ms);
    const std::string key = ChatKey(m);
    auto it = open_.find(key);
    if (it != open_.end() && it->second.agent_spoke && m.ms - it->second.last_ms > kSessionGapMs) {
      Close(&it->second);
      open_.erase(it);
      it = open_.end();
    }
    if (it == open_.end()) {
      it = open_.emplace(key, Session{}).first;
      Session& s = it->second;
      s.first_ms = m.ms;
      s.first_line = m.line;
      s.conv.id = SessionId(m);
      s.conv.source = {src_->name(), m.line};
      s.conv.started_at = BeijingTime(m.ms);
      s.conv.channel = Channel::kChat;
    }
    Session& s = it->second;
    const Party from = PartyOf(m.from);
    s.external = s.external || from == Party::kExternal ||
                 std::any_of(m.to.begin(), m.to.end(),
                             [](const std::string& id) { return PartyOf(id) == Party::kExternal; });
    Turn t;
    t.speaker = from == Party::kEmployee   ? Speaker::kAgent
                : from == Party::kExternal ? Speaker::kCustomer
                                           : Speaker::kSystem;
    if (t.speaker == Speaker::kAgent) {
      s.agent_spoke = true;
      if (s.conv.agent_id.empty()) s.conv.agent_id = m.from;
    }
    if (m.placeholder) ++placeholders_[m.text];
    t.text = std::move(m.text);
    t.label = std::move(m.from);
    t.line = m.line;
    // Messages of one chat can arrive slightly out of time order; a turn
    // never starts before the session does.
    t.start = t.end = std::max(0.0, (m.ms - s.first_ms) / 1000);
    s.last_ms = std::max(s.last_ms, m.ms);
    s.conv.turns.push_back(std::move(t));
    if (++since_sweep_ >= 256) Sweep();
  }

  // Names a session: the room, or employee~contact, with #2, #3 ... for later
  // sessions of the same chat.
  std::string SessionId(const Message& m) {
    std::string base;
    if (!m.room.empty()) {
      base = m.room;
    } else {
      const std::string& to = m.to.front();
      const bool from_first =
          PartyOf(m.from) == Party::kEmployee || PartyOf(to) != Party::kEmployee;
      base = from_first ? m.from + "~" + to : to + "~" + m.from;
    }
    const int n = ++sessions_of_[base];
    return n == 1 ? base : base + "#" + std::to_string(n);
  }

  void Close(Session* s) {
    if (!s->external) {
      ++internal_;
      return;
    }
    ApplyOptions(options_, &s->conv);
    closing_.push_back({s->first_line, std::move(s->conv)});
  }

  // Closes sessions silent for longer than the gap (memory stays bounded by
  // the chats active in the last hours), emitting them in input order.
  void Sweep() {
    since_sweep_ = 0;
    for (auto it = open_.begin(); it != open_.end();) {
      if (it->second.agent_spoke && now_ - it->second.last_ms > kSessionGapMs) {
        Close(&it->second);
        it = open_.erase(it);
      } else {
        ++it;
      }
    }
    Release();
  }

  void Release() {
    std::stable_sort(closing_.begin(), closing_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [line, conv] : closing_) ready_.push_back(std::move(conv));
    closing_.clear();
  }

  void Finish(std::vector<ReadError>* errors) {
    if (ended_) return;
    ended_ = true;
    for (auto& [key, s] : open_) Close(&s);
    open_.clear();
    Release();
    std::string kept, skipped;
    size_t placeholders = 0;
    for (const auto& [text, n] : placeholders_) {
      placeholders += n;
      kept += (kept.empty() ? "" : ", ") + text + " " + std::to_string(n);
    }
    auto count = [&](size_t n, const char* what) {
      if (n) skipped += (skipped.empty() ? "" : ", ") + std::to_string(n) + " " + what;
    };
    count(consents_, "consent notices (agree/disagree)");
    count(recalls_, "recall notices");
    count(switches_, "account switches");
    count(encrypted_, "encrypted records");
    count(internal_, "internal chats without an external contact (not checked)");
    if (placeholders)
      errors->push_back({src_->name(), 0, 0,
                         "WeCom archive: " + std::to_string(placeholders) +
                             " messages without text kept as placeholder turns (" + kept + ")",
                         false});
    if (!skipped.empty())
      errors->push_back({src_->name(), 0, 0, "WeCom archive: skipped " + skipped, false});
  }

  std::unique_ptr<LineSource> src_;
  ReaderOptions options_;
  simdjson::dom::parser parser_;
  bool started_ = false, document_ = false, ended_ = false, encrypted_noted_ = false;
  std::vector<std::pair<std::string, uint32_t>> records_;  // a document's messages
  size_t next_record_ = 0;
  std::unordered_map<std::string, Session> open_;
  std::unordered_map<std::string, int> sessions_of_;
  std::vector<std::pair<uint32_t, Conversation>> closing_;
  std::deque<Conversation> ready_;
  double now_ = 0;
  int since_sweep_ = 0;
  std::map<std::string, size_t> placeholders_;
  size_t switches_ = 0, consents_ = 0, recalls_ = 0, encrypted_ = 0, internal_ = 0;
};

}  // namespace

bool LooksLikeWecomArchive(std::string_view head) {
  auto has = [&](std::string_view w) { return head.find(w) != std::string_view::npos; };
  if (has("\"encrypt_chat_msg\"") && has("\"chatdata\"")) return true;
  return has("\"msgid\"") && (has("\"msgtype\"") || has("\"action\"")) &&
         (has("\"msgtime\"") || has("\"time\"")) && !has("\"turns\"");
}

std::unique_ptr<ConversationReader> MakeWecomReader(std::unique_ptr<LineSource> src,
                                                    const ReaderOptions& options) {
  return std::make_unique<WecomReader>(std::move(src), options);
}

}  // namespace huashu::transcript
