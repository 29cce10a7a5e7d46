// Internal: constructors of the concrete readers.

#ifndef HUASHU_SRC_TRANSCRIPT_READERS_H_
#define HUASHU_SRC_TRANSCRIPT_READERS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/transcript/reader.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace huashu::transcript {

// Trims spaces and tabs from both ends, and a trailing CR (a CRLF line).
inline std::string_view TrimLine(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// The diagnostic for a line the source skipped as too long.
// REQUIRES: src.overlong() != 0.
inline ReadError OverlongLine(const LineSource& src) {
  return {src.name(), src.line_number(), 0,
          "line of " + std::to_string(src.overlong()) +
              " bytes is above the size limit (--max-record-size): not read"};
}

std::unique_ptr<ConversationReader> MakeJsonlReader(std::unique_ptr<LineSource> src,
                                                    const ReaderOptions& options);
std::unique_ptr<ConversationReader> MakeChatReader(std::unique_ptr<LineSource> src,
                                                   const ReaderOptions& options);
std::unique_ptr<ConversationReader> MakeTemplateReader(std::unique_ptr<LineSource> src,
                                                       const ReaderOptions& options);
std::unique_ptr<ConversationReader> MakeCsvReader(std::unique_ptr<LineSource> src,
                                                  const ReaderOptions& options);

// What the start of an input says about its encoding.
struct EncodingGuess {
  enum Kind { kUtf8, kDecode, kBinary, kUnknown } kind = kUtf8;
  std::string name;    // ICU converter name (kDecode), or ICU's best guess (kUnknown)
  int confidence = 0;  // ICU's, 0-100
  std::string why;     // "BOM", "detected", "NUL bytes", ...
};
// Decides from `head` (the first bytes; `whole`: all of the input).
EncodingGuess DetectEncoding(std::string_view head, bool whole);

// Readers of the formats added with the speech-recognition results.
std::unique_ptr<ConversationReader> MakeJsonDocumentReader(std::unique_ptr<LineSource> src,
                                                           const ReaderOptions& options,
                                                           bool explicit_jsonl);
std::unique_ptr<ConversationReader> MakeSubtitleReader(std::unique_ptr<LineSource> src,
                                                       const ReaderOptions& options, bool vtt);
// Shop back-end chat exports (docs/formats.md).
std::unique_ptr<ConversationReader> MakeWecomReader(std::unique_ptr<LineSource> src,
                                                    const ReaderOptions& options);
std::unique_ptr<ConversationReader> MakeQianniuReader(std::unique_ptr<LineSource> src,
                                                      const ReaderOptions& options);
// Whether the start of an input holds WeCom archive messages (msgid, msgtype
// or action, msgtime) rather than canonical conversations.
bool LooksLikeWecomArchive(std::string_view head);
// Whether `line` is a Qianniu header that names the receiver:
// "BUYER --> 店名:客服 2026-11-22 10:00:03" (format sniffing).
bool IsQianniuArrowHeader(std::string_view line);
// A line of ---, === (optionally with an id: "=== c-0002 ===") separating
// conversations in text exports: returns true and sets *id ("" if none).
bool ParseSeparatorLine(std::string_view line, std::string* id);

// The id of a text export's conversations: the file's stem ("stdin" for
// standard input), with #2, #3, ... after the first.
std::string ExportBaseId(std::string_view source_name);
// Returns false and adds an I/O error naming `source_name` when the
// --agent-pattern `agent` did not compile (the reader then stops).
bool AgentPatternUsable(const re2::RE2& agent, const std::string& source_name,
                        std::vector<ReadError>* errors);

// A reader that yields no conversation, only `error`.
std::unique_ptr<ConversationReader> MakeFailedReader(ReadError error);

// Chat export line shapes, shared with format sniffing.
// "NAME(10:00:03)：text" / "NAME（10:00:03）: text": returns true and fills the parts.
bool ParseInlineChatLine(std::string_view line, std::string_view* name, std::string_view* time,
                         std::string_view* text);
// "客服：text" (a role word, no time): returns true and fills the parts.
bool ParseLabelledChatLine(std::string_view line, std::string_view* name, std::string_view* text);
// "NAME 2026-11-22 10:00:03": returns true and fills the parts.
bool ParseChatHeaderLine(std::string_view line, std::string_view* name, std::string_view* time);

}  // namespace huashu::transcript

#endif  // HUASHU_SRC_TRANSCRIPT_READERS_H_
