// Internal: speech-recognition results in JSON (Alibaba Cloud, Tencent Cloud,
// iFlytek, Volcano Engine, OpenAI Whisper, whisper.cpp), read into one call.

#ifndef HUASHU_SRC_TRANSCRIPT_ASR_JSON_H_
#define HUASHU_SRC_TRANSCRIPT_ASR_JSON_H_

#include <simdjson.h>

#include <optional>
#include <string>
#include <vector>

#include "huashu/transcript/conversation.h"

namespace huashu::transcript {

// The largest time accepted anywhere, in seconds (30 days). Larger, negative
// or non-finite times are rejected naming the field.
inline constexpr double kMaxSeconds = 30.0 * 86400;

// Reads `e` as a time: a number (or a numeric string) of `unit` seconds
// (1 = seconds, 0.001 = milliseconds), finite and within [0, kMaxSeconds].
// Returns "" and sets *out, or the reason it is not acceptable.
std::string ReadTime(simdjson::dom::element e, double unit, double* out);

// If `obj` has the shape of one of the results above, sets *recognised and
// reads it into *c (a call; turns in time order; the agent is the speaker
// `agent_speaker`, else whoever speaks first); returns false with *error
// naming the field when it breaks the shape. `notes` receives what a user
// should know (which speaker was taken for the agent).
bool ParseAsrResult(simdjson::dom::object obj, const SourceRef& where,
                    std::optional<int64_t> agent_speaker, Conversation* c, std::string* error,
                    std::vector<std::string>* notes, bool* recognised);

// Maps recognizer speaker ids to agent/customer: `agent` if given, else the
// first id seen in time order. Ids are numbers; a label ("SPEAKER_01",
// "spk1") counts by its trailing digits.
std::optional<int64_t> SpeakerNumber(std::string_view label);

}  // namespace huashu::transcript

#endif  // HUASHU_SRC_TRANSCRIPT_ASR_JSON_H_
