// huashu check: flags (over .huashu.yaml) -> huashu::check::Audit -> report
// writers (one per -o) -> exit status.

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <regex>

#include "baseline.h"
#include "commands.h"
#include "config.h"
#include "huashu/base/messages.h"
#include "huashu/check/audit.h"
#include "huashu/report/fingerprint.h"
#include "huashu/report/writer.h"
#include "huashu/rules/rulebook.h"
#include "huashu/transcript/input_set.h"
#include "huashu/transcript/reader.h"
#include "progress.h"

namespace huashu::cli {
namespace {

// One report of the run (-o FORMAT[:FILE]).
struct Output {
  std::string spec;  // as given, for messages
  report::OutputFormat format;
  std::string file;  // "" = standard output
  std::FILE* out = nullptr;
  std::unique_ptr<report::ReportWriter> writer;
};

// Hands the audit's results to every report writer, and its diagnostics to
// the writers and to standard error (unless a text report is on the same
// terminal: it shows them itself). Applies the baseline, and records the
// findings for --write-baseline.
class WriterSink : public check::AuditSink {
 public:
  WriterSink(std::vector<Output>* outputs, bool diagnostics_on_stderr, bool quiet,
             const report::ProjectPaths* paths, const Baseline* baseline, Baseline* record,
             Progress* progress)
      : outputs_(outputs),
        stderr_(diagnostics_on_stderr),
        quiet_(quiet),
        paths_(paths),
        baseline_(baseline),
        record_(record),
        progress_(progress) {}

  void Filter(report::ConversationResult* r) const override {
    if (!baseline_ || r->violations.empty()) return;
    // Occurrences are counted within the conversation (or template file),
    // so that this runs on any thread in any order.
    report::FindingCounter seen;
    auto& vs = r->violations;
    const size_t before = vs.size();
    vs.erase(std::remove_if(vs.begin(), vs.end(),
                            [&](const report::Violation& v) {
                              const report::FindingKey k = report::KeyOf(v, *paths_);
                              return seen.Next(k) <= baseline_->Count(k);
                            }),
             vs.end());
    baselined_ += static_cast<int>(before - vs.size());
  }

  void Render(const report::ConversationResult& r, std::string* out) const override {
    if (outputs_->size() == 1) {
      (*outputs_)[0].writer->Render(r, out);
      return;
    }
    // Several reports: each writer's text, length first, one after another.
    std::string part;
    for (const Output& o : *outputs_) {
      part.clear();
      o.writer->Render(r, &part);
      const uint64_t n = part.size();
      out->append(reinterpret_cast<const char*>(&n), sizeof n);
      *out += part;
    }
  }

  void OnConversation(const transcript::Conversation&, const report::ConversationResult& r,
                      std::string_view rendered) override {
    if (progress_) progress_->Record();
    if (record_)
      for (const report::Violation& v : r.violations) record_->Add(report::KeyOf(v, *paths_));
    if (outputs_->size() == 1) {
      (*outputs_)[0].writer->Add(r, rendered);
      return;
    }
    for (Output& o : *outputs_) {
      uint64_t n = 0;
      std::memcpy(&n, rendered.data(), sizeof n);
      o.writer->Add(r, rendered.substr(sizeof n, n));
      rendered.remove_prefix(sizeof n + n);
    }
  }

  void OnDiagnostic(const report::Diagnostic& d) override {
    for (Output& o : *outputs_) o.writer->AddDiagnostic(d);
    if (progress_ && d.dropped) progress_->Record();
    if (!stderr_ || (quiet_ && !d.dropped)) return;
    if (progress_) progress_->Clear();
    // A whole-file problem has no line: "file: message", not "file:0:".
    char line[16] = "";
    if (d.line > 0) std::snprintf(line, sizeof line, ":%u", d.line);
    std::fprintf(stderr, "%s%s: %s%s\n", d.file.c_str(), line,
                 d.dropped ? "" : base::Msg("cli.note").c_str(), d.message.c_str());
  }

  int baselined() const { return baselined_; }

 private:
  std::vector<Output>* outputs_;
  bool stderr_;
  bool quiet_;
  const report::ProjectPaths* paths_;
  const Baseline* baseline_;
  Baseline* record_;
  Progress* progress_;
  mutable std::atomic<int> baselined_{0};
};

// "huashu: message" on standard error, in the run's language.
// Personal data in it (a baseline or config file quoted) is masked.
void Error(const std::string& message) {
  std::fprintf(stderr, "%s%s\n", base::Msg("cli.prefix").c_str(), Masked(message).c_str());
}

void Note(const std::string& message) {
  std::fprintf(stderr, "%s%s%s\n", base::Msg("cli.prefix").c_str(), base::Msg("cli.note").c_str(),
               Masked(message).c_str());
}

// The config file in force: --config FILE, else the nearest .huashu.yaml
// (unless --no-config). Flags given on the command line win.
bool ApplyConfig(CheckOptions* o, std::string* root) {
  std::string path = o->config;
  if (path.empty() && !o->no_config) path = FindConfig(".");
  if (path.empty()) return true;
  FileConfig c;
  try {
    c = LoadConfig(path);
  } catch (const ConfigError& e) {
    Error(base::Msg("cli.config_error", {e.what()}));
    return false;
  }
  if (o->verbose) Note(base::Msg("cli.using_config", {path}));
  *root = c.dir;
  auto given = [&](const char* name) { return o->given.count(name) > 0; };
  auto take = [&](const char* name, auto& field, const auto& value) {
    if (value && !given(name)) field = *value;
  };
  take("rules", o->rules, c.rules);
  take("platform", o->platform, c.platform);
  take("channel", o->channel, c.channel);
  take("input", o->input, c.input);
  // A run that writes a baseline prints only the reports its command line asks for.
  if (o->write_baseline.empty()) take("output", o->output, c.output);
  take("fail-on", o->fail_on, c.fail_on);
  take("include", o->include, c.include);
  take("exclude", o->exclude, c.exclude);
  take("baseline", o->baseline, c.baseline);
  take("agent-pattern", o->agent_pattern, c.agent_pattern);
  take("encoding", o->encoding, c.encoding);
  take("color", o->color, c.color);
  take("jobs", o->jobs, c.jobs);
  if (c.files && o->files.empty()) o->files = *c.files;
  // Rules switched off add up: the project's, and this run's.
  if (c.disable) o->disable.insert(o->disable.begin(), c.disable->begin(), c.disable->end());
  if (c.lang && o->lang.empty()) {
    base::Lang l;
    if (base::ParseLang(*c.lang, &l)) base::SetLang(l);
  }
  return true;
}

// Parses the -o specs and opens their files. At most one report goes to
// standard output; none given: json to standard output.
bool OpenOutputs(const std::vector<std::string>& specs, bool default_json,
                 std::vector<Output>* outputs) {
  std::vector<std::string> all = specs;
  if (all.empty() && default_json) all.push_back("json");
  std::string on_stdout;
  std::set<std::string> files;
  for (const std::string& spec : all) {
    Output o;
    o.spec = spec;
    const size_t colon = spec.find(':');
    const std::string name = spec.substr(0, colon);
    const auto format = report::ParseOutputFormat(name);
    if (!format) {
      std::string known;
      for (const auto& n : report::OutputFormatNames()) known += (known.empty() ? "" : ", ") + n;
      Error(base::Msg("cli.usage_error", {base::Msg("cli.output_format", {spec, name, known})}));
      return false;
    }
    o.format = *format;
    if (colon != std::string::npos && spec.substr(colon + 1) != "-")
      o.file = spec.substr(colon + 1);
    if (o.file.empty()) {
      if (!on_stdout.empty()) {
        Error(base::Msg("cli.usage_error",
                        {base::Msg("cli.output_stdout_twice", {on_stdout, spec})}));
        return false;
      }
      on_stdout = spec;
    } else if (!files.insert(std::filesystem::path(o.file).lexically_normal().string()).second) {
      Error(base::Msg("cli.usage_error", {base::Msg("cli.output_same_file", {o.file})}));
      return false;
    }
    outputs->push_back(std::move(o));
  }
  for (Output& o : *outputs) {
    if (o.file.empty()) {
      o.out = stdout;
      continue;
    }
    o.out = std::fopen(o.file.c_str(), "wb");
    if (!o.out) {
      Error(base::Msg("cli.output_open", {o.file, std::strerror(errno)}));
      return false;
    }
  }
  return true;
}

// Flushes and closes the report files. False (and says why) on a write error.
bool CloseOutputs(std::vector<Output>* outputs, bool verbose) {
  bool ok = true;
  for (Output& o : *outputs) {
    if (o.out == stdout) {
      if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        Error(base::Msg("cli.write_failed", {std::strerror(errno)}));
        ok = false;
      }
      continue;
    }
    if (!o.out) continue;
    const bool failed = std::ferror(o.out) != 0;
    const bool closed = std::fclose(o.out) == 0;
    o.out = nullptr;
    if (failed || !closed) {
      Error(base::Msg("cli.output_open", {o.file, std::strerror(errno ? errno : EIO)}));
      ok = false;
    } else if (verbose) {
      Note(base::Msg("cli.output_written", {o.spec.substr(0, o.spec.find(':')), o.file}));
    }
  }
  return ok;
}

}  // namespace

int RunCheck(const CheckOptions& given_options) {
  CheckOptions o = given_options;
  std::string root = ".";
  if (!ApplyConfig(&o, &root)) return 2;
  // Writing a baseline records every finding: no old baseline applies, and
  // with no -o asked for, no report is printed.
  const bool writing_baseline = !o.write_baseline.empty();
  if (writing_baseline) {
    o.baseline.clear();
  }

  check::AuditOptions options;
  if (!o.shard.empty()) {
    unsigned long long k = 0, n = 0;
    char tail;
    if (std::sscanf(o.shard.c_str(), "%llu/%llu%c", &k, &n, &tail) != 2 || n == 0 || k >= n) {
      Error(base::Msg("cli.shard", {o.shard}));
      return 2;
    }
    options.shard = k;
    options.shards = n;
  }
  transcript::ReaderOptions& ropts = options.reader;
  if (!o.agent_pattern.empty()) ropts.agent_pattern = o.agent_pattern;
  if (!o.channel.empty()) {
    ropts.channel = transcript::ParseChannel(o.channel);
    ropts.force_channel = true;
  }
  if (!o.platform.empty()) ropts.platform = o.platform;
  if (o.agent_speaker >= 0) ropts.agent_speaker = o.agent_speaker;

  const report::ProjectPaths paths(root);
  std::optional<Baseline> baseline;
  if (!o.baseline.empty()) {
    try {
      baseline = Baseline::Load(o.baseline);
    } catch (const BaselineError& e) {
      Error(base::Msg("cli.baseline_error", {e.what()}));
      return 2;
    }
  }

  std::vector<Output> outputs;
  if (!OpenOutputs(o.output, !writing_baseline, &outputs)) {
    CloseOutputs(&outputs, false);
    return 2;
  }
  const bool stdout_tty = isatty(fileno(stdout));
  bool text_on_terminal = false;
  bool context = false;
  for (Output& out : outputs) {
    const bool to_terminal = out.out == stdout && stdout_tty;
    report::WriterOptions wopts;
    wopts.version = HUASHU_VERSION;
    wopts.source_root = paths.root();
    wopts.context = o.context;
    wopts.color =
        o.color == "always" || (o.color == "auto" && out.format == report::OutputFormat::kText &&
                                to_terminal && !std::getenv("NO_COLOR"));
    out.writer = report::MakeWriter(out.format, out.out, wopts);
    context = context || out.writer->PrintsContext();
    text_on_terminal =
        text_on_terminal || (out.format == report::OutputFormat::kText && to_terminal);
  }

  options.rule_files = o.rules;
  options.disabled.insert(o.disable.begin(), o.disable.end());
  options.threads = o.jobs;
  options.fail_on = o.fail_on;
  options.context = context;
  std::unique_ptr<check::Audit> audit;
  try {
    audit = std::make_unique<check::Audit>(options);
  } catch (const rules::RulebookError& e) {
    Error(base::Msg("cli.rulebook_error", {e.what()}));  // file:line:col: message
    CloseOutputs(&outputs, false);
    return 2;
  } catch (const std::exception& e) {
    Error(e.what());
    CloseOutputs(&outputs, false);
    return 2;
  }
  // The process ends with this command: what the audit compiled is not freed.
  audit->KeepBooksUntilExit();
  if (const std::string why = transcript::CheckAgentPattern(ropts.agent_pattern); !why.empty()) {
    Error(base::Msg("cli.agent_pattern", {why}));
    CloseOutputs(&outputs, false);
    return 2;
  }
  if (!o.encoding.empty()) {
    if (const std::string why = transcript::CheckEncoding(o.encoding); !why.empty()) {
      Error(base::Msg("cli.encoding", {why}));
      CloseOutputs(&outputs, false);
      return 2;
    }
    ropts.encoding = o.encoding;
  }
  if (o.max_record_size > 0) ropts.max_record_bytes = o.max_record_size;

  std::vector<std::string> files = o.files;
  if (files.empty()) {
    // A pipe: huashu check < day.jsonl. On a terminal, say what it waits for.
    if (isatty(fileno(stdin)) && !o.quiet)
      std::fprintf(stderr, "%s\n", base::Msg("cli.stdin_terminal").c_str());
    files.push_back("-");
  }
  // Directories are walked and files opened by the transcript stage.
  const transcript::InputSet inputs = transcript::ExpandInputs(files, {o.include, o.exclude});
  std::error_code ec;
  // Progress for a person at a terminal: not with --quiet, not when a
  // report shares the terminal, not while they type conversations in.
  std::optional<Progress> progress;
  {
    bool stdout_report = false;
    for (const Output& out : outputs) stdout_report = stdout_report || out.out == stdout;
    const bool typing = isatty(fileno(stdin)) && std::find(inputs.files.begin(), inputs.files.end(),
                                                           "-") != inputs.files.end();
    if (isatty(fileno(stderr)) && !o.quiet && !(stdout_report && stdout_tty) && !typing) {
      std::vector<uint64_t> sizes;
      for (const std::string& f : inputs.files) {
        const auto n = f == "-" ? 0 : std::filesystem::file_size(f, ec);
        sizes.push_back(ec ? 0 : n);
      }
      progress.emplace(std::move(sizes), stderr);
    }
  }
  Baseline recorded;
  WriterSink sink(&outputs, !text_on_terminal, o.quiet, &paths, baseline ? &*baseline : nullptr,
                  writing_baseline ? &recorded : nullptr, progress ? &*progress : nullptr);
  for (Output& out : outputs) out.writer->Begin();
  const auto input = *transcript::ParseInputFormat(o.input);
  bool io_error = false;
  for (const auto& e : inputs.errors) {
    io_error = io_error || e.io;
    audit->AddInputDiagnostic({e.file, e.line, e.column, e.message, e.dropped}, &sink);
  }
  // The files this run writes (reports, the baseline) and reads as its
  // baseline are not inputs, even inside a checked directory.
  std::vector<std::filesystem::path> own;
  for (const Output& out : outputs)
    if (!out.file.empty()) own.push_back(std::filesystem::weakly_canonical(out.file, ec));
  for (const std::string* f : {&o.baseline, &o.write_baseline})
    if (!f->empty()) own.push_back(std::filesystem::weakly_canonical(*f, ec));
  for (size_t i = 0; i < inputs.files.size(); ++i) {
    const std::string& file = inputs.files[i];
    if (progress) progress->StartFile(i);
    if (!own.empty() &&
        std::find(own.begin(), own.end(), std::filesystem::weakly_canonical(file, ec)) != own.end())
      continue;
    auto reader = transcript::OpenInput(file, input, ropts);
    audit->Run(reader.get(), &sink);
  }
  report::Summary summary = audit->Finish();
  if (progress) progress->Finish();
  if (baseline) summary.set_baselined(sink.baselined());
  for (Output& out : outputs) out.writer->End(summary);
  if (!CloseOutputs(&outputs, o.verbose)) return 2;
  for (const std::string& p : audit->UnknownPlatforms()) {
    if (o.quiet) break;
    Error(base::Msg("cli.note") +
          base::Msg("cli.unknown_platform",
                    {transcript::QuoteField(p), check::BookSelector::KnownPlatforms()}));
  }
  if (baseline && o.verbose)
    Note(base::Msg("cli.baseline_used", {o.baseline, std::to_string(sink.baselined()),
                                         std::to_string(summary.violations())}));
  if (!audit->failure().empty()) {
    Error(audit->failure());
    return 2;
  }
  if (io_error || audit->io_error()) return 2;
  if (writing_baseline) {
    try {
      recorded.Save(o.write_baseline);
    } catch (const BaselineError& e) {
      Error(base::Msg("cli.baseline_error", {e.what()}));
      return 2;
    }
    if (!o.quiet)
      Note(base::Msg("cli.baseline_written",
                     {std::to_string(recorded.findings()), std::to_string(recorded.entries()),
                      o.write_baseline}));
    // Records that could not be read have no findings in the baseline.
    return summary.rejected() > 0 ? 1 : 0;
  }
  if (o.fail_on == "never") return 0;
  // A rejected record is as serious as an error finding: it went unchecked.
  return audit->failing() || summary.rejected() > 0 ? 1 : 0;
}

}  // namespace huashu::cli
