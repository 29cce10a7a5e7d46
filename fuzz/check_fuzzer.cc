// libFuzzer target: a whole check (embedded books, the input sniffed as any
// format) through every writer, with two oracles:
//   1. json and sarif output is one valid JSON document, jsonl one per line;
//   2. no personal number the detectors find in a turn appears in full in
//      any output (digits compared with spaces and dashes between them
//      removed; numbers that also occur elsewhere in the input are skipped).

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "huashu/check/audit.h"
#include "huashu/match/pii.h"
#include "huashu/report/writer.h"
#include "huashu/text/fold.h"

namespace {

using namespace huashu;

// Digits of `s` with single spaces and dashes between digits dropped, and
// full-width digits made ASCII (so 138 1234 5678 and １３８… compare).
std::string Squeeze(std::string_view s) {
  std::string a;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
        static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x99) {
      a += static_cast<char>('0' + static_cast<unsigned char>(s[i + 2]) - 0x90);
      i += 2;
    } else {
      a += s[i];
    }
  }
  std::string out;
  for (size_t i = 0; i < a.size(); ++i) {
    if ((a[i] == ' ' || a[i] == '-') && !out.empty() && isdigit(static_cast<unsigned char>(out.back())) &&
        i + 1 < a.size() && isdigit(static_cast<unsigned char>(a[i + 1])))
      continue;
    out += a[i];
  }
  return out;
}

size_t Count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

class Sink : public check::AuditSink {
 public:
  explicit Sink(report::ReportWriter* w) : w_(w) {}
  void Render(const report::ConversationResult& r, std::string* out) const override {
    w_->Render(r, out);
  }
  void OnConversation(const transcript::Conversation& c, const report::ConversationResult& r,
                      std::string_view rendered) override {
    w_->Add(r, rendered);
    text::FoldedText folded;
    std::vector<match::PiiSpan> spans;
    for (const auto& turn : c.turns) {
      text::Fold(turn.text, &folded);
      spans.clear();
      match::FindPersonalData(folded, &spans);
      if (spans.empty()) continue;
      std::vector<uint32_t> bytes;
      for (uint32_t i = 0; i < turn.text.size(); ++i)
        if ((static_cast<unsigned char>(turn.text[i]) & 0xC0) != 0x80) bytes.push_back(i);
      bytes.push_back(static_cast<uint32_t>(turn.text.size()));
      for (const auto& s : spans) {
        if (s.end >= bytes.size()) continue;
        std::string digits;
        for (char ch : Squeeze(turn.text.substr(bytes[s.begin], bytes[s.end] - bytes[s.begin])))
          if (ch >= '0' && ch <= '9') digits += ch;
        if (digits.size() >= 11) numbers.push_back(digits);
      }
    }
  }
  void OnDiagnostic(const report::Diagnostic& d) override { w_->AddDiagnostic(d); }
  std::vector<std::string> numbers;

 private:
  report::ReportWriter* w_;
};

}  // namespace

// The Audits live for the whole run (building one loads the embedded books);
// their per-thread workers sit in TBB's thread-specific storage, which
// LeakSanitizer cannot follow, so it would report them at exit.
extern "C" const char* __asan_default_options() { return "detect_leaks=0"; }

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 15) return 0;
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  static auto* audits = [] {
    auto* a = new std::vector<std::unique_ptr<check::Audit>>;
    for (int k = 0; k < 4; ++k) {
      check::AuditOptions o;
      o.threads = 1;
      o.fail_on = "never";
      o.reader.max_record_bytes = 1 << 16;
      a->push_back(std::make_unique<check::Audit>(o));
    }
    return a;
  }();
  const report::OutputFormat formats[] = {report::OutputFormat::kJson, report::OutputFormat::kJsonl,
                                          report::OutputFormat::kText, report::OutputFormat::kSarif};
  const std::string squeezed_input = Squeeze(in);
  for (int k = 0; k < 4; ++k) {
    char* buf = nullptr;
    size_t len = 0;
    std::FILE* out = open_memstream(&buf, &len);
    report::WriterOptions wo;
    wo.version = "fuzz";
    auto writer = report::MakeWriter(formats[k], out, wo);
    Sink sink(writer.get());
    writer->Begin();
    std::FILE* f = nullptr;
    transcript::ReaderOptions ro;
    ro.max_record_bytes = 1 << 16;
    auto reader = fuzz::ReaderOver(in, transcript::InputFormat::kAuto, ro, &f);
    (*audits)[k]->Run(reader.get(), &sink);
    reader.reset();
    (void)f;  // closed by the reader's LineSource
    writer->End((*audits)[k]->summary());
    writer.reset();
    std::fclose(out);
    const std::string output(buf, len);
    std::free(buf);
    // Oracle 1: valid JSON.
    if (formats[k] == report::OutputFormat::kJson || formats[k] == report::OutputFormat::kSarif) {
      if (!nlohmann::json::accept(output)) fuzz::Fail("output is not valid JSON");
    } else if (formats[k] == report::OutputFormat::kJsonl) {
      size_t at = 0;
      while (at < output.size()) {
        size_t end = output.find('\n', at);
        if (end == std::string::npos) end = output.size();
        if (end > at && !nlohmann::json::accept(output.substr(at, end - at)))
          fuzz::Fail("a JSON Lines line is not valid JSON");
        at = end + 1;
      }
    }
    // Oracle 2: no personal number in full.
    const std::string squeezed = Squeeze(output);
    for (const std::string& n : sink.numbers) {
      if (Count(squeezed_input, n) > 1) continue;  // also elsewhere in the input
      if (squeezed.find(n) != std::string::npos) fuzz::Fail("personal number printed: " + n);
    }
  }
  return 0;
}
