#include "huashu/rules/rulebook.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>

#include "book_tree.h"
#include "huashu/rules/embedded.h"
#include "huashu/rules/example.h"
#include "huashu/rules/rule_type.h"
#include "rule_reader.h"

namespace huashu::rules {
namespace {

namespace fs = std::filesystem;

const std::set<std::string> kCommonKeys = {
    "id",          "type",    "category",   "severity", "speaker",  "channel", "direction",
    "description", "message", "suggestion", "examples", "override", "source"};

// Reads one rule: the keys every rule has here, the type's own keys in its
// RuleType::Read.
Rule ParseRule(RuleReader& p, const YAML::Node& node, const std::string& book) {
  if (!node.IsMap()) p.Fail(node, "a rule is a mapping with id, type, category, ...");
  Rule r;
  r.book = book;
  r.pos = p.Pos(node);
  if (!node["id"]) p.Fail(node, "rule without id");
  r.id = p.Scalar(node["id"], "id");
  if (!node["type"]) p.Fail(node, "rule '" + r.id + "' has no type");
  const std::string type = p.Scalar(node["type"], "type");
  r.type = FindRuleType(type);
  if (!r.type) p.Fail(node["type"], "unknown rule type '" + type + "'");
  std::set<std::string> allowed = kCommonKeys;
  for (std::string_view k : r.type->keys()) allowed.insert(std::string(k));
  p.CheckKeys(node, allowed, "rule '" + r.id + "' of type " + type);

  if (!node["category"]) p.Fail(node, "rule '" + r.id + "' has no category");
  const std::string cat = p.Scalar(node["category"], "category");
  auto c = ParseCategory(cat);
  if (!c) p.Fail(node["category"], "unknown category '" + cat + "'");
  r.category = *c;
  if (node["severity"]) {
    const std::string s = p.Scalar(node["severity"], "severity");
    auto sev = ParseSeverity(s);
    if (!sev) p.Fail(node["severity"], "severity must be error, warning or info, got '" + s + "'");
    r.severity = *sev;
  }
  if (node["speaker"]) {
    const std::string s = p.Scalar(node["speaker"], "speaker");
    auto sp = ParseSpeakerScope(s);
    if (!sp) p.Fail(node["speaker"], "speaker must be agent, customer or any, got '" + s + "'");
    r.speaker = *sp;
  }
  if (node["channel"]) {
    const std::string s = p.Scalar(node["channel"], "channel");
    auto ch = ParseChannelScope(s);
    if (!ch) p.Fail(node["channel"], "channel must be call, chat or any, got '" + s + "'");
    r.channel = *ch;
  }
  if (node["direction"]) {
    const std::string s = p.Scalar(node["direction"], "direction");
    if (s != "any") {
      auto d = base::ParseDirection(s);
      if (!d)
        p.Fail(node["direction"], "direction must be inbound, outbound or any, got '" + s + "'");
      r.direction = *d;
    }
  }
  if (node["description"]) r.description = p.Scalar(node["description"], "description");
  if (!node["message"]) p.Fail(node, "rule '" + r.id + "' has no message");
  r.message = p.Scalar(node["message"], "message");
  // A {name} the type does not fill would be printed literally: a typo.
  for (size_t at = r.message.find('{'); at != std::string::npos; at = r.message.find('{', at + 1)) {
    const size_t close = r.message.find('}', at);
    if (close == std::string::npos) break;
    const std::string name = r.message.substr(at + 1, close - at - 1);
    if (name.empty() ||
        name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_0123456789") != std::string::npos)
      continue;
    const auto known = r.type->placeholders();
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    std::string list;
    for (std::string_view k : known) list += (list.empty() ? "{" : ", {") + std::string(k) + "}";
    p.Fail(node["message"], "rule '" + r.id + "': unknown placeholder {" + name +
                                "} in message (type " + type + " fills " +
                                (list.empty() ? "none" : list) + ")");
  }
  if (node["suggestion"]) r.suggestion = p.Scalar(node["suggestion"], "suggestion");
  if (node["source"]) {
    r.sources = p.Sources(node["source"]);
    for (const RuleSource& s : r.sources) {
      if (!r.clause.empty()) r.clause += "; ";
      r.clause += s.Clause();
    }
  }
  if (const YAML::Node v = node["variants"]) {
    if (!v.IsMap()) p.Fail(v, "variants is {noise: N, homophones: bool, repeats: bool}");
    p.CheckKeys(v, {"noise", "homophones", "repeats"}, "variants");
    if (v["noise"])
      r.variants.noise = static_cast<uint8_t>(std::min(p.Integer(v["noise"], "noise"), 8));
    if (v["homophones"]) r.variants.homophones = p.Bool(v["homophones"], "homophones");
    if (v["repeats"]) r.variants.repeats = p.Bool(v["repeats"], "repeats");
  }

  p.set_rule(node);
  r.type->Read(p, &r);

  if (const YAML::Node ex = node["examples"]) {
    if (!ex.IsMap()) p.Fail(ex, "examples is {fire: [...], pass: [...]}");
    p.CheckKeys(ex, {"fire", "pass"}, "examples");
    for (const char* kind : {"fire", "pass"}) {
      const YAML::Node list = ex[kind];
      if (!list) continue;
      if (!list.IsSequence()) p.Fail(list, std::string("examples.") + kind + " must be a list");
      for (const YAML::Node& item : list) {
        Example e;
        e.must_fire = std::string(kind) == "fire";
        e.pos = p.Pos(item);
        std::string error;
        if (!ParseExample(item, r, &e, &error)) p.Fail(item, error);
        r.examples.push_back(std::move(e));
      }
    }
  }
  return r;
}

// Errors about the file as a whole are reported at 1:1.
std::string ReadFile(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec))
    throw RulebookError(SourcePos{path, 1, 1}, "cannot read rulebook: is a directory");
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    throw RulebookError(SourcePos{path, 1, 1}, std::string("cannot open rulebook: ") +
                                                   (err ? std::strerror(err) : "unknown error"));
  }
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) {
    const int err = errno;
    throw RulebookError(SourcePos{path, 1, 1}, std::string("cannot read rulebook: ") +
                                                   (err ? std::strerror(err) : "read error"));
  }
  return s.str();
}

// yaml-cpp keeps one of two equal keys of a mapping without a word: a key
// written twice anywhere in a book is an error at the second one.
void CheckDuplicateKeys(const YAML::Node& node, const std::string& file, int depth = 0) {
  if (depth > 200) throw RulebookError(PosOf(node, file), "rulebook nested too deeply");
  if (node.IsMap()) {
    std::map<std::string, YAML::Mark> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (it->first.IsScalar()) {
        auto [at, fresh] = seen.emplace(it->first.Scalar(), it->first.Mark());
        if (!fresh)
          throw RulebookError(PosOf(it->first, file),
                              "key '" + it->first.Scalar() +
                                  "' written twice in one mapping (first at line " +
                                  std::to_string(at->second.line + 1) + ")");
      }
      CheckDuplicateKeys(it->second, file, depth + 1);
    }
  } else if (node.IsSequence()) {
    for (const YAML::Node& item : node) CheckDuplicateKeys(item, file, depth + 1);
  }
}

// A whole number of points, 0 to 100.
int Points(RuleReader& p, const YAML::Node& node, const std::string& what) {
  const int v = p.Integer(node, what, 0);
  if (v > base::ScoringModel::kFull)
    p.Fail(node, what + " must be at most " + std::to_string(base::ScoringModel::kFull));
  return v;
}

// Layers a book's `scoring:` section over *model: a key given replaces the
// earlier value, `rules` entries replace the entries of the same rule.
// `known` says whether a rule id names a rule loaded so far (this book's
// included).
template <typename Known>
void ReadScoring(RuleReader& p, const YAML::Node& node, Known known, base::ScoringModel* model) {
  if (!node.IsMap())
    p.Fail(node,
           "scoring is a mapping: {deduct: {error: 10, warning: 3, info: 1}, floor: 0, "
           "fail_score: 0, rules: {ID: {deduct: N | weight: X | auto_fail: true}}}");
  p.CheckKeys(node, {"deduct", "floor", "fail_score", "rules"}, "scoring");
  if (const YAML::Node d = node["deduct"]) {
    if (!d.IsMap()) p.Fail(d, "scoring.deduct is {error: N, warning: N, info: N}");
    p.CheckKeys(d, {"error", "warning", "info"}, "scoring.deduct");
    for (auto it = d.begin(); it != d.end(); ++it) {
      const std::string sev = it->first.Scalar();
      model->deduct[static_cast<int>(*ParseSeverity(sev))] =
          Points(p, it->second, "scoring.deduct." + sev);
    }
  }
  if (node["floor"]) model->floor = Points(p, node["floor"], "scoring.floor");
  if (node["fail_score"]) model->fail_score = Points(p, node["fail_score"], "scoring.fail_score");
  if (const YAML::Node rules = node["rules"]) {
    if (!rules.IsMap())
      p.Fail(rules,
             "scoring.rules is a mapping of rule id: {deduct: N | weight: X | auto_fail: "
             "true}");
    for (auto it = rules.begin(); it != rules.end(); ++it) {
      const std::string id = p.Scalar(it->first, "rule id");
      if (!known(id))
        p.Fail(it->first,
               "scoring.rules: no rule '" + id + "' in this book or the books loaded before it");
      const YAML::Node e = it->second;
      const std::string where = "scoring.rules." + id;
      if (!e.IsMap() || e.size() == 0)
        p.Fail(e, where + " is a mapping: {deduct: N}, {weight: X} and/or {auto_fail: true}");
      p.CheckKeys(e, {"deduct", "weight", "auto_fail"}, where);
      if (e["deduct"] && e["weight"])
        p.Fail(e["weight"], where +
                                ": give deduct (points per finding) or weight (times the "
                                "severity's points), not both");
      base::RuleScoring r;
      if (e["deduct"]) r.deduct = Points(p, e["deduct"], where + ".deduct");
      if (e["weight"]) {
        const double w = p.Number(e["weight"], where + ".weight", 0);
        if (w > base::ScoringModel::kFull)
          p.Fail(e["weight"],
                 where + ".weight must be at most " + std::to_string(base::ScoringModel::kFull));
        r.weight = w;
      }
      if (e["auto_fail"]) r.auto_fail = p.Bool(e["auto_fail"], where + ".auto_fail");
      model->rules[id] = r;
    }
  }
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
  // Never freed: it lives until the process ends, and freeing the trees of
  // every book then cost a one-line check 3 % of its instructions.
  static auto& parsed = *new std::map<const char*, YAML::Node>();
  std::unique_lock<std::mutex> lock(mu, std::defer_lock);
  if (cache) {
    lock.lock();
    auto it = parsed.find(yaml.data());
    if (it != parsed.end()) return it->second;
  }
  // An embedded book was parsed when the binary was built (book_tree.h).
  std::optional<YAML::Node> tree;
  if (cache) tree = PrebuiltTree(yaml);
  YAML::Node root;
  if (tree) {
    root = *tree;
  } else {
    try {
      root = YAML::Load(std::string(yaml));
    } catch (const YAML::Exception& e) {
      throw RulebookError(SourcePos{file, e.mark.line + 1, e.mark.column + 1}, e.msg);
    }
  }
  if (root.IsNull() || !root.IsDefined())
    throw RulebookError(SourcePos{file, 1, 1},
                        "empty rulebook: a rulebook is a mapping with name and rules");
  CheckDuplicateKeys(root, file);
  if (cache) parsed.emplace(yaml.data(), root);
  return root;
}

void RulebookLoader::AddBook(std::string_view yaml, const std::string& file, const std::string& dir,
                             bool embedded) {
  // const: a non-const operator[] could change the cached tree.
  const YAML::Node root = ParseYaml(yaml, file, embedded);
  RuleReader p(file, &sets_, &documents_);
  if (!root.IsMap()) p.Fail(root, "a rulebook is a mapping with name and rules");
  p.CheckKeys(
      root, {"name", "description", "extends", "disable", "sets", "documents", "rules", "scoring"},
      "rulebook");
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
    // A set may use earlier sets (@name): each use copies them, so a few
    // lines could double their size many times over. Phrases() bounds each
    // list; the sets of the load together are bounded here, set by set.
    size_t phrases = 0, bytes = 0;
    for (const auto& [set_name, list] : sets_) {
      phrases += list.size();
      for (const std::string& ph : list) bytes += ph.size();
    }
    for (auto it = sets.begin(); it != sets.end(); ++it) {
      PhraseList l = p.Phrases(it->second, PhraseRole::kCue, "set " + it->first.Scalar());
      phrases += l.phrases.size();
      for (const std::string& ph : l.phrases) bytes += ph.size();
      if (phrases > kMaxSetPhrases || bytes > kMaxSetBytes)
        p.Fail(it->first, "phrase sets expand to more than " + std::to_string(kMaxSetPhrases) +
                              " phrases or " + std::to_string(kMaxSetBytes >> 20) +
                              " MiB in all (sets that use sets multiply)");
      sets_[it->first.Scalar()] = l.phrases;
    }
  }

  // The reference documents its rules cite: id -> title. A book may declare
  // a document an earlier book declared, with the same title.
  if (const YAML::Node docs = root["documents"]) {
    if (!docs.IsMap()) p.Fail(docs, "documents is a mapping of id: title");
    for (auto it = docs.begin(); it != docs.end(); ++it) {
      Document d{p.Scalar(it->first, "document id"), p.Scalar(it->second, "document title"),
                 p.Pos(it->first)};
      if (d.id.empty() || d.title.empty()) p.Fail(it->first, "a document needs an id and a title");
      auto [at, fresh] = documents_.emplace(d.id, d);
      if (!fresh && at->second.title != d.title)
        p.Fail(it->second, "document '" + d.id + "' is declared at " + at->second.pos.ToString() +
                               " with another title");
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
      Rule r = ParseRule(p, node, name);
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
  // After the rules: the section may name this book's own rules.
  if (const YAML::Node scoring = root["scoring"]) {
    ReadScoring(
        p, scoring,
        [&](const std::string& id) {
          return std::any_of(rules_.begin(), rules_.end(),
                             [&](const Rule& r) { return r.id == id; });
        },
        &scoring_);
  }
  loading_.pop_back();
  book_names_.push_back(name);
}

Rulebook RulebookLoader::Finish() const& {
  Rulebook book;
  book.rules_ = rules_;
  book.books_ = book_names_;
  book.documents_ = documents_;
  book.scoring_ = scoring_;
  return book;
}

Rulebook RulebookLoader::Finish() && {
  Rulebook book;
  book.rules_ = std::move(rules_);
  book.books_ = std::move(book_names_);
  book.documents_ = std::move(documents_);
  book.scoring_ = std::move(scoring_);
  return book;
}

}  // namespace huashu::rules
