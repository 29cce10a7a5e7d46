// The canonical JSON Lines reader. simdjson parses each line in place (the
// line buffer carries the padding simdjson needs), measured at several times
// nlohmann_json's speed on this input; see bench/README.md.

#include <simdjson.h>

#include <charconv>
#include <cmath>

#include "asr_json.h"
#include "huashu/base/messages.h"
#include "huashu/transcript/reader.h"
#include "huashu/transcript/script_line.h"
#include "readers.h"

namespace huashu::transcript {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

static_assert(LineSource::kPadding >= simdjson::SIMDJSON_PADDING);

bool IsBlank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }

}  // namespace

struct JsonlRecordParser::Impl {
  static bool Number(element e, double* out) {
    switch (e.type()) {
      case element_type::DOUBLE:
        *out = double(e);
        return true;
      case element_type::INT64:
        *out = static_cast<double>(int64_t(e));
        return true;
      case element_type::UINT64:
        *out = static_cast<double>(uint64_t(e));
        return true;
      case element_type::STRING: {
        std::string_view s = e.get_string().value_unsafe();
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
        return ec == std::errc() && p == s.data() + s.size() && std::isfinite(*out);
      }
      default:
        return false;
    }
  }

  // A time in seconds: a number within [0, kMaxSeconds]. Returns "" or why not.
  static std::string Seconds(element e, double* out) { return ReadTime(e, 1, out); }

  static bool Text(element e, std::string* out) {
    if (e.type() == element_type::STRING) {
      out->assign(e.get_string().value_unsafe());
      return true;
    }
    if (e.type() == element_type::INT64 || e.type() == element_type::UINT64) {
      *out = simdjson::minify(e);
      return true;
    }
    return false;
  }

  // REQUIRES: LineSource::kPadding readable bytes follow `line`.
  bool Parse(std::string_view line, const SourceRef& where, Conversation* c, std::string* error) {
    element doc;
    if (auto err = parser_.parse(line.data(), line.size(), false).get(doc)) {
      *error = err == simdjson::UTF8_ERROR
                   ? base::Msg("read.invalid_utf8")
                   : base::Msg("read.invalid_json", {simdjson::error_message(err)});
      return false;
    }
    simdjson::dom::object obj;
    if (doc.get(obj)) {
      *error = base::Msg("read.not_object");
      return false;
    }
    // Reset field by field: the turns keep their string capacity, so a
    // worker re-using one Conversation allocates almost nothing per record.
    c->id.clear();
    c->channel = Channel::kChat;
    c->channel_given = false;
    c->direction = Direction::kInbound;
    c->kind = Kind::kConversation;
    c->platform.clear();
    c->agent_id.clear();
    c->agent_name.clear();
    c->started_at.clear();
    c->events.clear();
    c->suppressions.clear();
    size_t turn_count = 0;
    c->source = where;
    notes.clear();
    element turns, sentences;
    bool have_turns = false, have_events = false, have_sentences = false;
    element events;
    std::optional<double> started;
    for (auto field : obj) {
      const std::string_view k = field.key;
      element v = field.value;
      if (k == "id") {
        if (!Text(v, &c->id)) return Fail(error, base::Msg("field.string", {"id"}));
      } else if (k == "channel") {
        std::string_view s;
        if (v.get(s)) return Fail(error, base::Msg("field.channel", {""}));
        auto ch = ParseChannel(s);
        if (!ch)
          return Fail(error, base::Msg("field.channel", {base::Msg("field.got", {QuoteField(s)})}));
        c->channel = *ch;
        c->channel_given = true;
      } else if (k == "direction") {
        std::string_view s;
        if (v.get(s)) return Fail(error, base::Msg("field.direction", {""}));
        auto d = ParseDirection(s);
        if (!d)
          return Fail(error,
                      base::Msg("field.direction", {base::Msg("field.got", {QuoteField(s)})}));
        c->direction = *d;
      } else if (k == "platform") {
        if (v.type() != element_type::NULL_VALUE && !Text(v, &c->platform))
          return Fail(error, base::Msg("field.string", {"platform"}));
      } else if (k == "agent") {
        if (v.type() == element_type::OBJECT) {
          if (element id; !v["id"].get(id)) Text(id, &c->agent_id);
          if (element name; !v["name"].get(name)) Text(name, &c->agent_name);
        } else if (v.type() != element_type::NULL_VALUE && !Text(v, &c->agent_id)) {
          return Fail(error, base::Msg("field.agent"));
        }
      } else if (k == "started_at") {
        if (!Text(v, &c->started_at)) return Fail(error, base::Msg("field.string", {"started_at"}));
        started = ParseIsoTime(c->started_at);
      } else if (k == "turns") {
        turns = v;
        have_turns = true;
      } else if (k == "events") {
        events = v;
        have_events = true;
      } else if (k == "key" && c->id.empty()) {
        Text(v, &c->id);  // FunASR names a result by its audio key
      } else if (k == "sentence_info") {
        sentences = v;
        have_sentences = true;
      }
    }
    if (!have_turns && have_sentences) return ParseFunAsr(sentences, c, error);
    if (!have_turns) {
      bool recognised = false;
      const bool ok = ParseAsrResult(obj, where, agent_speaker, c, error, &notes, &recognised);
      if (recognised) return ok;
    }
    if (c->id.empty()) return Fail(error, base::Msg("field.missing", {"\"id\""}));
    if (!have_turns || turns.type() != element_type::ARRAY)
      return Fail(error, base::Msg("field.missing_array", {"\"turns\""}));
    size_t i = 0;
    std::optional<double> first_time;
    simdjson::dom::array turn_array;
    if (turns.get(turn_array)) return Fail(error, base::Msg("field.array", {"\"turns\""}));
    for (element t : turn_array) {
      // Only built when a message needs it.
      auto at = [k = i++] { return "turns[" + std::to_string(k) + "]"; };
      if (t.type() != element_type::OBJECT) return Fail(error, base::Msg("field.object", {at()}));
      if (turn_count == c->turns.size()) c->turns.emplace_back();
      Turn& turn = c->turns[turn_count++];
      turn.start = turn.end = kNoTime;
      turn.line = 0;
      // One pass over the turn's fields (keyed look-ups rescan the object).
      element speaker_el, text_el, start_el, end_el, time_el;
      bool has_speaker = false, has_text = false, has_start = false, has_end = false,
           has_time = false;
      simdjson::dom::object fields;
      if (t.get(fields)) return Fail(error, base::Msg("field.object", {at()}));
      for (auto field : fields) {
        const std::string_view k = field.key;
        if (k == "speaker")
          speaker_el = field.value, has_speaker = true;
        else if (k == "text")
          text_el = field.value, has_text = true;
        else if (k == "start")
          start_el = field.value, has_start = true;
        else if (k == "end")
          end_el = field.value, has_end = true;
        else if (k == "time")
          time_el = field.value, has_time = true;
      }
      std::string_view speaker;
      if (!has_speaker || speaker_el.get(speaker))
        return Fail(error, base::Msg("field.speaker_missing", {at()}));
      auto sp = ParseSpeaker(speaker);
      if (!sp) sp = SpeakerFromLabel(speaker);
      if (!sp) return Fail(error, base::Msg("field.speaker_unknown", {at(), QuoteField(speaker)}));
      turn.speaker = *sp;
      if (!has_text || text_el.type() == element_type::NULL_VALUE)
        return Fail(error, base::Msg("field.absent", {at() + ".text"}));
      if (!Text(text_el, &turn.text))
        return Fail(error, base::Msg("field.string", {at() + ".text"}));
      if (has_start && start_el.type() != element_type::NULL_VALUE) {
        if (std::string why = Seconds(start_el, &turn.start); !why.empty())
          return Fail(error, at() + ".start " + why);
      }
      if (has_end && end_el.type() != element_type::NULL_VALUE) {
        if (std::string why = Seconds(end_el, &turn.end); !why.empty())
          return Fail(error, at() + ".end " + why);
      }
      if (has_time && time_el.type() != element_type::NULL_VALUE) {
        std::string_view s;
        std::optional<double> stamp;
        if (time_el.get(s) || !(stamp = ParseIsoTime(s)))
          return Fail(error, base::Msg("field.iso_time", {at() + ".time"}));
        if (!first_time) {
          first_time = started ? *started : *stamp;
          // No started_at: the first message's time is the start (the HTML
          // report's charts by hour and day read it).
          if (c->started_at.empty()) c->started_at = s;
        }
        turn.start = *stamp - *first_time;
        if (!HasTime(turn.end)) turn.end = turn.start;
      }
      if (HasTime(turn.start) && !HasTime(turn.end)) turn.end = turn.start;
    }
    c->turns.resize(turn_count);
    if (have_events && events.type() == element_type::ARRAY) {
      i = 0;
      simdjson::dom::array event_array;
      if (events.get(event_array)) return Fail(error, base::Msg("field.array", {"\"events\""}));
      for (element e : event_array) {
        auto at = [k = i++] { return "events[" + std::to_string(k) + "]"; };
        std::string_view type;
        if (element v; e.type() != element_type::OBJECT || e["type"].get(v) || v.get(type))
          return Fail(error, base::Msg("field.absent", {at() + ".type"}));
        auto et = ParseEventType(type);
        if (!et) return Fail(error, base::Msg("field.event_unknown", {at(), QuoteField(type)}));
        Event ev;
        ev.type = *et;
        if (element v; !e["at"].get(v) && v.type() != element_type::NULL_VALUE) {
          if (std::string why = Seconds(v, &ev.at); !why.empty())
            return Fail(error, at() + ".at " + why);
        }
        if (element v; !e["by"].get(v) && v.type() == element_type::STRING) {
          auto by = ParseSpeaker(v.get_string().value_unsafe());
          if (!by) return Fail(error, base::Msg("field.by", {at()}));
          ev.by = by;
        }
        c->events.push_back(ev);
      }
    } else if (have_events && events.type() != element_type::NULL_VALUE) {
      return Fail(error, base::Msg("field.array", {"\"events\""}));
    }
    SortEvents(c);
    return true;
  }

  // A FunASR result ({"key", "text", "sentence_info": [{"text", "start",
  // "end", "spk"}]}, times in milliseconds): one call, one turn per sentence.
  // The agent is the speaker `agent_speaker`, or else whoever speaks first
  // (the agent answers the call).
  bool ParseFunAsr(element sentences, Conversation* c, std::string* error) {
    if (c->id.empty()) return Fail(error, "missing \"key\" (FunASR result)");
    simdjson::dom::array list;
    if (sentences.get(list)) return Fail(error, "\"sentence_info\" must be an array");
    c->channel = Channel::kCall;
    c->channel_given = true;
    std::optional<int64_t> agent = agent_speaker;
    size_t n = 0;
    for (element e : list) {
      auto at = [k = n] { return "sentence_info[" + std::to_string(k) + "]"; };
      simdjson::dom::object fields;
      if (e.get(fields)) return Fail(error, base::Msg("field.object", {at()}));
      element text, start, end, spk;
      bool has_text = false, has_start = false, has_end = false, has_spk = false;
      for (auto field : fields) {
        const std::string_view k = field.key;
        if (k == "text")
          text = field.value, has_text = true;
        else if (k == "start")
          start = field.value, has_start = true;
        else if (k == "end")
          end = field.value, has_end = true;
        else if (k == "spk")
          spk = field.value, has_spk = true;
      }
      if (n == c->turns.size()) c->turns.emplace_back();
      Turn& turn = c->turns[n++];
      turn.line = 0;
      if (!has_text) return Fail(error, base::Msg("field.absent", {at() + ".text"}));
      if (!Text(text, &turn.text)) return Fail(error, base::Msg("field.string", {at() + ".text"}));
      double ms = 0;
      turn.start = has_start && Number(start, &ms) ? ms / 1000.0 : kNoTime;
      turn.end = has_end && Number(end, &ms) ? ms / 1000.0 : turn.start;
      for (const char* field : {"start", "end"}) {
        const double t = field[0] == 's' ? turn.start : turn.end;
        if (HasTime(t) && !(t >= 0 && t <= kMaxSeconds))
          return Fail(error, at() + "." + field +
                                 " must be a time between 0 and 2592000000 milliseconds (30 days)");
      }
      double who = 0;
      if (!has_spk || !Number(spk, &who))
        return Fail(error, at() + ".spk missing (speaker diarization needed)");
      // A float-to-integer conversion out of range is undefined behaviour.
      if (!(who >= 0 && who <= 1e9) || who != std::floor(who))
        return Fail(error, at() + ".spk must be a whole speaker number between 0 and 1000000000");
      if (!agent) agent = static_cast<int64_t>(who);
      turn.speaker = static_cast<int64_t>(who) == *agent ? Speaker::kAgent : Speaker::kCustomer;
    }
    c->turns.resize(n);
    return true;
  }

  static bool Fail(std::string* error, std::string message) {
    *error = std::move(message);
    return false;
  }

  simdjson::dom::parser parser_;
  std::optional<int64_t> agent_speaker;  // from ReaderOptions, per parse
  std::vector<std::string> notes;        // of the last Parse (speech-recognition results)
};

JsonlRecordParser::JsonlRecordParser() : impl_(std::make_unique<Impl>()) {}
const std::vector<std::string>& JsonlRecordParser::notes() const { return impl_->notes; }
JsonlRecordParser::~JsonlRecordParser() = default;

bool JsonlRecordParser::ParsePadded(std::string_view record, const SourceRef& where,
                                    const ReaderOptions& options, Conversation* c,
                                    std::string* error) {
  impl_->agent_speaker = options.agent_speaker;
  if (!impl_->Parse(record, where, c, error)) return false;
  ApplyOptions(options, c);
  return true;
}

bool JsonlRecordParser::Parse(const std::string& record, const SourceRef& where,
                              const ReaderOptions& options, Conversation* c, std::string* error) {
  if (record.capacity() >= record.size() + LineSource::kPadding)
    return ParsePadded(record, where, options, c, error);
  std::string padded;
  padded.reserve(record.size() + LineSource::kPadding);
  padded = record;
  return ParsePadded(padded, where, options, c, error);
}

namespace {

class JsonlReader : public ConversationReader {
 public:
  JsonlReader(std::unique_ptr<LineSource> src, const ReaderOptions& options)
      : src_(std::move(src)), options_(options) {}

  bool Next(Conversation* c, std::vector<ReadError>* errors) override {
    TakeErrors(errors);
    std::string_view line;
    while (NextLine(&line)) {
      std::string error;
      const SourceRef where{src_->name(), src_->line_number()};
      // The line buffer carries the padding simdjson needs.
      if (parser_.ParsePadded(line, where, options_, c, &error)) return true;
      errors->push_back({src_->name(), src_->line_number(), 0, error});
    }
    TakeErrors(errors);
    return false;
  }

  bool deferred() const override { return true; }
  bool NextRaw(std::string* raw, SourceRef* where) override {
    std::string_view line;
    if (!NextLine(&line)) return false;
    raw->reserve(line.size() + LineSource::kPadding);
    raw->assign(line);
    *where = {src_->name(), src_->line_number()};
    return true;
  }

 private:
  // The next non-blank line within the size limit; over-long ones become
  // pending diagnostics.
  bool NextLine(std::string_view* line) {
    while (src_->Next(line)) {
      if (src_->overlong()) {
        pending_.push_back({src_->name(), src_->line_number(), 0,
                            "record of " + std::to_string(src_->overlong()) +
                                " bytes is above the size limit of " +
                                std::to_string(src_->max_line()) +
                                " bytes (--max-record-size): not read"});
        continue;
      }
      if (IsBlank(*line)) continue;
      return true;
    }
    if (!ended_) {
      ended_ = true;
      NoteEnd(*src_);
    }
    return false;
  }

  std::unique_ptr<LineSource> src_;
  ReaderOptions options_;
  JsonlRecordParser parser_;
  bool ended_ = false;
};

}  // namespace

std::unique_ptr<ConversationReader> MakeJsonlReader(std::unique_ptr<LineSource> src,
                                                    const ReaderOptions& options) {
  return std::make_unique<JsonlReader>(std::move(src), options);
}

}  // namespace huashu::transcript
