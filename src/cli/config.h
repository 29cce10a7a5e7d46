// .huashu.yaml: the settings of `huashu check` for a project, the way
// .vale.ini or .semgrep.yml work. `huashu check` looks for the file in the
// current directory and each directory above it up to the file-system root
// (the first found wins); `--config FILE` names one, `--no-config` ignores
// any. A flag given on the command line overrides the file's setting; a
// list given on the command line replaces the file's, except `disable`,
// which adds to it. docs/ci.md describes every key.
//
// Paths in the file (rules, files, baseline, the FILE of output) are
// relative to the file's directory, which is also the project root that
// SARIF and baselines name files against.

#ifndef HUASHU_SRC_CLI_CONFIG_H_
#define HUASHU_SRC_CLI_CONFIG_H_

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace huashu::cli {

inline constexpr const char* kConfigName = ".huashu.yaml";

// A config file that cannot be read or is wrong. what() is
// "file:line:col: message" (1-based) when the place is known.
class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct FileConfig {
  std::string path;  // the file read
  std::string dir;   // its directory ("." for ./.huashu.yaml)
  // Unset: the file does not say. Paths are already resolved against `dir`.
  std::optional<std::vector<std::string>> rules, files, disable, include, exclude, output;
  std::optional<std::string> platform, channel, input, fail_on, baseline, lang, agent_pattern,
      encoding, color;
  std::optional<int> jobs;
};

// Returns the path of the nearest .huashu.yaml in `start` or a directory
// above it (as `start` joined with "../" steps, or absolute when `start`
// is), or "" if there is none up to the root.
std::string FindConfig(const std::string& start = ".");

// Reads and checks `path`. Throws ConfigError: unknown keys, values of the
// wrong type or not among the choices, YAML syntax errors, all with the
// position of the offending node.
FileConfig LoadConfig(const std::string& path);

// Resolves `path` (relative to a config file's directory `dir`) to a path
// usable from the current directory. Absolute paths and "-" are kept.
std::string ResolveAgainst(const std::string& dir, const std::string& path);

}  // namespace huashu::cli

#endif  // HUASHU_SRC_CLI_CONFIG_H_
