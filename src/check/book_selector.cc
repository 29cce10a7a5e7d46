#include "huashu/check/book_selector.h"

#include <algorithm>
#include <cctype>

#include "huashu/rules/embedded.h"

namespace huashu::check {

BookSelector::BookSelector(std::set<std::string> disabled) : disabled_(std::move(disabled)) {}

BookSelector::BookSelector(const std::vector<std::string>& files, std::set<std::string> disabled)
    : disabled_(std::move(disabled)), user_books_(true) {
  rules::RulebookLoader loader;
  for (const std::string& f : files) loader.AddFile(f);
  Entry e;
  e.book = Compile(loader.Finish());
  e.checker = std::make_unique<Checker>(*e.book);
  cache_.emplace("", std::move(e));
}

std::set<std::string> BookSelector::UnknownPlatforms() {
  std::lock_guard<std::mutex> lock(mu_);
  return unknown_platforms_;
}

std::unique_ptr<rules::CompiledRulebook> BookSelector::Compile(const rules::Rulebook& book) const {
  if (disabled_.empty()) return std::make_unique<rules::CompiledRulebook>(book);
  std::vector<rules::Rule> kept;
  for (const rules::Rule& r : book.rules()) {
    if (!disabled_.count(r.id)) kept.push_back(r);
  }
  return std::make_unique<rules::CompiledRulebook>(rules::Rulebook(std::move(kept), book.books()));
}

std::set<std::string> BookSelector::KnownRuleIds(const std::vector<std::string>& files) {
  std::set<std::string> ids;
  if (!files.empty()) {
    rules::RulebookLoader loader;
    for (const std::string& f : files) loader.AddFile(f);
    const rules::Rulebook book = loader.Finish();
    for (const rules::Rule& r : book.rules()) ids.insert(r.id);
    return ids;
  }
  for (const rules::EmbeddedBook& b : rules::EmbeddedBooks()) {
    rules::RulebookLoader loader;
    loader.AddEmbedded(b.name);
    const rules::Rulebook book = loader.Finish();
    for (const rules::Rule& r : book.rules()) ids.insert(r.id);
  }
  return ids;
}

std::string BookSelector::PlatformBook(const std::string& platform) {
  std::string p = platform;
  std::transform(p.begin(), p.end(), p.begin(), [](unsigned char c) { return std::tolower(c); });
  if (p == "tmall" || p == "天猫" || p == "淘宝") p = "taobao";
  if (p == "拼多多" || p == "pdd") p = "pinduoduo";
  if (p == "京东") p = "jd";
  if (p == "抖音" || p == "tiktok") p = "douyin";
  return rules::HasEmbeddedBook("platform/" + p) ? "platform/" + p : "";
}

std::vector<std::string> BookSelector::DefaultBooks(const transcript::Conversation& c) {
  std::vector<std::string> books;
  auto add = [&](const std::string& name) {
    if (rules::HasEmbeddedBook(name)) books.push_back(name);
  };
  add("base");
  add("pii");
  add(c.channel == transcript::Channel::kCall ? "call" : "chat");
  if (c.channel == transcript::Channel::kChat || !c.platform.empty()) add("ad_law");
  if (!c.platform.empty()) {
    const std::string p = PlatformBook(c.platform);
    if (!p.empty()) books.push_back(p);
  }
  return books;
}

const Checker& BookSelector::For(const transcript::Conversation& c) {
  if (user_books_) return *cache_.begin()->second.checker;
  // Fast path: this (channel, platform) was seen before.
  std::string probe = c.platform;
  probe += c.channel == transcript::Channel::kCall ? "|call" : "|chat";
  {
    std::shared_lock<std::shared_mutex> lock(seen_mu_);
    auto it = seen_.find(probe);
    if (it != seen_.end()) return *it->second;
  }
  std::lock_guard<std::mutex> lock(mu_);
  if (!c.platform.empty() && PlatformBook(c.platform).empty())
    unknown_platforms_.insert(c.platform);
  const std::vector<std::string> books = DefaultBooks(c);
  std::string key;
  for (const std::string& b : books) key += b + "+";
  auto it = cache_.find(key);
  if (it == cache_.end()) {
    rules::RulebookLoader loader;
    for (const std::string& b : books) loader.AddEmbedded(b);
    Entry e;
    e.book = Compile(loader.Finish());
    e.checker = std::make_unique<Checker>(*e.book);
    it = cache_.emplace(key, std::move(e)).first;
  }
  std::unique_lock<std::shared_mutex> seen_lock(seen_mu_);
  seen_[probe] = it->second.checker.get();
  return *it->second.checker;
}

}  // namespace huashu::check
