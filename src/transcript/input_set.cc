#include "huashu/transcript/input_set.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "readers.h"

namespace huashu::transcript {
namespace {

namespace fs = std::filesystem;

// Glob matching over [g, g_end) and [p, p_end) with backtracking for '*'
// and '**' (linear enough for path-sized inputs).
bool Match(std::string_view g, std::string_view p) {
  size_t gi = 0, pi = 0;
  size_t star_g = std::string_view::npos, star_p = 0;
  bool star_crosses = false;
  while (pi < p.size()) {
    if (gi < g.size()) {
      const char c = g[gi];
      if (c == '*') {
        const bool dbl = gi + 1 < g.size() && g[gi + 1] == '*';
        gi += dbl ? 2 : 1;
        // "**/" also matches no directory at all.
        if (dbl && gi < g.size() && g[gi] == '/') {
          if (Match(g.substr(gi + 1), p.substr(pi))) return true;
        }
        star_g = gi;
        star_p = pi;
        star_crosses = dbl;
        continue;
      }
      if (c == '?' && p[pi] != '/') {
        ++gi, ++pi;
        continue;
      }
      if (c == '[') {
        const size_t close = g.find(']', gi + 2);
        if (close != std::string_view::npos) {
          std::string_view set = g.substr(gi + 1, close - gi - 1);
          bool negate = !set.empty() && (set[0] == '!' || set[0] == '^');
          if (negate) set.remove_prefix(1);
          bool hit = false;
          for (size_t k = 0; k < set.size(); ++k) {
            if (k + 2 < set.size() && set[k + 1] == '-') {
              hit = hit || (p[pi] >= set[k] && p[pi] <= set[k + 2]);
              k += 2;
            } else {
              hit = hit || p[pi] == set[k];
            }
          }
          if (hit != negate && p[pi] != '/') {
            gi = close + 1, ++pi;
            continue;
          }
        } else if (p[pi] == '[') {
          ++gi, ++pi;
          continue;
        }
      } else if (c != '?' && c == p[pi]) {
        ++gi, ++pi;
        continue;
      }
    }
    // Mismatch: let the last star take one more character.
    if (star_g == std::string_view::npos) return false;
    if (!star_crosses && p[star_p] == '/') return false;
    ++star_p;
    pi = star_p;
    gi = star_g;
  }
  while (gi < g.size() && g[gi] == '*') ++gi;
  return gi == g.size();
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
      ReadError e{dir.string(), 0, 0, "cannot read the directory: " + ec.message()};
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
        set.errors.push_back({arg, 0, 0,
                              "directory holds no file to read (hidden and binary files are "
                              "skipped; see --include/--exclude)",
                              false});
      continue;
    }
    set.files.push_back(arg);  // opened (or reported unopenable) by OpenInput
  }
  return set;
}

}  // namespace huashu::transcript
