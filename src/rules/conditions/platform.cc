// platform: the conversation's platform is one of a list. The platform's own
// services (JD's 微信支付, a shop's official 公众号) are fine on that
// platform and an invitation elsewhere.

#include <algorithm>
#include <cctype>

#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

std::string Lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

class Platform final : public HitCondition {
 public:
  explicit Platform(std::vector<std::string> names) : names_(std::move(names)) {}

  bool Holds(const Evaluation& ev, const Candidate&) const override {
    const std::string& p = ev.conversation().platform;
    return std::any_of(names_.begin(), names_.end(), [&](const std::string& n) {
      return std::equal(n.begin(), n.end(), p.begin(), p.end(), [](char a, char b) {
        return a == std::tolower(static_cast<unsigned char>(b));
      });
    });
  }
  std::string Describe(const Rule&) const override {
    std::string s = "平台是";
    for (const auto& n : names_) s += " " + n;
    return s;
  }

 private:
  std::vector<std::string> names_;  // lower case
};

}  // namespace

std::unique_ptr<HitCondition> MakePlatform(const RuleReader& in, const YAML::Node& item,
                                           std::string_view key, Rule* rule) {
  const PhraseList list = in.Phrases(item[std::string(key)], PhraseRole::kCue, key);
  std::vector<std::string> names;
  for (const auto& p : list.phrases) names.push_back(Lower(p));
  (void)rule;
  return std::make_unique<Platform>(std::move(names));
}

}  // namespace huashu::rules
