#include "huashu/report/rule_noise.h"

#include <algorithm>
#include <tuple>

namespace huashu::report {

void RuleNoiseStats::AddReport(const ReportTotals& t) {
  ++reports_;
  checked_ += t.checked;
  if (t.agent_turns)
    agent_turns_ += *t.agent_turns;
  else
    turns_known_ = false;
  if (t.set_aside) {
    for (const auto& [rule, by] : *t.set_aside)
      for (const auto& [key, n] : by) set_aside_[rule][key] += n;
  } else {
    set_aside_known_ = false;
  }
  // A conversation does not continue into the next report.
  for (auto& [id, r] : rules_) r.last_conversation.clear();
}

void RuleNoiseStats::AddFinding(const Violation& v) {
  PerRule& r = rules_[v.rule];
  ++findings_;
  ++r.fires;
  if (r.category.empty()) r.category = v.category;
  if (r.severity.empty()) r.severity = v.severity;
  // Findings of one conversation are together in a report, so counting
  // changes of conversation per rule counts conversations with no set.
  std::string where = v.source.file;
  where += '\n';
  where += v.conversation;
  if (where != r.last_conversation) {
    ++r.conversations;
    r.last_conversation = std::move(where);
  }
}

void RuleNoiseStats::AddVerdict(const std::string& rule, bool true_positive) {
  PerRule& r = rules_[rule];
  ++reviewed_;
  ++(true_positive ? r.tp : r.fp);
}

std::optional<long> RuleNoiseStats::agent_turns() const {
  if (!turns_known_ || reports_ == 0) return std::nullopt;
  return agent_turns_;
}

std::vector<RuleNoise> RuleNoiseStats::Rows(const std::vector<RuleInForce>* rules) const {
  std::map<std::string, const RuleInForce*> known;
  if (rules)
    for (const RuleInForce& r : *rules) known[r.id] = &r;
  const std::optional<long> turns = agent_turns();
  std::vector<RuleNoise> out;
  for (const auto& [id, r] : rules_) {
    RuleNoise n;
    n.rule = id;
    n.category = r.category;
    n.severity = r.severity;
    auto k = known.find(id);
    if (k != known.end()) {
      if (n.category.empty()) n.category = k->second->category;
      if (n.severity.empty()) n.severity = k->second->severity;
    }
    n.in_books = !rules || k != known.end();
    n.fires = r.fires;
    n.conversations = r.conversations;
    if (checked_ > 0) {
      n.per_1k_conversations = 1000.0 * r.fires / checked_;
      n.share = double(r.conversations) / checked_;
    }
    if (turns && *turns > 0) n.per_1k_agent_turns = 1000.0 * r.fires / *turns;
    n.true_positives = r.tp;
    n.false_positives = r.fp;
    if (r.tp + r.fp > 0) n.precision = double(r.tp) / (r.tp + r.fp);
    out.push_back(std::move(n));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const RuleNoise& a, const RuleNoise& b) { return a.fires > b.fires; });
  return out;
}

std::vector<std::string> RuleNoiseStats::NeverFired(const std::vector<RuleInForce>& rules) const {
  std::vector<std::string> out;
  for (const RuleInForce& r : rules) {
    auto it = rules_.find(r.id);
    if (it == rules_.end() || it->second.fires == 0) out.push_back(r.id);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<std::vector<IdleSuppressor>> RuleNoiseStats::NeverSetAside(
    const std::vector<RuleInForce>& rules) const {
  if (!set_aside_known_ || reports_ == 0) return std::nullopt;
  std::vector<IdleSuppressor> out;
  auto used = [&](const std::string& rule, const std::string& key) {
    auto r = set_aside_.find(rule);
    return r != set_aside_.end() && r->second.count(key) > 0;
  };
  for (const RuleInForce& r : rules) {
    for (const std::string& phrase : r.allow)
      if (!used(r.id, "allow:" + phrase)) out.push_back({r.id, "allow:" + phrase, phrase});
    for (const auto& [key, what] : r.conditions)
      if (!used(r.id, key)) out.push_back({r.id, key, what});
  }
  std::sort(out.begin(), out.end(), [](const IdleSuppressor& a, const IdleSuppressor& b) {
    return std::tie(a.rule, a.key) < std::tie(b.rule, b.key);
  });
  return out;
}

}  // namespace huashu::report
