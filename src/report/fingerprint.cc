#include "huashu/report/fingerprint.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>

namespace huashu::report {
namespace {

namespace fs = std::filesystem;

std::string WithSlash(std::string s) {
  if (s.empty() || s.back() != '/') s += '/';
  return s;
}

std::string Normal(std::string_view path) {
  std::string s = fs::path(path).lexically_normal().generic_string();
  if (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

}  // namespace

ProjectPaths::ProjectPaths(std::string_view root) {
  if (root.empty()) return;
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  if (!ec) cwd_ = WithSlash(cwd.generic_string());
  fs::path r = fs::weakly_canonical(fs::absolute(fs::path(root), ec), ec);
  root_ = WithSlash(Normal(r.generic_string()));
}

std::string ProjectPaths::Absolute(std::string_view path) const {
  if (!path.empty() && path[0] == '/') return Normal(path);
  return Normal(cwd_ + std::string(path));
}

bool ProjectPaths::UnderRoot(std::string_view path) const {
  if (root_.empty()) return !path.empty() && path[0] != '/' && path != "-";
  if (path == "-" || path.empty()) return false;
  const std::string abs = Absolute(path);
  return abs.size() > root_.size() && abs.compare(0, root_.size(), root_) == 0;
}

std::string ProjectPaths::Map(std::string_view path) const {
  if (path == "-" || path.empty()) return std::string(path);
  if (root_.empty()) return Normal(path);
  const std::string abs = Absolute(path);
  if (abs.size() > root_.size() && abs.compare(0, root_.size(), root_) == 0)
    return abs.substr(root_.size());
  return abs;
}

std::string NormaliseText(std::string_view text) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    size_t n = 0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
      n = 1;
    else if (text.substr(i, 3) == "\xE3\x80\x80")
      n = 3;  // U+3000 ideographic space
    if (n) {
      space = true;
      i += n;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += text[i++];
  }
  return out;
}

FindingKey KeyOf(const Violation& v, const ProjectPaths& paths) {
  FindingKey k;
  k.rule = v.rule;
  if (!v.conversation.empty() && v.conversation == v.source.file)
    k.file = paths.Map(v.source.file);
  else
    k.conversation = v.conversation;
  k.text = NormaliseText(v.text);
  return k;
}

std::string Digest(const FindingKey& key) {
  uint64_t h = 14695981039346656037ull;
  auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
    h ^= 0xff;  // a separator no UTF-8 text contains
    h *= 1099511628211ull;
  };
  mix(key.rule);
  mix(key.file);
  mix(key.conversation);
  mix(key.text);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace huashu::report
