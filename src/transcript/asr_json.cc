// Speech-recognition results in JSON, each read by its documented shape:
//
//   Alibaba Cloud file transcription  {"TaskId", "Result": {"Sentences": [{"Text",
//       "BeginTime", "EndTime" (ms), "ChannelId", "SpeakerId"?, "SpeechRate", ...}]}}
//   Tencent Cloud file recognition    {"Response": {"Data": {"TaskId", "ResultDetail":
//       [{"FinalSentence", "StartMs", "EndMs", "SpeakerId", "SpeechSpeed", ...}]}}}
//   iFlytek file transcription        {"content": {"orderInfo": {"orderId"}, "orderResult":
//       "{\"lattice\": [{\"json_1best\": \"{\\\"st\\\": {\\\"bg\\\", \\\"ed\\\" (ms),
//       \\\"rl\\\", \\\"rt\\\": [{\\\"ws\\\": [{\\\"cw\\\": [{\\\"w\\\"}]}]}]}}\"}]}"}}
//   Volcano Engine file recognition   {"result": {"utterances": [{"text", "start_time",
//       "end_time" (ms), "additions": {"speaker"}}]}}
//   OpenAI Whisper (and WhisperX)     {"text", "segments": [{"start", "end" (s), "text",
//       "speaker"?}]}
//   whisper.cpp (-oj)                 {"transcription": [{"offsets": {"from", "to"} (ms),
//       "text", "speaker"?, "speaker_turn_next"?}]}

#include "asr_json.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>

#include "huashu/transcript/reader.h"

namespace huashu::transcript {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

struct Segment {
  std::string text;
  double start = kNoTime, end = kNoTime;
  std::optional<int64_t> speaker;
  bool has_speaker = false;
};

bool Get(object o, std::string_view key, element* out) { return !o.at_key(key).get(*out); }

// The first of `keys` present in `o`.
bool GetAny(object o, std::initializer_list<std::string_view> keys, element* out) {
  for (std::string_view k : keys)
    if (Get(o, k, out)) return true;
  return false;
}

bool GetObject(object o, std::string_view key, object* out) {
  element e;
  return Get(o, key, &e) && !e.get(*out);
}

std::string Str(element e) {
  if (e.type() == element_type::STRING) return std::string(e.get_string().value_unsafe());
  if (e.type() == element_type::INT64 || e.type() == element_type::UINT64)
    return std::string(simdjson::minify(e));
  return "";
}

std::string_view TrimJsonSpace(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

// A speaker id (number, or a label with trailing digits); nullopt for none.
std::string SpeakerOf(element e, std::optional<int64_t>* out) {
  if (e.type() == element_type::NULL_VALUE) return "";
  if (e.type() == element_type::STRING) {
    *out = SpeakerNumber(e.get_string().value_unsafe());
    return "";
  }
  double v = 0;
  if (e.type() == element_type::INT64) {
    *out = int64_t(e);
    return *out >= 0 ? "" : "must be a speaker number (0 or more)";
  }
  if (e.type() == element_type::UINT64 || e.type() == element_type::DOUBLE) {
    v = e.type() == element_type::DOUBLE ? double(e) : static_cast<double>(uint64_t(e));
    if (!std::isfinite(v) || v < 0 || v > 1e9 || v != std::floor(v))
      return "must be a whole speaker number between 0 and 1000000000";
    *out = static_cast<int64_t>(v);
    return "";
  }
  return "must be a speaker number";
}

class Builder {
 public:
  Builder(std::string vendor, std::string field, std::optional<int64_t> agent)
      : vendor_(std::move(vendor)), field_(std::move(field)), agent_(agent) {}

  std::vector<Segment> segments;

  // Fills *c from the segments.
  void Finish(Conversation* c, std::vector<std::string>* notes) {
    std::stable_sort(segments.begin(), segments.end(), [](const Segment& a, const Segment& b) {
      if (!HasTime(a.start)) return false;
      return !HasTime(b.start) || a.start < b.start;
    });
    const bool any_speaker = std::any_of(segments.begin(), segments.end(),
                                         [](const Segment& s) { return s.speaker.has_value(); });
    std::optional<int64_t> agent = agent_;
    if (any_speaker && !agent) {
      for (const Segment& s : segments)
        if (s.speaker) {
          agent = s.speaker;
          break;
        }
    }
    c->turns.clear();
    bool agent_seen = false;
    for (Segment& s : segments) {
      const std::string_view text = TrimJsonSpace(s.text);
      if (text.empty()) continue;  // silence
      Turn t;
      t.text = std::string(text);
      t.start = s.start;
      t.end = HasTime(s.end) ? s.end : s.start;
      t.speaker = !any_speaker || (s.speaker && s.speaker == agent) ? Speaker::kAgent
                                                                    : Speaker::kCustomer;
      agent_seen = agent_seen || t.speaker == Speaker::kAgent;
      c->turns.push_back(std::move(t));
    }
    c->channel = Channel::kCall;
    c->channel_given = true;
    if (!any_speaker) {
      notes->push_back(vendor_ + " result without speakers: every sentence was read as the agent's");
    } else if (agent_) {
      if (!agent_seen)
        notes->push_back(vendor_ + " result: no sentence has " + field_ + " " +
                         std::to_string(*agent_) + " (--agent-speaker)");
    } else {
      notes->push_back(vendor_ + " result: " + field_ + " " + std::to_string(*agent) +
                       " (the first to speak) was read as the agent, every other as the "
                       "customer; --agent-speaker N picks another");
    }
  }

 private:
  std::string vendor_, field_;
  std::optional<int64_t> agent_;
};

bool Fail(std::string* error, std::string message) {
  *error = std::move(message);
  return false;
}

// Reads a time field `key` of `o` (in `unit` seconds) if present.
bool TimeField(object o, std::initializer_list<std::string_view> keys, double unit,
               const std::string& at, double* out, std::string* error) {
  element e;
  if (!GetAny(o, keys, &e) || e.type() == element_type::NULL_VALUE) return true;
  const std::string why = ReadTime(e, unit, out);
  if (!why.empty()) return Fail(error, at + "." + std::string(*keys.begin()) + " " + why);
  return true;
}

std::string Index(std::string_view path, size_t i) {
  return std::string(path) + "[" + std::to_string(i) + "]";
}

// --- Alibaba Cloud ----------------------------------------------------------
bool Aliyun(simdjson::dom::array sentences, std::string_view path, Builder* b,
            std::string* error) {
  size_t i = 0;
  for (element e : sentences) {
    const std::string at = Index(path, i++);
    object s;
    if (e.get(s)) return Fail(error, at + " must be an object");
    Segment seg;
    element v;
    if (!GetAny(s, {"Text", "text"}, &v)) return Fail(error, at + ".Text missing");
    if (v.type() != element_type::STRING) return Fail(error, at + ".Text must be a string");
    seg.text = Str(v);
    if (!TimeField(s, {"BeginTime", "beginTime"}, 0.001, at, &seg.start, error)) return false;
    if (!TimeField(s, {"EndTime", "endTime"}, 0.001, at, &seg.end, error)) return false;
    // Diarization of a mono recording gives SpeakerId; a stereo one, ChannelId.
    if (GetAny(s, {"SpeakerId", "speakerId"}, &v) || GetAny(s, {"ChannelId", "channelId"}, &v)) {
      const std::string why = SpeakerOf(v, &seg.speaker);
      if (!why.empty()) return Fail(error, at + ".ChannelId " + why);
    }
    b->segments.push_back(std::move(seg));
  }
  return true;
}

// --- Tencent Cloud -----------------------------------------------------------
bool Tencent(simdjson::dom::array details, std::string_view path, Builder* b,
             std::string* error) {
  size_t i = 0;
  for (element e : details) {
    const std::string at = Index(path, i++);
    object s;
    if (e.get(s)) return Fail(error, at + " must be an object");
    Segment seg;
    element v;
    if (!GetAny(s, {"FinalSentence", "WrittenText"}, &v))
      return Fail(error, at + ".FinalSentence missing");
    if (v.type() != element_type::STRING)
      return Fail(error, at + ".FinalSentence must be a string");
    seg.text = Str(v);
    if (!TimeField(s, {"StartMs"}, 0.001, at, &seg.start, error)) return false;
    if (!TimeField(s, {"EndMs"}, 0.001, at, &seg.end, error)) return false;
    if (Get(s, "SpeakerId", &v)) {
      const std::string why = SpeakerOf(v, &seg.speaker);
      if (!why.empty()) return Fail(error, at + ".SpeakerId " + why);
    }
    b->segments.push_back(std::move(seg));
  }
  return true;
}

// --- iFlytek -----------------------------------------------------------------
// `lattice` holds {"json_1best": "<JSON text>" or {...}}.
bool Iflytek(simdjson::dom::array lattice, std::string_view path, Builder* b,
             std::string* error) {
  simdjson::dom::parser inner;
  size_t i = 0;
  bool any_role = false;
  for (element e : lattice) {
    const std::string at = Index(path, i++) + ".json_1best";
    object item;
    element best;
    if (e.get(item) || !Get(item, "json_1best", &best)) return Fail(error, at + " missing");
    if (best.type() == element_type::STRING) {
      simdjson::padded_string text(best.get_string().value_unsafe());
      if (inner.parse(text).get(best)) return Fail(error, at + " is not JSON");
    }
    object top, st;
    if (best.get(top) || !GetObject(top, "st", &st)) return Fail(error, at + ".st missing");
    Segment seg;
    if (!TimeField(st, {"bg"}, 0.001, at + ".st", &seg.start, error)) return false;
    if (!TimeField(st, {"ed"}, 0.001, at + ".st", &seg.end, error)) return false;
    element v;
    if (Get(st, "rl", &v)) {
      const std::string why = SpeakerOf(v, &seg.speaker);
      if (!why.empty()) return Fail(error, at + ".st.rl " + why);
      any_role = any_role || (seg.speaker && *seg.speaker != 0);
    }
    simdjson::dom::array rt;
    if (Get(st, "rt", &v) && !v.get(rt)) {
      for (element r : rt) {
        simdjson::dom::array ws;
        if (element w; r.type() != element_type::OBJECT || r["ws"].get(w) || w.get(ws)) continue;
        for (element word : ws) {
          simdjson::dom::array cw;
          if (element c; word.type() != element_type::OBJECT || word["cw"].get(c) || c.get(cw))
            continue;
          for (element cand : cw) {  // the first candidate is the best
            element w;
            if (cand.type() == element_type::OBJECT && !cand["w"].get(w)) seg.text += Str(w);
            break;
          }
        }
      }
    }
    b->segments.push_back(std::move(seg));
  }
  // rl is "0" for every sentence when role separation was off.
  if (!any_role)
    for (Segment& s : b->segments) s.speaker.reset();
  return true;
}

// --- Volcano Engine ----------------------------------------------------------
bool Volcano(simdjson::dom::array utterances, std::string_view path, Builder* b,
             std::string* error) {
  size_t i = 0;
  for (element e : utterances) {
    const std::string at = Index(path, i++);
    object u;
    if (e.get(u)) return Fail(error, at + " must be an object");
    Segment seg;
    element v;
    if (!Get(u, "text", &v)) return Fail(error, at + ".text missing");
    if (v.type() != element_type::STRING) return Fail(error, at + ".text must be a string");
    seg.text = Str(v);
    if (!TimeField(u, {"start_time"}, 0.001, at, &seg.start, error)) return false;
    if (!TimeField(u, {"end_time"}, 0.001, at, &seg.end, error)) return false;
    object additions;
    if ((GetObject(u, "additions", &additions) && Get(additions, "speaker", &v)) ||
        Get(u, "speaker", &v)) {
      const std::string why = SpeakerOf(v, &seg.speaker);
      if (!why.empty()) return Fail(error, at + ".additions.speaker " + why);
    }
    b->segments.push_back(std::move(seg));
  }
  return true;
}

// --- OpenAI Whisper / WhisperX ----------------------------------------------
bool Whisper(simdjson::dom::array segments, std::string_view path, Builder* b,
             std::string* error) {
  size_t i = 0;
  for (element e : segments) {
    const std::string at = Index(path, i++);
    object s;
    if (e.get(s)) return Fail(error, at + " must be an object");
    Segment seg;
    element v;
    if (!Get(s, "text", &v)) return Fail(error, at + ".text missing");
    if (v.type() != element_type::STRING) return Fail(error, at + ".text must be a string");
    seg.text = Str(v);
    if (!TimeField(s, {"start"}, 1, at, &seg.start, error)) return false;
    if (!TimeField(s, {"end"}, 1, at, &seg.end, error)) return false;
    if (Get(s, "speaker", &v)) {
      const std::string why = SpeakerOf(v, &seg.speaker);
      if (!why.empty()) return Fail(error, at + ".speaker " + why);
    }
    b->segments.push_back(std::move(seg));
  }
  return true;
}

// --- whisper.cpp -------------------------------------------------------------
bool WhisperCpp(simdjson::dom::array transcription, Builder* b, std::string* error) {
  size_t i = 0;
  int64_t turn_speaker = 0;  // tinydiarize: speaker_turn_next switches speakers
  bool tinydiarize = false;
  for (element e : transcription) {
    const std::string at = Index("transcription", i++);
    object s;
    if (e.get(s)) return Fail(error, at + " must be an object");
    Segment seg;
    element v;
    if (!Get(s, "text", &v)) return Fail(error, at + ".text missing");
    if (v.type() != element_type::STRING) return Fail(error, at + ".text must be a string");
    seg.text = Str(v);
    object offsets;
    if (GetObject(s, "offsets", &offsets)) {
      if (!TimeField(offsets, {"from"}, 0.001, at + ".offsets", &seg.start, error)) return false;
      if (!TimeField(offsets, {"to"}, 0.001, at + ".offsets", &seg.end, error)) return false;
    }
    if (Get(s, "speaker", &v)) {
      const std::string why = SpeakerOf(v, &seg.speaker);
      if (!why.empty()) return Fail(error, at + ".speaker " + why);
    } else if (Get(s, "speaker_turn_next", &v)) {
      tinydiarize = true;
      seg.speaker = turn_speaker;
      bool next = false;
      if (!v.get(next) && next) turn_speaker = 1 - turn_speaker;
    }
    b->segments.push_back(std::move(seg));
  }
  (void)tinydiarize;
  return true;
}

}  // namespace

std::optional<int64_t> SpeakerNumber(std::string_view label) {
  size_t end = label.size();
  while (end > 0 && label[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && label[begin - 1] >= '0' && label[begin - 1] <= '9') --begin;
  if (begin == end || end - begin > 9) return std::nullopt;
  int64_t v = 0;
  std::from_chars(label.data() + begin, label.data() + end, v);
  return v;
}

std::string ReadTime(element e, double unit, double* out) {
  double v = 0;
  switch (e.type()) {
    case element_type::DOUBLE:
      v = double(e);
      break;
    case element_type::INT64:
      v = static_cast<double>(int64_t(e));
      break;
    case element_type::UINT64:
      v = static_cast<double>(uint64_t(e));
      break;
    case element_type::STRING: {
      std::string_view s = e.get_string().value_unsafe();
      auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
      if (ec != std::errc() || p != s.data() + s.size() || s.empty())
        return unit == 1 ? "must be a number of seconds" : "must be a number of milliseconds";
      break;
    }
    default:
      return unit == 1 ? "must be a number of seconds" : "must be a number of milliseconds";
  }
  v *= unit;
  if (!std::isfinite(v) || v < 0 || v > kMaxSeconds)
    return std::string("must be a time between 0 and ") + std::to_string(int64_t(kMaxSeconds)) +
           " seconds (30 days), got " + QuoteField(simdjson::minify(e));
  *out = v;
  return "";
}

bool ParseAsrResult(object obj, const SourceRef& where, std::optional<int64_t> agent_speaker,
                    Conversation* c, std::string* error, std::vector<std::string>* notes,
                    bool* recognised) {
  *recognised = false;
  element v;
  object o;
  simdjson::dom::array list;
  std::string id;
  auto array_at = [&](object from, std::string_view key) {
    return Get(from, key, &v) && !v.get(list);
  };
  std::unique_ptr<Builder> b;
  bool ok = true;
  simdjson::dom::parser order_parser;  // iFlytek's orderResult is JSON in a string
  object tencent = obj, iflytek = obj;
  if (GetObject(obj, "Response", &o)) GetObject(o, "Data", &tencent);
  else GetObject(obj, "Data", &tencent);
  GetObject(obj, "content", &iflytek);
  element order_el;
  if ((GetObject(obj, "Result", &o) && array_at(o, "Sentences")) || array_at(obj, "Sentences")) {
    // Alibaba Cloud.
    *recognised = true;
    if (Get(obj, "TaskId", &v)) id = Str(v);
    b = std::make_unique<Builder>("Alibaba Cloud", "ChannelId", agent_speaker);
    ok = Aliyun(list, GetObject(obj, "Result", &o) ? "Result.Sentences" : "Sentences", b.get(),
                error);
  } else if (Get(tencent, "ResultDetail", &v)) {
    // Tencent Cloud.
    *recognised = true;
    if (v.get(list))
      return Fail(error, "ResultDetail must be an array (ask for it with ResTextFormat 1 or more)");
    if (element t; Get(tencent, "TaskId", &t)) id = Str(t);
    b = std::make_unique<Builder>("Tencent Cloud", "SpeakerId", agent_speaker);
    ok = Tencent(list, "ResultDetail", b.get(), error);
  } else if (Get(iflytek, "orderResult", &order_el) || array_at(obj, "lattice")) {
    // iFlytek: {"content": {"orderResult": "..."}}, or the orderResult itself.
    *recognised = true;
    if (object info; GetObject(iflytek, "orderInfo", &info) && Get(info, "orderId", &v))
      id = Str(v);
    if (Get(iflytek, "orderResult", &order_el)) {
      object order;
      if (order_el.type() == element_type::STRING) {
        simdjson::padded_string text(order_el.get_string().value_unsafe());
        if (order_parser.parse(text).get(order_el))
          return Fail(error, "content.orderResult is not JSON");
      }
      if (order_el.get(order) || !array_at(order, "lattice"))
        return Fail(error, "content.orderResult.lattice missing");
    }
    b = std::make_unique<Builder>("iFlytek", "rl", agent_speaker);
    ok = Iflytek(list, "lattice", b.get(), error);
  } else if ((GetObject(obj, "result", &o) && array_at(o, "utterances")) ||
             (GetObject(obj, "resp", &o) && array_at(o, "utterances")) ||
             array_at(obj, "utterances")) {
    // Volcano Engine.
    *recognised = true;
    b = std::make_unique<Builder>("Volcano Engine", "speaker", agent_speaker);
    ok = Volcano(list, "utterances", b.get(), error);
  } else if (array_at(obj, "transcription")) {
    *recognised = true;
    b = std::make_unique<Builder>("whisper.cpp", "speaker", agent_speaker);
    ok = WhisperCpp(list, b.get(), error);
  } else if (array_at(obj, "segments")) {
    *recognised = true;
    b = std::make_unique<Builder>("Whisper", "speaker", agent_speaker);
    ok = Whisper(list, "segments", b.get(), error);
  }
  if (!*recognised || !ok) return ok;
  b->Finish(c, notes);
  if (c->id.empty()) c->id = id;
  if (c->id.empty()) {
    std::string stem = std::filesystem::path(where.file).stem().string();
    if (stem.empty() || stem == "-") stem = "stdin";
    c->id = where.line > 1 ? stem + "#" + std::to_string(where.line) : stem;
  }
  return true;
}

}  // namespace huashu::transcript
