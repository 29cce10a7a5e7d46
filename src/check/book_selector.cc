#include "huashu/check/book_selector.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <optional>

#include "huashu/rules/embedded.h"
#include "huashu/rules/rulebook.h"

namespace huashu::check {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

}  // namespace

const std::vector<CatalogueBook>& Catalogue() {
  static const std::vector<CatalogueBook> books = [] {
    std::vector<CatalogueBook> out;
    const nlohmann::json j = nlohmann::json::parse(EmbeddedCatalogueJson());
    for (const nlohmann::json& b : j.at("books")) {
      CatalogueBook c;
      c.name = b.at("name");
      c.file = b.at("file");
      c.applies = b.at("applies");
      c.channel = b.value("channel", "");
      c.platform = b.value("platform", "");
      c.aliases = b.value("aliases", std::vector<std::string>{});
      c.version = b.value("version", "");
      c.description = b.value("description", "");
      out.push_back(std::move(c));
    }
    return out;
  }();
  return books;
}

BookSelector::BookSelector(std::set<std::string> disabled, CheckOptions options)
    : disabled_(std::move(disabled)), options_(options) {}

BookSelector::BookSelector(const std::vector<std::string>& files, std::set<std::string> disabled,
                           CheckOptions options)
    : disabled_(std::move(disabled)), options_(options), user_books_(true) {
  rules::RulebookLoader loader;
  for (const std::string& f : files) loader.AddFile(f);
  auto e = std::make_unique<Entry>();
  e->book = Compile(std::move(loader).Finish());
  e->checker = std::make_unique<Checker>(*e->book, options_);
  e->ready = true;
  cache_.emplace("", std::move(e));
}

BookSelector::~BookSelector() {
  if (!keep_books_) return;
  // Never freed; reachable from here, so leak checkers do not count it.
  static std::mutex kept_mu;
  static auto& kept = *new std::vector<std::unique_ptr<Entry>>();
  std::lock_guard<std::mutex> lock(kept_mu);
  for (auto& [key, e] : cache_) kept.push_back(std::move(e));
}

std::set<std::string> BookSelector::UnknownPlatforms() {
  std::lock_guard<std::mutex> lock(mu_);
  return unknown_platforms_;
}

std::vector<const rules::CompiledRulebook*> BookSelector::UsedBooks() {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<const rules::CompiledRulebook*> out;
  for (const auto& [key, e] : cache_)
    if (e->ready.load(std::memory_order_acquire)) out.push_back(e->book.get());
  return out;
}

std::unique_ptr<rules::CompiledRulebook> BookSelector::Compile(rules::Rulebook book) const {
  if (disabled_.empty()) return std::make_unique<rules::CompiledRulebook>(std::move(book));
  std::vector<rules::Rule> kept;
  for (const rules::Rule& r : book.rules()) {
    if (!disabled_.count(r.id)) kept.push_back(r);
  }
  return std::make_unique<rules::CompiledRulebook>(
      rules::Rulebook(std::move(kept), book.books(), book.scoring()));
}

std::set<std::string> BookSelector::KnownRuleIds(const std::vector<std::string>& files) {
  std::set<std::string> ids;
  if (!files.empty()) {
    rules::RulebookLoader loader;
    for (const std::string& f : files) loader.AddFile(f);
    const rules::Rulebook book = std::move(loader).Finish();
    for (const rules::Rule& r : book.rules()) ids.insert(r.id);
    return ids;
  }
  for (const rules::EmbeddedBook& b : rules::EmbeddedBooks()) {
    rules::RulebookLoader loader;
    loader.AddEmbedded(b.name);
    const rules::Rulebook book = std::move(loader).Finish();
    for (const rules::Rule& r : book.rules()) ids.insert(r.id);
  }
  return ids;
}

std::string BookSelector::PlatformBook(const std::string& platform) {
  const std::string p = Lower(platform);
  for (const CatalogueBook& b : Catalogue()) {
    if (b.applies != "platform") continue;
    if (Lower(b.platform) == p || std::any_of(b.aliases.begin(), b.aliases.end(),
                                              [&](const std::string& a) { return Lower(a) == p; }))
      return b.name;
  }
  return "";
}

std::string BookSelector::KnownPlatforms() {
  std::string s;
  for (const CatalogueBook& b : Catalogue()) {
    if (b.applies != "platform") continue;
    s += (s.empty() ? "" : ", ") + b.platform;
    for (const std::string& a : b.aliases) s += ", " + a;
  }
  return s;
}

std::vector<std::string> BookSelector::DefaultBooks(const transcript::Conversation& c) {
  const bool call = c.channel == transcript::Channel::kCall;
  const std::string platform_book = c.platform.empty() ? "" : PlatformBook(c.platform);
  std::vector<std::string> books;
  for (const CatalogueBook& b : Catalogue()) {
    bool applies = false;
    if (b.applies == "always") {
      applies = true;
    } else if (b.applies == "channel") {
      applies = b.channel == (call ? "call" : "chat");
    } else if (b.applies == "ecommerce") {
      applies = !call || !c.platform.empty();
    } else if (b.applies == "platform") {
      applies = b.name == platform_book;
    }
    if (applies) books.push_back(b.name);
  }
  return books;
}

const Checker& BookSelector::For(const transcript::Conversation& c) {
  if (user_books_) return *cache_.begin()->second->checker;
  // Fast path: this (channel, platform) was seen before.
  std::string probe = c.platform;
  probe += c.channel == transcript::Channel::kCall ? "|call" : "|chat";
  {
    std::shared_lock<std::shared_mutex> lock(seen_mu_);
    auto it = seen_.find(probe);
    if (it != seen_.end()) return *it->second;
  }
  std::vector<std::string> books;
  Entry* e = nullptr;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!c.platform.empty() && PlatformBook(c.platform).empty())
      unknown_platforms_.insert(c.platform);
    books = DefaultBooks(c);
    std::string key;
    for (const std::string& b : books) key += b + "+";
    std::unique_ptr<Entry>& slot = cache_[key];
    if (!slot) slot = std::make_unique<Entry>();
    e = slot.get();
  }
  // Another thread may be compiling this combination: call_once waits for
  // it; one compiling another combination does not hold this one up.
  std::call_once(e->once, [&] {
    std::optional<rules::Rulebook> loaded;
    {
      std::lock_guard<std::mutex> load_lock(load_mu_);
      // Every combination of a channel shares all its books but the
      // platform's: read those once, then copy the loader.
      std::string prefix;
      for (size_t i = 0; i + 1 < books.size(); ++i) prefix += books[i] + "+";
      auto it = prefix_loaders_.find(prefix);
      if (it == prefix_loaders_.end()) {
        rules::RulebookLoader shared;
        for (size_t i = 0; i + 1 < books.size(); ++i) shared.AddEmbedded(books[i]);
        it = prefix_loaders_.emplace(prefix, std::move(shared)).first;
      }
      rules::RulebookLoader loader = it->second;
      if (!books.empty()) loader.AddEmbedded(books.back());
      loaded.emplace(std::move(loader).Finish());
    }
    e->book = Compile(std::move(*loaded));
    e->checker = std::make_unique<Checker>(*e->book, options_);
    e->ready.store(true, std::memory_order_release);
  });
  std::unique_lock<std::shared_mutex> seen_lock(seen_mu_);
  seen_[probe] = e->checker.get();
  return *e->checker;
}

}  // namespace huashu::check
