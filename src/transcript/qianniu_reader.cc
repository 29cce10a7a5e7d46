// Qianniu (千牛, Taobao and Tmall sellers' workbench) chat records, as the
// message record window copies or exports them: a header line per message,
// the message on the lines below it.
//
//   tb_buyer_88 --> 小鹿旗舰店:小美 2026-11-22 10:00:00     (the buyer to the shop)
//   小鹿旗舰店:小美 2026-11-22 10:00:03                      (the shop's agent)
//   小鹿旗舰店:小美 10:00:41                                 (date of the header before)
//   已读                                                     (read receipt: skipped)
//   tb_buyer_88 撤回了一条消息                               (recall notice: counted)
//
// Dates may be written without zero padding (2026-1-5 9:05:10) or with
// slashes, and the time may follow the name without a space. The agent is the
// sender written as 店名:客服名 (a sub-account of the shop's main account), or
// one that --agent-pattern takes (旗舰店, 客服 ...); the sender of an arrow
// line is otherwise the buyer. A new buyer starts a new conversation, as does
// a line of === or ---. Platform: taobao.

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>

#include "huashu/base/messages.h"
#include "huashu/base/utf8.h"
#include "huashu/transcript/reader.h"
#include "readers.h"

namespace huashu::transcript {
namespace {

constexpr std::string_view kArrow = "-->";
constexpr std::string_view kRecall = "撤回了一条消息";

// Header tails: "... 2026-11-22 10:00:03", "... 10:00:03", and the date first.
const RE2& DatedTail() {
  static const RE2 re(R"(^(.*?)\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})$)");
  return re;
}
const RE2& ClockTail() {
  static const RE2 re(R"(^(.*?)\s*(\d{1,2}):(\d{2}):(\d{2})$)");
  return re;
}
const RE2& DateFirst() {
  static const RE2 re(
      R"(^(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s*(\S.*)$)");
  return re;
}

std::string_view TrimBlanks(std::string_view s) {
  s = TrimLine(s);
  while (s.size() >= 3 && s.substr(0, 3) == "\xE3\x80\x80") s = TrimLine(s.substr(3));  // U+3000
  while (s.size() >= 3 && s.substr(s.size() - 3) == "\xE3\x80\x80")
    s = TrimLine(s.substr(0, s.size() - 3));
  return s;
}

// A parsed header line.
struct Header {
  std::string sender, receiver;  // receiver: "" unless "A --> B"
  bool dated = false;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
};

// Splits "A --> B" (or just "A"); false if a side is empty.
bool SplitWho(std::string_view who, Header* h) {
  who = TrimBlanks(who);
  const size_t arrow = who.find(kArrow);
  if (arrow == std::string_view::npos) {
    h->sender = std::string(who);
    return !who.empty();
  }
  h->sender = std::string(TrimBlanks(who.substr(0, arrow)));
  h->receiver = std::string(TrimBlanks(who.substr(arrow + kArrow.size())));
  return !h->sender.empty() && !h->receiver.empty();
}

// Names do not hold spaces or sentence punctuation; a message line ending in a
// time does (most of the time).
bool PlausibleName(std::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  if (name.find_first_of(" \t") != std::string_view::npos) return false;
  for (std::string_view p : {"，", "。", "？", "！", "、", "；", "“", "”"})
    if (name.find(p) != std::string_view::npos) return false;
  return true;
}

bool HasShopPrefix(std::string_view name) {
  const size_t colon = name.find(':') != std::string_view::npos ? name.find(':') : name.find("：");
  return colon != std::string_view::npos && colon > 0 && colon + 1 < name.size();
}

// Parses a header; `known` are senders seen in dated headers (a bare clock is
// only a header for them, for shop names and for arrow lines).
bool ParseHeader(std::string_view line, const std::set<std::string, std::less<>>* known,
                 Header* h) {
  line = TrimBlanks(line);
  if (line.size() > 200) return false;
  re2::StringPiece who;
  const re2::StringPiece in(line.data(), line.size());
  if (RE2::FullMatch(in, DatedTail(), &who, &h->y, &h->mo, &h->d, &h->h, &h->mi, &h->s) ||
      RE2::FullMatch(in, DateFirst(), &h->y, &h->mo, &h->d, &h->h, &h->mi, &h->s, &who)) {
    h->dated = true;
  } else if (RE2::FullMatch(in, ClockTail(), &who, &h->h, &h->mi, &h->s)) {
    h->dated = false;
  } else {
    return false;
  }
  if (!SplitWho(std::string_view(who.data(), who.size()), h)) return false;
  if (!PlausibleName(h->sender) || (!h->receiver.empty() && !PlausibleName(h->receiver)))
    return false;
  if (h->dated || !h->receiver.empty() || HasShopPrefix(h->sender)) return true;
  return known && known->count(h->sender) > 0;
}

bool IsStatusLine(std::string_view t) { return t == "已读" || t == "未读" || t == "发送中"; }

bool IsRecallLine(std::string_view t) {
  return t.size() >= kRecall.size() && t.size() <= 80 + kRecall.size() &&
         t.substr(t.size() - kRecall.size()) == kRecall;
}

class QianniuReader : public ConversationReader {
 public:
  QianniuReader(std::unique_ptr<LineSource> src, const ReaderOptions& options)
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
    customer_.clear();
    first_abs_ = NAN;
    Turn* open = nullptr;
    int blank_lines = 0;
    if (held_) {  // the header that started this conversation
      held_ = false;
      c->source.line = held_line_;
      open = Begin(c, held_header_, held_line_, errors);
    }
    std::string_view line;
    while (true) {
      if (!src_->Next(&line)) {
        done_ = true;
        NoteEnd(*src_);
        NoteCounts();
        TakeErrors(errors);
        break;
      }
      if (src_->overlong()) {
        errors->push_back(OverlongLine(*src_));
        continue;
      }
      const std::string_view t = TrimBlanks(line);
      std::string sep_id;
      if (ParseSeparatorLine(t, &sep_id)) {
        if (!c->turns.empty()) {
          next_id_ = sep_id;
          break;
        }
        if (!sep_id.empty()) c->id = sep_id;
        c->source.line = src_->line_number() + 1;
        continue;
      }
      if (t.empty()) {
        if (open && !open->text.empty()) ++blank_lines;
        continue;
      }
      if (IsStatusLine(t)) {
        ++receipts_;
        continue;
      }
      if (IsRecallLine(t)) {
        ++recalls_;
        open = nullptr;
        continue;
      }
      Header h;
      if (ParseHeader(t, &known_, &h)) {
        if (h.dated) known_.insert(h.sender);
        // A different buyer: this conversation ends; the header opens the next.
        const std::string buyer = BuyerOf(h);
        if (!buyer.empty() && !customer_.empty() && buyer != customer_ && !c->turns.empty()) {
          held_ = true;
          held_header_ = std::move(h);
          held_line_ = src_->line_number();
          break;
        }
        open = Begin(c, h, src_->line_number(), errors);
        blank_lines = 0;
        continue;
      }
      if (open) {
        if (!open->text.empty()) open->text.append(1 + blank_lines, '\n');
        blank_lines = 0;
        open->text += t;
        continue;
      }
      errors->push_back({src_->name(), src_->line_number(), 1,
                         "not a Qianniu chat line: expected a header 'NAME 2026-11-22 10:00:03' "
                         "or 'BUYER --> 店名:客服 TIME' before message lines"});
    }
    if (c->turns.empty()) return false;
    for (Turn& t : c->turns) {
      const size_t bad = base::SanitizeUtf8(&t.text);
      if (bad != std::string::npos)
        errors->push_back({src_->name(), t.line, 0,
                           base::Msg("read.utf8_repaired_at", {std::to_string(bad + 1)}), false});
      if (t.text.empty())
        errors->push_back({src_->name(), t.line ? t.line - 1 : 0, 1,
                           base::Msg("read.header_without_text"), false});
    }
    if (c->id.empty()) c->id = NextId();
    c->channel = Channel::kChat;
    c->platform = "taobao";
    ApplyOptions(options_, c);
    return true;
  }

 private:
  Speaker SpeakerOf(std::string_view name) const {
    if (name == "系统" || name == "系统消息") return Speaker::kSystem;
    if (HasShopPrefix(name)) return Speaker::kAgent;
    return RE2::FullMatch(re2::StringPiece(name.data(), name.size()), agent_) ? Speaker::kAgent
                                                                              : Speaker::kCustomer;
  }

  // The buyer a header names: the sender unless it is the shop's, else the
  // receiver of an arrow line; "" when the header names no buyer.
  std::string BuyerOf(const Header& h) const {
    if (SpeakerOf(h.sender) == Speaker::kCustomer) return h.sender;
    if (!h.receiver.empty() && SpeakerOf(h.receiver) == Speaker::kCustomer) return h.receiver;
    return "";
  }

  // Adds the turn a header opens and returns it.
  Turn* Begin(Conversation* c, const Header& h, uint32_t line, std::vector<ReadError>* errors) {
    Turn t;
    // An arrow line is the buyer writing to the shop, unless the sender is
    // the shop's own account.
    t.speaker = SpeakerOf(h.sender);
    t.label = h.sender;
    t.line = line + 1;  // the message is on the next line
    if (t.speaker == Speaker::kAgent && c->agent_id.empty()) c->agent_id = h.sender;
    if (const std::string buyer = BuyerOf(h); !buyer.empty() && customer_.empty())
      customer_ = buyer;
    double abs = NAN;
    if (h.dated) {
      char stamp[32];
      std::snprintf(stamp, sizeof stamp, "%04d-%02d-%02d %02d:%02d:%02d", h.y, h.mo, h.d, h.h, h.mi,
                    h.s);
      const std::optional<double> at = ParseIsoTime(stamp);
      if (at && h.h < 24 && h.mi < 60 && h.s < 61) {
        abs = *at;
        midnight_ = abs - (h.h * 3600 + h.mi * 60 + h.s);
        last_clock_ = h.h * 3600 + h.mi * 60 + h.s;
        if (c->started_at.empty() && c->turns.empty()) {
          std::string iso(stamp);
          iso[10] = 'T';
          c->started_at = iso + "+08:00";
        }
      } else {
        errors->push_back({src_->name(), line, 0,
                           "Qianniu header: time \"" + std::string(stamp) +
                               "\" is not a valid date and time; the message is kept without "
                               "a time",
                           false});
      }
    } else if (h.h < 24 && h.mi < 60 && h.s < 61) {
      const double clock = h.h * 3600 + h.mi * 60 + h.s;
      if (last_clock_ >= 0 && clock + 6 * 3600 < last_clock_) midnight_ += 86400;  // past midnight
      last_clock_ = clock;
      abs = midnight_ + clock;
    } else {
      errors->push_back({src_->name(), line, 0,
                         "Qianniu header: the time of day is not valid; the message is kept "
                         "without a time",
                         false});
    }
    if (!std::isnan(abs)) {
      if (std::isnan(first_abs_)) first_abs_ = abs;
      t.start = t.end = std::max(0.0, abs - first_abs_);
    }
    c->turns.push_back(std::move(t));
    return &c->turns.back();
  }

  std::string NextId() {
    ++count_;
    return count_ == 1 ? base_id_ : base_id_ + "#" + std::to_string(count_);
  }

  void NoteCounts() {
    std::string skipped;
    if (receipts_) skipped = std::to_string(receipts_) + " status lines (已读/未读/发送中)";
    if (recalls_)
      skipped += (skipped.empty() ? "" : ", ") + std::to_string(recalls_) +
                 " recall notices (撤回了一条消息)";
    if (!skipped.empty())
      pending_.push_back({src_->name(), 0, 0, "Qianniu records: skipped " + skipped, false});
  }

  std::unique_ptr<LineSource> src_;
  ReaderOptions options_;
  RE2 agent_;
  std::string base_id_, next_id_, customer_;
  std::set<std::string, std::less<>> known_;  // senders of dated headers
  double midnight_ = 0, last_clock_ = -1, first_abs_ = NAN;
  bool held_ = false;
  Header held_header_;
  uint32_t held_line_ = 0;
  size_t receipts_ = 0, recalls_ = 0;
  int count_ = 0;
  bool done_ = false;
};

}  // namespace

bool IsQianniuArrowHeader(std::string_view line) {
  if (line.find(kArrow) == std::string_view::npos) return false;
  Header h;
  return ParseHeader(line, nullptr, &h) && !h.receiver.empty();
}

std::unique_ptr<ConversationReader> MakeQianniuReader(std::unique_ptr<LineSource> src,
                                                      const ReaderOptions& options) {
  return std::make_unique<QianniuReader>(std::move(src), options);
}

}  // namespace huashu::transcript
