#include "report_rules.h"

#include <algorithm>
#include <set>

#include "huashu/check/book_selector.h"
#include "huashu/rules/rule_type.h"
#include "huashu/rules/rulebook.h"

namespace huashu::cli {
namespace {

report::RuleInForce Describe(const rules::Rule& r) {
  report::RuleInForce f;
  f.id = r.id;
  f.category = std::string(rules::Name(r.category));
  f.severity = std::string(rules::Name(r.severity));
  for (const rules::PhraseList& l : r.phrases)
    if (l.role == rules::PhraseRole::kAllow)
      f.allow.insert(f.allow.end(), l.phrases.begin(), l.phrases.end());
  // The type lists a rule's conditions as HitConditions::Describe does:
  // the `unless` ones, then the `only_if` ones, each in its list's order.
  std::vector<std::pair<std::string, std::string>> said;
  r.type->Describe(r, &said);
  int unless = 0, only_if = 0;
  for (const auto& [key, line] : said) {
    if (key != "condition" && key != "trigger condition") continue;
    if (line.rfind("unless ", 0) == 0)
      f.conditions.push_back({"unless[" + std::to_string(unless++) + "]", line});
    else if (line.rfind("only if ", 0) == 0)
      f.conditions.push_back({"only_if[" + std::to_string(only_if++) + "]", line});
  }
  return f;
}

}  // namespace

std::vector<report::RuleInForce> RulesInForce(const std::vector<std::string>& files,
                                              const std::vector<std::string>& books,
                                              const std::vector<std::string>& platforms) {
  std::vector<report::RuleInForce> out;
  std::set<std::string> seen;
  auto add = [&](const rules::Rulebook& book) {
    for (const rules::Rule& r : book.rules())
      if (seen.insert(r.id).second) out.push_back(Describe(r));
  };
  if (!files.empty()) {
    rules::RulebookLoader loader;
    for (const std::string& f : files) loader.AddFile(f);
    add(loader.Finish());
    return out;
  }
  std::set<std::string> wanted(books.begin(), books.end());
  for (const std::string& p : platforms) wanted.insert(check::BookSelector::PlatformBook(p));
  for (const check::CatalogueBook& b : check::Catalogue()) {
    const bool chosen = wanted.count(b.name) > 0 || (books.empty() && b.applies != "platform");
    if (!chosen) continue;
    // Each book on its own: books that replace each other's rules (a
    // platform's and the base book) are not layered here.
    rules::RulebookLoader loader;
    loader.AddEmbedded(b.name);
    add(loader.Finish());
  }
  return out;
}

}  // namespace huashu::cli
