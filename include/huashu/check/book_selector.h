// BookSelector: which compiled rulebook checks a conversation.
//
// With rulebooks given by the user (--rules), every conversation gets those.
// With the embedded defaults, a conversation gets `base` and `pii` plus its channel's
// book (`call` or `chat`), plus `platform/NAME` for its platform, plus
// `ad_law` for e-commerce conversations (chats, and anything with a
// platform). Each combination is compiled once, on first use.

#ifndef HUASHU_CHECK_BOOK_SELECTOR_H_
#define HUASHU_CHECK_BOOK_SELECTOR_H_

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "huashu/check/checker.h"

namespace huashu::check {

class BookSelector {
 public:
  // Uses the embedded books, without the rules whose ids are in `disabled`.
  explicit BookSelector(std::set<std::string> disabled = {});
  // Uses the books in `files` (layered in order), without `disabled`.
  // Throws RulebookError.
  explicit BookSelector(const std::vector<std::string>& files, std::set<std::string> disabled = {});

  // Returns every rule id the selector could apply (for validating
  // --disable). Throws RulebookError.
  static std::set<std::string> KnownRuleIds(const std::vector<std::string>& files);

  // Returns the checker for `c`. Thread-safe. Throws RulebookError if an
  // embedded combination fails to compile (a build defect).
  const Checker& For(const transcript::Conversation& c);

  // Platforms seen on conversations for which no embedded book exists
  // (their conversations got the other books only).
  std::set<std::string> UnknownPlatforms();

  // Embedded book names that would apply to `c`.
  static std::vector<std::string> DefaultBooks(const transcript::Conversation& c);
  // Canonical platform book name for a platform ("tmall" -> "taobao"), or
  // "" when no book exists for it.
  static std::string PlatformBook(const std::string& platform);

 private:
  struct Entry {
    std::unique_ptr<rules::CompiledRulebook> book;
    std::unique_ptr<Checker> checker;
  };
  std::unique_ptr<rules::CompiledRulebook> Compile(const rules::Rulebook& book) const;

  std::set<std::string> disabled_;
  std::mutex mu_;
  bool user_books_ = false;
  std::map<std::string, Entry> cache_;  // by list of books; guarded by mu_
  // (platform|channel) -> checker, for the per-conversation look-up.
  std::shared_mutex seen_mu_;
  std::unordered_map<std::string, const Checker*> seen_;
  std::set<std::string> unknown_platforms_;  // guarded by mu_
};

}  // namespace huashu::check

#endif  // HUASHU_CHECK_BOOK_SELECTOR_H_
