// libFuzzer target: folding and the matcher with fuzz-supplied phrases and
// patterns. The input is "phrase\nphrase\n...\n\0text": the phrases become
// the words of one forbidden rule (a bad pattern is a RulebookError), the
// text is folded and matched. Every hit must lie inside the text.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "huashu/match/matcher.h"
#include "huashu/rules/compiled.h"
#include "huashu/rules/rulebook.h"
#include "huashu/text/fold.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace huashu;
  if (size > 1 << 14) return 0;
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const size_t split = in.find('\0');
  const std::string_view phrases = split == std::string_view::npos ? in : in.substr(0, split);
  const std::string_view text =
      split == std::string_view::npos ? in : in.substr(split + 1);
  std::string yaml =
      "name: fuzz\nrules:\n  - id: f\n    type: forbidden\n    category: forbidden\n"
      "    message: m\n    variants: {noise: 2, homophones: true, repeats: true}\n    words: [";
  size_t count = 0;
  for (size_t at = 0; at <= phrases.size() && count < 64;) {
    size_t end = phrases.find('\n', at);
    if (end == std::string_view::npos) end = phrases.size();
    const std::string_view p = phrases.substr(at, end - at);
    if (!p.empty()) {
      if (count++) yaml += ", ";
      yaml += nlohmann::json(std::string(p)).dump(-1, ' ', true,
                                                  nlohmann::json::error_handler_t::replace);
    }
    at = end + 1;
  }
  if (count == 0) return 0;
  yaml += "]\n";
  try {
    rules::RulebookLoader loader;
    loader.AddText(yaml, "fuzz.yaml");
    rules::CompiledRulebook book(loader.Finish());
    text::FoldedText folded;
    text::Fold(text, &folded);
    std::vector<match::Hit> hits;
    match::MatchScratch scratch;
    book.matcher().Match(folded, &hits, &scratch);
    for (const match::Hit& h : hits) {
      if (h.ubegin > h.uend || h.uend > folded.size() || h.begin > h.end) {
        std::fprintf(stderr, "ORACLE FAILED: hit outside the text\n");
        std::abort();
      }
    }
  } catch (const rules::RulebookError&) {
  }
  return 0;
}
