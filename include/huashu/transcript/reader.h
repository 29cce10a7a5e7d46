// Readers: turn input files into Conversations, one at a time (streaming).
//
// Formats:
//   jsonl    - the canonical JSON Lines contract (DESIGN.md), one
//              conversation per line. A line holding a FunASR result
//              ({"key", "sentence_info": [{"text", "start", "end", "spk"}]},
//              milliseconds) is read as one call, one turn per sentence.
//   chat     - plain-text chat exports as agents paste them, in either
//              layout:  客服(10:00:03)：在的，您好！
//              or a header "NAME 2026-11-22 10:00:03" followed by the
//              message line(s). A line of ---, === (optionally with an id,
//              "=== c-0002 ===") separates conversations.
//   template - agent script templates: every non-empty line is one agent
//              message; lines starting with # are comments. Only per-turn
//              rules (forbidden words, personal data) apply.
//   csv      - one turn per row with a header naming the columns:
//              conversation (or id), speaker, text, and optionally start,
//              end, time, channel, platform, agent.
//
// A record that cannot be read becomes a ReadError naming file and line;
// reading goes on with the next record.

#ifndef HUASHU_TRANSCRIPT_READER_H_
#define HUASHU_TRANSCRIPT_READER_H_

#include <cstdio>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/transcript/conversation.h"

namespace huashu::transcript {

enum class InputFormat { kAuto, kJsonl, kChat, kTemplate, kCsv };
std::optional<InputFormat> ParseInputFormat(std::string_view s);
std::string_view Name(InputFormat f);

struct ReadError {
  std::string file;
  uint32_t line = 0;
  uint32_t column = 0;  // 0 = unknown
  std::string message;
  // True when what was on that line was not checked (a rejected record or
  // line); false for a repaired problem (bad UTF-8 replaced, a missing time).
  bool dropped = true;
};

struct ReaderOptions {
  // Chat exports: sender names that are the agent (ECMAScript regex, whole
  // name). Names that match neither this nor "系统" are the customer.
  std::string agent_pattern =
      "(客服.*|.*客服|.*客服[0-9０-９一二三四五六七八九十]+号?|店铺[:：].*|坐席.*|.*旗舰店.*|.*"
      "专营店.*|.*官方.*)";
  // Channel for records that do not say (chat exports and templates: chat).
  std::optional<Channel> channel;
  // Forces the channel even where the record says otherwise (--channel).
  bool force_channel = false;
  std::optional<std::string> platform;  // --platform: overrides records
  // FunASR results: the `spk` number of the agent (default: whoever speaks
  // first).
  std::optional<int64_t> agent_speaker;
};

// Reads a file line by line in large blocks; memory stays bounded by the
// longest line, not the file.
class LineSource {
 public:
  // Takes ownership of `f` unless it is stdin. `name` is used in messages.
  LineSource(std::FILE* f, std::string name);
  ~LineSource();
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;

  // Sets *line to the next line without its end-of-line (and without a
  // UTF-8 BOM on the first line). The view is valid until the next call.
  // Returns false at end of input.
  bool Next(std::string_view* line);
  uint32_t line_number() const { return line_number_; }  // 1-based, of the last line
  const std::string& name() const { return name_; }
  // Peeks at the start of the input without consuming it (format sniffing).
  std::string_view Peek(size_t bytes);
  // Bytes of padding that follow every line returned (for SIMD parsers).
  static constexpr size_t kPadding = 64;

 private:
  bool Fill();
  std::FILE* f_;
  std::string name_;
  std::vector<char> buf_;
  size_t begin_ = 0, end_ = 0;
  bool eof_ = false;
  bool first_ = true;
  uint32_t line_number_ = 0;
};

class ConversationReader {
 public:
  virtual ~ConversationReader() = default;
  // Reads the next conversation into *c. Returns false at end of input.
  // Bad records are appended to *errors and skipped.
  virtual bool Next(Conversation* c, std::vector<ReadError>* errors) = 0;

  // One-record-per-line readers (JSON Lines) can also hand out raw records,
  // so that parsing happens on worker threads (JsonlRecordParser). Returns
  // true if NextRaw() may be used instead of Next().
  virtual bool deferred() const { return false; }
  // Sets *raw to the next non-blank record with room for the parser's
  // padding, and *where to its position. Returns false at end of input.
  virtual bool NextRaw(std::string* raw, SourceRef* where) {
    (void)raw, (void)where;
    return false;
  }
};

// Parses one canonical JSON Lines record. Not thread-safe: use one per thread.
class JsonlRecordParser {
 public:
  JsonlRecordParser();
  ~JsonlRecordParser();
  JsonlRecordParser(const JsonlRecordParser&) = delete;
  JsonlRecordParser& operator=(const JsonlRecordParser&) = delete;

  // Parses `record` (one line, no newline) into *c, applying `options`.
  // Returns false with *error set ("turns[2].speaker missing") when the
  // record is not a valid conversation.
  bool Parse(const std::string& record, const SourceRef& where, const ReaderOptions& options,
             Conversation* c, std::string* error);
  // The same without a copy. REQUIRES: LineSource::kPadding readable bytes
  // follow `record` in memory (a LineSource line does).
  bool ParsePadded(std::string_view record, const SourceRef& where, const ReaderOptions& options,
                   Conversation* c, std::string* error);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Opens a reader of `format` (kAuto sniffs the content) over `source`.
std::unique_ptr<ConversationReader> OpenReader(InputFormat format,
                                               std::unique_ptr<LineSource> source,
                                               const ReaderOptions& options);

// Applies --channel / --platform overrides and defaults to a parsed record.
void ApplyOptions(const ReaderOptions& options, Conversation* c);

}  // namespace huashu::transcript

#endif  // HUASHU_TRANSCRIPT_READER_H_
