#include "huashu/rules/coverage.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <set>
#include <tuple>

#include "huashu/base/enum_names.h"
#include "huashu/base/utf8.h"
#include "huashu/rules/rulebook.h"
#include "rule_reader.h"

namespace huashu::rules {
namespace {

constexpr std::array<std::string_view, 4> kReasons = {"audio", "back_office", "seeds_disagree",
                                                      "not_built"};
constexpr std::array<std::string_view, 4> kReasonText = {"needs audio", "needs back-office data",
                                                         "the documents disagree", "not yet built"};

// The value of a Chinese numeral character (一 … 十, 壹 … 拾, 百), or -1.
int NumeralValue(char32_t c) {
  switch (c) {
    case U'〇':
    case U'零':
      return 0;
    case U'一':
    case U'壹':
      return 1;
    case U'二':
    case U'贰':
    case U'貳':
    case U'两':
      return 2;
    case U'三':
    case U'叁':
    case U'參':
      return 3;
    case U'四':
    case U'肆':
      return 4;
    case U'五':
    case U'伍':
      return 5;
    case U'六':
    case U'陆':
    case U'陸':
      return 6;
    case U'七':
    case U'柒':
      return 7;
    case U'八':
    case U'捌':
      return 8;
    case U'九':
    case U'玖':
      return 9;
    case U'十':
    case U'拾':
      return 10;
    case U'百':
    case U'佰':
      return 100;
    default:
      return -1;
  }
}

// A section name as tokens: a number (digits or Chinese numerals) or one
// other code point.
struct Token {
  bool number;
  long value;  // the number, or the code point
  bool operator<(const Token& o) const {
    if (number != o.number) return number;  // numbers before text
    return value < o.value;
  }
  bool operator==(const Token& o) const { return number == o.number && value == o.value; }
};

// Numbers saturate here (section numbers are small; this only keeps absurd
// ones from overflowing).
constexpr long kLargest = 1'000'000'000'000;

std::vector<Token> Tokens(std::string_view s) {
  std::vector<Token> out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t next = pos;
    const char32_t c = static_cast<char32_t>(base::DecodeUtf8(s, &next));
    if (c >= U'0' && c <= U'9') {
      long v = 0;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
        v = std::min(v * 10 + (s[pos++] - '0'), kLargest);
      out.push_back({true, v});
      continue;
    }
    if (NumeralValue(c) >= 0) {
      // 二十三 = 23, 十一 = 11, 一百 = 100: a multiplier takes the digit before it.
      long total = 0, digit = -1;
      while (pos < s.size()) {
        size_t at = pos;
        const int v = NumeralValue(static_cast<char32_t>(base::DecodeUtf8(s, &at)));
        if (v < 0) break;
        if (v >= 10) {
          total += (digit < 0 ? 1 : digit) * v;
          digit = -1;
        } else {
          if (digit >= 0)
            total = std::min((total + digit) * 10, kLargest);  // 二〇二, digit by digit
          digit = v;
        }
        pos = at;
      }
      out.push_back({true, total + (digit < 0 ? 0 : digit)});
      continue;
    }
    out.push_back({false, static_cast<long>(c)});
    pos = next;
  }
  return out;
}

std::string Cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string_view Name(GapReason r) { return kReasons[static_cast<size_t>(r)]; }
std::optional<GapReason> ParseGapReason(std::string_view s) {
  return base::FindName<GapReason>(kReasons, s);
}

int DocumentCoverage::checkable() const {
  auto n = [&](GapReason r) {
    auto it = left_out.find(r);
    return it == left_out.end() ? 0 : it->second;
  };
  return listed() - n(GapReason::kAudio) - n(GapReason::kBackOffice);
}

bool SectionLess(std::string_view a, std::string_view b) {
  const std::vector<Token> ta = Tokens(a), tb = Tokens(b);
  if (std::lexicographical_compare(ta.begin(), ta.end(), tb.begin(), tb.end())) return true;
  if (std::equal(ta.begin(), ta.end(), tb.begin(), tb.end())) return a < b;  // 二 vs 贰
  return false;
}

std::vector<Gap> ReadGaps(std::string_view yaml, const std::string& file,
                          const std::map<std::string, Document>& documents) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    throw RulebookError(SourcePos{file, e.mark.line + 1, e.mark.column + 1}, e.msg);
  }
  const std::map<std::string, std::vector<std::string>> no_sets;
  RuleReader p(file, &no_sets, &documents);
  if (!root.IsMap()) p.Fail(root, "a gap list is a mapping with gaps: [...]");
  p.CheckKeys(root, {"gaps"}, "gap list");
  std::vector<Gap> out;
  const YAML::Node list = root["gaps"];
  if (!list) return out;
  if (!list.IsSequence()) p.Fail(list, "gaps is a list of {doc, section, quote, reason, what}");
  for (const YAML::Node& item : list) {
    if (!item.IsMap()) p.Fail(item, "a gap is {doc, section, quote, reason, what}");
    p.CheckKeys(item, {"doc", "section", "quote", "reason", "what"}, "gap");
    Gap g;
    g.clause = p.Source(item, {"reason", "what"});
    if (!item["reason"])
      p.Fail(item, "gap without reason (audio, back_office, seeds_disagree, not_built)");
    const std::string reason = p.Scalar(item["reason"], "reason");
    const auto r = ParseGapReason(reason);
    if (!r)
      p.Fail(
          item["reason"],
          "reason must be audio, back_office, seeds_disagree or not_built, got '" + reason + "'");
    g.reason = *r;
    if (!item["what"]) p.Fail(item, "gap without what (the requirement in a few words)");
    g.what = p.Scalar(item["what"], "what");
    out.push_back(std::move(g));
  }
  return out;
}

Coverage BuildCoverage(const std::vector<Rule>& rules,
                       const std::map<std::string, Document>& documents,
                       const std::vector<Gap>& gaps) {
  using Key = std::tuple<std::string, std::string, std::string>;  // doc, section, quote
  std::map<Key, std::set<std::string>> enforced;
  std::map<Key, const Rule*> first_rule;
  Coverage c;
  std::set<std::string> unsourced;
  for (const Rule& r : rules) {
    if (r.sources.empty()) unsourced.insert(r.id);
    for (const RuleSource& s : r.sources) {
      const Key k{s.doc, s.section, s.quote};
      enforced[k].insert(r.id);
      first_rule.emplace(k, &r);
    }
  }
  c.unsourced.assign(unsourced.begin(), unsourced.end());
  std::map<Key, const Gap*> left_out;
  for (const Gap& g : gaps) {
    const Key k{g.clause.doc, g.clause.section, g.clause.quote};
    if (auto it = enforced.find(k); it != enforced.end())
      throw RulebookError(g.clause.pos, "this requirement is enforced by " + *it->second.begin() +
                                            " (" + first_rule[k]->pos.ToString() +
                                            "): remove it from the gap list");
    auto [at, fresh] = left_out.emplace(k, &g);
    if (!fresh)
      throw RulebookError(g.clause.pos,
                          "the same requirement is listed at " + at->second->clause.pos.ToString());
  }
  for (const auto& [id, doc] : documents) {
    DocumentCoverage d;
    d.doc = doc;
    for (const auto& [k, ids] : enforced) {
      if (std::get<0>(k) != id) continue;
      d.rows.push_back({std::get<1>(k), std::get<2>(k), {ids.begin(), ids.end()}, std::nullopt});
      ++d.enforced;
    }
    for (const auto& [k, g] : left_out) {
      if (std::get<0>(k) != id) continue;
      d.rows.push_back({std::get<1>(k), std::get<2>(k), {}, *g});
      ++d.left_out[g->reason];
    }
    std::stable_sort(d.rows.begin(), d.rows.end(), [](const CoverageRow& a, const CoverageRow& b) {
      if (a.section != b.section) return SectionLess(a.section, b.section);
      return a.quote < b.quote;
    });
    c.documents.push_back(std::move(d));
  }
  return c;
}

std::string CoverageMarkdown(const Coverage& c) {
  std::string s;
  s += "<!-- Generated by `huashu rules coverage` from the books' source: fields and "
       "rules/coverage-gaps.yaml. Do not edit: change those and run "
       "`build/huashu rules coverage > docs/coverage.md` (ctest fails while this file "
       "differs). -->\n\n";
  s += "# Coverage of the reference documents\n\n";
  s += "Each row is one requirement of a reference document: something an agent must or must "
       "not say or do in a conversation. A row names the document, the section, a few "
       "characters that locate the clause, and either the rules that enforce it or the reason "
       "it is left out. Workplace rules (hours, fines, training plans) and attitudes no "
       "conversation can show are not listed.\n\n";
  s += "*Checkable* counts the requirements a transcript (text, times, events) can show: every "
       "row but those that need the call's audio or back-office data. Rows marked *not yet "
       "built* are checkable and still to do.\n\n";
  s += "| document | enforced / checkable | listed";
  for (std::string_view t : kReasonText) s += " | " + std::string(t);
  s += " |\n|---|---|---";
  for (size_t i = 0; i < kReasonText.size(); ++i) s += "|---";
  s += "|\n";
  int total_enforced = 0, total_checkable = 0, total_listed = 0;
  std::array<int, kReasons.size()> total_reasons{};
  for (const DocumentCoverage& d : c.documents) {
    s += "| " + Cell(d.doc.id + " " + d.doc.title) + " | " + std::to_string(d.enforced) + " / " +
         std::to_string(d.checkable()) + " | " + std::to_string(d.listed());
    for (size_t i = 0; i < kReasons.size(); ++i) {
      auto it = d.left_out.find(static_cast<GapReason>(i));
      const int n = it == d.left_out.end() ? 0 : it->second;
      total_reasons[i] += n;
      s += " | " + std::to_string(n);
    }
    s += " |\n";
    total_enforced += d.enforced;
    total_checkable += d.checkable();
    total_listed += d.listed();
  }
  s += "| all | " + std::to_string(total_enforced) + " / " + std::to_string(total_checkable) +
       " | " + std::to_string(total_listed);
  for (int n : total_reasons) s += " | " + std::to_string(n);
  s += " |\n";
  for (const DocumentCoverage& d : c.documents) {
    s += "\n## " + Cell(d.doc.id + " " + d.doc.title) + "\n\n";
    if (d.rows.empty()) {
      s += "No requirement listed.\n";
      continue;
    }
    s += "| section | quote | enforced by, or why not |\n|---|---|---|\n";
    for (const CoverageRow& r : d.rows) {
      s += "| " + Cell(r.section) + " | " + Cell(r.quote) + " | ";
      if (r.gap) {
        s +=
            std::string(kReasonText[static_cast<size_t>(r.gap->reason)]) + ": " + Cell(r.gap->what);
      } else {
        for (size_t i = 0; i < r.rules.size(); ++i) s += (i ? ", `" : "`") + r.rules[i] + "`";
      }
      s += " |\n";
    }
  }
  if (!c.unsourced.empty()) {
    s += "\n## Rules that cite no requirement\n\n";
    for (const std::string& id : c.unsourced) s += "- `" + id + "`\n";
  }
  return s;
}

}  // namespace huashu::rules
