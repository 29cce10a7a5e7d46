// PhraseAutomaton: Aho-Corasick over a sequence of 32-bit symbols (folded code
// points, or pinyin syllable ids). One pass over a text reports every
// occurrence of every pattern, overlapping ones included.
//
// Symbols that occur in no pattern map to class 0 and send the automaton back
// to its root with a single array look-up; the root's transitions are a dense
// row; every other state keeps a sorted sparse list of the transitions where
// it differs from the root (its own edges and those inherited through its
// failure links, resolved at Build()), so a step is one search in one short
// list and never walks a failure chain. That keeps the table small (it is
// built at start-up, per rulebook) while the common case in Chinese text
// costs a few loads per character.

#ifndef HUASHU_MATCH_AUTOMATON_H_
#define HUASHU_MATCH_AUTOMATON_H_

#include <cstdint>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

namespace huashu::match {

class PhraseAutomaton {
 public:
  PhraseAutomaton() = default;

  // Adds a pattern; `value` is reported with each occurrence.
  // REQUIRES: Build() has not been called; pattern is non-empty.
  void Add(std::span<const uint32_t> pattern, uint32_t value);

  // Freezes the automaton. REQUIRES: called once, before Scan().
  void Build();

  bool empty() const { return patterns_ == 0; }
  size_t state_count() const { return states_.size(); }

  // Calls on_hit(value, end) for each occurrence of a pattern ending just
  // before symbols[end], i.e. the occurrence is [end - length, end).
  // Occurrences are reported in order of their end; at one end, longer
  // patterns first.
  template <typename OnHit>
  void Scan(std::span<const uint32_t> symbols, OnHit&& on_hit) const;

  // Scans positions 0..n-1 without copying the text: symbol_at(i) gives the
  // symbol at i, skip(i) says position i is invisible to the automaton (it
  // neither matches nor breaks a match). Calls on_hit(value, i) with i the
  // position of the last symbol of the occurrence.
  template <typename SymbolAt, typename Skip, typename OnHit>
  void ScanWith(size_t n, SymbolAt&& symbol_at, Skip&& skip, OnHit&& on_hit) const;

  // Returns the length in symbols of the pattern that was added with
  // `value` the first time. REQUIRES: such a pattern was added, and Build()
  // called.
  uint32_t PatternLength(uint32_t value) const;

 private:
  struct State {
    uint32_t edge_begin = 0;  // into edges_: the transitions not to root_next_[cls]
    uint32_t edge_count = 0;
    uint32_t out_begin = 0;  // into outputs_ (own and inherited outputs)
    uint32_t out_count = 0;
  };
  struct Edge {
    uint32_t cls;
    uint32_t target;
  };

  uint32_t ClassOf(uint32_t symbol) const {
    if (symbol < dense_class_.size()) return dense_class_[symbol];
    auto it = sparse_class_.find(symbol);
    return it == sparse_class_.end() ? 0 : it->second;
  }
  uint32_t Next(uint32_t state, uint32_t cls) const;

  // Build-time trie. Its edges live in one open-addressing table keyed by
  // (node, class), not a hash map per node: a rulebook's trie has tens of
  // thousands of nodes, and a map each was most of the compile time of a
  // book combination (allocations).
  static constexpr uint64_t kNoEdge = ~uint64_t{0};
  static uint64_t EdgeKey(uint32_t node, uint32_t cls) { return uint64_t{node} << 32 | cls; }
  // The child of `node` by `cls`, or 0 (the root is nobody's child).
  uint32_t TrieChild(uint32_t node, uint32_t cls) const;
  void TrieInsert(uint32_t node, uint32_t cls, uint32_t child);
  std::vector<uint64_t> trie_keys_;  // EdgeKey, or kNoEdge; size a power of 2
  std::vector<uint32_t> trie_children_;
  size_t trie_edges_ = 0;
  uint32_t trie_nodes_ = 0;  // the root included, once a pattern is added
  // (node, value) of every pattern added, in order: a node's own patterns.
  // One flat list rather than a vector per node (an allocation each).
  std::vector<std::pair<uint32_t, uint32_t>> trie_out_;

  std::vector<uint16_t> dense_class_;  // symbols below 65536
  std::unordered_map<uint32_t, uint32_t> sparse_class_;
  uint32_t class_count_ = 1;
  std::vector<uint32_t> root_next_;  // class -> state
  std::vector<State> states_;
  std::vector<Edge> edges_;
  std::vector<uint32_t> outputs_;
  // (value, length) in the order added until Build(), then sorted by value
  // with the first length of each value kept.
  std::vector<std::pair<uint32_t, uint32_t>> lengths_;
  size_t patterns_ = 0;
};

inline uint32_t PhraseAutomaton::Next(uint32_t state, uint32_t cls) const {
  if (state != 0) {
    const State& s = states_[state];
    const Edge* e = edges_.data() + s.edge_begin;
    uint32_t count = s.edge_count;
    // Most lists are short, where a linear scan beats binary search; halve
    // the long ones (the states of common first characters) down to that.
    while (count > 8) {
      const uint32_t half = count / 2;
      if (e[half].cls <= cls) {
        e += half;
        count -= half;
      } else {
        count = half;
      }
    }
    for (uint32_t k = 0; k < count; ++k) {
      if (e[k].cls == cls) return e[k].target;
    }
  }
  return root_next_[cls];
}

template <typename OnHit>
void PhraseAutomaton::Scan(std::span<const uint32_t> symbols, OnHit&& on_hit) const {
  if (patterns_ == 0) return;
  uint32_t state = 0;
  const size_t n = symbols.size();
  for (size_t i = 0; i < n; ++i) {
    const uint32_t cls = ClassOf(symbols[i]);
    if (cls == 0) {
      state = 0;
      continue;
    }
    state = Next(state, cls);
    const State& s = states_[state];
    for (uint32_t k = 0; k < s.out_count; ++k) on_hit(outputs_[s.out_begin + k], i + 1);
  }
}

// Always inlined: the matcher instantiates it twice (with and without
// patterns), and an out-of-line scan costs ~5% on the pattern path.
template <typename SymbolAt, typename Skip, typename OnHit>
inline __attribute__((always_inline)) void PhraseAutomaton::ScanWith(size_t n, SymbolAt&& symbol_at,
                                                                     Skip&& skip,
                                                                     OnHit&& on_hit) const {
  if (patterns_ == 0) return;
  uint32_t state = 0;
  for (size_t i = 0; i < n; ++i) {
    if (skip(i)) continue;
    const uint32_t cls = ClassOf(symbol_at(i));
    if (cls == 0) {
      state = 0;
      continue;
    }
    state = Next(state, cls);
    const State& s = states_[state];
    for (uint32_t k = 0; k < s.out_count; ++k) on_hit(outputs_[s.out_begin + k], i);
  }
}

}  // namespace huashu::match

#endif  // HUASHU_MATCH_AUTOMATON_H_
