// BookSelector: which compiled rulebook checks a conversation.
//
// With rulebooks given by the user (--rules), every conversation gets those.
// With the embedded defaults, a conversation gets the books of the catalogue
// (rules/catalogue.json) that apply to it, in catalogue order: as shipped,
// `base`, `pii` and `ad_law` always (ad_law's rules for 最/绝对/唯一-type
// words judge chats only), its channel's book (`call` or `chat`), and
// `platform/NAME` for its platform. No C++ code names a shipped book: the
// catalogue says which book applies when.
//
// Each combination is loaded and compiled once per BookSelector, on first
// use; embedded books are parsed once per process, and the books that
// combinations share (base, pii, a channel's book, ad_law: all but the last)
// are read into rules once per selector, not once per combination.

#ifndef HUASHU_CHECK_BOOK_SELECTOR_H_
#define HUASHU_CHECK_BOOK_SELECTOR_H_

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "huashu/check/checker.h"
#include "huashu/rules/rulebook.h"

namespace huashu::check {

// One shipped book, as listed in rules/catalogue.json.
struct CatalogueBook {
  std::string name;                  // "base", "platform/jd": the name AddEmbedded() takes
  std::string file;                  // path under rules/
  std::string applies;               // always | channel | ecommerce | platform
  std::string channel;               // applies == channel: "call" or "chat"
  std::string platform;              // applies == platform: canonical name ("taobao")
  std::vector<std::string> aliases;  // other names of that platform ("tmall", "天猫")
  std::string version;
  std::string description;
};

// The catalogue embedded at build time, in layering order. Parsed once.
const std::vector<CatalogueBook>& Catalogue();
// The catalogue's JSON text (generated from rules/catalogue.json).
std::string_view EmbeddedCatalogueJson();

class BookSelector {
 public:
  // Uses the embedded books, without the rules whose ids are in `disabled`.
  explicit BookSelector(std::set<std::string> disabled = {}, CheckOptions options = {});
  // Uses the books in `files` (layered in order), without `disabled`.
  // Throws RulebookError.
  explicit BookSelector(const std::vector<std::string>& files, std::set<std::string> disabled = {},
                        CheckOptions options = {});

  // Returns every rule id the selector could apply (for validating
  // --disable). Throws RulebookError.
  static std::set<std::string> KnownRuleIds(const std::vector<std::string>& files);

  // Returns the checker for `c`. Thread-safe. Throws RulebookError if an
  // embedded combination fails to compile (a build defect).
  const Checker& For(const transcript::Conversation& c);

  // For a process that ends soon after the selector (the command line): the
  // compiled combinations are then not freed with it but kept, reachable,
  // until the process ends. Freeing them only delayed the exit, after the
  // reports were written (4 % of the instructions of a run that compiles the
  // four platforms' combinations and checks little).
  void KeepBooksUntilExit() { keep_books_ = true; }
  ~BookSelector();

  // Platforms seen on conversations for which no embedded book exists
  // (their conversations got the other books only).
  std::set<std::string> UnknownPlatforms();

  // Embedded book names that would apply to `c`, in catalogue order.
  static std::vector<std::string> DefaultBooks(const transcript::Conversation& c);
  // The catalogue's platform book for a platform name or alias, compared in
  // lower case ("tmall" -> "platform/taobao"), or "" when none exists.
  static std::string PlatformBook(const std::string& platform);
  // Every platform name and alias of the catalogue, for messages.
  static std::string KnownPlatforms();

  // The compiled books of every combination used so far (with --rules: the
  // one book set). Thread-safe; the books live as long as the selector.
  std::vector<const rules::CompiledRulebook*> UsedBooks();

 private:
  // A book combination. Compiled once, outside mu_, so that two threads
  // meeting two new combinations compile them at the same time; `ready`
  // says book and checker are set.
  struct Entry {
    std::once_flag once;
    std::atomic<bool> ready{false};
    std::unique_ptr<rules::CompiledRulebook> book;
    std::unique_ptr<Checker> checker;
  };
  // Takes the loaded book by value: a combination's rules are moved into
  // its compiled book, not copied.
  std::unique_ptr<rules::CompiledRulebook> Compile(rules::Rulebook book) const;

  std::set<std::string> disabled_;
  CheckOptions options_;
  std::mutex mu_;
  bool user_books_ = false;
  bool keep_books_ = false;
  std::map<std::string, std::unique_ptr<Entry>> cache_;  // by list of books; guarded by mu_
  // Serialises reading the embedded YAML (yaml-cpp nodes, cached for the
  // process, are not safe to read from two threads); compiling is not.
  std::mutex load_mu_;
  // Loaders holding every book of a combination but its last, by that list
  // of books; guarded by load_mu_. Copied, then given the last book.
  std::map<std::string, rules::RulebookLoader> prefix_loaders_;
  // (platform|channel) -> checker, for the per-conversation look-up.
  std::shared_mutex seen_mu_;
  std::unordered_map<std::string, const Checker*> seen_;
  std::set<std::string> unknown_platforms_;  // guarded by mu_
};

}  // namespace huashu::check

#endif  // HUASHU_CHECK_BOOK_SELECTOR_H_
