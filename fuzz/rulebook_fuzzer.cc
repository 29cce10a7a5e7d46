// libFuzzer target: the rulebook loader. Arbitrary bytes as a YAML book:
// load, compile, and run every rule's examples through the checker. A bad
// book must be a RulebookError with a position; nothing may crash or blow
// up (phrase sets that multiply are bounded).

#include <cstdint>
#include <string>

#include "huashu/check/checker.h"
#include "huashu/rules/compiled.h"
#include "huashu/rules/rulebook.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace huashu;
  if (size > 1 << 16) return 0;
  try {
    rules::RulebookLoader loader;
    loader.AddText(std::string(reinterpret_cast<const char*>(data), size), "fuzz.yaml");
    rules::CompiledRulebook book(loader.Finish());
    check::Checker checker(book);
    check::CheckScratch scratch;
    report::ConversationResult result;
    for (const rules::Rule& r : book.book().rules()) {
      for (const rules::Example& e : r.examples) checker.Check(e.conversation, &scratch, &result);
    }
  } catch (const rules::RulebookError& e) {
    if (e.pos().line < 1 || e.pos().column < 1) {
      std::fprintf(stderr, "ORACLE FAILED: error without a position: %s\n", e.what());
      std::abort();
    }
  }
  return 0;
}
