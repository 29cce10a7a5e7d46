#include "huashu/transcript/reader.h"

#include <array>

#include "readers.h"

namespace huashu::transcript {
namespace {

constexpr std::array<std::string_view, 5> kFormats = {"auto", "jsonl", "chat", "template", "csv"};

// Picks a reader by content: JSON objects, chat lines, a CSV header, or
// else a template.
InputFormat Sniff(LineSource* src) {
  const std::string_view head = src->Peek(64 * 1024);
  size_t pos = 0;
  int lines = 0, labelled = 0;
  while (pos < head.size() && lines < 20) {
    size_t nl = head.find('\n', pos);
    if (nl == std::string_view::npos) nl = head.size();
    std::string_view line = head.substr(pos, nl - pos);
    pos = nl + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.empty()) continue;
    ++lines;
    if (lines == 1 && line.front() == '{') return InputFormat::kJsonl;
    if (lines == 1 && line.find(',') != std::string_view::npos) {
      auto has = [&](std::string_view w) { return line.find(w) != std::string_view::npos; };
      if ((has("speaker") || has("role")) && (has("text") || has("content") || has("message")))
        return InputFormat::kCsv;
    }
    std::string_view a, b, c;
    if (ParseInlineChatLine(line, &a, &b, &c) || ParseChatHeaderLine(line, &a, &b))
      return InputFormat::kChat;
    // Role-labelled lines without times: two of them make a chat.
    if (ParseLabelledChatLine(line, &a, &c) && ++labelled >= 2) return InputFormat::kChat;
  }
  return InputFormat::kTemplate;
}

}  // namespace

std::optional<InputFormat> ParseInputFormat(std::string_view s) {
  for (size_t i = 0; i < kFormats.size(); ++i) {
    if (kFormats[i] == s) return static_cast<InputFormat>(i);
  }
  return std::nullopt;
}

std::string_view Name(InputFormat f) { return kFormats[static_cast<size_t>(f)]; }

void ApplyOptions(const ReaderOptions& options, Conversation* c) {
  if (options.channel && (options.force_channel || !c->channel_given))
    c->channel = *options.channel;
  if (options.platform) c->platform = *options.platform;
}

std::unique_ptr<ConversationReader> OpenReader(InputFormat format, std::unique_ptr<LineSource> src,
                                               const ReaderOptions& options) {
  if (format == InputFormat::kAuto) format = Sniff(src.get());
  switch (format) {
    case InputFormat::kJsonl:
      return MakeJsonlReader(std::move(src), options);
    case InputFormat::kChat:
      return MakeChatReader(std::move(src), options);
    case InputFormat::kCsv:
      return MakeCsvReader(std::move(src), options);
    case InputFormat::kTemplate:
    case InputFormat::kAuto:
      return MakeTemplateReader(std::move(src), options);
  }
  return nullptr;
}

}  // namespace huashu::transcript
