#include "huashu/rules/example.h"

#include <yaml-cpp/yaml.h>

#include "huashu/transcript/script_line.h"

namespace huashu::rules {

bool ParseExample(const YAML::Node& node, const Rule& rule, Example* e, std::string* error) {
  using transcript::Channel;
  transcript::Conversation& c = e->conversation;
  c.id = rule.id + (e->must_fire ? "/fire" : "/pass");
  c.channel = rule.channel == ChannelScope::kCall ? Channel::kCall : Channel::kChat;
  c.channel_given = true;
  c.source.file = e->pos.file;
  c.source.line = static_cast<uint32_t>(e->pos.line);
  YAML::Node turns;
  if (node.IsScalar()) {
    transcript::Turn t;
    t.speaker = rule.speaker == SpeakerScope::kCustomer ? transcript::Speaker::kCustomer
                                                        : transcript::Speaker::kAgent;
    t.text = node.Scalar();
    e->label = t.text;
    c.turns.push_back(std::move(t));
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
      } else if (key == "platform") {
        c.platform = it->second.Scalar();
      } else if (key == "turns") {
        turns = it->second;
      } else {
        *error = "unknown key '" + key + "' in example (allowed: channel, platform, turns)";
        return false;
      }
    }
    if (!turns || !turns.IsSequence()) {
      *error = "example needs turns: [...]";
      return false;
    }
  } else {
    *error = "an example is a string, a list of lines, or {channel, platform, turns}";
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
