#include "huashu/rules/example.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "huashu/transcript/script_line.h"

namespace huashu::rules {
namespace {

// The placeholder names of a message template ("{match}" -> "match").
std::vector<std::string> Placeholders(std::string_view tmpl) {
  std::vector<std::string> out;
  for (size_t open = tmpl.find('{'); open != std::string_view::npos;
       open = tmpl.find('{', open + 1)) {
    const size_t close = tmpl.find('}', open);
    if (close == std::string_view::npos) break;
    out.emplace_back(tmpl.substr(open + 1, close - open - 1));
  }
  return out;
}

bool ParseExpect(const YAML::Node& node, const Rule& rule, ExampleExpect* x, std::string* error) {
  if (!node.IsMap()) {
    *error = "expect is {text, span, turn, message, values, count}";
    return false;
  }
  auto uint = [&](const YAML::Node& n, const char* what, uint32_t* out) {
    try {
      const long long v = n.as<long long>();
      if (v < 0) throw YAML::Exception(n.Mark(), "");
      *out = static_cast<uint32_t>(v);
      return true;
    } catch (const YAML::Exception&) {
      *error = std::string("expect.") + what + " must be a whole number >= 0";
      return false;
    }
  };
  for (auto it = node.begin(); it != node.end(); ++it) {
    const std::string key = it->first.Scalar();
    const YAML::Node v = it->second;
    if (key == "text" || key == "message") {
      if (!v.IsScalar()) {
        *error = "expect." + key + " is a string";
        return false;
      }
      (key == "text" ? x->text : x->message) = v.Scalar();
    } else if (key == "span") {
      uint32_t b = 0, e = 0;
      if (!v.IsSequence() || v.size() != 2 || !uint(v[0], "span", &b) || !uint(v[1], "span", &e) ||
          e < b) {
        *error = "expect.span is [start, end]: code points of the turn, end-exclusive";
        return false;
      }
      x->span = std::make_pair(b, e);
    } else if (key == "turn" || key == "count") {
      uint32_t n = 0;
      if (!uint(v, key.c_str(), &n)) return false;
      (key == "turn" ? x->turn : x->count) = n;
    } else if (key == "values") {
      if (!v.IsMap()) {
        *error = "expect.values is {placeholder: value, ...}";
        return false;
      }
      const auto names = Placeholders(rule.message);
      for (auto p = v.begin(); p != v.end(); ++p) {
        const std::string name = p->first.Scalar();
        if (std::find(names.begin(), names.end(), name) == names.end()) {
          *error = "expect.values: the rule's message has no placeholder {" + name + "}";
          return false;
        }
        x->values.emplace_back(name, p->second.Scalar());
      }
    } else {
      *error =
          "unknown key '" + key + "' in expect (allowed: text, span, turn, message, values, count)";
      return false;
    }
  }
  return true;
}

// Whether `message` is `tmpl` with the placeholders of `values` filled in as
// given and any other placeholder filled with anything.
bool MessageMatches(std::string_view tmpl, const ExampleExpect& x, std::string_view message) {
  if (tmpl.empty()) return message.empty();
  if (tmpl.front() == '{') {
    const size_t close = tmpl.find('}');
    if (close != std::string_view::npos) {
      const std::string name(tmpl.substr(1, close - 1));
      const std::string_view rest = tmpl.substr(close + 1);
      for (const auto& [key, value] : x.values) {
        if (key != name) continue;
        return message.substr(0, value.size()) == value &&
               MessageMatches(rest, x, message.substr(value.size()));
      }
      for (size_t n = 0; n <= message.size(); ++n) {
        if (MessageMatches(rest, x, message.substr(n))) return true;
      }
      return false;
    }
  }
  return !message.empty() && message.front() == tmpl.front() &&
         MessageMatches(tmpl.substr(1), x, message.substr(1));
}

}  // namespace

bool ExpectMatches(const ExampleExpect& x, const Rule& rule, std::string_view text,
                   std::optional<std::pair<uint32_t, uint32_t>> span, std::optional<uint32_t> turn,
                   std::string_view message) {
  if (x.text && *x.text != text) return false;
  if (x.span && x.span != span) return false;
  if (x.turn && x.turn != turn) return false;
  if (x.message && *x.message != message) return false;
  return x.values.empty() || MessageMatches(rule.message, x, message);
}

std::string DescribeExpect(const ExampleExpect& x) {
  std::string s;
  auto add = [&](const std::string& part) { s += (s.empty() ? "" : ", ") + part; };
  if (x.text) add("text「" + *x.text + "」");
  if (x.span)
    add("span [" + std::to_string(x.span->first) + ", " + std::to_string(x.span->second) + ")");
  if (x.turn) add("turn " + std::to_string(*x.turn));
  if (x.message) add("message「" + *x.message + "」");
  for (const auto& [k, v] : x.values) add("{" + k + "}=「" + v + "」");
  if (x.count) add(std::to_string(*x.count) + " finding" + (*x.count == 1 ? "" : "s"));
  return s;
}

namespace {

// One turn of the rule's speaker saying `text`.
void AddSaid(const std::string& text, const Rule& rule, Example* e) {
  transcript::Turn t;
  t.speaker = rule.speaker == SpeakerScope::kCustomer ? transcript::Speaker::kCustomer
                                                      : transcript::Speaker::kAgent;
  t.text = text;
  e->label = t.text;
  e->conversation.turns.push_back(std::move(t));
}

}  // namespace

bool ParseExample(const YAML::Node& node, const Rule& rule, Example* e, std::string* error) {
  using transcript::Channel;
  transcript::Conversation& c = e->conversation;
  c.id = rule.id + (e->must_fire ? "/fire" : "/pass");
  c.channel = rule.channel == ChannelScope::kCall ? Channel::kCall : Channel::kChat;
  c.channel_given = true;
  if (rule.direction) c.direction = *rule.direction;
  c.source.file = e->pos.file;
  c.source.line = static_cast<uint32_t>(e->pos.line);
  YAML::Node turns, say;  // default-constructed nodes are null, not undefined
  bool has_turns = false, has_say = false;
  if (node.IsScalar()) {
    AddSaid(node.Scalar(), rule, e);
    return true;
  }
  if (node.IsSequence()) {
    turns = node;
  } else if (node.IsMap()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      const std::string key = it->first.Scalar();
      if (key == "channel") {
        auto ch = transcript::ParseChannel(it->second.Scalar());
        if (!ch) {
          *error = "example channel must be call or chat";
          return false;
        }
        c.channel = *ch;
      } else if (key == "direction") {
        auto d = base::ParseDirection(it->second.Scalar());
        if (!d) {
          *error = "example direction must be inbound or outbound";
          return false;
        }
        c.direction = *d;
      } else if (key == "platform") {
        c.platform = it->second.Scalar();
      } else if (key == "started_at") {
        c.started_at = it->second.Scalar();  // as in the input; a rule reads its date
      } else if (key == "turns") {
        turns = it->second;
        has_turns = true;
      } else if (key == "say") {
        say = it->second;
        has_say = true;
      } else if (key == "expect") {
        if (!e->must_fire) {
          *error = "expect is for fire examples (a pass example has no finding)";
          return false;
        }
        ExampleExpect x;
        if (!ParseExpect(it->second, rule, &x, error)) return false;
        e->expect = std::move(x);
      } else {
        *error =
            "unknown key '" + key +
            "' in example (allowed: say, turns, channel, direction, platform, started_at, expect)";
        return false;
      }
    }
    if (has_say && has_turns) {
      *error = "an example has say: (one turn) or turns: [...], not both";
      return false;
    }
    if (has_say) {
      if (!say.IsScalar()) {
        *error = "say is one turn of the rule's speaker, a string";
        return false;
      }
      AddSaid(say.Scalar(), rule, e);
      transcript::SortEvents(&c);
      return true;
    }
    if (!has_turns || !turns.IsSequence()) {
      *error = "example needs turns: [...] or say: TEXT";
      return false;
    }
  } else {
    *error = "an example is a string, a list of lines, or {say | turns, channel, platform, expect}";
    return false;
  }
  for (const YAML::Node& line : turns) {
    if (!line.IsScalar()) {
      *error = "each example line is a string such as \"客服: 您好\"";
      return false;
    }
    if (!e->label.empty()) e->label += " / ";
    e->label += line.Scalar();
    if (!transcript::ParseScriptLine(line.Scalar(), &c, error)) return false;
  }
  transcript::SortEvents(&c);
  return true;
}

}  // namespace huashu::rules
