#include "huashu/match/automaton.h"

#include <algorithm>
#include <cassert>
#include <stdexcept>

namespace huashu::match {

namespace {

uint64_t Mix(uint64_t key) {
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdULL;
  key ^= key >> 33;
  return key;
}

}  // namespace

uint32_t PhraseAutomaton::TrieChild(uint32_t node, uint32_t cls) const {
  if (trie_keys_.empty()) return 0;
  const uint64_t key = EdgeKey(node, cls);
  const size_t mask = trie_keys_.size() - 1;
  for (size_t i = Mix(key) & mask;; i = (i + 1) & mask) {
    if (trie_keys_[i] == key) return trie_children_[i];
    if (trie_keys_[i] == kNoEdge) return 0;
  }
}

void PhraseAutomaton::TrieInsert(uint32_t node, uint32_t cls, uint32_t child) {
  if (2 * (trie_edges_ + 1) > trie_keys_.size()) {
    // Keep the table at most half full.
    std::vector<uint64_t> keys(std::max<size_t>(1024, 2 * trie_keys_.size()), kNoEdge);
    std::vector<uint32_t> children(keys.size(), 0);
    const size_t mask = keys.size() - 1;
    for (size_t j = 0; j < trie_keys_.size(); ++j) {
      if (trie_keys_[j] == kNoEdge) continue;
      size_t i = Mix(trie_keys_[j]) & mask;
      while (keys[i] != kNoEdge) i = (i + 1) & mask;
      keys[i] = trie_keys_[j];
      children[i] = trie_children_[j];
    }
    trie_keys_.swap(keys);
    trie_children_.swap(children);
  }
  const uint64_t key = EdgeKey(node, cls);
  const size_t mask = trie_keys_.size() - 1;
  size_t i = Mix(key) & mask;
  while (trie_keys_[i] != kNoEdge) i = (i + 1) & mask;
  trie_keys_[i] = key;
  trie_children_[i] = child;
  ++trie_edges_;
}

void PhraseAutomaton::Add(std::span<const uint32_t> pattern, uint32_t value) {
  assert(!pattern.empty());
  if (trie_nodes_ == 0) trie_nodes_ = 1;
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
    uint32_t child = TrieChild(node, cls);
    if (child == 0) {
      child = trie_nodes_++;
      TrieInsert(node, cls, child);
    }
    node = child;
  }
  trie_out_.push_back({node, value});
  lengths_.push_back({value, static_cast<uint32_t>(pattern.size())});
  ++patterns_;
}

uint32_t PhraseAutomaton::PatternLength(uint32_t value) const {
  auto it = std::lower_bound(
      lengths_.begin(), lengths_.end(), value,
      [](const std::pair<uint32_t, uint32_t>& e, uint32_t v) { return e.first < v; });
  if (it == lengths_.end() || it->first != value)
    throw std::out_of_range("PhraseAutomaton::PatternLength: no pattern has this value");
  return it->second;
}

void PhraseAutomaton::Build() {
  if (trie_nodes_ == 0) trie_nodes_ = 1;
  // A 16-bit dense class map caps the alphabet; more than 65535 distinct
  // symbols in one rulebook's patterns is far beyond any real rulebook.
  assert(class_count_ < 65536);
  const size_t n = trie_nodes_;
  // Each value's length as first added.
  std::stable_sort(lengths_.begin(), lengths_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  lengths_.erase(std::unique(lengths_.begin(), lengths_.end(),
                             [](const auto& a, const auto& b) { return a.first == b.first; }),
                 lengths_.end());
  lengths_.shrink_to_fit();
  // Each node's own patterns' values, in the order added, each once:
  // own[own_begin[v], own_begin[v + 1]).
  std::vector<uint32_t> own_begin(n + 1, 0);
  for (const auto& [node, value] : trie_out_) ++own_begin[node + 1];
  for (size_t v = 0; v < n; ++v) own_begin[v + 1] += own_begin[v];
  std::vector<uint32_t> own(trie_out_.size());
  std::vector<uint32_t> own_end(own_begin.begin(), own_begin.end() - 1);
  for (const auto& [node, value] : trie_out_) {
    const auto first = own.begin() + own_begin[node], last = own.begin() + own_end[node];
    if (std::find(first, last, value) == last) own[own_end[node]++] = value;
  }
  trie_out_.clear();
  trie_out_.shrink_to_fit();
  states_.assign(n, State{});
  root_next_.assign(class_count_, 0);
  // Each node's own edges, sorted by class: child_[child_begin[v], child_begin[v + 1]).
  std::vector<uint32_t> child_begin(n + 1, 0);
  for (uint64_t key : trie_keys_)
    if (key != kNoEdge) ++child_begin[(key >> 32) + 1];
  for (size_t v = 0; v < n; ++v) child_begin[v + 1] += child_begin[v];
  std::vector<Edge> child(trie_edges_);
  {
    std::vector<uint32_t> fill(child_begin.begin(), child_begin.end() - 1);
    for (size_t j = 0; j < trie_keys_.size(); ++j) {
      const uint64_t key = trie_keys_[j];
      if (key == kNoEdge) continue;
      child[fill[key >> 32]++] = {static_cast<uint32_t>(key), trie_children_[j]};
    }
  }
  for (size_t v = 0; v < n; ++v)
    std::sort(child.begin() + child_begin[v], child.begin() + child_begin[v + 1],
              [](const Edge& a, const Edge& b) { return a.cls < b.cls; });
  std::vector<uint32_t> fail(n, 0);
  std::vector<uint32_t> order;
  order.reserve(n);
  for (uint32_t k = child_begin[0]; k < child_begin[1]; ++k) {
    root_next_[child[k].cls] = child[k].target;
    order.push_back(child[k].target);
  }
  // Breadth-first (`order` is the queue): a node's failure target is always
  // finished before it.
  auto goto_fn = [&](uint32_t state, uint32_t cls) -> uint32_t {
    while (true) {
      if (const uint32_t c = TrieChild(state, cls); c != 0) return c;
      if (state == 0) return 0;
      state = fail[state];
    }
  };
  for (size_t q = 0; q < order.size(); ++q) {
    const uint32_t node = order[q];
    for (uint32_t k = child_begin[node]; k < child_begin[node + 1]; ++k) {
      fail[child[k].target] = goto_fn(fail[node], child[k].cls);
      order.push_back(child[k].target);
    }
  }
  // Flattened outputs, in breadth-first order: own patterns first (longer
  // than any inherited one), then the failure state's (already laid out).
  std::vector<uint32_t> out_begin(n, 0), out_count(n, 0);
  outputs_.assign(own.begin() + own_begin[0], own.begin() + own_end[0]);
  out_count[0] = static_cast<uint32_t>(outputs_.size());
  for (uint32_t node : order) {
    const uint32_t f = fail[node];
    out_begin[node] = static_cast<uint32_t>(outputs_.size());
    outputs_.insert(outputs_.end(), own.begin() + own_begin[node], own.begin() + own_end[node]);
    for (uint32_t k = 0; k < out_count[f]; ++k) {
      const uint32_t inherited = outputs_[out_begin[f] + k];
      outputs_.push_back(inherited);
    }
    out_count[node] = static_cast<uint32_t>(outputs_.size()) - out_begin[node];
  }
  // Each state's transitions that differ from the root's: its own edges,
  // then those of its failure state for the classes it has no edge for
  // (already resolved: the failure state comes first in breadth-first
  // order). An own edge never leads where the root's does (it goes one
  // level deeper than any root transition).
  std::vector<uint32_t> edge_begin(n, 0), edge_count(n, 0);
  for (uint32_t node : order) {
    const uint32_t begin = static_cast<uint32_t>(edges_.size());
    const uint32_t f = fail[node];
    // Merge two sorted lists; the own edge wins on a tie. edges_ may grow
    // while the failure state's list is read: index it, do not hold pointers.
    uint32_t i = child_begin[node], j = edge_begin[f];
    const uint32_t i_end = child_begin[node + 1];
    const uint32_t j_end = f == 0 ? j : edge_begin[f] + edge_count[f];
    while (i < i_end || j < j_end) {
      if (j == j_end || (i < i_end && child[i].cls <= edges_[j].cls)) {
        if (j < j_end && edges_[j].cls == child[i].cls) ++j;
        edges_.push_back(child[i++]);
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
    s.out_begin = out_begin[node];
    s.out_count = out_count[node];
  }
  trie_keys_.clear();
  trie_keys_.shrink_to_fit();
  trie_children_.clear();
  trie_children_.shrink_to_fit();
  trie_edges_ = 0;
}

}  // namespace huashu::match
