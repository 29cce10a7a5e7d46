#include "huashu/match/pattern.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "huashu/base/utf8.h"

namespace huashu::match {
namespace {

bool IsOperator(char32_t c) { return c == '(' || c == ')' || c == '|' || c == '?' || c == '~'; }
bool IsEscapable(char32_t c) { return IsOperator(c) || c == '\\'; }
bool IsBlank(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// One expansion while it is parsed, flat: literal code points as they are,
// and a gap of at most n letters as the single value kGap + n (above every
// code point). Adjacent literals form one literal run and adjacent gaps add
// up, so the runs between gaps are the alternative's parts. One string per
// expansion, not a vector of tokens each with a string of its own: a book's
// patterns expand to tens of thousands of alternatives, and their
// allocations were most of expanding them.
constexpr char32_t kGap = 0x110000;
bool IsGap(char32_t c) { return c >= kGap; }
using Seq = std::u32string;
using Alts = std::vector<Seq>;

// Appends expansion `b` to `seq`: a gap that meets a gap adds to it.
void Append(Seq* seq, const Seq& b) {
  size_t from = 0;
  if (!b.empty() && !seq->empty() && IsGap(seq->back()) && IsGap(b.front())) {
    seq->back() += b.front() - kGap;
    from = 1;
  }
  seq->append(b, from, Seq::npos);
}

class Parser {
 public:
  Parser(std::u32string cps, size_t begin, size_t end, size_t max_expansions, uint32_t max_gap,
         uint32_t default_gap, std::string* error)
      : cps_(std::move(cps)),
        pos_(begin),
        end_(end),
        max_(max_expansions),
        max_gap_(max_gap),
        default_gap_(default_gap),
        error_(error) {}

  bool Parse(Alts* out) {
    if (!ParseAlts(0, out)) return false;
    if (pos_ < end_) {  // only a ')' stops ParseAlts early at the top level
      return Fail("unbalanced ')' at character " + At(pos_) + ": no '(' opens it");
    }
    return true;
  }

 private:
  static constexpr int kMaxDepth = 32;

  std::string At(size_t i) const { return std::to_string(i + 1); }

  bool Fail(std::string message) {
    if (error_) *error_ = std::move(message);
    return false;
  }

  // alts := seq ('|' seq)*   -- stops before ')' or at the end.
  bool ParseAlts(int depth, Alts* out) {
    out->clear();
    while (true) {
      const size_t start = pos_;
      Alts seq;
      bool empty = false;
      if (!ParseSeq(depth, depth == 0, &seq, &empty)) return false;
      if (empty) {
        // An empty alternative next to a '|' is almost always a typo.
        const bool bar_after = pos_ < end_ && cps_[pos_] == '|';
        const bool bar_before = start > 0 && cps_[start - 1] == '|' && !Escaped(start - 1);
        if (bar_after || bar_before) {
          const size_t bar = bar_after ? pos_ : start - 1;
          return Fail("empty alternative next to '|' at character " + At(bar) +
                      " (write (甲)? for an optional part)");
        }
      }
      for (auto& s : seq) out->push_back(std::move(s));
      if (out->size() > max_) return TooMany();
      if (pos_ < end_ && cps_[pos_] == '|') {
        ++pos_;
        continue;
      }
      return true;
    }
  }

  // True when the character at i is preceded by an escaping backslash.
  bool Escaped(size_t i) const {
    size_t n = 0;
    while (i > n && cps_[i - 1 - n] == '\\') ++n;
    return n % 2 == 1;
  }

  bool TooMany() {
    return Fail("the pattern has more than " + std::to_string(max_) +
                " alternatives; split it into several patterns");
  }

  // seq := item*   -- the cartesian product of its items' alternatives.
  bool ParseSeq(int depth, bool top, Alts* out, bool* empty) {
    out->assign(1, Seq{});
    *empty = true;
    bool last_was_gap = false;
    size_t last_gap_pos = 0;
    while (pos_ < end_ && cps_[pos_] != '|' && cps_[pos_] != ')') {
      const size_t item_pos = pos_;
      const char32_t c = cps_[pos_];
      Alts item;
      bool is_gap = false;
      if (c == '?') {
        return Fail("'?' at character " + At(pos_) + " must follow a character or a group");
      } else if (c == '(') {
        if (depth + 1 > kMaxDepth) {
          return Fail("groups nested more than " + std::to_string(kMaxDepth) +
                      " deep at character " + At(pos_));
        }
        ++pos_;
        if (pos_ < end_ && cps_[pos_] == ')') {
          return Fail("empty group '()' at character " + At(item_pos));
        }
        if (!ParseAlts(depth + 1, &item)) return false;
        if (pos_ >= end_) {
          return Fail("unbalanced '(' at character " + At(item_pos) + ": no ')' closes it");
        }
        ++pos_;  // ')'
      } else if (c == '~') {
        ++pos_;
        uint32_t n = default_gap_;
        if (pos_ < end_ && cps_[pos_] >= '0' && cps_[pos_] <= '9') {
          uint64_t v = 0;
          while (pos_ < end_ && cps_[pos_] >= '0' && cps_[pos_] <= '9') {
            v = std::min<uint64_t>(v * 10 + (cps_[pos_] - '0'), 1u << 30);
            ++pos_;
          }
          if (v > max_gap_) {
            return Fail("gap '~" + std::to_string(v) + "' at character " + At(item_pos) +
                        " is longer than the limit of " + std::to_string(max_gap_) + " letters");
          }
          n = static_cast<uint32_t>(v);
        }
        if (top && out->size() == 1 && out->front().empty()) {
          return Fail("'~' at character " + At(item_pos) +
                      " must stand between two parts (the pattern starts with a gap)");
        }
        item.assign(1, Seq(1, kGap + n));
        is_gap = true;
        last_gap_pos = item_pos;
      } else {
        char32_t lit = c;
        if (c == '\\') {
          if (pos_ + 1 >= end_) {
            return Fail("'\\' at character " + At(pos_) + " escapes nothing (write \\\\ for '\\')");
          }
          lit = cps_[pos_ + 1];
          if (!IsEscapable(lit)) {
            std::string e = "unknown escape '\\";
            base::AppendUtf8(lit, &e);
            return Fail(e + "' at character " + At(pos_) +
                        " (only \\( \\) \\| \\? \\~ \\\\ are escapes)");
          }
          ++pos_;
        }
        ++pos_;
        // Most characters of a pattern are literals that are not optional:
        // appended where they are, without an item of their own.
        if (pos_ >= end_ || cps_[pos_] != '?') {
          for (Seq& s : *out) s.push_back(lit);
          *empty = false;
          last_was_gap = false;
          continue;
        }
        item.assign(1, Seq(1, lit));
      }
      // An optional item: a group or a single character followed by '?'.
      if (pos_ < end_ && cps_[pos_] == '?') {
        if (is_gap) {
          return Fail("'?' at character " + At(pos_) +
                      " cannot follow a gap: '~' already allows nothing in between");
        }
        ++pos_;
        if (std::none_of(item.begin(), item.end(), [](const Seq& s) { return s.empty(); }))
          item.push_back(Seq{});
      }
      // Product. An item of one alternative (a literal character, a gap)
      // extends every sequence where it is: copying them all for each
      // character made expanding a pattern quadratic in its length.
      if (item.size() == 1) {
        for (Seq& a : *out) Append(&a, item.front());
        *empty = false;
        last_was_gap = is_gap;
        continue;
      }
      if (out->size() * item.size() > max_) return TooMany();
      Alts product;
      product.reserve(out->size() * item.size());
      for (const Seq& a : *out) {
        for (const Seq& b : item) {
          Seq s;
          s.reserve(a.size() + b.size());
          s = a;
          Append(&s, b);
          product.push_back(std::move(s));
        }
      }
      *out = std::move(product);
      *empty = false;
      last_was_gap = is_gap;
    }
    if (top && last_was_gap) {
      return Fail("'~' at character " + At(last_gap_pos) +
                  " must stand between two parts (the pattern ends with a gap)");
    }
    return true;
  }

  std::u32string cps_;
  size_t pos_;
  size_t end_;
  size_t max_;
  uint32_t max_gap_;
  uint32_t default_gap_;
  std::string* error_;
};

}  // namespace

bool IsPatternSyntax(std::string_view phrase) {
  for (size_t i = 0; i < phrase.size(); ++i) {
    const char c = phrase[i];
    if (c == '\\') {
      if (i + 1 < phrase.size() && IsEscapable(static_cast<unsigned char>(phrase[i + 1])))
        return true;
    } else if (IsOperator(static_cast<unsigned char>(c))) {
      return true;
    }
  }
  return false;
}

bool ExpandPattern(std::string_view pattern, size_t max_expansions, uint32_t max_gap,
                   uint32_t default_gap, std::vector<PatternAlternative>* out, std::string* error) {
  std::u32string cps;
  for (size_t pos = 0; pos < pattern.size();) {
    const int32_t c = base::DecodeUtf8(pattern, &pos);
    cps.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  // Surrounding blanks are YAML formatting, as for phrases.
  size_t begin = 0, end = cps.size();
  while (begin < end && IsBlank(cps[begin])) ++begin;
  while (end > begin && IsBlank(cps[end - 1])) --end;

  Alts alts;
  Parser parser(std::move(cps), begin, end, max_expansions, max_gap, default_gap, error);
  if (!parser.Parse(&alts)) return false;

  std::vector<PatternAlternative> result;
  // Expansions repeat ((a|a?)b, optional parts): the first of equal
  // alternatives is kept. An expansion is already its parts' texts with the
  // gaps between them, so it is its own key once the gaps before the first
  // part and after the last, which no alternative keeps, are dropped.
  // The keys are views of `alts`, which is not changed while they live.
  std::unordered_set<std::u32string_view> seen;
  seen.reserve(alts.size());
  result.reserve(alts.size());
  for (const Seq& whole : alts) {
    std::u32string_view seq = whole;
    while (!seq.empty() && IsGap(seq.front())) seq.remove_prefix(1);
    while (!seq.empty() && IsGap(seq.back())) seq.remove_suffix(1);
    if (seq.empty()) {
      if (error) {
        *error =
            "a pattern needs at least one literal part: this one can match an empty text "
            "(every part is optional)";
      }
      return false;
    }
    if (!seen.insert(seq).second) continue;
    PatternAlternative alt;
    alt.reserve(1 + std::count_if(seq.begin(), seq.end(), IsGap));
    uint32_t gap = 0;
    for (size_t i = 0; i < seq.size();) {
      if (IsGap(seq[i])) {
        gap = seq[i++] - kGap;
        continue;
      }
      size_t j = i;
      while (j < seq.size() && !IsGap(seq[j])) ++j;
      alt.push_back({std::u32string(seq.substr(i, j - i)), alt.empty() ? 0 : gap});
      gap = 0;
      i = j;
    }
    result.push_back(std::move(alt));
  }
  for (auto& a : result) out->push_back(std::move(a));
  return true;
}

}  // namespace huashu::match
