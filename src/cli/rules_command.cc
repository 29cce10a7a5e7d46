// huashu rules list | explain ID | test [FILES] | coverage

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "commands.h"
#include "huashu/base/messages.h"
#include "huashu/check/book_selector.h"
#include "huashu/check/checker.h"
#include "huashu/rules/compiled.h"
#include "huashu/rules/coverage.h"
#include "huashu/rules/embedded.h"
#include "huashu/rules/example.h"
#include "huashu/rules/rule_type.h"
#include "huashu/rules/rulebook.h"

namespace huashu::cli {
namespace {

using rules::Rule;

// Every rule of the given files, or of every embedded book. Books that
// replace each other's rules are loaded separately, so a rule id may appear
// more than once (once per book that defines it).
// `documents`, if given, receives the reference documents they declare;
// `scoring`, if given, the scoring model of each rule's load (one per rule).
std::vector<Rule> LoadAll(const std::vector<std::string>& files,
                          std::map<std::string, rules::Document>* documents = nullptr,
                          std::vector<base::ScoringModel>* scoring = nullptr) {
  std::vector<Rule> out;
  if (!files.empty()) {
    rules::RulebookLoader loader;
    for (const auto& f : files) loader.AddFile(f);
    const rules::Rulebook book = loader.Finish();
    if (documents) *documents = book.documents();
    if (scoring) scoring->assign(book.rules().size(), book.scoring());
    return book.rules();
  }
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& b : rules::EmbeddedBooks()) {
    rules::RulebookLoader loader;
    loader.AddEmbedded(b.name);
    const rules::Rulebook book = loader.Finish();
    for (const Rule& r : book.rules()) {
      if (seen.insert({r.book, r.id}).second) {
        out.push_back(r);
        if (scoring) scoring->push_back(book.scoring());
      }
    }
    if (documents) documents->insert(book.documents().begin(), book.documents().end());
  }
  return out;
}

// Whether the findings of an example keep what its `expect:` promises: the
// count, if given, and one finding with every stated field.
bool KeepsPromise(const rules::ExampleExpect& x, const Rule& r,
                  const std::vector<report::Violation>& found) {
  if (x.count && *x.count != found.size()) return false;
  return std::any_of(found.begin(), found.end(), [&](const report::Violation& v) {
    std::optional<std::pair<uint32_t, uint32_t>> span;
    if (v.span) span = std::make_pair(v.span->start, v.span->end);
    return rules::ExpectMatches(x, r, v.text, span, v.turn, v.message);
  });
}

// The exit status once everything is printed: 2 when standard output could
// not be written (a full disk, a closed pipe), as for huashu check.
int Flushed(int status) {
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "huashu: cannot write the output: %s\n", std::strerror(errno));
    return 2;
  }
  return status;
}

// What a finding of `r` costs under `m`, for `rules explain` (only asked
// for models other than the default).
std::string DescribeScoring(const Rule& r, const base::ScoringModel& m) {
  const std::string severity(rules::Name(r.severity));
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", m.Deduction(r.id, severity));
  std::string s = std::string("每处扣 ") + buf + " 分";
  auto it = m.rules.find(r.id);
  if (it != m.rules.end() && it->second.deduct) {
    s += "（本规则指定）";
  } else if (it != m.rules.end() && it->second.weight) {
    std::snprintf(buf, sizeof buf, "%g", *it->second.weight);
    s += "（" + severity + " " + std::to_string(m.deduct[static_cast<int>(r.severity)]) +
         " 分 × 权重 " + buf + "）";
  } else {
    s += "（" + severity + "）";
  }
  if (it != m.rules.end() && it->second.auto_fail)
    s += "；一票否决 auto_fail：出现即判会话不合格，得 " + std::to_string(m.fail_score) + " 分";
  if (m.floor > 0) s += "；得分不低于 " + std::to_string(m.floor);
  return s;
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

}  // namespace

int RunRulesList(const std::vector<std::string>& files, const std::string& output) {
  std::vector<Rule> all;
  try {
    all = LoadAll(files);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s%s\n", base::Msg("cli.prefix").c_str(), Masked(e.what()).c_str());
    return 2;
  }
  // What the rule looks for: its phrases (not its allow lists or condition
  // cues, which only keep it quiet), or its detector.
  auto what = [](const Rule& r) -> std::pair<size_t, std::string> {
    size_t n = 0;
    for (const auto& l : r.phrases)
      if (l.role != rules::PhraseRole::kAllow && l.role != rules::PhraseRole::kCue)
        n += l.phrases.size();
    if (r.type->name() == "pii") return {n, "detector"};
    if (n == 0) return {n, "-"};
    return {n, std::to_string(n) + (n == 1 ? " phrase" : " phrases")};
  };
  if (output == "json") {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const Rule& r : all) {
      out.push_back({{"id", r.id},
                     {"type", std::string(r.type->name())},
                     {"category", std::string(rules::Name(r.category))},
                     {"severity", std::string(rules::Name(r.severity))},
                     {"channel", std::string(rules::Name(r.channel))},
                     {"book", r.book},
                     {"phrases", what(r).first},
                     {"description", r.description}});
      nlohmann::ordered_json sources = nlohmann::ordered_json::array();
      for (const rules::RuleSource& src : r.sources)
        sources.push_back({{"doc", src.doc},
                           {"title", src.title},
                           {"section", src.section},
                           {"quote", src.quote}});
      out.back()["source"] = std::move(sources);
    }
    std::printf("%s\n", out.dump(2).c_str());
    return Flushed(0);
  }
  std::vector<std::array<std::string, 8>> rows;
  rows.push_back({"ID", "TYPE", "CATEGORY", "SEVERITY", "CHANNEL", "BOOK", "LOOKS FOR", "SOURCE"});
  for (const Rule& r : all) {
    rows.push_back({r.id, std::string(r.type->name()), std::string(rules::Name(r.category)),
                    std::string(rules::Name(r.severity)), std::string(rules::Name(r.channel)),
                    r.book, what(r).second, r.clause.empty() ? "-" : r.clause});
  }
  // Columns as wide as their longest cell (ids and book names are ASCII;
  // the last column, the only one that is not, is not padded).
  std::array<size_t, 8> width{};
  for (const auto& row : rows)
    for (size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], row[i].size());
  for (const auto& row : rows) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line += std::string(width[i] - row[i].size() + 2, ' ');
    }
    std::printf("%s\n", line.c_str());
  }
  return Flushed(0);
}

int RunRulesBooks() {
  for (const check::CatalogueBook& b : check::Catalogue()) {
    std::string when = b.applies;
    if (b.applies == "channel") when += " " + b.channel;
    if (b.applies == "platform") {
      when += " " + b.platform;
      for (const std::string& a : b.aliases) when += "|" + a;
    }
    std::printf("%-20s %-7s %-36s %s\n", b.name.c_str(), b.version.c_str(), when.c_str(),
                b.description.c_str());
  }
  return Flushed(0);
}

int RunRulesWords(const std::vector<std::string>& files) {
  try {
    std::set<std::string> seen;
    for (const Rule& r : LoadAll(files)) {
      if (r.type->name() != "forbidden") continue;
      for (const auto* l : r.Lists("words")) {
        for (const auto& w : l->phrases) {
          if (seen.insert(w).second) std::printf("%s\n", w.c_str());
        }
      }
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s%s\n", base::Msg("cli.prefix").c_str(), Masked(e.what()).c_str());
    return 2;
  }
  return Flushed(0);
}

int RunRulesExplain(const std::vector<std::string>& files, const std::string& id) {
  std::vector<Rule> all;
  std::vector<base::ScoringModel> scoring;
  try {
    all = LoadAll(files, nullptr, &scoring);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s%s\n", base::Msg("cli.prefix").c_str(), Masked(e.what()).c_str());
    return 2;
  }
  bool found = false;
  for (size_t i = 0; i < all.size(); ++i) {
    const Rule& r = all[i];
    if (r.id != id) continue;
    found = true;
    std::printf("%s  (%s, book %s, %s)\n", r.id.c_str(), std::string(r.type->name()).c_str(),
                r.book.c_str(), r.pos.ToString().c_str());
    if (!r.description.empty()) std::printf("  %s\n", r.description.c_str());
    std::printf(
        "  类别 category: %s   级别 severity: %s   说话方 speaker: %s   渠道 channel: %s\n",
        std::string(rules::Name(r.category)).c_str(), std::string(rules::Name(r.severity)).c_str(),
        std::string(rules::Name(r.speaker)).c_str(), std::string(rules::Name(r.channel)).c_str());
    for (const auto& l : r.phrases) {
      std::printf("  %s%s: %s\n", std::string(rules::Name(l.role)).c_str(),
                  l.name.empty() ? "" : (" [" + l.name + "]").c_str(),
                  Join(l.phrases, "、").c_str());
    }
    if (r.variants.noise || r.variants.homophones || r.variants.repeats) {
      std::printf("  variants: noise %d, homophones %s, repeats %s\n", r.variants.noise,
                  r.variants.homophones ? "on" : "off", r.variants.repeats ? "on" : "off");
    }
    std::vector<std::pair<std::string, std::string>> params;
    r.type->Describe(r, &params);
    for (const auto& [key, value] : params) std::printf("  %s: %s\n", key.c_str(), value.c_str());
    std::printf("  message: %s\n", r.message.c_str());
    std::string fills;
    for (std::string_view k : r.type->placeholders())
      fills += (fills.empty() ? "{" : " {") + std::string(k) + "}";
    std::printf("  placeholders: %s\n", fills.empty() ? "-" : fills.c_str());
    if (!r.suggestion.empty()) std::printf("  suggestion: %s\n", r.suggestion.c_str());
    for (const rules::RuleSource& src : r.sources)
      std::printf("  依据 source: %s\n", src.Describe().c_str());
    if (!scoring[i].IsDefault())
      std::printf("  扣分 scoring: %s\n", DescribeScoring(r, scoring[i]).c_str());
    for (const auto& e : r.examples) {
      // An example may hold personal data (a pii rule's): masked as in reports.
      std::printf("  %s: %s\n", e.must_fire ? "fires " : "passes", Masked(e.label).c_str());
    }
    std::printf("\n");
  }
  if (!found) {
    std::fprintf(stderr, "%s%s\n", base::Msg("cli.prefix").c_str(),
                 base::Msg("cli.no_rule", {id}).c_str());
    return 2;
  }
  return Flushed(0);
}

int RunRulesCoverage(const std::vector<std::string>& files, const std::string& gaps_file) {
  try {
    std::map<std::string, rules::Document> documents;
    const std::vector<Rule> all = LoadAll(files, &documents);
    std::vector<rules::Gap> gaps;
    if (!gaps_file.empty()) {
      std::ifstream in(gaps_file, std::ios::binary);
      if (!in) throw rules::RulebookError({gaps_file, 1, 1}, "cannot open the gap list");
      std::ostringstream text;
      text << in.rdbuf();
      gaps = rules::ReadGaps(text.str(), gaps_file, documents);
    } else if (files.empty()) {
      gaps = rules::ReadGaps(rules::EmbeddedCoverageGaps(), "rules/coverage-gaps.yaml", documents);
    }
    const std::string table = rules::CoverageMarkdown(rules::BuildCoverage(all, documents, gaps));
    std::fwrite(table.data(), 1, table.size(), stdout);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s%s\n", base::Msg("cli.prefix").c_str(), Masked(e.what()).c_str());
    return 2;
  }
  return Flushed(0);
}

int RunRulesTest(const std::vector<std::string>& files) {
  struct Source {
    std::string label;
    std::string file;  // empty: embedded
  };
  std::vector<Source> sources;
  if (files.empty()) {
    for (const auto& b : rules::EmbeddedBooks()) sources.push_back({b.name, ""});
  } else {
    for (const auto& f : files) sources.push_back({f, f});
  }
  int rules_run = 0, examples = 0, failures = 0;
  bool book_error = false;  // a book that does not load: exit 2, as check does
  for (const Source& s : sources) {
    std::vector<Rule> book_rules;
    std::string book_name;
    try {
      rules::RulebookLoader loader;
      if (s.file.empty())
        loader.AddEmbedded(s.label);
      else
        loader.AddFile(s.file);
      rules::Rulebook book = loader.Finish();
      book_name = book.books().back();
      for (const Rule& r : book.rules()) {
        if (r.book == book_name) book_rules.push_back(r);
      }
    } catch (const std::exception& e) {
      std::printf("FAIL %s: %s\n", s.label.c_str(), Masked(e.what()).c_str());
      book_error = true;
      continue;
    }
    for (const Rule& r : book_rules) {
      ++rules_run;
      if (r.examples.empty()) {
        std::printf("FAIL %s: %s: rule has no examples\n", r.pos.ToString().c_str(), r.id.c_str());
        ++failures;
        continue;
      }
      try {
        // Each rule runs alone, so an example proves this rule and no other.
        rules::CompiledRulebook alone(rules::Rulebook({r}, {book_name}));
        check::Checker checker(alone);
        check::CheckScratch scratch;
        for (const auto& e : r.examples) {
          ++examples;
          report::ConversationResult result;
          checker.Check(e.conversation, &scratch, &result);
          const bool fired = !result.violations.empty();
          if (fired != e.must_fire) {
            ++failures;
            std::printf("FAIL %s: %s: example should %s: %s\n", e.pos.ToString().c_str(),
                        r.id.c_str(), e.must_fire ? "fire but did not" : "pass but fired",
                        Masked(e.label).c_str());
            for (const auto& v : result.violations)
              std::printf("       fired: %s「%s」\n", v.message.c_str(), v.text.c_str());
          } else if (fired && e.expect && !KeepsPromise(*e.expect, r, result.violations)) {
            ++failures;
            std::printf("FAIL %s: %s: example fired, but not as expected (%s): %s\n",
                        e.pos.ToString().c_str(), r.id.c_str(),
                        rules::DescribeExpect(*e.expect).c_str(), Masked(e.label).c_str());
            if (e.expect->count && *e.expect->count != result.violations.size())
              std::printf("       %zu findings, expected %u\n", result.violations.size(),
                          *e.expect->count);
            for (const auto& v : result.violations) {
              std::string where = v.turn ? " turn " + std::to_string(*v.turn) : "";
              if (v.span)
                where += " span [" + std::to_string(v.span->start) + ", " +
                         std::to_string(v.span->end) + ")";
              std::printf("       fired:%s text「%s」 message「%s」\n", where.c_str(),
                          v.text.c_str(), v.message.c_str());
            }
          }
        }
      } catch (const std::exception& e) {
        ++failures;
        std::printf("FAIL %s\n", Masked(e.what()).c_str());
      }
    }
  }
  std::printf("rules test: %d rules, %d examples: %d passed, %d failed\n", rules_run, examples,
              examples - failures < 0 ? 0 : examples - failures, failures);
  if (book_error) return 2;
  return Flushed(failures ? 1 : 0);
}

}  // namespace huashu::cli
