#include "huashu/match/pii.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <span>

#include "huashu/base/utf8.h"

namespace huashu::match {
namespace {

bool IsDigit(uint32_t c) { return c >= '0' && c <= '9'; }
// A space or a dash of any kind (hyphen, en and em dash, minus sign):
// 138–1234–5678 is typeset as often as 138-1234-5678.
bool IsSeparator(uint32_t c) {
  return c == ' ' || c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}
bool IsMask(uint32_t c) { return c == '*' || c == 'x' || c == 'X' || c == 0x00D7 /* × */; }

// A run of digits, possibly grouped by single spaces or dashes.
struct DigitRun {
  uint32_t ubegin, uend;
  std::string digits;
  bool masked;  // touches a masking character
  // Groups split by single spaces or dashes: [unit begin, unit end, digits end).
  std::vector<std::array<uint32_t, 3>> groups;
};

void DigitRuns(const text::FoldedText& t, std::vector<DigitRun>* runs) {
  const auto& u = t.units;
  const uint32_t n = static_cast<uint32_t>(t.size());
  uint32_t i = 0;
  while (i < n) {
    if (!IsDigit(u[i])) {
      ++i;
      continue;
    }
    DigitRun run{i, i, {}, i > 0 && IsMask(u[i - 1]), {}};
    uint32_t j = i;
    run.groups.push_back({i, i, 0});
    while (j < n) {
      if (IsDigit(u[j])) {
        run.digits.push_back(static_cast<char>(u[j]));
        run.uend = ++j;
        run.groups.back()[1] = j;
        run.groups.back()[2] = static_cast<uint32_t>(run.digits.size());
      } else if (IsSeparator(u[j]) && j + 1 < n && IsDigit(u[j + 1])) {
        ++j;
        run.groups.push_back({j, j, static_cast<uint32_t>(run.digits.size())});
      } else {
        break;
      }
    }
    // ID numbers end in X: keep it as part of the run.
    if (run.uend < n && (u[run.uend] == 'x') && run.digits.size() == 17) {
      run.digits.push_back('X');
      ++run.uend;
      run.groups.back()[1] = run.uend;
      run.groups.back()[2] = static_cast<uint32_t>(run.digits.size());
    } else if (run.uend < n && IsMask(u[run.uend])) {
      run.masked = true;
    }
    // Letters glued to the digits make it a code (order numbers, SKUs).
    const bool glued =
        (run.ubegin > 0 && (text::FoldFlags(u[run.ubegin - 1]) & text::kFoldAlnum)) ||
        (run.uend < n && (text::FoldFlags(u[run.uend]) & text::kFoldAlnum));
    if (!glued) runs->push_back(std::move(run));
    i = j > i ? j : i + 1;
  }
}

// The most digits one run of DigitRuns could hold (digits joined by single
// spaces or dashes; letters glued to it not looked at): every number
// detector needs 11 or more in one run. Dates and times ("2026-11-22
// 09:00:00", 14 digits in all) have fewer, and are the strings most often
// checked for personal data (a record's start time, turn times).
// `Unit` is uint32_t (folded units) or char (ASCII text).
template <typename Unit>
uint32_t LongestDigitRun(const Unit* u, size_t n) {
  uint32_t longest = 0, run = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint32_t c = static_cast<uint32_t>(u[i]);
    if (IsDigit(c)) {
      longest = std::max(longest, ++run);
    } else if (!(run > 0 && IsSeparator(c) && i + 1 < n &&
                 IsDigit(static_cast<uint32_t>(u[i + 1])))) {
      run = 0;
    }
  }
  return longest;
}
constexpr uint32_t kFewestDigits = 11;  // a mobile number's

// The digit runs of the folded text read last on this thread. The checker
// looks for personal data in a turn, then each personal-data rule looks
// again for its own kind in the same folded text: its runs (order numbers
// hold long ones) are read once, not once per look.
class RunsOfText {
 public:
  // Returns the runs of `t` (empty when no run could hold a number).
  static const std::vector<DigitRun>& Of(const text::FoldedText& t) {
    thread_local RunsOfText last;
    const size_t n = t.size();
    if (last.units_.size() != n ||
        !std::equal(last.units_.begin(), last.units_.end(), t.units.begin())) {
      last.units_.assign(t.units.begin(), t.units.begin() + n);
      last.runs_.clear();
      // Every number detector needs a run of 11 digits: most texts have none.
      if (LongestDigitRun(t.units.data(), n) >= kFewestDigits) DigitRuns(t, &last.runs_);
    }
    return last.runs_;
  }

 private:
  std::vector<uint32_t> units_;  // the text (DigitRuns reads its units only)
  std::vector<DigitRun> runs_;
};

bool LuhnValid(std::string_view digits) {
  int sum = 0;
  bool twice = false;
  for (size_t k = digits.size(); k-- > 0;) {
    int d = digits[k] - '0';
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

bool IdCardValid(std::string_view id) {
  static const int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static const char kCheck[] = "10X98765432";
  if (id.size() != 18) return false;
  int sum = 0;
  for (int k = 0; k < 17; ++k) {
    if (id[k] < '0' || id[k] > '9') return false;
    sum += (id[k] - '0') * kWeights[k];
  }
  // Birth month and day must be plausible.
  const int month = (id[10] - '0') * 10 + (id[11] - '0');
  const int day = (id[12] - '0') * 10 + (id[13] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return kCheck[sum % 11] == id[17];
}

// An ID number as written, its check digit aside: a region digit, a birth
// year 19xx or 20xx, a plausible month and day. People type and read these
// numbers with slips, and a number the same text calls an ID number is one
// whatever its last digit says.
bool IdCardShaped(std::string_view id) {
  if (id.size() != 18 || id[0] < '1' || id[0] > '8') return false;
  for (int k = 0; k < 17; ++k)
    if (id[k] < '0' || id[k] > '9') return false;
  if (!(id[17] == 'X' || (id[17] >= '0' && id[17] <= '9'))) return false;
  if (!((id[6] == '1' && id[7] == '9') || (id[6] == '2' && id[7] == '0'))) return false;
  const int month = (id[10] - '0') * 10 + (id[11] - '0');
  const int day = (id[12] - '0') * 10 + (id[13] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// What the words right around a number call it. The check digits keep
// order and parcel numbers out of the ID and card detectors; a number that
// is named an ID number or a bank card where it stands (身份证号330…,
// 银行卡 6222…, 退到6222…这张卡) is one whatever its check digit says, since
// people type and read these numbers with slips. Only words next to the
// number count: a refund message names the card and the order both.
constexpr uint32_t kNameBefore = 8;  // units between the name's end and the number
constexpr uint32_t kNameAfter = 3;   // units between the number and the name

constexpr std::u32string_view kIdNames[] = {U"身份证", U"证件号"};
constexpr std::u32string_view kCardNamesBefore[] = {U"银行卡", U"储蓄卡",   U"信用卡",
                                                    U"借记卡", U"银行账号", U"卡号"};
// 卡号 after one of these is a store's own card (会员卡号, E卡卡号, 油卡卡号);
// after 卡 it is named by the card word before it (银行卡卡号) or by none.
constexpr std::u32string_view kNotBankCard = U"卡员EeＥ品物分值油车饭餐票礼";
constexpr std::u32string_view kCardNamesAfter[] = {U"这张卡", U"那张卡", U"的卡"};

// A mark that ends a clause: a name across it names something else. Not
// the rules' EndsClause (a stage above): a colon or 、 there ends a clause,
// but here a colon introduces the number (银行卡号：6222…).
bool BreaksClause(uint32_t c) {
  return std::u32string_view(U"，。；！？,.;!?\n").find(static_cast<char32_t>(c)) !=
         std::u32string_view::npos;
}

// True if one of `names` ends at most `gap` units before unit `at`, in the
// same clause.
bool NamedBefore(std::span<const uint32_t> u, uint32_t at,
                 std::span<const std::u32string_view> names, uint32_t gap) {
  uint32_t clause = at;  // the clause's first unit, looking back at most gap + 8
  while (clause > 0 && at - clause < gap + 8 && !BreaksClause(u[clause - 1])) --clause;
  for (std::u32string_view w : names) {
    const uint32_t from = at > gap + w.size() ? at - gap - static_cast<uint32_t>(w.size()) : 0;
    for (uint32_t b = std::max(from, clause); b + w.size() <= at; ++b) {
      if (!std::equal(w.begin(), w.end(), u.begin() + b)) continue;
      if (w == U"卡号" && b > 0 &&
          kNotBankCard.find(static_cast<char32_t>(u[b - 1])) != std::u32string_view::npos)
        continue;
      return true;
    }
  }
  return false;
}

// True if one of `names` starts at most `gap` units after unit `at`.
bool NamedAfter(std::span<const uint32_t> u, uint32_t at,
                std::span<const std::u32string_view> names, uint32_t gap) {
  for (std::u32string_view w : names)
    for (uint32_t b = at; b <= at + gap && b + w.size() <= u.size(); ++b)
      if (std::equal(w.begin(), w.end(), u.begin() + b)) return true;
  return false;
}

struct NumberNames {
  bool id_card = false;
  bool bank_card = false;
};

NumberNames NamesAround(std::span<const uint32_t> u, uint32_t ubegin, uint32_t uend) {
  NumberNames n;
  n.id_card = NamedBefore(u, ubegin, kIdNames, kNameBefore);
  n.bank_card = NamedBefore(u, ubegin, kCardNamesBefore, kNameBefore) ||
                NamedAfter(u, uend, kCardNamesAfter, kNameAfter);
  return n;
}

std::string Mask(std::string_view s, size_t keep_head, size_t keep_tail) {
  std::string out;
  for (size_t k = 0; k < s.size(); ++k) {
    out += (k < keep_head || k + keep_tail >= s.size()) ? s[k] : '*';
  }
  return out;
}

// '*' is part of the local part so that a masked address (zh***an@) is
// seen whole and skipped.
bool IsEmailLocal(uint32_t c) {
  return c != 0 && c < 0x80 &&
         (std::isalnum(static_cast<int>(c)) || std::strchr("._%+-*", static_cast<int>(c)));
}
bool IsDomainChar(uint32_t c) {
  return c < 0x80 && (std::isalnum(static_cast<int>(c)) || c == '-' || c == '.');
}

void DetectEmail(const text::FoldedText& t, std::vector<PiiFinding>* out) {
  const auto& u = t.units;
  const uint32_t n = static_cast<uint32_t>(t.size());
  const std::span<const uint32_t> units(u.data(), n);  // the buffer may be longer
  for (uint32_t at = 0; at < n; ++at) {
    uint32_t b, e;
    // Only an '@' can be the middle of an address (EmailAround says no
    // anywhere else): most texts have none, so no call per unit.
    if (u[at] != '@' || !EmailAround(units, at, &b, &e)) continue;
    std::string local, domain;
    for (uint32_t k = b; k < at; ++k) local += static_cast<char>(u[k]);
    for (uint32_t k = at + 1; k < e; ++k) domain += static_cast<char>(u[k]);
    if (local.find('*') != std::string::npos) continue;
    // A label of the domain with seven digits or more may be a number itself
    // (a@13812345678.cn): it is starred (163.com stays).
    std::string shown;
    size_t from = 0;
    while (from <= domain.size()) {
      size_t dotk = domain.find('.', from);
      if (dotk == std::string::npos) dotk = domain.size();
      std::string label = domain.substr(from, dotk - from);
      const bool top = dotk == domain.size();
      if (!top && std::count_if(label.begin(), label.end(),
                                [](char c) { return c >= '0' && c <= '9'; }) >= 7)
        label = "***";
      if (!shown.empty() || from > 0) shown += '.';
      shown += label;
      from = dotk + 1;
    }
    out->push_back({PiiKind::kEmail, b, e, local.substr(0, 1) + "***@" + shown});
  }
}

// The findings of number detector `kind` in `runs` (DigitRuns of a text).
void DetectNumbers(PiiKind kind, const text::FoldedText& t, const std::vector<DigitRun>& runs,
                   std::vector<PiiFinding>* out) {
  const std::span<const uint32_t> units(t.units.data(), t.size());
  // Tests `d` (units [ub, ue)) as an item of `kind`; appends it if it is one.
  // True if groups [first, last] of `run` are grouped as a card is written:
  // in fours, the last group shorter or not (6222 0212 3456 7894 ...), or
  // not grouped at all. A date-time key (20261122-1017-5120) is no card,
  // even when its digits pass the Luhn check.
  auto card_grouping = [](const DigitRun& run, size_t first, size_t last) {
    for (size_t k = first; k < last; ++k) {
      const uint32_t from = k == 0 ? 0 : run.groups[k - 1][2];
      if (run.groups[k][2] - from != 4) return false;
    }
    return true;
  };
  bool grouped_as_card = true;  // for the digits `test` is given
  auto test = [&](std::string_view d, uint32_t ub, uint32_t ue) {
    switch (kind) {
      case PiiKind::kMobile:
        if (d.size() == 13 && d.substr(0, 2) == "86") d.remove_prefix(2);
        if (d.size() == 15 && d.substr(0, 4) == "0086") d.remove_prefix(4);
        if (d.size() == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9') {
          out->push_back({kind, ub, ue, Mask(d, 3, 4)});
          return true;
        }
        return false;
      case PiiKind::kIdCard:
        if (IdCardValid(d) || (IdCardShaped(d) && NamesAround(units, ub, ue).id_card)) {
          out->push_back({kind, ub, ue, Mask(d, 3, 4)});
          return true;
        }
        return false;
      case PiiKind::kBankCard:
        if (d.size() < 16 || d.size() > 19 || !grouped_as_card || IdCardValid(d)) return false;
        if (LuhnValid(d) || [&] {
              const NumberNames n = NamesAround(units, ub, ue);
              return n.bank_card && !(n.id_card && IdCardShaped(d));
            }()) {
          out->push_back({kind, ub, ue, "****" + std::string(d.substr(d.size() - 4))});
          return true;
        }
        return false;
      case PiiKind::kEmail:
        return false;
    }
    return false;
  };
  for (const DigitRun& run : runs) {
    if (run.masked) continue;
    grouped_as_card = card_grouping(run, 0, run.groups.size() - 1);
    if (test(run.digits, run.ubegin, run.uend) || run.groups.size() < 2) continue;
    // A run too long for any one item is several numbers written one after
    // another ("13812345678 13987654321", "138 1234 5678 13987654321"): try
    // consecutive whole groups, left to right. Shorter runs are one number
    // (an order or extension number) and are not split.
    if (run.digits.size() <= 19) continue;
    for (size_t first = 0; first < run.groups.size();) {
      size_t matched_last = SIZE_MAX;
      const uint32_t from = first == 0 ? 0 : run.groups[first - 1][2];
      for (size_t last = first; last < run.groups.size(); ++last) {
        const uint32_t to = run.groups[last][2];
        if (to - from > 19) break;
        if (first == 0 && last + 1 == run.groups.size()) break;  // the whole run, tried above
        grouped_as_card = card_grouping(run, first, last);
        if (test(std::string_view(run.digits).substr(from, to - from), run.groups[first][0],
                 run.groups[last][1])) {
          matched_last = last;
          break;
        }
      }
      first = matched_last == SIZE_MAX ? first + 1 : matched_last + 1;
    }
  }
}

}  // namespace

bool EmailAround(std::span<const uint32_t> u, uint32_t at, uint32_t* begin, uint32_t* end) {
  const auto n = static_cast<uint32_t>(u.size());
  if (at >= n || u[at] != '@') return false;
  uint32_t b = at;
  while (b > 0 && IsEmailLocal(u[b - 1])) --b;
  uint32_t e = at + 1;
  while (e < n && IsDomainChar(u[e])) ++e;
  while (e > at + 1 && (u[e - 1] == '.' || u[e - 1] == '-')) --e;
  if (b == at || e == at + 1) return false;
  uint32_t dot = e;
  while (dot > at + 1 && u[dot - 1] != '.') --dot;  // dot: just past the last '.'
  if (dot <= at + 2 || e - dot < 2) return false;
  *begin = b;
  *end = e;
  return true;
}

bool ParsePiiKind(std::string_view name, PiiKind* kind) {
  if (name == "mobile")
    *kind = PiiKind::kMobile;
  else if (name == "id_card")
    *kind = PiiKind::kIdCard;
  else if (name == "bank_card")
    *kind = PiiKind::kBankCard;
  else if (name == "email")
    *kind = PiiKind::kEmail;
  else
    return false;
  return true;
}

std::string_view PiiLabel(PiiKind kind) {
  switch (kind) {
    case PiiKind::kMobile:
      return "手机号";
    case PiiKind::kIdCard:
      return "身份证号";
    case PiiKind::kBankCard:
      return "银行卡号";
    case PiiKind::kEmail:
      return "邮箱";
  }
  return "";
}

void DetectPii(PiiKind kind, const text::FoldedText& t, std::vector<PiiFinding>* out) {
  if (kind == PiiKind::kEmail) {
    DetectEmail(t, out);
    return;
  }
  DetectNumbers(kind, t, RunsOfText::Of(t), out);
}

namespace {

constexpr PiiKind kAllKinds[] = {PiiKind::kMobile, PiiKind::kIdCard, PiiKind::kBankCard,
                                 PiiKind::kEmail};
// What an identifier may be that is personal data: a long numeric id (an
// order or snowflake id) passes a card's or an ID number's check by chance,
// one in ten, and must stay as it is to name its record.
constexpr PiiKind kContactKinds[] = {PiiKind::kMobile, PiiKind::kEmail};

void FindSpans(const text::FoldedText& t, std::span<const PiiKind> kinds,
               std::vector<PiiSpan>* out) {
  // Without branches, so that the compiler may vectorise it: it reads every
  // unit of every turn.
  uint32_t at_sign = 0, digit = 0;
  const uint32_t* units = t.units.data();
  for (size_t i = 0, n = t.size(); i < n; ++i) {
    at_sign |= units[i] == '@';
    digit |= units[i] - '0' < 10;
  }
  // A text with no digit has no run a number detector could read (most
  // turns): the runs are not read at all.
  if (!at_sign && !digit) return;
  // The digit runs are read once for every number detector.
  const std::vector<DigitRun>& runs = RunsOfText::Of(t);
  const bool numbers = !runs.empty();
  if (!at_sign && !numbers) return;
  std::vector<PiiFinding> found;
  for (PiiKind k : kinds) {
    if (k == PiiKind::kEmail) {
      if (at_sign) DetectEmail(t, &found);
    } else if (numbers) {
      DetectNumbers(k, t, runs, &found);
    }
  }
  if (found.empty()) return;
  struct Item {
    uint32_t begin, end;  // original code points
    const PiiFinding* f;
  };
  std::vector<Item> items;
  for (const PiiFinding& f : found)
    items.push_back({t.OriginBegin(f.ubegin), t.OriginEnd(f.uend), &f});
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  for (size_t i = 0; i < items.size();) {
    size_t j = i + 1;
    uint32_t end = items[i].end;
    bool one_covers = true;  // items[i] covers the whole stretch
    while (j < items.size() && items[j].begin < end) {
      if (items[j].end > end) {
        end = items[j].end;
        one_covers = false;
      }
      ++j;
    }
    PiiSpan span{items[i].begin, end, {}};
    if (one_covers) {
      span.masked = items[i].f->masked;
    } else {
      // The folded units of the stretch, every digit but the last four starred.
      const uint32_t ub = items[i].f->ubegin;
      uint32_t ue = ub;
      for (size_t k = i; k < j; ++k) ue = std::max(ue, items[k].f->uend);
      size_t total = 0;
      for (uint32_t u = ub; u < ue; ++u) total += IsDigit(t.units[u]);
      size_t seen = 0;
      for (uint32_t u = ub; u < ue; ++u) {
        const uint32_t c = t.units[u];
        if (IsDigit(c)) {
          span.masked += ++seen + 4 > total ? static_cast<char>(c) : '*';
        } else if (c < 0x80) {
          span.masked += static_cast<char>(c);
        } else {
          span.masked += '*';
        }
      }
    }
    out->push_back(std::move(span));
    i = j;
  }
}

}  // namespace

void FindPersonalData(const text::FoldedText& t, std::vector<PiiSpan>* out) {
  FindSpans(t, kAllKinds, out);
}

void MaskCopies(const std::vector<PiiSpan>& spans, const std::vector<std::string>& original,
                std::string* s) {
  auto replace = [&](const std::string& from, const std::string& to) {
    if (from.empty()) return;
    for (size_t at = s->find(from); at != std::string::npos; at = s->find(from, at + to.size()))
      s->replace(at, from.size(), to);
  };
  for (size_t k = 0; k < spans.size() && k < original.size(); ++k) {
    replace(original[k], spans[k].masked);
    std::string digits;
    for (char c : original[k])
      if (c >= '0' && c <= '9') digits += c;
    if (digits.size() >= 7 && digits != original[k]) replace(digits, spans[k].masked);
  }
}

namespace {

// `text` with each of `spans` (found in its folded form, sorted, disjoint)
// replaced by its masked form; *originals (if given) gets the replaced bytes.
std::string ReplaceSpans(std::string_view text, const std::vector<PiiSpan>& spans,
                         std::vector<std::string>* originals) {
  std::vector<uint32_t> bytes;  // code point -> byte offset, as the fold counts
  base::CodePointByteOffsets(text, &bytes);
  std::string out;
  uint32_t cp = 0;
  if (originals) originals->clear();
  for (const PiiSpan& m : spans) {
    if (m.end >= bytes.size() || m.begin < cp) continue;
    out.append(text.substr(bytes[cp], bytes[m.begin] - bytes[cp]));
    out += m.masked;
    if (originals)
      originals->emplace_back(text.substr(bytes[m.begin], bytes[m.end] - bytes[m.begin]));
    cp = m.end;
  }
  out.append(text.substr(bytes[cp]));
  return out;
}

std::string MaskKinds(std::string_view text, std::span<const PiiKind> kinds,
                      std::vector<PiiSpan>* spans_out, std::vector<std::string>* originals) {
  text::FoldedText folded;
  text::Fold(text, &folded);
  std::vector<PiiSpan> spans;
  FindSpans(folded, kinds, &spans);
  std::string out = ReplaceSpans(text, spans, originals);
  if (spans_out) *spans_out = std::move(spans);
  return out;
}

void MaskKindsInPlace(std::string* s, std::span<const PiiKind> kinds) {
  bool maybe = false;  // an '@', or a byte of a non-ASCII character (full-width digits)
  for (char c : *s) maybe = maybe || c == '@' || (static_cast<unsigned char>(c) & 0x80);
  // ASCII text folds to itself as far as digits, spaces and dashes go.
  if (!maybe && LongestDigitRun(s->data(), s->size()) < kFewestDigits) return;
  // Most such strings (a Chinese agent name, a platform) hold nothing to
  // mask: find that out in per-thread buffers, without building a copy.
  thread_local text::FoldedText folded;
  thread_local std::vector<PiiSpan> spans;
  text::Fold(*s, &folded);
  spans.clear();
  FindSpans(folded, kinds, &spans);
  if (spans.empty()) return;
  std::string masked = ReplaceSpans(*s, spans, nullptr);
  if (masked != *s) *s = std::move(masked);
}

}  // namespace

std::string MaskPersonalData(std::string_view text, std::vector<PiiSpan>* spans_out,
                             std::vector<std::string>* originals) {
  return MaskKinds(text, kAllKinds, spans_out, originals);
}

void MaskInPlace(std::string* s) { MaskKindsInPlace(s, kAllKinds); }

void MaskIdInPlace(std::string* s) { MaskKindsInPlace(s, kContactKinds); }

}  // namespace huashu::match
