// Matcher throughput on Chinese agent text with the embedded default books
// (base, pii, chat, ad_law, platform/pinduoduo): folding alone, matching with
// each variant channel switched on in turn, and the whole per-conversation
// check. Reported as bytes/s of UTF-8 input.

#include <benchmark/benchmark.h>

#include <memory>

#include "corpus.h"
#include "huashu/check/book_selector.h"
#include "huashu/check/checker.h"
#include "huashu/rules/compiled.h"
#include "huashu/text/fold.h"

namespace {

using namespace huashu;

const std::vector<std::string>& Text() {
  static const auto* text = new std::vector<std::string>(bench::AgentTurns(4 << 20));
  return *text;
}

int64_t Bytes() {
  int64_t n = 0;
  for (const auto& t : Text()) n += static_cast<int64_t>(t.size());
  return n;
}

enum Channels { kExactOnly = 0, kNoise = 1, kRepeat = 2, kPinyin = 4, kAll = 7 };

// The default e-commerce books, with the variant options limited to `mask`.
std::unique_ptr<rules::CompiledRulebook> Books(int mask) {
  rules::RulebookLoader loader;
  transcript::Conversation chat;  // a pinduoduo chat: the books of the catalogue for it
  chat.channel = transcript::Channel::kChat;
  chat.platform = "pinduoduo";
  for (const std::string& b : check::BookSelector::DefaultBooks(chat)) loader.AddEmbedded(b);
  rules::Rulebook book = loader.Finish();
  std::vector<rules::Rule> rules = book.rules();
  for (auto& r : rules) {
    if (!(mask & kNoise)) r.variants.noise = 0;
    if (!(mask & kRepeat)) r.variants.repeats = false;
    if (!(mask & kPinyin)) r.variants.homophones = false;
  }
  return std::make_unique<rules::CompiledRulebook>(rules::Rulebook(rules, book.books()));
}

void BM_Fold(benchmark::State& state) {
  text::FoldedText folded;
  for (auto _ : state) {
    for (const auto& t : Text()) text::Fold(t, &folded);
    benchmark::DoNotOptimize(folded.units.data());
  }
  state.SetBytesProcessed(state.iterations() * Bytes());
}
BENCHMARK(BM_Fold)->Unit(benchmark::kMillisecond);

void BM_FoldAndMatch(benchmark::State& state) {
  auto book = Books(static_cast<int>(state.range(0)));
  text::FoldedText folded;
  std::vector<match::Hit> hits;
  size_t total = 0;
  for (auto _ : state) {
    for (const auto& t : Text()) {
      text::Fold(t, &folded);
      book->matcher().Match(folded, &hits);
      total += hits.size();
    }
  }
  benchmark::DoNotOptimize(total);
  state.SetBytesProcessed(state.iterations() * Bytes());
  state.counters["phrases"] = static_cast<double>(book->matcher().phrase_count());
}
BENCHMARK(BM_FoldAndMatch)
    ->Arg(kExactOnly)
    ->Arg(kNoise)
    ->Arg(kRepeat)
    ->Arg(kPinyin)
    ->Arg(kAll)
    ->ArgName("channels")
    ->Unit(benchmark::kMillisecond);

void BM_CheckConversations(benchmark::State& state) {
  auto book = Books(kAll);
  check::Checker checker(*book);
  check::CheckScratch scratch;
  report::ConversationResult result;
  // Conversations of 10 agent turns, as the checker sees them.
  std::vector<transcript::Conversation> convs;
  const auto& text = Text();
  for (size_t i = 0; i < text.size(); i += 10) {
    transcript::Conversation c;
    c.id = "c";
    c.id += std::to_string(i);  // not "c" + ...: GCC 12 -Wrestrict false positive
    for (size_t k = i; k < std::min(i + 10, text.size()); ++k) {
      transcript::Turn t;
      t.speaker = transcript::Speaker::kAgent;
      t.text = text[k];
      t.start = static_cast<double>(k - i) * 5;
      t.end = t.start + 3;
      c.turns.push_back(std::move(t));
    }
    convs.push_back(std::move(c));
  }
  size_t findings = 0;
  for (auto _ : state) {
    for (const auto& c : convs) {
      checker.Check(c, &scratch, &result);
      findings += result.violations.size();
    }
  }
  benchmark::DoNotOptimize(findings);
  state.SetBytesProcessed(state.iterations() * Bytes());
}
BENCHMARK(BM_CheckConversations)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
