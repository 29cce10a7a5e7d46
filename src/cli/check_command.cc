// huashu check: flags -> huashu::check::Audit -> report writer -> exit status.

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <regex>

#include "commands.h"
#include "huashu/check/audit.h"
#include "huashu/report/writer.h"
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
    if (stderr_)
      std::fprintf(stderr, "%s:%u: %s%s\n", d.file.c_str(), d.line, d.dropped ? "" : "note: ",
                   d.message.c_str());
  }

 private:
  report::ReportWriter* writer_;
  bool stderr_;
};

}  // namespace

int RunCheck(const CheckOptions& o) {
  check::AuditOptions options;
  if (!o.shard.empty()) {
    unsigned long long k = 0, n = 0;
    char tail;
    if (std::sscanf(o.shard.c_str(), "%llu/%llu%c", &k, &n, &tail) != 2 || n == 0 || k >= n) {
      std::fprintf(stderr, "huashu: --shard takes K/N with 0 <= K < N, got '%s'\n",
                   o.shard.c_str());
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
  } catch (const std::exception& e) {
    std::fprintf(stderr, "huashu: %s\n", e.what());
    return 2;
  }
  try {
    std::regex check_pattern(ropts.agent_pattern);
  } catch (const std::regex_error& e) {
    std::fprintf(stderr, "huashu: --agent-pattern is not a valid regex: %s\n", e.what());
    return 2;
  }

  std::vector<std::string> files = o.files;
  if (files.empty()) {
    if (isatty(fileno(stdin))) {
      std::fprintf(stderr, "huashu: no input: give FILES, or pipe a file into huashu check\n");
      return 2;
    }
    files.push_back("-");  // a pipe: huashu check < day.jsonl
  }
  const bool text_on_terminal = format == report::OutputFormat::kText && isatty(fileno(stdout));
  WriterSink sink(writer.get(), !text_on_terminal);
  writer->Begin();
  const auto input = *transcript::ParseInputFormat(o.input);
  bool io_error = false;
  for (const std::string& file : files) {
    std::error_code ec;
    if (file != "-" && std::filesystem::is_directory(file, ec)) {
      audit->AddInputDiagnostic({file, 0, 0, "is a directory (give the files in it)"}, &sink);
      io_error = true;
      continue;
    }
    std::FILE* f = file == "-" ? stdin : std::fopen(file.c_str(), "rb");
    if (!f) {
      audit->AddInputDiagnostic({file, 0, 0, std::string("cannot open: ") + std::strerror(errno)},
                                &sink);
      io_error = true;
      continue;
    }
    auto source = std::make_unique<transcript::LineSource>(f, file);
    auto reader = transcript::OpenReader(input, std::move(source), ropts);
    audit->Run(reader.get(), &sink);
    if (f != stdin && std::ferror(f)) {
      audit->AddInputDiagnostic({file, 0, 0, "read error"}, &sink);
      io_error = true;
    }
  }
  const report::Summary& summary = audit->Finish();
  writer->End(summary);
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "huashu: cannot write the report: %s\n", std::strerror(errno));
    return 2;
  }
  for (const std::string& p : audit->UnknownPlatforms()) {
    std::fprintf(stderr,
                 "huashu: note: no rulebook for platform '%s' (known: %s); its conversations "
                 "were checked with the other books\n",
                 p.c_str(), check::BookSelector::KnownPlatforms().c_str());
  }
  if (!audit->error().empty()) {
    std::fprintf(stderr, "huashu: %s\n", audit->error().c_str());
    return 2;
  }
  if (io_error) return 2;
  if (o.fail_on == "never") return 0;
  // A rejected record is as serious as an error finding: it went unchecked.
  return audit->failing() || summary.rejected() > 0 ? 1 : 0;
}

}  // namespace huashu::cli
