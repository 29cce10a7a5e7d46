// huashu check: flags -> huashu::check::Audit -> report writer -> exit status.

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <regex>

#include "commands.h"
#include "huashu/base/messages.h"
#include "huashu/check/audit.h"
#include "huashu/report/writer.h"
#include "huashu/rules/rulebook.h"
#include "huashu/transcript/input_set.h"
#include "huashu/transcript/reader.h"

namespace huashu::cli {
namespace {

// Hands the audit's results to the report writer, and its diagnostics to
// the writer and to standard error (unless the text report is on the same
// terminal: it shows them itself).
class WriterSink : public check::AuditSink {
 public:
  WriterSink(report::ReportWriter* writer, bool diagnostics_on_stderr)
      : writer_(writer), stderr_(diagnostics_on_stderr) {}
  void Render(const report::ConversationResult& r, std::string* out) const override {
    writer_->Render(r, out);
  }
  void OnConversation(const transcript::Conversation&, const report::ConversationResult& r,
                      std::string_view rendered) override {
    writer_->Add(r, rendered);
  }
  void OnDiagnostic(const report::Diagnostic& d) override {
    writer_->AddDiagnostic(d);
    if (!stderr_) return;
    // A whole-file problem has no line: "file: message", not "file:0:".
    char line[16] = "";
    if (d.line > 0) std::snprintf(line, sizeof line, ":%u", d.line);
    std::fprintf(stderr, "%s%s: %s%s\n", d.file.c_str(), line,
                 d.dropped ? "" : base::Msg("cli.note").c_str(), d.message.c_str());
  }

 private:
  report::ReportWriter* writer_;
  bool stderr_;
};

// "huashu: message" on standard error, in the run's language.
void Error(const std::string& message) {
  std::fprintf(stderr, "%s%s\n", base::Msg("cli.prefix").c_str(), message.c_str());
}

}  // namespace

int RunCheck(const CheckOptions& o) {
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

  const auto format = *report::ParseOutputFormat(o.output);
  report::WriterOptions wopts;
  wopts.version = HUASHU_VERSION;
  wopts.color =
      o.color == "always" || (o.color == "auto" && format == report::OutputFormat::kText &&
                              isatty(fileno(stdout)) && !std::getenv("NO_COLOR"));
  auto writer = report::MakeWriter(format, stdout, wopts);

  options.rule_files = o.rules;
  options.disabled.insert(o.disable.begin(), o.disable.end());
  options.threads = o.jobs;
  options.fail_on = o.fail_on;
  options.context = writer->PrintsContext();
  std::unique_ptr<check::Audit> audit;
  try {
    audit = std::make_unique<check::Audit>(options);
  } catch (const rules::RulebookError& e) {
    Error(base::Msg("cli.rulebook_error", {e.what()}));  // file:line:col: message
    return 2;
  } catch (const std::exception& e) {
    Error(e.what());
    return 2;
  }
  if (const std::string why = transcript::CheckAgentPattern(ropts.agent_pattern); !why.empty()) {
    Error(base::Msg("cli.agent_pattern", {why}));
    return 2;
  }
  if (!o.encoding.empty()) {
    if (const std::string why = transcript::CheckEncoding(o.encoding); !why.empty()) {
      Error(base::Msg("cli.encoding", {why}));
      return 2;
    }
    ropts.encoding = o.encoding;
  }
  if (o.max_record_size > 0) ropts.max_record_bytes = o.max_record_size;

  std::vector<std::string> files = o.files;
  if (files.empty()) {
    // A pipe: huashu check < day.jsonl. On a terminal, say what it waits for.
    if (isatty(fileno(stdin)))
      std::fprintf(stderr, "%s\n", base::Msg("cli.stdin_terminal").c_str());
    files.push_back("-");
  }
  const bool text_on_terminal = format == report::OutputFormat::kText && isatty(fileno(stdout));
  WriterSink sink(writer.get(), !text_on_terminal);
  writer->Begin();
  const auto input = *transcript::ParseInputFormat(o.input);
  bool io_error = false;
  // Directories are walked and files opened by the transcript stage.
  const transcript::InputSet inputs = transcript::ExpandInputs(files, {o.include, o.exclude});
  for (const auto& e : inputs.errors) {
    io_error = io_error || e.io;
    audit->AddInputDiagnostic({e.file, e.line, e.column, e.message, e.dropped}, &sink);
  }
  for (const std::string& file : inputs.files) {
    auto reader = transcript::OpenInput(file, input, ropts);
    audit->Run(reader.get(), &sink);
  }
  const report::Summary& summary = audit->Finish();
  writer->End(summary);
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    Error(base::Msg("cli.write_failed", {std::strerror(errno)}));
    return 2;
  }
  for (const std::string& p : audit->UnknownPlatforms()) {
    Error(base::Msg("cli.note") +
          base::Msg("cli.unknown_platform",
                    {transcript::QuoteField(p), check::BookSelector::KnownPlatforms()}));
  }
  if (!audit->error().empty()) {
    Error(audit->error());
    return 2;
  }
  if (io_error || audit->io_error()) return 2;
  if (o.fail_on == "never") return 0;
  // A rejected record is as serious as an error finding: it went unchecked.
  return audit->failing() || summary.rejected() > 0 ? 1 : 0;
}

}  // namespace huashu::cli
