#include "config.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "huashu/report/writer.h"
#include "huashu/transcript/reader.h"

namespace huashu::cli {
namespace {

namespace fs = std::filesystem;

std::string Where(const std::string& file, const YAML::Mark& m) {
  if (m.line < 0) return file + ": ";
  return file + ":" + std::to_string(m.line + 1) + ":" + std::to_string(m.column + 1) + ": ";
}

[[noreturn]] void Fail(const std::string& file, const YAML::Node& at, const std::string& message) {
  throw ConfigError(Where(file, at.Mark()) + message);
}

std::string Scalar(const std::string& file, const std::string& key, const YAML::Node& n) {
  if (!n.IsScalar()) Fail(file, n, "'" + key + "' takes a string");
  return n.Scalar();
}

// A string or a list of strings.
std::vector<std::string> List(const std::string& file, const std::string& key,
                              const YAML::Node& n) {
  std::vector<std::string> out;
  if (n.IsScalar()) {
    out.push_back(n.Scalar());
  } else if (n.IsSequence()) {
    for (const YAML::Node& item : n) out.push_back(Scalar(file, key + " item", item));
  } else if (!n.IsNull()) {
    Fail(file, n, "'" + key + "' takes a string or a list of strings");
  }
  return out;
}

std::string OneOf(const std::string& file, const std::string& key, const YAML::Node& n,
                  const std::vector<std::string>& choices) {
  std::string v = Scalar(file, key, n);
  if (std::find(choices.begin(), choices.end(), v) == choices.end()) {
    std::string known;
    for (const auto& c : choices) known += (known.empty() ? "" : ", ") + c;
    Fail(file, n, "'" + key + "' takes one of " + known + ", not '" + v + "'");
  }
  return v;
}

const std::vector<std::string> kKeys = {
    "rules",   "files",   "platform", "channel", "input", "output",   "fail_on", "disable",
    "include", "exclude", "baseline", "lang",    "color", "encoding", "jobs",    "agent_pattern"};

}  // namespace

std::string ResolveAgainst(const std::string& dir, const std::string& path) {
  if (path.empty() || path == "-" || path[0] == '/' || dir.empty() || dir == ".") return path;
  return (fs::path(dir) / path).lexically_normal().generic_string();
}

std::string FindConfig(const std::string& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return "";
  dir = dir.lexically_normal();
  if (!dir.has_filename() && dir.has_relative_path()) dir = dir.parent_path();  // "a/b/" -> "a/b"
  std::string rel = start == "." ? "" : start;
  // Walk up by absolute path, but return a path as short as the user gave
  // (./.huashu.yaml, ../.huashu.yaml) so messages stay readable.
  for (int up = 0;; ++up) {
    const fs::path candidate = dir / kConfigName;
    if (fs::is_regular_file(candidate, ec)) {
      if (!start.empty() && start[0] == '/') return candidate.generic_string();
      std::string p = rel;
      for (int i = 0; i < up; ++i) p += "../";
      return (fs::path(p.empty() ? "." : p) / kConfigName).lexically_normal().generic_string();
    }
    if (!dir.has_relative_path()) return "";  // the root: nothing above
    dir = dir.parent_path();
    if (!rel.empty() && rel.back() != '/') rel += '/';
  }
}

FileConfig LoadConfig(const std::string& path) {
  FileConfig c;
  c.path = path;
  c.dir = fs::path(path).parent_path().generic_string();
  if (c.dir.empty()) c.dir = ".";
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::BadFile&) {
    throw ConfigError(path + ": cannot open");
  } catch (const YAML::Exception& e) {
    throw ConfigError(Where(path, e.mark) + e.msg);
  }
  if (root.IsNull()) return c;  // an empty file sets nothing
  if (!root.IsMap()) Fail(path, root, "a config file is a map of keys (rules:, fail_on:, ...)");
  std::set<std::string> seen;
  const std::string& f = path;
  for (const auto& kv : root) {
    const YAML::Node& k = kv.first;
    const YAML::Node& v = kv.second;
    std::string key = Scalar(f, "key", k);
    std::replace(key.begin(), key.end(), '-', '_');  // fail-on, like the flag
    if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) {
      std::string known;
      for (const auto& x : kKeys) known += (known.empty() ? "" : ", ") + x;
      Fail(f, k, "unknown key '" + k.Scalar() + "' (known: " + known + ")");
    }
    if (!seen.insert(key).second) Fail(f, k, "duplicate key '" + k.Scalar() + "'");
    auto paths = [&](std::vector<std::string> list) {
      for (auto& p : list) p = ResolveAgainst(c.dir, p);
      return list;
    };
    if (key == "rules") {
      c.rules = paths(List(f, key, v));
    } else if (key == "files") {
      c.files = paths(List(f, key, v));
    } else if (key == "disable") {
      c.disable = List(f, key, v);
    } else if (key == "include") {
      c.include = List(f, key, v);
    } else if (key == "exclude") {
      c.exclude = List(f, key, v);
    } else if (key == "output") {
      std::vector<std::string> outs = List(f, key, v);
      const std::vector<std::string> names = report::OutputFormatNames();
      for (std::string& o : outs) {
        const size_t colon = o.find(':');
        const std::string format = o.substr(0, colon);
        if (!report::ParseOutputFormat(format)) {
          std::string known;
          for (const auto& x : names) known += (known.empty() ? "" : ", ") + x;
          Fail(f, v, "'output' names no report format '" + format + "' (known: " + known + ")");
        }
        if (colon != std::string::npos)
          o = format + ":" + ResolveAgainst(c.dir, o.substr(colon + 1));
      }
      c.output = outs;
    } else if (key == "platform") {
      c.platform = Scalar(f, key, v);
    } else if (key == "channel") {
      c.channel = OneOf(f, key, v, {"call", "chat"});
    } else if (key == "input") {
      c.input = OneOf(f, key, v, transcript::InputFormatNames());
    } else if (key == "fail_on") {
      c.fail_on = OneOf(f, key, v, {"error", "warning", "info", "never"});
    } else if (key == "baseline") {
      c.baseline = ResolveAgainst(c.dir, Scalar(f, key, v));
    } else if (key == "lang") {
      c.lang = OneOf(f, key, v, {"zh", "en"});
    } else if (key == "color") {
      c.color = OneOf(f, key, v, {"auto", "always", "never"});
    } else if (key == "encoding") {
      c.encoding = Scalar(f, key, v);
    } else if (key == "agent_pattern") {
      c.agent_pattern = Scalar(f, key, v);
    } else if (key == "jobs") {
      int n = -1;
      if (!v.IsScalar() || !YAML::convert<int>::decode(v, n) || n < 0 || n > 256)
        Fail(f, v, "'jobs' takes a number from 0 (one per core) to 256");
      c.jobs = n;
    }
  }
  return c;
}

}  // namespace huashu::cli
