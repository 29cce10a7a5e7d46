// Readers: turn input files into Conversations, one at a time (streaming).
//
// Formats:
//   jsonl    - the canonical JSON Lines contract (DESIGN.md), one
//              conversation per line. A line holding a speech-recognition
//              result (FunASR, Alibaba Cloud, Tencent Cloud, iFlytek, Volcano
//              Engine, OpenAI Whisper, whisper.cpp; see docs/formats.md) is
//              read as one call, one turn per sentence.
//   json     - one JSON document per file (pretty-printed): a canonical
//              conversation or any of the recognition results above.
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
//   vtt, srt - subtitles (WebVTT with <v Name> voice tags, SubRip).
//   wecom    - WeCom (企业微信) chat archive (会话内容存档): the finance SDK's
//              decrypted messages, one JSON object per line or an array;
//              grouped by chat into sessions (docs/formats.md).
//   qianniu  - Qianniu (千牛) chat records as copied or exported:
//              "BUYER --> 店名:客服 2026-11-22 10:00:03" / "店名:客服 10:00:09"
//              headers followed by message lines; platform taobao.
//
// Text is decoded first: UTF-8, or GB18030/GBK/UTF-16/... detected with ICU
// (or forced with ReaderOptions::encoding); a file that is not text, or whose
// encoding cannot be told, is one I/O ReadError and no conversation.
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

// New formats are appended (the values are stable).
enum class InputFormat {
  kAuto,
  kJsonl,
  kChat,
  kTemplate,
  kCsv,
  kJson,
  kVtt,
  kSrt,
  kWecom,
  kQianniu,
};
std::optional<InputFormat> ParseInputFormat(std::string_view s);
std::string_view Name(InputFormat f);
// Every --input name, "auto" first (help, config validation, completion).
std::vector<std::string> InputFormatNames();

struct ReadError {
  std::string file;
  uint32_t line = 0;
  uint32_t column = 0;  // 0 = unknown
  std::string message;
  // True when what was on that line was not checked (a rejected record or
  // line); false for a repaired problem (bad UTF-8 replaced, a missing time).
  bool dropped = true;
  // True when the input as a whole could not be read (cannot be opened, a
  // read error, not text, undetectable encoding): exit status 2, like an
  // unopenable file. Not a rejected record.
  bool io = false;
};

// Quotes a field value from the input in a diagnostic without leaking
// personal data: at most kQuoteMaxCodePoints code points (then "…"), and in
// every run of digits only the first 3 digits are kept, the rest become '*'
// ("13812345678" -> "138********").
inline constexpr size_t kQuoteMaxCodePoints = 16;
std::string QuoteField(std::string_view value);

// The default size limit of one record (a JSON Lines line, a chat or CSV
// line, a whole JSON or subtitle document): 64 MiB.
inline constexpr size_t kDefaultMaxRecordBytes = size_t{64} << 20;

struct ReaderOptions {
  // Chat exports and subtitle voices: sender names that are the agent (RE2
  // syntax, a linear-time engine: sender names come from the input; whole
  // name). Names that match neither this nor "系统" are the customer. The
  // default takes the role words shop back-ends give the agent, alone or
  // followed by a name (卖家小王, 商家, 店铺:小鹿旗舰店, 掌柜, 售后, 店小二, 客服3号).
  std::string agent_pattern =
      "(客服.*|.*客服|.*客服[0-9０-９一二三四五六七八九十]+号?|店铺.*|坐席.*|.*旗舰店.*|.*"
      "专营店.*|.*官方.*|卖家.*|商家.*|掌柜.*|售后.*|店小二.*)";
  // Channel for records that do not say (chat exports and templates: chat).
  std::optional<Channel> channel;
  // Forces the channel even where the record says otherwise (--channel).
  bool force_channel = false;
  std::optional<std::string> platform;  // --platform: overrides records
  // Speech-recognition results: the speaker or channel number of the agent
  // (FunASR spk, Alibaba ChannelId, Tencent SpeakerId, iFlytek rl, Volcano
  // speaker, the digits of a subtitle voice "SPEAKER_01"). Default: whoever
  // speaks first (the agent answers the call).
  std::optional<int64_t> agent_speaker;
  // Character encoding of the input: "" detects it (UTF-8, a BOM, or ICU
  // charset detection); otherwise an ICU converter name (GB18030, GBK,
  // UTF-16LE, Big5, ...) that is used without detection.
  std::string encoding;
  // A record (line, or whole document) longer than this is refused with a
  // diagnostic, without holding it in memory.
  size_t max_record_bytes = kDefaultMaxRecordBytes;
};

// Returns "" if `pattern` is a valid --agent-pattern (RE2 syntax), else why not.
std::string CheckAgentPattern(const std::string& pattern);
// Returns "" if `name` is an encoding ICU can decode, else why not.
std::string CheckEncoding(const std::string& name);

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
  // True when Peek() saw the whole input.
  bool at_end() const { return eof_; }

  // Lines longer than `bytes` are not held in memory: Next() returns them
  // empty with overlong() set to their length.
  void set_max_line(size_t bytes) { max_line_ = bytes; }
  size_t max_line() const { return max_line_; }
  size_t overlong() const { return overlong_; }

  // Decodes the input from `encoding` (an ICU converter name) to UTF-8 from
  // here on. Call before the first Next() (Peek is fine: what was peeked is
  // decoded too). Returns false with *error set for an unknown name.
  bool SetEncoding(const std::string& encoding, std::string* error);
  const std::string& encoding() const { return encoding_; }  // "" = UTF-8 as is
  // Characters that could not be decoded (each became U+FFFD).
  uint64_t undecodable() const { return undecodable_; }
  // The system's reason when reading failed ("" if it did not).
  const std::string& read_error() const { return read_error_; }
  // Bytes of padding that follow every line returned (for SIMD parsers).
  static constexpr size_t kPadding = 64;

 private:
  static constexpr size_t kBlock = 1 << 20;
  bool Fill();
  bool FillDecoded();
  size_t ReadRaw(char* to, size_t room);
  std::FILE* f_;
  std::string name_;
  std::vector<char> buf_;
  size_t begin_ = 0, end_ = 0;
  bool eof_ = false;
  bool first_ = true;
  uint32_t line_number_ = 0;
  size_t max_line_ = kDefaultMaxRecordBytes;
  size_t overlong_ = 0;
  std::string read_error_;
  // Decoding (SetEncoding): raw bytes waiting to be converted.
  struct Decoder;
  std::unique_ptr<Decoder> decoder_;
  std::string encoding_;
  uint64_t undecodable_ = 0;
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

  // Moves diagnostics that did not come through Next()'s `errors` (the
  // input's encoding, an over-long record or a read error met by NextRaw(),
  // a read error at the end) to *errors. Call after reading a batch and at
  // the end.
  void TakeErrors(std::vector<ReadError>* errors) {
    for (ReadError& e : pending_) errors->push_back(std::move(e));
    pending_.clear();
  }
  // Adds diagnostics for TakeErrors() (notes about the whole input).
  void AddPending(std::vector<ReadError> errors) {
    for (ReadError& e : errors) pending_.push_back(std::move(e));
  }

 protected:
  // At the end of `src`: a read error (I/O, exit 2) and characters that
  // could not be decoded become pending diagnostics. Call once.
  void NoteEnd(const LineSource& src);
  std::vector<ReadError> pending_;
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
  // What the last parse of a speech-recognition result wants the user to
  // know (which speaker was taken for the agent).
  const std::vector<std::string>& notes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Opens a reader of `format` (kAuto sniffs the content) over `source`,
// after deciding its encoding (options.encoding, or detection). Input that
// is not text comes back as a reader that yields no conversation and one
// I/O ReadError.
std::unique_ptr<ConversationReader> OpenReader(InputFormat format,
                                               std::unique_ptr<LineSource> source,
                                               const ReaderOptions& options);

// Opens `path` ("-" for standard input) and a reader over it. A file that
// cannot be opened, or a directory, comes back as a reader that yields one
// I/O ReadError (no line number).
std::unique_ptr<ConversationReader> OpenInput(const std::string& path, InputFormat format,
                                              const ReaderOptions& options);

// Applies --channel / --platform overrides and defaults to a parsed record.
void ApplyOptions(const ReaderOptions& options, Conversation* c);

}  // namespace huashu::transcript

#endif  // HUASHU_TRANSCRIPT_READER_H_
