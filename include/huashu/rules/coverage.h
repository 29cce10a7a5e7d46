// Coverage: which requirements of the reference documents the rules enforce.
//
// A requirement is a clause of a document, named like a rule's source:
// (doc, section, quote). The enforced ones are the clauses the rules cite in
// `source:`; the others come from a gap list (rules/coverage-gaps.yaml for
// the shipped books), each with the reason it is left out:
//
//   gaps:
//     - {doc: "000", section: "篇2 一、3", quote: "无视客户的姓名",
//        reason: not_built, what: 知道客户姓氏后称呼其姓}
//
// `huashu rules coverage` prints the table (docs/coverage.md).

#ifndef HUASHU_RULES_COVERAGE_H_
#define HUASHU_RULES_COVERAGE_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/rules/rule.h"

namespace huashu::rules {

// Why a requirement is not enforced.
enum class GapReason : uint8_t {
  kAudio,          // needs the call's audio (tone, volume, noise, dialect)
  kBackOffice,     // needs data the conversation does not hold (orders, CRM, queue)
  kSeedsDisagree,  // the documents ask for different things
  kNotBuilt,       // checkable from a transcript, not yet written
};
std::string_view Name(GapReason r);  // the YAML value: audio, back_office, ...
std::optional<GapReason> ParseGapReason(std::string_view s);

// One requirement left out.
struct Gap {
  RuleSource clause;  // doc, title, section, quote, where it was written
  GapReason reason = GapReason::kNotBuilt;
  std::string what;  // the requirement in a few words of our own
};

// Reads a gap list. Every doc must be in `documents`; quotes are bounded as
// in a rule's source. Throws RulebookError ("file:line:col: message").
std::vector<Gap> ReadGaps(std::string_view yaml, const std::string& file,
                          const std::map<std::string, Document>& documents);

// One row of the table: a requirement and the rules enforcing it, or the
// gap that leaves it out.
struct CoverageRow {
  std::string section;
  std::string quote;
  std::vector<std::string> rules;  // sorted, unique; empty for a gap
  std::optional<Gap> gap;
};

struct DocumentCoverage {
  Document doc;
  std::vector<CoverageRow> rows;  // sorted by section (numbers by value), then quote
  int enforced = 0;
  std::map<GapReason, int> left_out;
  int listed() const { return static_cast<int>(rows.size()); }
  // Rows a transcript could show: all but those needing audio or back-office data.
  int checkable() const;
};

struct Coverage {
  std::vector<DocumentCoverage> documents;  // every declared document, by id
  std::vector<std::string> unsourced;       // ids of rules that cite no clause
};

// Joins the rules' sources and the gaps. Throws RulebookError at the gap
// when a gap names a requirement a rule enforces, or the same one twice.
Coverage BuildCoverage(const std::vector<Rule>& rules,
                       const std::map<std::string, Document>& documents,
                       const std::vector<Gap>& gaps);

// The table as Markdown (docs/coverage.md).
std::string CoverageMarkdown(const Coverage& coverage);

// Orders section names as people number them: runs of digits and of
// Chinese numerals (一 … 十, 壹 … 拾) compare by value.
bool SectionLess(std::string_view a, std::string_view b);

}  // namespace huashu::rules

#endif  // HUASHU_RULES_COVERAGE_H_
