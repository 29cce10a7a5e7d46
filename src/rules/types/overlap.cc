// type: overlap — the agent starts speaking while the customer is still
// talking, by more than tolerance_seconds (interrupting).

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"
#include "timeline.h"

namespace huashu::rules {
namespace {

using transcript::HasTime;
using transcript::Speaker;

struct OverlapParams : RuleParams {
  double tolerance_seconds = 0.5;
};

class OverlapType final : public PerRuleType {
 public:
  std::string_view name() const override { return "overlap"; }
  std::vector<std::string_view> placeholders() const override { return {"seconds"}; }
  std::vector<std::string_view> keys() const override { return {"tolerance_seconds"}; }

  void Read(RuleReader& in, Rule* r) const override {
    auto p = std::make_shared<OverlapParams>();
    p->tolerance_seconds = in.NumberOr("tolerance_seconds", 0.5);
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    out->push_back(
        {"tolerance_seconds", FormatSeconds(r.Params<OverlapParams>().tolerance_seconds)});
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& c = ev.conversation();
    const double tolerance = r.Params<OverlapParams>().tolerance_seconds;
    if (!TurnsTimed(c)) {
      ev.Skip(r);
      return;
    }
    // For each agent turn, the first customer turn (in turn order) that it
    // cut into: began before the agent did, and both it and the agent's
    // turn last more than `tolerance` past that moment. Agent turns are
    // taken by start time; customer turns that began earlier go into a
    // max-tree of their ends over turn positions, whose leftmost end far
    // enough is the answer: O(n log n), not every pair of turns.
    const size_t n = c.turns.size();
    std::vector<size_t> agents, customers;
    for (size_t t = 0; t < n; ++t) {
      const auto& turn = c.turns[t];
      if (std::isnan(turn.start)) continue;
      if (SpeakerMatches(r.speaker, turn.speaker)) agents.push_back(t);
      if (turn.speaker == Speaker::kCustomer && HasTime(turn.end)) customers.push_back(t);
    }
    if (agents.empty() || customers.empty()) return;
    auto by_start = [&](size_t a, size_t b) {
      return c.turns[a].start != c.turns[b].start ? c.turns[a].start < c.turns[b].start : a < b;
    };
    std::sort(agents.begin(), agents.end(), by_start);
    std::sort(customers.begin(), customers.end(), by_start);
    size_t leaves = 1;
    while (leaves < n) leaves *= 2;
    const double kNone = -std::numeric_limits<double>::infinity();
    std::vector<double> tree(2 * leaves, kNone);
    auto insert = [&](size_t t, double end) {
      size_t k = leaves + t;
      tree[k] = end;
      for (k /= 2; k >= 1; k /= 2) tree[k] = std::max(tree[2 * k], tree[2 * k + 1]);
    };
    std::vector<size_t> cut(n, SIZE_MAX);  // agent turn -> the customer turn it cut into
    size_t next = 0;
    for (size_t u : agents) {
      const double a = c.turns[u].start;
      while (next < customers.size() && c.turns[customers[next]].start < a) {
        insert(customers[next], c.turns[customers[next]].end);
        ++next;
      }
      if (!(EndOf(c.turns[u]) - a > tolerance) || !(tree[1] - a > tolerance)) continue;
      size_t k = 1;
      while (k < leaves) k = tree[2 * k] - a > tolerance ? 2 * k : 2 * k + 1;
      cut[u] = k - leaves;
    }
    for (size_t u = 0; u < n; ++u) {
      if (cut[u] == SIZE_MAX) continue;
      const double a = c.turns[u].start;
      const double overlap = std::min(c.turns[cut[u]].end, EndOf(c.turns[u])) - a;
      ev.Emit(ev.MakeAt(
          r,
          FormatMessage(r.message, {{"seconds", FormatSeconds(std::round(overlap * 10) / 10)}}),
          u, nullptr));
    }
  }
};

}  // namespace

const RuleType* OverlapRuleType() {
  static const OverlapType type;
  return &type;
}

}  // namespace huashu::rules
