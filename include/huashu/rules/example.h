// Parsing of rule examples (see "Examples" in docs/rulebook.md).

#ifndef HUASHU_RULES_EXAMPLE_H_
#define HUASHU_RULES_EXAMPLE_H_

#include <string>

#include "huashu/rules/rule.h"

namespace YAML {
class Node;
}

namespace huashu::rules {

// Fills e->conversation and e->label from the YAML example `node` of `rule`.
// Returns false with *error set when the example is malformed.
bool ParseExample(const YAML::Node& node, const Rule& rule, Example* e, std::string* error);

}  // namespace huashu::rules

#endif  // HUASHU_RULES_EXAMPLE_H_
