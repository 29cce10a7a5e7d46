// CSV: one turn per row, grouped into conversations by the id column.

#include <charconv>
#include <cmath>

#include "asr_json.h"

#include "huashu/base/messages.h"
#include "huashu/base/utf8.h"
#include "huashu/transcript/reader.h"
#include "huashu/transcript/script_line.h"
#include "readers.h"

namespace huashu::transcript {
namespace {

// Splits one CSV record (RFC 4180 quoting). Returns false if a quoted field
// is still open at the end of `line` (the record continues on the next line).
bool SplitCsv(std::string_view line, std::vector<std::string>* fields, bool* in_quotes) {
  if (!*in_quotes) fields->emplace_back();
  for (size_t i = 0; i < line.size(); ++i) {
    const char ch = line[i];
    if (*in_quotes) {
      if (ch == '"') {
        if (i + 1 < line.size() && line[i + 1] == '"') {
          fields->back() += '"';
          ++i;
        } else {
          *in_quotes = false;
        }
      } else {
        fields->back() += ch;
      }
    } else if (ch == '"' && fields->back().empty()) {
      *in_quotes = true;
    } else if (ch == ',') {
      fields->emplace_back();
    } else {
      fields->back() += ch;
    }
  }
  if (*in_quotes) fields->back() += '\n';
  return !*in_quotes;
}

class CsvReader : public ConversationReader {
 public:
  CsvReader(std::unique_ptr<LineSource> src, const ReaderOptions& options)
      : src_(std::move(src)), options_(options) {}

  bool Next(Conversation* c, std::vector<ReadError>* errors) override {
    TakeErrors(errors);
    if (!header_read_ && !ReadHeader(errors)) return Finish(errors);
    while (true) {
      *c = Conversation{};
      bool any = false;
      std::optional<double> first_time;
      uint32_t rows = 0;
      while (true) {
        if (!have_row_ && !ReadRow(errors)) break;
        const std::string& id = Field("conversation");
        if (any && id != c->id) break;  // the next conversation starts; keep the row
        have_row_ = false;
        ++rows;
        if (!any) {
          c->id = id;
          c->source = {src_->name(), row_line_};
          if (auto ch = ParseChannel(Field("channel"))) {
            c->channel = *ch;
            c->channel_given = true;
          }
          c->platform = Field("platform");
          c->agent_id = Field("agent");
          any = true;
        }
        // A row too short to reach the text column has no message: not an
        // empty turn.
        if (!HasField("text")) {
          errors->push_back({src_->name(), row_line_, 0,
                             base::Msg("csv.short_row", {std::to_string(row_.size()),
                                                         std::to_string(columns_.size())})});
          continue;
        }
        Turn t;
        auto sp = ParseSpeaker(Field("speaker"));
        if (!sp) sp = SpeakerFromLabel(Field("speaker"));
        if (!sp) {
          errors->push_back({src_->name(), row_line_, 0,
                             base::Msg("csv.speaker_unknown", {QuoteField(Field("speaker"))})});
          continue;
        }
        t.speaker = *sp;
        t.text = Field("text");
        t.line = row_line_;
        if (base::SanitizeUtf8(&t.text) != std::string::npos)
          errors->push_back(
              {src_->name(), row_line_, 0, base::Msg("read.utf8_repaired"), false});
        Seconds("start", &t.start, errors);
        Seconds("end", &t.end, errors);
        if (!Field("time").empty()) {
          if (auto at = ParseIsoTime(Field("time"))) {
            if (!first_time) first_time = *at;
            t.start = t.end = *at - *first_time;
          } else {
            errors->push_back({src_->name(), row_line_, 0,
                               base::Msg("csv.time"),
                               false});
          }
        }
        if (HasTime(t.start) && !HasTime(t.end)) t.end = t.start;
        c->turns.push_back(std::move(t));
      }
      if (!any) return Finish(errors);
      if (c->turns.empty()) {
        // Every row of it was rejected (each has its diagnostic, counted as
        // rejected): nothing of this conversation can be checked, so it is
        // not reported as a checked one with 0 turns.
        errors->push_back({src_->name(), c->source.line, 0,
                           base::Msg("csv.no_rows", {QuoteField(c->id), std::to_string(rows)}),
                           false});
        continue;
      }
      ApplyOptions(options_, c);
      return true;
    }
  }

 private:
  // Reads the seconds column `name`; an absurd value (negative, above 30
  // days, inf, nan) is noted and dropped, as a malformed time is.
  void Seconds(const char* name, double* out, std::vector<ReadError>* errors) {
    const std::string& s = Field(name);
    if (s.empty()) return;
    double v;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) return;
    if (!std::isfinite(v) || v < 0 || v > kMaxSeconds) {
      errors->push_back({src_->name(), row_line_, 0,
                         std::string(name) + " must be a time between 0 and 2592000 seconds (30 " +
                             "days), got " + QuoteField(s) + "; turn kept without it",
                         false});
      return;
    }
    *out = v;
  }

  bool HasField(const char* name) const {
    auto it = std::find(columns_.begin(), columns_.end(), name);
    return it != columns_.end() && static_cast<size_t>(it - columns_.begin()) < row_.size();
  }

  bool Finish(std::vector<ReadError>* errors) {
    if (!ended_) {
      ended_ = true;
      NoteEnd(*src_);
    }
    TakeErrors(errors);
    return false;
  }

  const std::string& Field(const char* name) const {
    static const std::string kEmpty;
    auto it = std::find(columns_.begin(), columns_.end(), name);
    if (it == columns_.end()) return kEmpty;
    const size_t k = it - columns_.begin();
    return k < row_.size() ? row_[k] : kEmpty;
  }

  bool ReadRecord(std::vector<std::string>* fields) {
    fields->clear();
    bool in_quotes = false;
    std::string_view line;
    bool first = true;
    while (src_->Next(&line)) {
      if (src_->overlong()) {
        pending_.push_back({src_->name(), src_->line_number(), 0,
                            "line of " + std::to_string(src_->overlong()) +
                                " bytes is above the size limit (--max-record-size): row not read"});
        fields->clear();
        in_quotes = false;
        first = true;
        continue;
      }
      if (first) row_line_ = src_->line_number();
      if (first && line.empty()) continue;
      first = false;
      if (SplitCsv(line, fields, &in_quotes)) return true;
    }
    if (in_quotes) {
      // The quote opened on row_line_ never closed: everything after it was
      // read into one field. Say so rather than check a mangled record.
      unterminated_ = true;
      fields->clear();
      return false;
    }
    return !fields->empty();
  }

  bool ReadHeader(std::vector<ReadError>* errors) {
    header_read_ = true;
    if (!ReadRecord(&columns_)) return false;
    for (std::string& col : columns_) {
      if (col == "id" || col == "conversation_id") col = "conversation";
      if (col == "content" || col == "message") col = "text";
      if (col == "role") col = "speaker";
    }
    for (const char* need : {"conversation", "speaker", "text"}) {
      if (std::find(columns_.begin(), columns_.end(), need) == columns_.end()) {
        errors->push_back({src_->name(), 1, 0,
                           std::string("CSV header lacks the column '") + need +
                               "' (needs conversation, speaker, text)"});
        return false;
      }
    }
    return true;
  }

  bool ReadRow(std::vector<ReadError>* errors) {
    if (!ReadRecord(&row_)) {
      if (unterminated_) {
        errors->push_back({src_->name(), row_line_, 0,
                           "unterminated quote: this row and every line after it were not read"});
        unterminated_ = false;
      }
      return false;
    }
    have_row_ = true;
    return true;
  }

  std::unique_ptr<LineSource> src_;
  ReaderOptions options_;
  std::vector<std::string> columns_, row_;
  uint32_t row_line_ = 0;
  bool header_read_ = false, have_row_ = false, unterminated_ = false, ended_ = false;
};

}  // namespace

std::unique_ptr<ConversationReader> MakeCsvReader(std::unique_ptr<LineSource> src,
                                                  const ReaderOptions& options) {
  return std::make_unique<CsvReader>(std::move(src), options);
}

}  // namespace huashu::transcript
