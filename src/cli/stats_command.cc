// huashu stats: rule-noise statistics from reports of huashu check (and a
// reviewed sample's verdicts): how often each rule fires per 1,000
// conversations and per 1,000 agent turns, on what share of conversations,
// which rules never fired, which allow-list entries and conditions never
// set anything aside, and each rule's precision by the reviewers' verdicts.

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>
#include <set>

#include "commands.h"
#include "huashu/base/messages.h"
#include "huashu/report/report_reader.h"
#include "huashu/report/review_csv.h"
#include "huashu/report/rule_noise.h"
#include "report_rules.h"

namespace huashu::cli {
namespace {

double Round3(double d) { return std::round(d * 1000) / 1000; }

std::string Fixed(double d, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, d);
  return buf;
}

void PrintJson(const report::RuleNoiseStats& stats, size_t reports,
               const std::vector<report::RuleNoise>& rows, const std::vector<std::string>& never,
               const std::optional<std::vector<report::IdleSuppressor>>& idle) {
  using nlohmann::ordered_json;
  ordered_json out;
  out["reports"] = reports;
  out["conversations"] = stats.checked();
  out["agent_turns"] =
      stats.agent_turns() ? ordered_json(*stats.agent_turns()) : ordered_json(nullptr);
  out["findings"] = stats.findings();
  out["reviewed"] = stats.reviewed();
  ordered_json list = ordered_json::array();
  for (const report::RuleNoise& r : rows) {
    ordered_json j;
    j["rule"] = r.rule;
    j["category"] = r.category;
    j["severity"] = r.severity;
    j["fires"] = r.fires;
    j["conversations"] = r.conversations;
    j["per_1000_conversations"] = Round3(r.per_1k_conversations);
    j["per_1000_agent_turns"] =
        r.per_1k_agent_turns ? ordered_json(Round3(*r.per_1k_agent_turns)) : ordered_json(nullptr);
    j["share_of_conversations"] = Round3(r.share);
    j["true_positives"] = r.true_positives;
    j["false_positives"] = r.false_positives;
    j["precision"] = r.precision ? ordered_json(Round3(*r.precision)) : ordered_json(nullptr);
    j["in_books"] = r.in_books;
    list.push_back(std::move(j));
  }
  out["rules"] = std::move(list);
  out["never_fired"] = never;
  if (idle) {
    ordered_json l = ordered_json::array();
    for (const report::IdleSuppressor& s : *idle)
      l.push_back({{"rule", s.rule}, {"key", s.key}, {"what", s.description}});
    out["never_set_aside"] = std::move(l);
  } else {
    out["never_set_aside"] = nullptr;
  }
  std::printf("%s\n", out.dump(1).c_str());
}

void PrintText(const report::RuleNoiseStats& stats, size_t reports, size_t rules_in_force,
               const std::vector<report::RuleNoise>& rows, const std::vector<std::string>& never,
               const std::optional<std::vector<report::IdleSuppressor>>& idle) {
  std::printf("%s\n", base::Msg("stats.header",
                                {std::to_string(reports), std::to_string(stats.checked()),
                                 stats.agent_turns() ? std::to_string(*stats.agent_turns()) : "?",
                                 std::to_string(stats.findings())})
                          .c_str());
  const bool reviewed = stats.reviewed() > 0;
  std::vector<std::vector<std::string>> table;
  table.push_back({"RULE", "SEVERITY", "FIRES", "PER 1K CONV", "PER 1K TURNS", "CONV %"});
  if (reviewed) table.back().insert(table.back().end(), {"TP", "FP", "PRECISION"});
  for (const report::RuleNoise& r : rows) {
    table.push_back({r.rule + (r.in_books ? "" : " *"), r.severity.empty() ? "-" : r.severity,
                     std::to_string(r.fires), Fixed(r.per_1k_conversations, 1),
                     r.per_1k_agent_turns ? Fixed(*r.per_1k_agent_turns, 2) : "-",
                     Fixed(100 * r.share, 1)});
    if (reviewed)
      table.back().insert(table.back().end(),
                          {std::to_string(r.true_positives), std::to_string(r.false_positives),
                           r.precision ? Fixed(100 * *r.precision, 0) + "%" : "-"});
  }
  std::vector<size_t> width(table[0].size(), 0);
  for (const auto& row : table)
    for (size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], row[i].size());
  for (const auto& row : table) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      // The rule left-aligned, numbers right-aligned.
      const std::string pad(width[i] - row[i].size(), ' ');
      line += i == 0 ? row[i] + pad : "  " + (i == 1 ? row[i] + pad : pad + row[i]);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    std::printf("%s\n", line.c_str());
  }
  if (std::any_of(rows.begin(), rows.end(), [](const auto& r) { return !r.in_books; }))
    std::printf("* not a rule of the books in force (--rules / --platform)\n");
  std::printf("\n%s\n", base::Msg("stats.never_fired",
                                  {std::to_string(never.size()), std::to_string(rules_in_force)})
                            .c_str());
  for (const std::string& id : never) std::printf("  %s\n", id.c_str());
  if (!idle) {
    std::printf("\n%s\n", base::Msg("stats.idle_unknown").c_str());
    return;
  }
  std::printf("\n%s\n", base::Msg("stats.idle", {std::to_string(idle->size())}).c_str());
  for (const report::IdleSuppressor& s : *idle)
    std::printf("  %s  %s\n", s.rule.c_str(),
                s.key.rfind("allow:", 0) == 0 ? ("allow 「" + s.description + "」").c_str()
                                              : (s.key + "  " + s.description).c_str());
}

}  // namespace

int RunStats(const StatsOptions& o) {
  report::RuleNoiseStats stats;
  std::vector<std::string> books;
  try {
    for (const std::string& path : o.reports) {
      const report::ReportTotals t = report::ReadReport(
          path, [&](const report::ReportFinding& f) { stats.AddFinding(f.violation); });
      stats.AddReport(t);
      for (const std::string& b : t.rulebooks)
        if (std::find(books.begin(), books.end(), b) == books.end()) books.push_back(b);
    }
    if (!o.verdicts.empty()) {
      for (const report::ReviewRow& r : report::ReadReviewFile(o.verdicts)) {
        const report::Verdict v = *report::ParseVerdict(r.verdict);
        if (v != report::Verdict::kNone)
          stats.AddVerdict(r.rule, v == report::Verdict::kTruePositive);
      }
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s%s\n", base::Msg("cli.prefix").c_str(), Masked(e.what()).c_str());
    return 2;
  }
  std::vector<report::RuleInForce> rules;
  try {
    rules = RulesInForce(o.rules, books, o.platforms);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s%s\n", base::Msg("cli.prefix").c_str(),
                 base::Msg("cli.rulebook_error", {Masked(e.what())}).c_str());
    return 2;
  }
  const auto rows = stats.Rows(&rules);
  const auto never = stats.NeverFired(rules);
  const auto idle = stats.NeverSetAside(rules);
  if (o.output == "json")
    PrintJson(stats, o.reports.size(), rows, never, idle);
  else
    PrintText(stats, o.reports.size(), rules.size(), rows, never, idle);
  if (!o.verdicts.empty())
    std::fprintf(
        stderr, "%s%s\n", base::Msg("cli.prefix").c_str(),
        base::Msg("stats.reviewed", {std::to_string(stats.reviewed()), o.verdicts}).c_str());
  return 0;
}

}  // namespace huashu::cli
