// Subtitles from speech recognition: WebVTT (voices as <v Name>) and SubRip
// (SRT). One file is one call; one cue is one turn.
//
// Who speaks: a voice name (<v 客服小王>) or a label at the start of the cue
// text (客服：…, SPEAKER_01: …, [SPEAKER_01]: …) is mapped like a chat sender:
// role words (客服/客户/agent/customer/...) and --agent-pattern first; numbered
// speakers (SPEAKER_00, spk1, 说话人2) by --agent-speaker, else the first to
// speak is the agent; other names: the agent is whoever matches the agent
// pattern, or else the first to speak. A cue without a voice keeps the
// previous cue's speaker. A file without any voice is read as the agent's
// (noted), as Whisper results are.

#include <re2/re2.h>

#include <filesystem>
#include <map>

#include "asr_json.h"
#include "huashu/base/messages.h"
#include "huashu/base/utf8.h"
#include "huashu/transcript/reader.h"
#include "huashu/transcript/script_line.h"
#include "readers.h"

namespace huashu::transcript {
namespace {

// [hh:]mm:ss(.|,)ttt -> seconds; NaN if malformed.
double Timestamp(std::string_view s) {
  s = TrimLine(s);
  double parts[3] = {0, 0, 0};
  int n = 0;
  size_t i = 0;
  auto digits = [&](int max_len, double* out) {
    size_t start = i;
    double v = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && static_cast<int>(i - start) < max_len)
      v = v * 10 + (s[i++] - '0');
    *out = v;
    return i > start;
  };
  while (true) {
    if (n == 3 || !digits(n == 0 ? 4 : 2, &parts[n])) return NAN;
    ++n;
    if (i < s.size() && s[i] == ':') {
      ++i;
      continue;
    }
    break;
  }
  if (n < 2 || i >= s.size() || (s[i] != '.' && s[i] != ',')) return NAN;
  ++i;
  double frac = 0, scale = 0.1;
  const size_t start = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    frac += (s[i++] - '0') * scale;
    scale /= 10;
  }
  if (i == start || i != s.size()) return NAN;
  double h = 0, m, sec;
  if (n == 3) {
    h = parts[0], m = parts[1], sec = parts[2];
  } else {
    m = parts[0], sec = parts[1];
  }
  if (m > 59 || sec > 59) return NAN;
  return h * 3600 + m * 60 + sec + frac;
}

// "00:00:01.000 --> 00:00:04.000 align:start": true and the times.
bool TimingLine(std::string_view line, double* start, double* end) {
  const size_t arrow = line.find("-->");
  if (arrow == std::string_view::npos) return false;
  std::string_view rest = TrimLine(line.substr(arrow + 3));
  rest = rest.substr(0, rest.find_first_of(" \t"));
  *start = Timestamp(line.substr(0, arrow));
  *end = Timestamp(rest);
  return true;
}

// Removes WebVTT tags, taking the voice name of <v Name>; unescapes entities.
std::string StripTags(std::string_view s, std::string* voice) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '<') {
      const size_t close = s.find('>', i);
      if (close == std::string_view::npos) {
        out.append(s.substr(i));
        break;
      }
      std::string_view tag = s.substr(i + 1, close - i - 1);
      if (!tag.empty() && tag[0] == 'v' && (tag.size() == 1 || tag[1] == ' ' || tag[1] == '.')) {
        const size_t sp = tag.find(' ');
        if (sp != std::string_view::npos && voice->empty())
          *voice = std::string(TrimLine(tag.substr(sp)));
      }
      i = close + 1;
      continue;
    }
    if (s[i] == '&') {
      static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
          {"&amp;", "&"},  {"&lt;", "<"}, {"&gt;", ">"},
          {"&nbsp;", " "}, {"&lrm;", ""}, {"&rlm;", ""}};
      bool done = false;
      for (auto [from, to] : kEntities) {
        if (s.substr(i, from.size()) == from) {
          out.append(to);
          i += from.size();
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out += s[i++];
  }
  return out;
}

// A speaker label at the start of cue text: "客服：", "SPEAKER_01: ", "[SPEAKER_01]: ".
bool LeadingLabel(std::string* text, std::string* voice) {
  std::string_view t = TrimLine(*text);
  std::string_view name, rest;
  if (ParseLabelledChatLine(t, &name, &rest)) {
    *voice = std::string(name);
    *text = std::string(rest);
    return true;
  }
  static const RE2 kNumbered(
      R"(\[?((?i:speaker|spk|说话人|发言人|角色)[ _]?\d{1,3})\]?\s*(?::|：)\s*(.*))");
  std::string label, body;
  if (RE2::FullMatch(t, kNumbered, &label, &body)) {
    *voice = label;
    *text = body;
    return true;
  }
  return false;
}

class SubtitleReader : public ConversationReader {
 public:
  SubtitleReader(std::unique_ptr<LineSource> src, const ReaderOptions& options, bool vtt)
      : src_(std::move(src)),
        options_(options),
        vtt_(vtt),
        agent_(options.agent_pattern, RE2::Quiet) {}

  bool Next(Conversation* c, std::vector<ReadError>* errors) override {
    TakeErrors(errors);
    if (done_) return false;
    done_ = true;
    *c = Conversation{};
    std::string stem = std::filesystem::path(src_->name()).stem().string();
    c->id = stem.empty() || stem == "-" ? "stdin" : stem;
    c->source = {src_->name(), 1};
    c->channel = Channel::kCall;
    c->channel_given = true;
    struct Cue {
      double start, end;
      std::string text, voice;
      uint32_t line;
    };
    std::vector<Cue> cues;
    std::string_view line;
    bool in_cue = false, skip_block = false, header = vtt_;
    uint32_t block_line = 0;
    std::string previous;  // the line before a timing line (SRT index, VTT id)
    while (src_->Next(&line)) {
      if (src_->overlong()) {
        errors->push_back(OverlongLine(*src_));
        continue;
      }
      const std::string_view t = TrimLine(line);
      if (t.empty()) {
        in_cue = skip_block = header = false;
        block_line = 0;
        continue;
      }
      if (header) {
        if (src_->line_number() == 1 && t.substr(0, 6) != "WEBVTT")
          errors->push_back({src_->name(), 1, 0, "a WebVTT file starts with WEBVTT", false});
        continue;
      }
      if (skip_block) continue;
      if (block_line++ == 0 && vtt_ &&
          (t.substr(0, 4) == "NOTE" || t == "STYLE" || t == "REGION")) {
        skip_block = true;
        continue;
      }
      double start, end;
      if (!in_cue && TimingLine(t, &start, &end)) {
        if (std::isnan(start) || std::isnan(end)) {
          errors->push_back({src_->name(), src_->line_number(), 0,
                             "bad cue timing (expected HH:MM:SS" + std::string(vtt_ ? "." : ",") +
                                 "mmm --> HH:MM:SS" + (vtt_ ? "." : ",") + "mmm): cue not read"});
          skip_block = true;
          continue;
        }
        if (start > kMaxSeconds || end > kMaxSeconds) {
          errors->push_back(
              {src_->name(), src_->line_number(), 0, "cue time above 30 days: cue not read"});
          skip_block = true;
          continue;
        }
        cues.push_back({start, end, "", "", src_->line_number() + 1});
        in_cue = true;
        continue;
      }
      if (!in_cue) {
        // A cue identifier (VTT) or index (SRT) before the timing line.
        if (block_line == 1) continue;
        errors->push_back({src_->name(), src_->line_number(), 0,
                           "not a subtitle cue: expected a timing line 'START --> END'"});
        skip_block = true;
        continue;
      }
      Cue& cue = cues.back();
      std::string voice;
      std::string text = vtt_ ? StripTags(t, &voice) : std::string(t);
      if (!vtt_) text = StripTags(text, &voice);  // SRT may carry <i>, <font>
      if (voice.empty() && cue.text.empty()) LeadingLabel(&text, &voice);
      if (cue.voice.empty()) cue.voice = voice;
      if (!cue.text.empty() && !text.empty()) cue.text += '\n';
      cue.text += std::string(TrimLine(text));
    }
    NoteEnd(*src_);
    TakeErrors(errors);
    // Speakers.
    const bool any_voice =
        std::any_of(cues.begin(), cues.end(), [](const Cue& q) { return !q.voice.empty(); });
    std::optional<int64_t> agent_number = options_.agent_speaker;
    bool numbered = false;
    std::string first_named;  // first voice that is neither a role word nor numbered
    bool named_agent = false;
    for (const Cue& q : cues) {
      if (q.voice.empty()) continue;
      if (auto label = SpeakerFromLabel(q.voice)) {
        named_agent = named_agent || *label == Speaker::kAgent;
        continue;
      }
      if (agent_.ok() && RE2::FullMatch(q.voice, agent_)) {
        named_agent = true;
      } else if (auto n = SpeakerNumber(q.voice); n) {
        numbered = true;
        if (!agent_number) agent_number = n;
      } else if (first_named.empty()) {
        first_named = q.voice;
      }
    }
    std::optional<Speaker> current;
    for (Cue& q : cues) {
      if (TrimLine(q.text).empty()) continue;
      Speaker sp = Speaker::kAgent;
      if (!any_voice) {
        sp = Speaker::kAgent;
      } else if (q.voice.empty()) {
        sp = current.value_or(Speaker::kAgent);
      } else if (auto label = SpeakerFromLabel(q.voice)) {
        sp = *label;
      } else if (q.voice == "系统" || q.voice == "系统消息") {
        sp = Speaker::kSystem;
      } else if (agent_.ok() && RE2::FullMatch(q.voice, agent_)) {
        sp = Speaker::kAgent;
      } else if (auto n = SpeakerNumber(q.voice)) {
        sp = n == agent_number ? Speaker::kAgent : Speaker::kCustomer;
      } else {
        sp = !named_agent && q.voice == first_named ? Speaker::kAgent : Speaker::kCustomer;
      }
      current = sp;
      Turn turn;
      turn.speaker = sp;
      turn.text = std::move(q.text);
      turn.start = q.start;
      turn.end = q.end;
      turn.line = q.line;
      const size_t bad = base::SanitizeUtf8(&turn.text);
      if (bad != std::string::npos)
        errors->push_back({src_->name(), turn.line, 0, base::Msg("read.utf8_repaired"), false});
      c->turns.push_back(std::move(turn));
    }
    if (c->turns.empty()) return false;
    if (!any_voice)
      errors->push_back({src_->name(), 0, 0,
                         "subtitles without speakers: every cue was read as the agent's", false});
    else if (numbered && !options_.agent_speaker && !named_agent)
      errors->push_back({src_->name(), 0, 0,
                         "speaker " + std::to_string(*agent_number) +
                             " (the first to speak) was read as the agent, every other as the "
                             "customer; --agent-speaker N picks another",
                         false});
    else if (!named_agent && !first_named.empty())
      errors->push_back({src_->name(), 0, 0,
                         "no voice matches --agent-pattern: '" + QuoteField(first_named) +
                             "' (the first to speak) was read as the agent",
                         false});
    ApplyOptions(options_, c);
    return true;
  }

 private:
  std::unique_ptr<LineSource> src_;
  ReaderOptions options_;
  bool vtt_;
  RE2 agent_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<ConversationReader> MakeSubtitleReader(std::unique_ptr<LineSource> src,
                                                       const ReaderOptions& options, bool vtt) {
  return std::make_unique<SubtitleReader>(std::move(src), options, vtt);
}

}  // namespace huashu::transcript
