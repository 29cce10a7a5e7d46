// The subcommands of the huashu binary.

#ifndef HUASHU_SRC_CLI_COMMANDS_H_
#define HUASHU_SRC_CLI_COMMANDS_H_

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "huashu/match/pii.h"

namespace huashu::cli {

// `message` with personal data masked (docs/matching.md): every error a
// command prints quoting what it read (a report, a review file, a baseline,
// a rulebook, a JSON parser's "last read" excerpt) goes through it.
inline std::string Masked(std::string message) {
  match::MaskInPlace(&message);
  return message;
}

struct CheckOptions {
  // Options given on the command line (long names without dashes, as in
  // "fail-on"): these override the config file (config.h).
  std::set<std::string> given;
  std::string config;      // --config FILE; "" = look for .huashu.yaml
  bool no_config = false;  // --no-config
  bool quiet = false;      // --quiet: no notes on stderr, only errors
  bool verbose = false;    // --verbose: say which config, baseline and outputs were used
  std::string lang;        // --lang (already applied when given); the config's applies otherwise
  std::string baseline;    // --baseline FILE: report only findings not in it
  std::string write_baseline;  // --write-baseline FILE: record every finding in it
  std::vector<std::string> files;
  std::vector<std::string> rules;
  std::string platform;
  std::string channel;
  std::string input = "auto";
  std::vector<std::string> output;  // FORMAT or FORMAT:FILE each; none = json to stdout
  std::string fail_on = "error";
  std::string agent_pattern;
  std::string color = "auto";
  int jobs = 0;                      // 0 = one per core
  std::vector<std::string> disable;  // rule ids switched off for this run
  std::string shard;                 // "K/N": check only every N-th record, starting at K
  bool context = false;              // --context: JSON findings carry the sentence around them
  int agent_speaker = -1;            // FunASR `spk` of the agent; -1: the first speaker
  // Input layer (transcript::ReaderOptions, transcript::InputSetOptions).
  std::string encoding;              // "" = detect
  std::vector<std::string> include;  // globs for files found in directories
  std::vector<std::string> exclude;
  size_t max_record_size = 0;  // bytes; 0 = transcript::kDefaultMaxRecordBytes
};

// Each returns the process exit status (0, 1 or 2; see DESIGN.md).
// huashu explain: what every rule made of each candidate hit.
struct ExplainOptions {
  std::vector<std::string> texts;  // turns given on the command line
  std::string file;                // or a file of conversations
  std::vector<std::string> rules;
  std::string platform;
  std::string channel;
};

// huashu merge: reports of `check --shard K/N` runs, K = 0 .. N-1 (in order
// unless the reports record their shard).
struct MergeOptions {
  std::vector<std::string> files;
  std::string output = "json";
  // The reports are of consecutive parts of the input in input order (runs
  // over some of the files each, or pieces of standard input), not shards.
  bool parts = false;
  // Merge the shards given even if some of the run's are missing (reports
  // that record their shard only); the summary's "shards" names those
  // covered.
  bool allow_partial = false;
};

// huashu stats: rule-noise statistics from reports (docs/operations.md).
struct StatsOptions {
  std::vector<std::string> reports;    // JSON or JSON Lines reports of huashu check
  std::vector<std::string> rules;      // --rules: the books in force, as for check
  std::vector<std::string> platforms;  // --platform (repeatable): add those platforms' books
  std::string verdicts;                // --verdicts: a review file filled in (huashu sample)
  std::string output = "text";         // text | json
};

// huashu sample: a review file of sampled findings, or (accept) a baseline
// from a reviewed one (docs/operations.md).
struct SampleOptions {
  std::vector<std::string> reports;
  long size = 0;               // --size: findings to draw (at most)
  long per_rule = 0;           // --per-rule: at most this many of one rule; 0 = no limit
  uint64_t seed = 1;           // --seed
  std::string stratify;        // "" | rule | agent
  std::string output;          // -o FILE; "" = standard output
  std::string accept;          // --accept FILE: a reviewed file ...
  std::string write_baseline;  // ... whose fp rows go into this baseline
  bool quiet = false;
};

int RunCheck(const CheckOptions& options);
int RunStats(const StatsOptions& options);
int RunSample(const SampleOptions& options);
int RunMerge(const MergeOptions& options);
int RunExplain(const ExplainOptions& options);
// output: "text" (a table with a header) or "json" (an array, for scripts).
int RunRulesList(const std::vector<std::string>& rules, const std::string& output = "text");
// Prints the catalogue of shipped books (rules/catalogue.json).
int RunRulesBooks();
int RunRulesExplain(const std::vector<std::string>& rules, const std::string& id);
int RunRulesTest(const std::vector<std::string>& files);
// Prints every word of every forbidden rule once (for other tools, e.g. grep -F -f).
int RunRulesWords(const std::vector<std::string>& rules);
// Prints the coverage table of the reference documents (rules/coverage.h)
// as Markdown; `gaps`: a gap list file (default: the embedded one, used only
// with the embedded books).
int RunRulesCoverage(const std::vector<std::string>& rules, const std::string& gaps);
// `huashu --version`: the program's version and the embedded books' names
// and versions.
std::string VersionText();

}  // namespace huashu::cli

#endif  // HUASHU_SRC_CLI_COMMANDS_H_
