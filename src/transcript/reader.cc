#include "huashu/transcript/reader.h"

#include <re2/re2.h>
#include <simdjson.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "huashu/base/messages.h"
#include "huashu/base/utf8.h"
#include "readers.h"

namespace huashu::transcript {
namespace {

constexpr std::array<std::string_view, 10> kFormats = {
    "auto", "jsonl", "chat", "template", "csv", "json", "vtt", "srt", "wecom", "qianniu"};

bool IsSrtTiming(std::string_view line) {
  // 00:00:01,000 --> 00:00:04,200
  const size_t arrow = line.find("-->");
  if (arrow == std::string_view::npos || arrow < 8) return false;
  const std::string_view a = line.substr(0, arrow);
  const size_t comma = a.find(',');
  return comma != std::string_view::npos && a.find(':') != std::string_view::npos;
}

// Whether `line` is one whole JSON value.
bool IsJsonValue(std::string_view line) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(line);
  simdjson::dom::element e;
  return !parser.parse(padded).get(e);
}

// Picks a reader by content: JSON (lines, or one document), subtitles, chat
// lines, a CSV header, or else a template.
InputFormat Sniff(LineSource* src) {
  const std::string_view head = src->Peek(64 * 1024);
  size_t pos = 0;
  int lines = 0, labelled = 0;
  bool chat = false;  // chat lines seen; a Qianniu arrow header further down still wins
  std::string_view first;
  while (pos < head.size() && lines < 20) {
    size_t nl = head.find('\n', pos);
    if (nl == std::string_view::npos) nl = head.size();
    std::string_view line = head.substr(pos, nl - pos);
    pos = nl + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.empty()) continue;
    ++lines;
    if (lines == 1) first = line;
    // WeCom archive messages are JSON too, but not conversations.
    if (lines == 1 && (line.front() == '{' || line.front() == '[') && LooksLikeWecomArchive(head))
      return InputFormat::kWecom;
    if (lines == 1 && line.front() == '{') {
      // One conversation per line, or one document over many lines.
      if (nl < head.size() || src->at_end()) {
        if (IsJsonValue(line)) return InputFormat::kJsonl;
        return InputFormat::kJson;
      }
      return InputFormat::kJsonl;  // a first line longer than the sample
    }
    if (lines == 1 && line.front() == '[') return InputFormat::kJson;
    if (lines == 1 && line.substr(0, 6) == "WEBVTT") return InputFormat::kVtt;
    if (lines == 2 && first.find_first_not_of("0123456789") == std::string_view::npos &&
        IsSrtTiming(line))
      return InputFormat::kSrt;
    if (lines == 1 && line.find(',') != std::string_view::npos) {
      auto has = [&](std::string_view w) { return line.find(w) != std::string_view::npos; };
      if ((has("speaker") || has("role")) && (has("text") || has("content") || has("message")))
        return InputFormat::kCsv;
    }
    // "BUYER --> 店名:客服 TIME" is Qianniu's own header.
    if (IsQianniuArrowHeader(line)) return InputFormat::kQianniu;
    std::string_view a, b, c;
    if (ParseInlineChatLine(line, &a, &b, &c) || ParseChatHeaderLine(line, &a, &b)) chat = true;
    // Role-labelled lines without times: two of them make a chat.
    if (ParseLabelledChatLine(line, &a, &c) && ++labelled >= 2) chat = true;
  }
  return chat ? InputFormat::kChat : InputFormat::kTemplate;
}

class FailedReader : public ConversationReader {
 public:
  explicit FailedReader(ReadError error) { pending_.push_back(std::move(error)); }
  bool Next(Conversation*, std::vector<ReadError>* errors) override {
    TakeErrors(errors);
    return false;
  }
};

}  // namespace

void ConversationReader::NoteEnd(const LineSource& src) {
  if (src.undecodable() > 0)
    pending_.push_back(
        {src.name(), 0, 0,
         base::Msg("read.undecodable", {std::to_string(src.undecodable()), src.encoding()}),
         false});
  if (!src.read_error().empty()) {
    ReadError e{src.name(), 0, 0,
                "read error" +
                    (src.line_number() > 0 ? " after line " + std::to_string(src.line_number())
                                           : std::string()) +
                    ": " + src.read_error() + " (the rest of the input was not read)"};
    e.io = true;
    pending_.push_back(std::move(e));
  }
}

std::unique_ptr<ConversationReader> MakeFailedReader(ReadError error) {
  return std::make_unique<FailedReader>(std::move(error));
}

std::optional<InputFormat> ParseInputFormat(std::string_view s) {
  for (size_t i = 0; i < kFormats.size(); ++i) {
    if (kFormats[i] == s) return static_cast<InputFormat>(i);
  }
  return std::nullopt;
}

std::string_view Name(InputFormat f) { return kFormats[static_cast<size_t>(f)]; }

std::vector<std::string> InputFormatNames() { return {kFormats.begin(), kFormats.end()}; }

std::string QuoteField(std::string_view value) {
  std::string out;
  size_t pos = 0, points = 0;
  int digits = 0;  // length of the current digit run
  while (pos < value.size()) {
    if (points == kQuoteMaxCodePoints) {
      out += "…";
      break;
    }
    const size_t at = pos;
    const int32_t cp = base::DecodeUtf8(value, &pos);
    ++points;
    const bool ascii_digit = cp >= '0' && cp <= '9';
    const bool wide_digit = cp >= 0xFF10 && cp <= 0xFF19;
    if (ascii_digit || wide_digit) {
      out += ++digits > 3 ? std::string_view("*") : value.substr(at, pos - at);
      continue;
    }
    digits = 0;
    if (cp < 0) {
      out += "\xEF\xBF\xBD";
    } else if (cp < 0x20) {
      out += '?';
    } else {
      out += value.substr(at, pos - at);
    }
  }
  return out;
}

std::string CheckAgentPattern(const std::string& pattern) {
  RE2 re(pattern, RE2::Quiet);
  if (re.ok()) return "";
  return re.error();
}

void ApplyOptions(const ReaderOptions& options, Conversation* c) {
  if (options.channel && (options.force_channel || !c->channel_given))
    c->channel = *options.channel;
  if (options.platform) c->platform = *options.platform;
}

std::unique_ptr<ConversationReader> OpenReader(InputFormat format, std::unique_ptr<LineSource> src,
                                               const ReaderOptions& options) {
  src->set_max_line(options.max_record_bytes);
  const std::string name = src->name();
  std::vector<ReadError> notes;
  if (!options.encoding.empty()) {
    std::string error;
    if (!src->SetEncoding(options.encoding, &error)) {
      ReadError e{name, 0, 0, error};
      e.io = true;
      return MakeFailedReader(std::move(e));
    }
  } else {
    const std::string_view head = src->Peek(64 * 1024);
    const EncodingGuess g = DetectEncoding(head, src->at_end());
    if (g.kind == EncodingGuess::kBinary) {
      ReadError e{name, 0, 0,
                  "not a text file (" + g.why +
                      "): not read; if it is text in an unusual encoding, give --encoding NAME"};
      e.io = true;
      return MakeFailedReader(std::move(e));
    }
    if (g.kind == EncodingGuess::kUnknown) {
      std::string guess = g.name.empty() ? std::string("none")
                                         : g.name + ", confidence " + std::to_string(g.confidence);
      ReadError e{name, 0, 0,
                  "cannot tell the character encoding (not UTF-8; ICU's best guess: " + guess +
                      "): not read; give --encoding NAME (GB18030, UTF-16LE, Big5, ...)"};
      e.io = true;
      return MakeFailedReader(std::move(e));
    }
    if (g.kind == EncodingGuess::kDecode) {
      std::string error;
      if (!src->SetEncoding(g.name, &error)) {
        ReadError e{name, 0, 0, error};
        e.io = true;
        return MakeFailedReader(std::move(e));
      }
      notes.push_back({name, 0, 0,
                       "read as " + g.name + " (" + g.why +
                           (g.why == "BOM" ? "" : ", confidence " + std::to_string(g.confidence)) +
                           "); --encoding NAME forces another",
                       false});
    }
  }
  if (format == InputFormat::kAuto) format = Sniff(src.get());
  std::unique_ptr<ConversationReader> reader;
  switch (format) {
    case InputFormat::kJsonl:
      // A file that is one JSON document over many lines is not JSON Lines:
      // the document reader says so once instead of rejecting every line.
      if (const std::string_view head = src->Peek(64 * 1024);
          !head.empty() && head.front() == '{' && !IsJsonValue(head.substr(0, head.find('\n'))) &&
          head.find('\n') != std::string_view::npos) {
        reader = MakeJsonDocumentReader(std::move(src), options, true);
      } else {
        reader = MakeJsonlReader(std::move(src), options);
      }
      break;
    case InputFormat::kJson:
      reader = MakeJsonDocumentReader(std::move(src), options, false);
      break;
    case InputFormat::kVtt:
    case InputFormat::kSrt:
      reader = MakeSubtitleReader(std::move(src), options, format == InputFormat::kVtt);
      break;
    case InputFormat::kChat:
      reader = MakeChatReader(std::move(src), options);
      break;
    case InputFormat::kCsv:
      reader = MakeCsvReader(std::move(src), options);
      break;
    case InputFormat::kWecom:
      reader = MakeWecomReader(std::move(src), options);
      break;
    case InputFormat::kQianniu:
      reader = MakeQianniuReader(std::move(src), options);
      break;
    case InputFormat::kTemplate:
    case InputFormat::kAuto:
      reader = MakeTemplateReader(std::move(src), options);
      break;
  }
  reader->AddPending(std::move(notes));
  return reader;
}

std::unique_ptr<ConversationReader> OpenInput(const std::string& path, InputFormat format,
                                              const ReaderOptions& options) {
  if (path == "-") return OpenReader(format, std::make_unique<LineSource>(stdin, "-"), options);
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    ReadError e{path, 0, 0, base::Msg("read.is_directory")};
    e.io = true;
    return MakeFailedReader(std::move(e));
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    ReadError e{path, 0, 0, base::Msg("read.cannot_open", {base::ErrnoText(errno)})};
    e.io = true;
    return MakeFailedReader(std::move(e));
  }
  return OpenReader(format, std::make_unique<LineSource>(f, path), options);
}

}  // namespace huashu::transcript
