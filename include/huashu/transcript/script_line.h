// The one-line conversation notation used by rule examples and tests:
//
//   客服: 您好，请问有什么可以帮您？        a turn (speaker: text)
//   [0.8-3.1] 客户: 我的快递怎么还没到      a timed turn, seconds
//   [20.5] hold_start                      an event
//   [95.2] hangup by customer              an event with its side
//
// Speakers: 客服 / agent / A, 客户 / customer / C, 系统 / system.
// A full-width colon works as well as ':'.

#ifndef HUASHU_TRANSCRIPT_SCRIPT_LINE_H_
#define HUASHU_TRANSCRIPT_SCRIPT_LINE_H_

#include <optional>
#include <string>
#include <string_view>

#include "huashu/transcript/conversation.h"

namespace huashu::transcript {

// Parses `line` and appends the turn or event it describes to *c.
// Returns false with *error set when the line is malformed.
bool ParseScriptLine(std::string_view line, Conversation* c, std::string* error);

// Returns the speaker named by `s` in any accepted spelling, or nullopt.
std::optional<Speaker> SpeakerFromLabel(std::string_view s);

}  // namespace huashu::transcript

#endif  // HUASHU_TRANSCRIPT_SCRIPT_LINE_H_
