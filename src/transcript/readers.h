// Internal: constructors of the concrete readers.

#ifndef HUASHU_SRC_TRANSCRIPT_READERS_H_
#define HUASHU_SRC_TRANSCRIPT_READERS_H_

#include <memory>

#include "huashu/transcript/reader.h"

namespace huashu::transcript {

std::unique_ptr<ConversationReader> MakeJsonlReader(std::unique_ptr<LineSource> src,
                                                    const ReaderOptions& options);
std::unique_ptr<ConversationReader> MakeChatReader(std::unique_ptr<LineSource> src,
                                                   const ReaderOptions& options);
std::unique_ptr<ConversationReader> MakeTemplateReader(std::unique_ptr<LineSource> src,
                                                       const ReaderOptions& options);
std::unique_ptr<ConversationReader> MakeCsvReader(std::unique_ptr<LineSource> src,
                                                  const ReaderOptions& options);

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
