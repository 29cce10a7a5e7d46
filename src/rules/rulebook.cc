#include "huashu/rules/rulebook.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>

#include "huashu/rules/embedded.h"
#include "huashu/rules/example.h"

namespace huashu::rules {
namespace {

namespace fs = std::filesystem;

SourcePos PosOf(const YAML::Node& node, const std::string& file) {
  const YAML::Mark m = node.Mark();
  return SourcePos{file, m.line + 1, m.column + 1};
}

// Which keys a rule of each type may have, besides the common ones.
const std::set<std::string>& TypeKeys(RuleType t) {
  static const std::map<RuleType, std::set<std::string>> keys = {
      {RuleType::kForbidden, {"words", "allow", "variants"}},
      {RuleType::kRequired, {"scope", "any_of", "all_of", "in_order", "variants"}},
      {RuleType::kPii, {"detector", "allow"}},
      {RuleType::kRespond, {"trigger", "expect", "within", "variants"}},
      {RuleType::kEvent, {"event", "side", "within", "any_of", "all_of", "variants"}},
      {RuleType::kHoldLimit, {"max_seconds"}},
      {RuleType::kGap, {"max_seconds", "first_only"}},
      {RuleType::kOverlap, {"tolerance_seconds"}},
      {RuleType::kRate, {"max_chars_per_second", "min_chars"}},
      {RuleType::kSilentCall,
       {"greeting", "min_attempts", "pause_seconds", "notice", "wait_seconds"}},
      {RuleType::kAnswer, {"max_rings", "max_seconds", "late_apology"}},
      {RuleType::kHangup, {"customer_first", "goodbye", "wait_seconds"}},
  };
  return keys.at(t);
}

const std::set<std::string> kCommonKeys = {"id",         "type",     "category",    "severity",
                                           "speaker",    "channel",  "description", "message",
                                           "suggestion", "examples", "override"};

class BookParser {
 public:
  BookParser(const std::string& file, std::map<std::string, std::vector<std::string>>* sets)
      : file_(file), sets_(sets) {}

  [[noreturn]] void Fail(const YAML::Node& node, const std::string& message) const {
    throw RulebookError(PosOf(node, file_), message);
  }

  std::string Scalar(const YAML::Node& node, std::string_view what) const {
    if (!node.IsScalar()) Fail(node, std::string(what) + " must be a single value");
    return node.Scalar();
  }
  double Number(const YAML::Node& node, std::string_view what, double min = 0) const {
    const std::string s = Scalar(node, what);
    double v;
    try {
      size_t used;
      v = std::stod(s, &used);
      if (used != s.size()) throw std::invalid_argument(s);
    } catch (const std::exception&) {
      Fail(node, std::string(what) + " must be a number, got '" + s + "'");
    }
    if (!std::isfinite(v)) Fail(node, std::string(what) + " must be a number, got '" + s + "'");
    if (v < min) Fail(node, std::string(what) + " must be at least " + std::to_string(min));
    return v;
  }
  int Integer(const YAML::Node& node, std::string_view what, int min = 0) const {
    const double v = Number(node, what, min);
    if (v > 1e6) Fail(node, std::string(what) + " is too large");
    if (v != static_cast<int>(v)) Fail(node, std::string(what) + " must be a whole number");
    return static_cast<int>(v);
  }
  bool Bool(const YAML::Node& node, std::string_view what) const {
    const std::string s = Scalar(node, what);
    if (s == "true" || s == "yes") return true;
    if (s == "false" || s == "no") return false;
    Fail(node, std::string(what) + " must be true or false, got '" + s + "'");
  }

  // Reads a phrase list; "@name" inserts a named set.
  PhraseList Phrases(const YAML::Node& node, std::string role, std::string_view what) const {
    PhraseList list;
    list.role = std::move(role);
    if (node.IsScalar()) Fail(node, std::string(what) + " must be a list of phrases, e.g. [您好]");
    if (!node.IsSequence()) Fail(node, std::string(what) + " must be a list of phrases");
    for (const YAML::Node& item : node) {
      const std::string s = Scalar(item, what);
      if (!s.empty() && s[0] == '@') {
        auto it = sets_->find(s.substr(1));
        if (it == sets_->end())
          Fail(item, "unknown phrase set '" + s + "' (define it under sets:)");
        for (const std::string& p : it->second) {
          list.phrases.push_back(p);
          list.positions.push_back(PosOf(item, file_));
        }
        continue;
      }
      if (s.empty()) Fail(item, std::string(what) + ": empty phrase");
      list.phrases.push_back(s);
      list.positions.push_back(PosOf(item, file_));
    }
    if (list.phrases.empty()) Fail(node, std::string(what) + " is empty: list at least one phrase");
    return list;
  }

  void CheckKeys(const YAML::Node& map, const std::set<std::string>& allowed,
                 std::string_view where) const {
    for (auto it = map.begin(); it != map.end(); ++it) {
      const std::string key = it->first.Scalar();
      if (!allowed.count(key)) {
        std::string list;
        for (const auto& k : allowed) list += (list.empty() ? "" : ", ") + k;
        Fail(it->first,
             "unknown key '" + key + "' in " + std::string(where) + " (allowed: " + list + ")");
      }
    }
  }

  // any_of / all_of into "group" lists.
  void Groups(const YAML::Node& rule, Rule* r, bool required) const {
    if (rule["any_of"]) r->phrases.push_back(Phrases(rule["any_of"], "group", "any_of"));
    if (const YAML::Node all = rule["all_of"]) {
      if (!all.IsSequence() || all.size() == 0)
        Fail(all, "all_of must be a non-empty list of groups");
      for (const YAML::Node& g : all) {
        if (!g.IsMap()) Fail(g, "each all_of group is {name: ..., any_of: [...]}");
        CheckKeys(g, {"name", "any_of"}, "all_of group");
        if (!g["any_of"]) Fail(g, "all_of group needs any_of");
        PhraseList list = Phrases(g["any_of"], "group", "any_of");
        list.name = g["name"] ? Scalar(g["name"], "name") : list.phrases.front();
        r->phrases.push_back(std::move(list));
      }
    }
    if (required && !rule["any_of"] && !rule["all_of"]) Fail(rule, "needs any_of or all_of");
  }

  // Returns true when the window is "until the end of the conversation".
  bool Within(const YAML::Node& node, Rule* r) const {
    if (!node) return false;
    if (!node.IsMap()) Fail(node, "within is {turns: N, seconds: S} or {end: true}");
    CheckKeys(node, {"turns", "seconds", "end"}, "within");
    if (node["end"]) {
      if (node["turns"] || node["seconds"]) Fail(node, "within: end excludes turns and seconds");
      return Bool(node["end"], "within.end");
    }
    if (node["turns"]) r->within_turns = Integer(node["turns"], "within.turns", 1);
    if (node["seconds"]) r->within_seconds = Number(node["seconds"], "within.seconds", 0);
    return false;
  }

  Rule ParseRule(const YAML::Node& node, const std::string& book) const {
    if (!node.IsMap()) Fail(node, "a rule is a mapping with id, type, category, ...");
    Rule r;
    r.book = book;
    r.pos = PosOf(node, file_);
    if (!node["id"]) Fail(node, "rule without id");
    r.id = Scalar(node["id"], "id");
    if (!node["type"]) Fail(node, "rule '" + r.id + "' has no type");
    const std::string type = Scalar(node["type"], "type");
    auto t = ParseRuleType(type);
    if (!t) Fail(node["type"], "unknown rule type '" + type + "'");
    r.type = *t;
    std::set<std::string> allowed = kCommonKeys;
    const auto& extra = TypeKeys(r.type);
    allowed.insert(extra.begin(), extra.end());
    CheckKeys(node, allowed, "rule '" + r.id + "' of type " + type);

    if (!node["category"]) Fail(node, "rule '" + r.id + "' has no category");
    const std::string cat = Scalar(node["category"], "category");
    auto c = ParseCategory(cat);
    if (!c) Fail(node["category"], "unknown category '" + cat + "'");
    r.category = *c;
    if (node["severity"]) {
      const std::string s = Scalar(node["severity"], "severity");
      auto sev = ParseSeverity(s);
      if (!sev) Fail(node["severity"], "severity must be error, warning or info, got '" + s + "'");
      r.severity = *sev;
    }
    if (node["speaker"]) {
      const std::string s = Scalar(node["speaker"], "speaker");
      auto sp = ParseSpeakerScope(s);
      if (!sp) Fail(node["speaker"], "speaker must be agent, customer or any, got '" + s + "'");
      r.speaker = *sp;
    }
    if (node["channel"]) {
      const std::string s = Scalar(node["channel"], "channel");
      auto ch = ParseChannelScope(s);
      if (!ch) Fail(node["channel"], "channel must be call, chat or any, got '" + s + "'");
      r.channel = *ch;
    }
    if (node["description"]) r.description = Scalar(node["description"], "description");
    if (!node["message"]) Fail(node, "rule '" + r.id + "' has no message");
    r.message = Scalar(node["message"], "message");
    if (node["suggestion"]) r.suggestion = Scalar(node["suggestion"], "suggestion");
    if (const YAML::Node v = node["variants"]) {
      if (!v.IsMap()) Fail(v, "variants is {noise: N, homophones: bool, repeats: bool}");
      CheckKeys(v, {"noise", "homophones", "repeats"}, "variants");
      if (v["noise"])
        r.variants.noise = static_cast<uint8_t>(std::min(Integer(v["noise"], "noise"), 8));
      if (v["homophones"]) r.variants.homophones = Bool(v["homophones"], "homophones");
      if (v["repeats"]) r.variants.repeats = Bool(v["repeats"], "repeats");
    }

    switch (r.type) {
      case RuleType::kForbidden:
        if (!node["words"]) Fail(node, "forbidden rule '" + r.id + "' needs words");
        r.phrases.push_back(Phrases(node["words"], "words", "words"));
        if (node["allow"]) r.phrases.push_back(Phrases(node["allow"], "allow", "allow"));
        break;
      case RuleType::kPii: {
        if (!node["detector"]) Fail(node, "pii rule needs detector");
        r.detector = Scalar(node["detector"], "detector");
        static const std::set<std::string> kDetectors = {"mobile", "id_card", "bank_card", "email"};
        if (!kDetectors.count(r.detector))
          Fail(node["detector"], "detector must be mobile, id_card, bank_card or email");
        if (node["allow"]) r.phrases.push_back(Phrases(node["allow"], "allow", "allow"));
        break;
      }
      case RuleType::kRequired: {
        const YAML::Node scope = node["scope"];
        if (!scope)
          Fail(node, "required rule needs scope: {first: N} | {last: N} | {anywhere: true}");
        if (!scope.IsMap()) Fail(scope, "scope is {first: N} | {last: N} | {anywhere: true}");
        CheckKeys(scope, {"first", "last", "anywhere"}, "scope");
        if (scope.size() != 1) Fail(scope, "scope takes exactly one of first, last, anywhere");
        if (scope["first"]) r.scope_first = Integer(scope["first"], "first", 1);
        if (scope["last"]) r.scope_last = Integer(scope["last"], "last", 1);
        Groups(node, &r, true);
        if (node["in_order"]) r.in_order = Bool(node["in_order"], "in_order");
        break;
      }
      case RuleType::kRespond: {
        for (const char* side : {"trigger", "expect"}) {
          const YAML::Node n = node[side];
          if (!n || !n.IsMap())
            Fail(n ? n : node,
                 std::string("respond rule needs ") + side + ": {speaker: ..., any_of: [...]}");
          CheckKeys(n, {"speaker", "any_of"}, side);
          if (!n["any_of"]) Fail(n, std::string(side) + " needs any_of");
          SpeakerScope sp =
              std::string(side) == "trigger" ? SpeakerScope::kCustomer : SpeakerScope::kAgent;
          if (n["speaker"]) {
            auto p = ParseSpeakerScope(Scalar(n["speaker"], "speaker"));
            if (!p) Fail(n["speaker"], "speaker must be agent, customer or any");
            sp = *p;
          }
          (std::string(side) == "trigger" ? r.trigger_speaker : r.expect_speaker) = sp;
          r.phrases.push_back(Phrases(n["any_of"], side, "any_of"));
        }
        if (!Within(node["within"], &r) && r.within_turns == 0 && r.within_seconds == 0)
          r.within_turns = 2;
        break;
      }
      case RuleType::kEvent: {
        if (!node["event"]) Fail(node, "event rule needs event");
        const std::string e = Scalar(node["event"], "event");
        auto et = transcript::ParseEventType(e);
        if (!et) Fail(node["event"], "unknown event '" + e + "'");
        r.event = *et;
        const std::string side = node["side"] ? Scalar(node["side"], "side") : "before";
        if (side != "before" && side != "after") Fail(node["side"], "side must be before or after");
        r.before = side == "before";
        if (!Within(node["within"], &r) && r.within_turns == 0 && r.within_seconds == 0)
          r.within_turns = 2;
        Groups(node, &r, true);
        break;
      }
      case RuleType::kHoldLimit:
      case RuleType::kGap:
        if (!node["max_seconds"]) Fail(node, std::string(Name(r.type)) + " rule needs max_seconds");
        r.max_seconds = Number(node["max_seconds"], "max_seconds", 0);
        if (node["first_only"]) r.first_only = Bool(node["first_only"], "first_only");
        break;
      case RuleType::kOverlap:
        r.tolerance_seconds = node["tolerance_seconds"]
                                  ? Number(node["tolerance_seconds"], "tolerance_seconds")
                                  : 0.5;
        break;
      case RuleType::kRate:
        if (!node["max_chars_per_second"]) Fail(node, "rate rule needs max_chars_per_second");
        r.max_chars_per_second = Number(node["max_chars_per_second"], "max_chars_per_second", 0.1);
        r.min_chars = node["min_chars"] ? Integer(node["min_chars"], "min_chars", 1) : 8;
        break;
      case RuleType::kSilentCall:
        if (!node["greeting"]) Fail(node, "silent_call rule needs greeting");
        if (!node["notice"]) Fail(node, "silent_call rule needs notice");
        r.phrases.push_back(Phrases(node["greeting"], "greeting", "greeting"));
        r.phrases.push_back(Phrases(node["notice"], "notice", "notice"));
        r.min_attempts =
            node["min_attempts"] ? Integer(node["min_attempts"], "min_attempts", 1) : 2;
        r.pause_seconds =
            node["pause_seconds"] ? Number(node["pause_seconds"], "pause_seconds") : 3;
        r.wait_seconds = node["wait_seconds"] ? Number(node["wait_seconds"], "wait_seconds") : 3;
        break;
      case RuleType::kAnswer:
        if (!node["max_rings"] && !node["max_seconds"])
          Fail(node, "answer rule needs max_rings or max_seconds");
        if (node["max_rings"]) r.max_rings = Integer(node["max_rings"], "max_rings", 1);
        if (node["max_seconds"]) r.max_seconds = Number(node["max_seconds"], "max_seconds");
        if (node["late_apology"])
          r.phrases.push_back(Phrases(node["late_apology"], "late_apology", "late_apology"));
        break;
      case RuleType::kHangup:
        r.customer_first =
            node["customer_first"] ? Bool(node["customer_first"], "customer_first") : true;
        if (node["goodbye"]) r.phrases.push_back(Phrases(node["goodbye"], "goodbye", "goodbye"));
        r.wait_seconds = node["wait_seconds"] ? Number(node["wait_seconds"], "wait_seconds") : 0;
        break;
    }

    if (const YAML::Node ex = node["examples"]) {
      if (!ex.IsMap()) Fail(ex, "examples is {fire: [...], pass: [...]}");
      CheckKeys(ex, {"fire", "pass"}, "examples");
      for (const char* kind : {"fire", "pass"}) {
        const YAML::Node list = ex[kind];
        if (!list) continue;
        if (!list.IsSequence()) Fail(list, std::string("examples.") + kind + " must be a list");
        for (const YAML::Node& item : list) {
          Example e;
          e.must_fire = std::string(kind) == "fire";
          e.pos = PosOf(item, file_);
          std::string error;
          if (!ParseExample(item, r, &e, &error)) Fail(item, error);
          r.examples.push_back(std::move(e));
        }
      }
    }
    return r;
  }

 private:
  const std::string& file_;
  std::map<std::string, std::vector<std::string>>* sets_;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw RulebookError(SourcePos{path, 0, 0}, "cannot open rulebook");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

const Rule* Rulebook::Find(std::string_view id) const {
  for (const Rule& r : rules_) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

bool HasEmbeddedBook(std::string_view name) {
  for (const EmbeddedBook& b : EmbeddedBooks()) {
    if (b.name == name) return true;
  }
  return false;
}

void RulebookLoader::AddFile(const std::string& path) {
  const std::string key = fs::weakly_canonical(path).string();
  if (std::find(loaded_.begin(), loaded_.end(), key) != loaded_.end()) return;
  const std::string text = ReadFile(path);
  std::string dir = fs::path(path).parent_path().string();
  if (dir.empty()) dir = ".";  // "my.yaml": its neighbours are in the current directory
  AddBook(text, path, dir, false);
  loaded_.push_back(key);
}

void RulebookLoader::AddEmbedded(std::string_view name) {
  const std::string key = "embedded:" + std::string(name);
  if (std::find(loaded_.begin(), loaded_.end(), key) != loaded_.end()) return;
  for (const EmbeddedBook& b : EmbeddedBooks()) {
    if (b.name == name) {
      AddBook(b.text(), "rules/" + std::string(name) + ".yaml", "", /*embedded=*/true);
      loaded_.push_back(key);
      return;
    }
  }
  throw RulebookError(SourcePos{"<embedded>", 0, 0},
                      "no embedded rulebook '" + std::string(name) + "'");
}

void RulebookLoader::AddText(std::string_view yaml, const std::string& file) {
  AddBook(yaml, file, "", false);
}

// Embedded books are parsed once per process: a batch over several
// platforms compiles several combinations of the same books, and yaml-cpp's
// scanner is the slowest part of start-up.
static YAML::Node ParseYaml(std::string_view yaml, const std::string& file, bool cache) {
  static std::mutex mu;
  static std::map<const char*, YAML::Node> parsed;
  std::unique_lock<std::mutex> lock(mu, std::defer_lock);
  if (cache) {
    lock.lock();
    auto it = parsed.find(yaml.data());
    if (it != parsed.end()) return it->second;
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    throw RulebookError(SourcePos{file, e.mark.line + 1, e.mark.column + 1}, e.msg);
  }
  if (cache) parsed.emplace(yaml.data(), root);
  return root;
}

void RulebookLoader::AddBook(std::string_view yaml, const std::string& file, const std::string& dir,
                             bool embedded) {
  // const: a non-const operator[] could change the cached tree.
  const YAML::Node root = ParseYaml(yaml, file, embedded);
  BookParser p(file, &sets_);
  if (!root.IsMap()) p.Fail(root, "a rulebook is a mapping with name and rules");
  p.CheckKeys(root, {"name", "description", "extends", "disable", "sets", "rules"}, "rulebook");
  if (!root["name"]) p.Fail(root, "rulebook has no name");
  const std::string name = p.Scalar(root["name"], "name");
  if (std::find(loading_.begin(), loading_.end(), name) != loading_.end())
    p.Fail(root["name"], "rulebook '" + name + "' extends itself (cycle)");
  loading_.push_back(name);

  if (const YAML::Node ext = root["extends"]) {
    if (!ext.IsSequence()) p.Fail(ext, "extends is a list of book names or paths");
    for (const YAML::Node& e : ext) {
      const std::string target = p.Scalar(e, "extends");
      if (std::find(book_names_.begin(), book_names_.end(), target) != book_names_.end()) continue;
      fs::path candidate = fs::path(dir) / (target + ".yaml");
      fs::path literal = fs::path(dir) / target;
      try {
        if (!dir.empty() && fs::is_regular_file(literal) && literal.extension() == ".yaml") {
          AddFile(literal.string());
        } else if (!dir.empty() && fs::is_regular_file(candidate)) {
          AddFile(candidate.string());
        } else if (HasEmbeddedBook(target)) {
          AddEmbedded(target);
        } else {
          p.Fail(e, "cannot find rulebook '" + target + "' (no file " + candidate.string() +
                        " and no embedded book of that name)");
        }
      } catch (const RulebookError&) {
        loading_.pop_back();
        throw;
      }
    }
  }

  if (const YAML::Node sets = root["sets"]) {
    if (!sets.IsMap()) p.Fail(sets, "sets is a mapping of name: [phrases]");
    for (auto it = sets.begin(); it != sets.end(); ++it) {
      PhraseList l = p.Phrases(it->second, "set", "set " + it->first.Scalar());
      sets_[it->first.Scalar()] = l.phrases;
    }
  }

  if (const YAML::Node dis = root["disable"]) {
    if (!dis.IsSequence()) p.Fail(dis, "disable is a list of rule ids");
    for (const YAML::Node& d : dis) {
      const std::string id = p.Scalar(d, "disable");
      auto it =
          std::find_if(rules_.begin(), rules_.end(), [&](const Rule& r) { return r.id == id; });
      if (it == rules_.end()) p.Fail(d, "disable: no inherited rule '" + id + "'");
      rules_.erase(it);
    }
  }

  std::set<std::string> ids_here;
  if (const YAML::Node rules = root["rules"]) {
    if (!rules.IsSequence()) p.Fail(rules, "rules is a list");
    for (const YAML::Node& node : rules) {
      Rule r = p.ParseRule(node, name);
      if (!ids_here.insert(r.id).second) p.Fail(node["id"], "duplicate rule id '" + r.id + "'");
      const bool override = node["override"] && p.Bool(node["override"], "override");
      auto it =
          std::find_if(rules_.begin(), rules_.end(), [&](const Rule& x) { return x.id == r.id; });
      if (it != rules_.end()) {
        if (!override)
          p.Fail(node["id"], "rule '" + r.id + "' is already defined at " + it->pos.ToString() +
                                 "; say override: true to replace it");
        *it = std::move(r);
      } else {
        if (override) p.Fail(node["override"], "override: no inherited rule '" + r.id + "'");
        rules_.push_back(std::move(r));
      }
    }
  }
  loading_.pop_back();
  book_names_.push_back(name);
}

Rulebook RulebookLoader::Finish() const {
  Rulebook book;
  book.rules_ = rules_;
  book.books_ = book_names_;
  return book;
}

}  // namespace huashu::rules
