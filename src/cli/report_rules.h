// The rules in force for commands that read reports (huashu stats): the
// books a check with the same --rules / --platform applied.

#ifndef HUASHU_SRC_CLI_REPORT_RULES_H_
#define HUASHU_SRC_CLI_REPORT_RULES_H_

#include <string>
#include <vector>

#include "huashu/report/rule_noise.h"

namespace huashu::cli {

// `files`: --rules files (layered in order) — their rules. Otherwise the
// embedded books named in `books` (the reports' "rulebooks"), or when
// `books` is empty (JSON Lines reports do not list them) every embedded
// book that does not depend on the platform; plus the platform books of
// `platforms`. One entry per rule id. Throws rules::RulebookError.
std::vector<report::RuleInForce> RulesInForce(const std::vector<std::string>& files,
                                              const std::vector<std::string>& books,
                                              const std::vector<std::string>& platforms);

}  // namespace huashu::cli

#endif  // HUASHU_SRC_CLI_REPORT_RULES_H_
