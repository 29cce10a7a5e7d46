// Helpers shared by the unit tests.

#ifndef HUASHU_TESTS_UNIT_TEST_UTIL_H_
#define HUASHU_TESTS_UNIT_TEST_UTIL_H_

#include <string>
#include <string_view>

#include "huashu/base/utf8.h"
#include "huashu/check/checker.h"
#include "huashu/rules/compiled.h"
#include "huashu/text/fold.h"
#include "huashu/transcript/script_line.h"

namespace huashu::testing {

inline std::string Folded(std::string_view s) {
  std::string out;
  for (char32_t c : text::FoldToCodePoints(s)) base::AppendUtf8(c, &out);
  return out;
}

// Builds a conversation from script lines ("客服: 您好", "[3.0] hangup by agent").
inline transcript::Conversation Convo(std::initializer_list<std::string_view> lines,
                                      transcript::Channel channel = transcript::Channel::kChat) {
  transcript::Conversation c;
  c.id.push_back('t');  // (not = "t": GCC 12 warns -Wrestrict here, wrongly)
  c.channel = channel;
  std::string error;
  for (std::string_view l : lines) {
    if (!transcript::ParseScriptLine(l, &c, &error)) throw std::runtime_error(error);
  }
  return c;
}

// Compiles a rulebook from YAML text and checks `c` with it.
inline report::ConversationResult CheckWith(std::string_view yaml,
                                            const transcript::Conversation& c) {
  rules::RulebookLoader loader;
  loader.AddText(yaml, "test.yaml");
  rules::CompiledRulebook book(loader.Finish());
  check::Checker checker(book);
  check::CheckScratch scratch;
  report::ConversationResult r;
  checker.Check(c, &scratch, &r);
  // Both pointed into `book`, gone on return.
  r.rulebooks = nullptr;
  r.scoring = nullptr;
  return r;
}

// How many findings of `rule` a result holds.
inline int CountOf(const report::ConversationResult& r, std::string_view rule) {
  int n = 0;
  for (const auto& v : r.violations) n += v.rule == rule;
  return n;
}

}  // namespace huashu::testing

#endif  // HUASHU_TESTS_UNIT_TEST_UTIL_H_
