#include "huashu/match/automaton.h"

#include <algorithm>
#include <cassert>
#include <deque>

namespace huashu::match {

void PhraseAutomaton::Add(std::span<const uint32_t> pattern, uint32_t value) {
  assert(!pattern.empty());
  if (trie_.empty()) {
    trie_.emplace_back();
    trie_out_.emplace_back();
  }
  uint32_t node = 0;
  for (uint32_t symbol : pattern) {
    uint32_t cls;
    if (symbol < 65536) {
      if (dense_class_.size() <= symbol) dense_class_.resize(65536, 0);
      if (dense_class_[symbol] == 0) dense_class_[symbol] = static_cast<uint16_t>(class_count_++);
      cls = dense_class_[symbol];
    } else {
      auto [it, inserted] = sparse_class_.emplace(symbol, class_count_);
      if (inserted) ++class_count_;
      cls = it->second;
    }
    auto [it, inserted] = trie_[node].emplace(cls, static_cast<uint32_t>(trie_.size()));
    if (inserted) {
      trie_.emplace_back();
      trie_out_.emplace_back();
    }
    node = it->second;
  }
  auto& out = trie_out_[node];
  if (std::find(out.begin(), out.end(), value) == out.end()) out.push_back(value);
  lengths_.emplace(value, static_cast<uint32_t>(pattern.size()));
  ++patterns_;
}

void PhraseAutomaton::Build() {
  if (trie_.empty()) {
    trie_.emplace_back();
    trie_out_.emplace_back();
  }
  // A 16-bit dense class map caps the alphabet; more than 65535 distinct
  // symbols in one rulebook's patterns is far beyond any real rulebook.
  assert(class_count_ < 65536);
  const size_t n = trie_.size();
  states_.assign(n, State{});
  root_next_.assign(class_count_, 0);
  std::vector<uint32_t> fail(n, 0);
  std::vector<uint32_t> order;
  order.reserve(n);
  std::deque<uint32_t> queue;
  for (auto [cls, child] : trie_[0]) {
    root_next_[cls] = child;
    queue.push_back(child);
  }
  // Breadth-first: a node's failure target is always finished before it.
  auto goto_fn = [&](uint32_t state, uint32_t cls) -> uint32_t {
    while (true) {
      auto it = trie_[state].find(cls);
      if (it != trie_[state].end()) return it->second;
      if (state == 0) return 0;
      state = fail[state];
    }
  };
  while (!queue.empty()) {
    const uint32_t node = queue.front();
    queue.pop_front();
    order.push_back(node);
    for (auto [cls, child] : trie_[node]) {
      fail[child] = node == 0 ? 0 : goto_fn(fail[node], cls);
      queue.push_back(child);
    }
  }
  // Lay out edges and flattened outputs. Outputs: own patterns first (longer
  // than any inherited one), then the failure state's.
  std::vector<std::vector<uint32_t>> outs(n);
  outs[0] = trie_out_[0];
  for (uint32_t node : order) {
    outs[node] = trie_out_[node];
    for (uint32_t v : outs[fail[node]]) outs[node].push_back(v);
  }
  // Each state's transitions that differ from the root's: its own edges,
  // then those of its failure state for the classes it has no edge for
  // (already resolved: the failure state comes first in breadth-first
  // order). An own edge never leads where the root's does (it goes one
  // level deeper than any root transition).
  std::vector<uint32_t> edge_begin(n, 0), edge_count(n, 0);
  std::vector<Edge> own;
  for (uint32_t node : order) {
    own.clear();
    for (auto [cls, child] : trie_[node]) own.push_back({cls, child});
    std::sort(own.begin(), own.end(), [](const Edge& a, const Edge& b) { return a.cls < b.cls; });
    const uint32_t begin = static_cast<uint32_t>(edges_.size());
    const uint32_t f = fail[node];
    // Merge two sorted lists; the own edge wins on a tie. edges_ may grow
    // while the failure state's list is read: index it, do not hold pointers.
    uint32_t i = 0, j = edge_begin[f];
    const uint32_t j_end = f == 0 ? j : edge_begin[f] + edge_count[f];
    while (i < own.size() || j < j_end) {
      if (j == j_end || (i < own.size() && own[i].cls <= edges_[j].cls)) {
        if (j < j_end && edges_[j].cls == own[i].cls) ++j;
        edges_.push_back(own[i++]);
      } else {
        const Edge inherited = edges_[j++];
        edges_.push_back(inherited);
      }
    }
    edge_begin[node] = begin;
    edge_count[node] = static_cast<uint32_t>(edges_.size()) - begin;
  }
  for (uint32_t node = 0; node < n; ++node) {
    State& s = states_[node];
    s.edge_begin = edge_begin[node];
    s.edge_count = node == 0 ? 0 : edge_count[node];
    s.out_begin = static_cast<uint32_t>(outputs_.size());
    s.out_count = static_cast<uint32_t>(outs[node].size());
    outputs_.insert(outputs_.end(), outs[node].begin(), outs[node].end());
  }
  trie_.clear();
  trie_.shrink_to_fit();
  trie_out_.clear();
  trie_out_.shrink_to_fit();
}

}  // namespace huashu::match
