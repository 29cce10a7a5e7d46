#include "huashu/rules/compiled.h"

#include <algorithm>

#include "huashu/rules/rule_type.h"

namespace huashu::rules {

CompiledRulebook::CompiledRulebook(Rulebook book) : book_(std::move(book)) {
  const auto& rules = book_.rules();
  by_rule_.resize(rules.size());
  first_set_.resize(rules.size());
  for (uint32_t ri = 0; ri < rules.size(); ++ri) {
    const Rule& r = rules[ri];
    first_set_[ri] = static_cast<uint32_t>(sets_.size());
    for (const PhraseList& list : r.phrases) {
      const uint32_t id = static_cast<uint32_t>(sets_.size());
      sets_.push_back({ri, list.role, &list});
      turn_slot_.push_back(r.type->reads_turns_with(list.role) ? turn_slot_count_++ : kNoTurnSlot);
      auto& roles = by_rule_[ri];
      auto it = std::find_if(roles.begin(), roles.end(),
                             [&](const RoleSets& rs) { return rs.role == list.role; });
      if (it == roles.end()) {
        roles.push_back({list.role, {}});
        it = roles.end() - 1;
      }
      it->ids.push_back(id);
      // Allow-lists and required phrases match literally: only the words a
      // rule forbids get the variant channels.
      match::MatchOptions options;
      if (list.role == PhraseRole::kWords) options = r.variants;
      if (list.role == PhraseRole::kAllow) options.noise = r.variants.noise;
      for (uint32_t w = 0; w < list.phrases.size(); ++w) {
        std::string error;
        if (!matcher_.Add(list.phrases[w], id, w, options, &error)) {
          if (error.empty()) error = "it is empty after normalization";
          throw RulebookError(list.positions[w], "rule '" + r.id + "': phrase '" + list.phrases[w] +
                                                     "' can never match (" + error + ")");
        }
      }
    }
  }
  matcher_.Build();
}

std::span<const uint32_t> CompiledRulebook::Sets(size_t rule, PhraseRole role) const {
  for (const RoleSets& rs : by_rule_[rule]) {
    if (rs.role == role) return rs.ids;
  }
  return {};
}

}  // namespace huashu::rules
