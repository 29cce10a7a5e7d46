// `huashu completion bash`: a bash completion script generated from the
// command-line definition itself, so it never lags behind the options.

#ifndef HUASHU_SRC_CLI_COMPLETION_H_
#define HUASHU_SRC_CLI_COMPLETION_H_

#include <CLI/CLI.hpp>
#include <map>
#include <string>
#include <vector>

namespace huashu::cli {

// The script for `app`: completes subcommands, options of the subcommand
// typed so far, and `values` (option long name without dashes -> the
// words it takes) after such an option; anything else completes file names.
// A key "SUBCOMMAND:NAME" ("stats:output") overrides NAME for that
// subcommand; an empty list there means file names.
std::string BashCompletion(const CLI::App& app,
                           const std::map<std::string, std::vector<std::string>>& values);

}  // namespace huashu::cli

#endif  // HUASHU_SRC_CLI_COMPLETION_H_
