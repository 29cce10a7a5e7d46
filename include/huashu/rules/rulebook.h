// Loading rulebooks: YAML in, a layered set of validated rules out.
//
// Every problem in a book is a RulebookError whose what() reads
// "file:line:col: message" (positions from yaml-cpp marks, 1-based), so the
// author can jump straight to it.

#ifndef HUASHU_RULES_RULEBOOK_H_
#define HUASHU_RULES_RULEBOOK_H_

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/base/scoring.h"
#include "huashu/rules/rule.h"
#include "huashu/rules/rule_type.h"

namespace huashu::rules {

class RulebookError : public std::runtime_error {
 public:
  RulebookError(const SourcePos& pos, const std::string& message)
      : std::runtime_error(pos.ToString() + ": " + message), pos_(pos) {}
  const SourcePos& pos() const { return pos_; }

 private:
  SourcePos pos_;
};

// The rules in force after layering books: a book's `extends` load first, a
// later book may replace a rule (override: true) or switch it off (disable).
class Rulebook {
 public:
  Rulebook() = default;
  Rulebook(std::vector<Rule> rules, std::vector<std::string> books, base::ScoringModel scoring = {})
      : rules_(std::move(rules)), books_(std::move(books)), scoring_(std::move(scoring)) {}

  const std::vector<Rule>& rules() const { return rules_; }
  // Book names in load order (for reports).
  const std::vector<std::string>& books() const { return books_; }
  // Returns the rule with `id`, or nullptr.
  const Rule* Find(std::string_view id) const;
  // The reference documents the books declared (`documents:`), by id.
  const std::map<std::string, Document>& documents() const { return documents_; }
  // How findings become a conversation's score: the books' `scoring:`
  // sections layered in load order, or the default model.
  const base::ScoringModel& scoring() const { return scoring_; }

 private:
  friend class RulebookLoader;
  std::vector<Rule> rules_;
  std::vector<std::string> books_;
  base::ScoringModel scoring_;
  std::map<std::string, Document> documents_;
};

// Loads books from files and from the books embedded in the binary.
// `extends: [name]` resolves first to a file relative to the extending book
// ("name.yaml" beside it), then to an embedded book of that name.
class RulebookLoader {
 public:
  RulebookLoader() = default;

  // Adds the book in file `path` (and, first, the books it extends).
  // Throws RulebookError on any error in any of them.
  void AddFile(const std::string& path);
  // Adds the embedded book `name` ("base", "platform/jd").
  // Throws RulebookError if there is no such book or it is invalid.
  void AddEmbedded(std::string_view name);
  // Adds a book from text (tests, stdin); `file` is used in messages.
  void AddText(std::string_view yaml, const std::string& file);

  // Returns the layered rules of every book added so far. The second form,
  // for a loader that is done with, moves them out instead of copying.
  Rulebook Finish() const&;
  Rulebook Finish() &&;

 private:
  void AddBook(std::string_view yaml, const std::string& file, const std::string& dir,
               bool embedded);
  std::vector<std::string> loaded_;  // book names and file paths, in load order
  std::vector<std::string> book_names_;
  std::vector<Rule> rules_;
  std::map<std::string, std::vector<std::string>> sets_;  // named phrase sets
  std::map<std::string, Document> documents_;             // every book's documents:
  std::vector<std::string> loading_;                      // cycle detection
  base::ScoringModel scoring_;
};

// Returns true if an embedded book `name` exists.
bool HasEmbeddedBook(std::string_view name);

}  // namespace huashu::rules

#endif  // HUASHU_RULES_RULEBOOK_H_
