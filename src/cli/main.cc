// huashu: checks Chinese customer-service conversations against a rulebook.
// Argument parsing only; the work is in the subcommands (commands.h).

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "commands.h"
#include "completion.h"
#include "huashu/base/messages.h"
#include "huashu/report/writer.h"
#include "huashu/transcript/reader.h"

namespace {

// Output that could not be written (a full disk, > /dev/full, a closed
// pipe) is a failure, exit 2, whatever the command would have said.
int FinishOutput(int rc) {
  errno = 0;
  std::cout.flush();
  const bool cout_failed = !std::cout;
  int err = errno;
  const bool flush_failed = std::fflush(stdout) != 0;
  if (errno) err = errno;
  if (flush_failed || std::ferror(stdout) || cout_failed) {
    std::fprintf(stderr, "huashu: cannot write the output: %s\n",
                 err ? std::strerror(err) : "write error");
    return 2;
  }
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  using huashu::cli::CheckOptions;
  CLI::App app{"huashu 话术 — 客服会话合规检查 (Chinese customer-service conversation checker)"};
  // The books' versions come from the embedded catalogue, read only when asked.
  app.set_version_flag("--version", std::function<std::string()>(huashu::cli::VersionText),
                       "Print the version of huashu and of its embedded rulebooks");
  app.require_subcommand(1);
  // Options of the whole program may come after the subcommand too.
  app.fallthrough();
  app.name("huashu");
  std::string lang;
  app.add_option("--lang", lang,
                 "Language of messages: zh or en (default: zh for a Chinese locale, LANG=zh_*)");

  CheckOptions check;
  CLI::App* cmd =
      app.add_subcommand("check", "Check conversations, chat exports or script templates");
  cmd->add_option("files", check.files,
                  "Input files or directories (walked); - or none for standard input");
  // Repeatable options take one value each, so that input files after them
  // are not swallowed: --rules a.yaml --rules b.yaml in.jsonl
  auto one_each = [](CLI::Option* o) {
    return o->expected(1)->allow_extra_args(false)->multi_option_policy(
        CLI::MultiOptionPolicy::TakeAll);
  };
  one_each(cmd->add_option("--rules", check.rules,
                           "Rulebook file (repeatable; replaces the embedded default books)"));
  cmd->add_option("--platform", check.platform,
                  "Marketplace for every conversation: pinduoduo, taobao, tmall, jd, douyin");
  cmd->add_option("--channel", check.channel, "Force the channel of every conversation")
      ->check(CLI::IsMember({"call", "chat"}));
  cmd->add_option("--input", check.input, "Input format (default: auto, by content)")
      ->check(CLI::IsMember(huashu::transcript::InputFormatNames()));
  // -o FORMAT[:FILE], repeatable: one run writes SARIF to a file and text
  // to the terminal. Formats are those report::MakeWriter knows.
  std::string formats;
  for (const auto& n : huashu::report::OutputFormatNames())
    formats += (formats.empty() ? "" : "|") + n;
  one_each(cmd->add_option("--output,-o", check.output,
                           "Report FORMAT (" + formats +
                               "; default: json) to standard output, or to FILE; repeatable, "
                               "at most one to standard output"))
      ->type_name("FORMAT[:FILE]")
      ->check(CLI::Validator(
          [](std::string& spec) -> std::string {
            const std::string name = spec.substr(0, spec.find(':'));
            if (huashu::report::ParseOutputFormat(name)) return "";
            std::string known;
            for (const auto& n : huashu::report::OutputFormatNames())
              known += (known.empty() ? "" : ", ") + n;
            return "no report format '" + name + "' (known: " + known + ")";
          },
          "", "FORMAT"));
  cmd->add_option("--fail-on", check.fail_on,
                  "Exit 1 when a finding at or above this severity exists (default: error)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  cmd->add_option("--agent-pattern", check.agent_pattern,
                  "Regex of chat sender names that are the agent (chat exports)");
  cmd->add_option("--agent-speaker", check.agent_speaker,
                  "Speech-recognition results: the speaker or channel number of the agent "
                  "(default: whoever speaks first)")
      ->check(CLI::Range(0, 1000));
  // Input layer: encodings, directories, record size (docs/formats.md).
  cmd->add_option("--encoding", check.encoding,
                  "Character encoding of every input (GB18030, GBK, UTF-16LE, ...; default: "
                  "detected)");
  one_each(cmd->add_option("--include", check.include,
                           "Glob: read only matching files found in directories (repeatable)"));
  one_each(cmd->add_option("--exclude", check.exclude,
                           "Glob: skip matching files and directories found in directories "
                           "(repeatable)"));
  cmd->add_option("--max-record-size", check.max_record_size,
                  "Refuse a record (line or JSON document) above this many bytes (default: "
                  "64 MiB)")
      ->check(CLI::Range(size_t{1}, size_t{1} << 40));
  cmd->add_option("--color", check.color, "Colour in the text report: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("-j,--jobs", check.jobs, "Worker threads (default: one per core)")
      ->check(CLI::Range(0, 256));
  one_each(
      cmd->add_option("--disable", check.disable, "Switch a rule off for this run (repeatable)"));
  // CI: project settings, baselines, quiet runs (docs/ci.md).
  cmd->add_option("--config", check.config,
                  "Settings file (default: the nearest .huashu.yaml in this directory or above)");
  cmd->add_flag("--no-config", check.no_config, "Ignore any .huashu.yaml");
  cmd->add_option("--baseline", check.baseline,
                  "Report only findings not recorded in this baseline file (exit status too)");
  cmd->add_option("--write-baseline", check.write_baseline,
                  "Record every finding of this run in this baseline file, exit 0");
  cmd->add_flag("-q,--quiet", check.quiet, "No notes on standard error, only errors");
  cmd->add_flag("-v,--verbose", check.verbose,
                "Say on standard error which config, baseline and report files were used");
  cmd->add_flag("--context", check.context,
                "JSON and JSON Lines reports: each finding in a turn carries the sentence "
                "around it (personal data masked), which huashu merge -o html shows");
  cmd->add_option("--shard", check.shard,
                  "K/N: check only records K, K+N, K+2N, ... (0 <= K < N, counted from 0 "
                  "over all files in order), to split a batch across N machines");

  CLI::App* rules = app.add_subcommand("rules", "List, explain and self-test rulebooks");
  rules->require_subcommand(1);
  std::vector<std::string> list_rules, explain_rules, test_files;
  std::string explain_id;
  CLI::App* list = rules->add_subcommand("list", "List the rules in force");
  one_each(list->add_option("--rules", list_rules, "Rulebook file (default: every embedded book)"));
  std::string list_output = "text";
  list->add_option("--output,-o", list_output, "text (a table) or json (for scripts)")
      ->check(CLI::IsMember({"text", "json"}));
  bool list_books = false;
  list->add_flag("--books", list_books,
                 "List the shipped books instead (rules/catalogue.json: name, when it applies, "
                 "version, description)");
  CLI::App* explain =
      rules->add_subcommand("explain", "Explain one rule: what it checks, its words, its examples");
  explain->add_option("id", explain_id, "Rule id")->required();
  one_each(explain->add_option("--rules", explain_rules,
                               "Rulebook file (default: every embedded book)"));
  std::vector<std::string> words_rules;
  CLI::App* words = rules->add_subcommand(
      "words", "Print every forbidden word once (for grep -F -f and other tools)");
  one_each(
      words->add_option("--rules", words_rules, "Rulebook file (default: every embedded book)"));
  CLI::App* test = rules->add_subcommand("test", "Run every rule's own examples");
  test->add_option("files", test_files, "Rulebook files (default: every embedded book)");
  std::vector<std::string> coverage_rules;
  std::string coverage_gaps;
  CLI::App* coverage = rules->add_subcommand(
      "coverage",
      "Print, as Markdown, which requirements of the reference documents the rules "
      "enforce and why the others are left out (docs/coverage.md)");
  one_each(coverage->add_option("--rules", coverage_rules,
                                "Rulebook file (default: every embedded book)"));
  coverage->add_option("--gaps", coverage_gaps,
                       "The requirements left out, YAML (default with the embedded books: "
                       "rules/coverage-gaps.yaml as embedded)");

  huashu::cli::ExplainOptions why;
  CLI::App* explain_cmd = app.add_subcommand(
      "explain",
      "Show every candidate hit in a sentence or conversation and why it was reported or set "
      "aside (allow phrase, condition), and which rules did not judge it");
  explain_cmd->add_option("texts", why.texts,
                          "Turns: 客户：… / 客服：…, or the agent's words (one argument a turn)");
  explain_cmd->add_option("--file", why.file, "A file of conversations instead (any input format)");
  one_each(
      explain_cmd->add_option("--rules", why.rules, "Rulebook file (default: embedded books)"));
  explain_cmd->add_option("--platform", why.platform, "Marketplace of the conversation");
  explain_cmd->add_option("--channel", why.channel, "call or chat")
      ->check(CLI::IsMember({"call", "chat"}));

  std::string shell;
  CLI::App* completion = app.add_subcommand(
      "completion", "Print a shell completion script: source <(huashu completion bash)");
  completion->add_option("shell", shell, "The shell (bash)")
      ->required()
      ->check(CLI::IsMember({"bash"}));
  huashu::cli::MergeOptions merge;
  CLI::App* merge_cmd = app.add_subcommand(
      "merge",
      "Combine the JSON reports of check --shard 0/N .. N-1/N (each once) into the "
      "report one run would have written");
  merge_cmd->add_option("reports", merge.files, "JSON reports of the shards, shard 0 first")
      ->required();
  merge_cmd->add_option("--output,-o", merge.output, "Report format (default: json)")
      ->check(CLI::IsMember({"json", "jsonl", "html"}));
  merge_cmd->add_flag("--parts", merge.parts,
                      "The reports are of consecutive parts of the input, in input order (runs "
                      "over some of the files each, or pieces of standard input), not shards");
  merge_cmd->add_flag("--allow-partial", merge.allow_partial,
                      "Merge the shards given even if some of the run's are missing (the "
                      "summary's \"shards\" names those covered)");

  huashu::cli::StatsOptions stats;
  CLI::App* stats_cmd = app.add_subcommand(
      "stats",
      "Rule-noise statistics from reports of huashu check: fires per 1,000 conversations and "
      "agent turns, share of conversations, rules that never fired, idle allow-lists and "
      "conditions, precision from reviewers' verdicts");
  stats_cmd->add_option("reports", stats.reports, "JSON or JSON Lines reports of huashu check")
      ->required();
  one_each(stats_cmd->add_option("--rules", stats.rules,
                                 "Rulebook file of the check (repeatable; default: the embedded "
                                 "books the reports name)"));
  one_each(stats_cmd->add_option("--platform", stats.platforms,
                                 "Add this marketplace's book to the books in force "
                                 "(repeatable)"));
  stats_cmd->add_option("--verdicts", stats.verdicts,
                        "A review file written by huashu sample, verdict column filled in "
                        "(tp/fp): precision per rule");
  stats_cmd->add_option("--output,-o", stats.output, "text (a table) or json")
      ->check(CLI::IsMember({"text", "json"}));

  huashu::cli::SampleOptions sample;
  CLI::App* sample_cmd = app.add_subcommand(
      "sample",
      "Draw a reproducible random sample of findings from reports into a CSV for reviewers "
      "(verdict column: tp/fp); --accept a reviewed CSV to write its fp findings into a "
      "baseline");
  sample_cmd->add_option("reports", sample.reports, "JSON or JSON Lines reports of huashu check");
  sample_cmd->add_option("--size", sample.size, "How many findings to draw (at most)")
      ->check(CLI::Range(1L, 100000000L));
  sample_cmd->add_option("--per-rule", sample.per_rule, "At most this many findings of one rule")
      ->check(CLI::Range(1L, 100000000L));
  sample_cmd->add_option("--seed", sample.seed, "Seed: the same seed draws the same sample");
  sample_cmd
      ->add_option("--stratify", sample.stratify, "Share the sample evenly among rules or agents")
      ->check(CLI::IsMember({"rule", "agent"}));
  sample_cmd->add_option("--output,-o", sample.output, "Write the CSV to FILE (default: stdout)");
  sample_cmd->add_option("--accept", sample.accept,
                         "A reviewed CSV: write its findings marked fp into --write-baseline");
  sample_cmd->add_option("--write-baseline", sample.write_baseline,
                         "The baseline file for --accept (added to when it exists)");
  sample_cmd->add_flag("-q,--quiet", sample.quiet, "No note on standard error");

  // Bare `huashu`: the usage, not only "a subcommand is required".
  if (argc <= 1) {
    std::fputs(app.help().c_str(), stdout);
    return 2;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);  // --help and --version print here
    return FinishOutput(code == 0 ? 0 : 2);
  }
  if (!lang.empty()) {
    huashu::base::Lang l;
    if (!huashu::base::ParseLang(lang, &l)) {
      std::fprintf(stderr, "%s%s\n", huashu::base::Msg("cli.prefix").c_str(),
                   huashu::base::Msg("cli.lang", {lang}).c_str());
      return 2;
    }
    huashu::base::SetLang(l);
  }
  if (cmd->parsed()) {
    // What the command line said overrides the config file.
    for (const CLI::Option* o : cmd->get_options())
      if (o->count() > 0 && !o->get_lnames().empty()) check.given.insert(o->get_lnames()[0]);
    check.lang = lang;
    return huashu::cli::RunCheck(check);
  }
  if (completion->parsed()) {
    std::vector<std::string> outputs = huashu::report::OutputFormatNames();
    const std::map<std::string, std::vector<std::string>> values = {
        {"output", outputs},
        {"fail-on", {"error", "warning", "info", "never"}},
        {"channel", {"call", "chat"}},
        {"input", huashu::transcript::InputFormatNames()},
        {"color", {"auto", "always", "never"}},
        {"lang", {"zh", "en"}},
        {"platform", {"pinduoduo", "taobao", "tmall", "jd", "douyin"}},
        {"stratify", {"rule", "agent"}},
        {"stats:output", {"text", "json"}},
        {"sample:output", {}},  // a file
        {"merge:output", {"json", "jsonl", "html"}}};
    std::fputs(huashu::cli::BashCompletion(app, values).c_str(), stdout);
    return FinishOutput(0);
  }
  if (merge_cmd->parsed()) return FinishOutput(huashu::cli::RunMerge(merge));
  if (stats_cmd->parsed()) return FinishOutput(huashu::cli::RunStats(stats));
  if (sample_cmd->parsed()) {
    const bool accepting = !sample.accept.empty() || !sample.write_baseline.empty();
    if (accepting &&
        (sample.accept.empty() || sample.write_baseline.empty() || !sample.reports.empty())) {
      std::fprintf(stderr,
                   "huashu sample: --accept FILE and --write-baseline OUT go together, without "
                   "reports\n");
      return 2;
    }
    if (!accepting && (sample.reports.empty() || sample.size <= 0)) {
      std::fprintf(stderr, "huashu sample: give reports and --size N\n");
      return 2;
    }
    return FinishOutput(huashu::cli::RunSample(sample));
  }
  if (explain_cmd->parsed()) {
    if (why.texts.empty() == why.file.empty()) {
      std::fprintf(stderr, "huashu explain: give the turns as arguments, or --file FILE\n");
      return 2;
    }
    return FinishOutput(huashu::cli::RunExplain(why));
  }
  if (list->parsed())
    return FinishOutput(list_books ? huashu::cli::RunRulesBooks()
                                   : huashu::cli::RunRulesList(list_rules, list_output));
  if (explain->parsed())
    return FinishOutput(huashu::cli::RunRulesExplain(explain_rules, explain_id));
  if (test->parsed()) return FinishOutput(huashu::cli::RunRulesTest(test_files));
  if (words->parsed()) return FinishOutput(huashu::cli::RunRulesWords(words_rules));
  if (coverage->parsed())
    return FinishOutput(huashu::cli::RunRulesCoverage(coverage_rules, coverage_gaps));
  return 2;
}
