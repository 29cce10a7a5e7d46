// Parsing of rule examples (see "Examples" in docs/rulebook.md).

#ifndef HUASHU_RULES_EXAMPLE_H_
#define HUASHU_RULES_EXAMPLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "huashu/rules/rule.h"

namespace YAML {
class Node;
}

namespace huashu::rules {

// Fills e->conversation and e->label from the YAML example `node` of `rule`.
// Returns false with *error set when the example is malformed.
bool ParseExample(const YAML::Node& node, const Rule& rule, Example* e, std::string* error);

// Whether a finding of `rule` (its text, span, 1-based turn and message)
// keeps every promise of `x`.
bool ExpectMatches(const ExampleExpect& x, const Rule& rule, std::string_view text,
                   std::optional<std::pair<uint32_t, uint32_t>> span, std::optional<uint32_t> turn,
                   std::string_view message);

// The promises of `x` in words, for a failing test's message.
std::string DescribeExpect(const ExampleExpect& x);

}  // namespace huashu::rules

#endif  // HUASHU_RULES_EXAMPLE_H_
