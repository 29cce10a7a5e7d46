#include "huashu/transcript/input_set.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "huashu/base/messages.h"
#include "readers.h"

namespace huashu::transcript {
namespace {

namespace fs = std::filesystem;

// Glob matching; paths and globs are short, so plain recursion will do.
bool Match(std::string_view g, std::string_view p) {
  if (g.empty()) return p.empty();
  if (g.substr(0, 2) == "**") {
    std::string_view rest = g.substr(2);
    if (!rest.empty() && rest[0] == '/') {
      if (Match(rest.substr(1), p)) return true;  // "**/" may match no directory
    }
    for (size_t i = 0; i <= p.size(); ++i)
      if (Match(rest, p.substr(i))) return true;
    return false;
  }
  if (g[0] == '*') {
    for (size_t i = 0; i <= p.size(); ++i) {
      if (Match(g.substr(1), p.substr(i))) return true;
      if (i < p.size() && p[i] == '/') break;  // '*' stays inside one name
    }
    return false;
  }
  if (p.empty()) return false;
  if (g[0] == '?') return p[0] != '/' && Match(g.substr(1), p.substr(1));
  if (g[0] == '[') {
    const size_t close = g.find(']', 2);
    if (close != std::string_view::npos) {
      std::string_view set = g.substr(1, close - 1);
      const bool negate = set[0] == '!' || set[0] == '^';
      if (negate) set.remove_prefix(1);
      bool hit = false;
      for (size_t k = 0; k < set.size(); ++k) {
        if (k + 2 < set.size() && set[k + 1] == '-') {
          hit = hit || (p[0] >= set[k] && p[0] <= set[k + 2]);
          k += 2;
        } else {
          hit = hit || p[0] == set[k];
        }
      }
      return hit != negate && p[0] != '/' && Match(g.substr(close + 1), p.substr(1));
    }
  }
  return g[0] == p[0] && Match(g.substr(1), p.substr(1));
}

bool Hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

bool IsBinary(const fs::path& p) {
  std::FILE* f = std::fopen(p.c_str(), "rb");
  if (!f) return false;  // the reader will say why it cannot be opened
  char buf[8192];
  const size_t n = std::fread(buf, 1, sizeof buf, f);
  const bool whole = n < sizeof buf;
  std::fclose(f);
  return DetectEncoding(std::string_view(buf, n), whole).kind == EncodingGuess::kBinary;
}

struct Walker {
  const InputSetOptions& options;
  InputSet* out;
  fs::path root;

  bool Excluded(const std::string& rel, const std::string& name) const {
    for (const std::string& g : options.exclude)
      if (GlobMatch(g, g.find('/') == std::string::npos ? name : rel)) return true;
    return false;
  }
  bool Included(const std::string& rel, const std::string& name) const {
    if (options.include.empty()) return true;
    for (const std::string& g : options.include)
      if (GlobMatch(g, g.find('/') == std::string::npos ? name : rel)) return true;
    return false;
  }

  void Walk(const fs::path& dir) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      ReadError e{dir.string(), 0, 0, base::Msg("read.cannot_read_dir", {ec.message()})};
      e.io = true;
      out->errors.push_back(std::move(e));
      return;
    }
    std::vector<fs::directory_entry> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      entries.push_back(*it);
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.path().native() < b.path().native(); });
    for (const auto& entry : entries) {
      const fs::path& p = entry.path();
      if (Hidden(p)) {
        ++out->skipped_hidden;
        continue;
      }
      const std::string name = p.filename().string();
      const std::string rel = p.lexically_relative(root).generic_string();
      std::error_code e2;
      if (entry.is_directory(e2)) {
        if (entry.is_symlink(e2)) continue;  // no loops
        if (Excluded(rel, name)) continue;
        Walk(p);
        continue;
      }
      if (!entry.is_regular_file(e2)) continue;
      if (Excluded(rel, name) || !Included(rel, name)) continue;
      if (IsBinary(p)) {
        ++out->skipped_binary;
        continue;
      }
      out->files.push_back(p.string());
    }
  }
};

}  // namespace

bool GlobMatch(std::string_view glob, std::string_view path) { return Match(glob, path); }

InputSet ExpandInputs(const std::vector<std::string>& args, const InputSetOptions& options) {
  InputSet set;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (arg != "-" && fs::is_directory(arg, ec)) {
      const size_t before = set.files.size();
      Walker w{options, &set, fs::path(arg)};
      w.Walk(fs::path(arg));
      if (set.files.size() == before)
        set.errors.push_back({arg, 0, 0, base::Msg("read.empty_dir"), false});
      continue;
    }
    set.files.push_back(arg);  // opened (or reported unopenable) by OpenInput
  }
  return set;
}

}  // namespace huashu::transcript
