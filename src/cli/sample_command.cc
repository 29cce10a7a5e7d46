// huashu sample: a reproducible random sample of findings from reports of
// huashu check, as a review file (report/review_csv.h) with an empty
// verdict column for a reviewer (复核 / 抽检); and, with --accept, the
// reviewed file's findings marked fp written into a baseline that
// `huashu check --baseline` reads, so they are not reported again.
//
// Which findings are drawn depends only on the seed and the findings' ids
// (baseline fingerprints), not on the order of the reports or how the run
// was sharded: each finding gets a pseudo-random priority from (seed, id),
// and the lowest priorities are taken, within each stratum's quota.

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "baseline.h"
#include "commands.h"
#include "config.h"
#include "huashu/base/messages.h"
#include "huashu/report/fingerprint.h"
#include "huashu/report/report_reader.h"
#include "huashu/report/review_csv.h"

namespace huashu::cli {
namespace {

uint64_t SplitMix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

uint64_t Fnv(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// The project root as huashu check finds it (the .huashu.yaml's directory,
// else the current one): template paths in fingerprints are relative to it.
std::string ProjectRoot() {
  const std::string config = FindConfig(".");
  if (config.empty()) return ".";
  try {
    return LoadConfig(config).dir;
  } catch (const std::exception&) {
    return ".";
  }
}

// Calls `f(finding, id)` for every finding of every report, in order, with
// the finding's stable id: its fingerprint, and "#N" for the N-th finding
// of that fingerprint in its conversation (N > 1).
template <typename F>
void ForEachFinding(const std::vector<std::string>& reports, const report::ProjectPaths& paths,
                    F&& f) {
  for (const std::string& path : reports) {
    report::FindingCounter seen;
    std::string conversation;
    report::ReadReport(path, [&](const report::ReportFinding& x) {
      std::string where = x.violation.source.file;
      where += '\n';
      where += x.violation.conversation;
      if (where != conversation) {
        seen = report::FindingCounter();
        conversation = std::move(where);
      }
      const report::FindingKey key = report::KeyOf(x.violation, paths);
      const int n = seen.Next(key);
      std::string id = report::Digest(key);
      if (n > 1) {
        id += '#';  // (not += "#" + ...: GCC 12 warns -Wrestrict there, wrongly)
        id += std::to_string(n);
      }
      f(x, id);
    });
  }
}

struct Drawn {
  uint64_t priority;
  uint32_t index;  // in report order
  uint32_t stratum;
  uint32_t rule;
};

// Splits `size` over strata of capacities `cap` as evenly as they allow
// (a stratum with fewer findings than its share gives the rest to others).
std::vector<long> Quotas(long size, const std::vector<long>& cap) {
  std::vector<long> quota(cap.size(), 0);
  long remaining = size;
  while (remaining > 0) {
    std::vector<size_t> open;
    for (size_t s = 0; s < cap.size(); ++s)
      if (quota[s] < cap[s]) open.push_back(s);
    if (open.empty()) break;
    const long share = std::max(1L, remaining / static_cast<long>(open.size()));
    for (size_t s : open) {
      const long give = std::min({share, cap[s] - quota[s], remaining});
      quota[s] += give;
      remaining -= give;
      if (remaining == 0) break;
    }
  }
  return quota;
}

int Accept(const SampleOptions& o) {
  const report::ProjectPaths paths(ProjectRoot());
  // Per key, the highest occurrence marked fp: a baseline accepts the first
  // N findings of a key in a conversation, so N must reach it.
  std::map<report::FindingKey, int> accepted;
  long marked = 0;
  for (const report::ReviewRow& r : report::ReadReviewFile(o.accept)) {
    if (*report::ParseVerdict(r.verdict) != report::Verdict::kFalsePositive) continue;
    if (r.conversation.empty() && r.file.empty())
      throw report::ReportError(o.accept + ":" + std::to_string(r.at) +
                                ": a row marked fp needs its conversation or file");
    report::Violation v;
    v.rule = r.rule;
    v.conversation = r.conversation;
    v.source.file = r.file;
    v.text = r.text;
    const report::FindingKey key = report::KeyOf(v, paths);
    int n = 1;
    if (const size_t hash = r.id.rfind('#'); hash != std::string::npos)
      n = std::max(1, std::atoi(r.id.c_str() + hash + 1));
    int& c = accepted[key];
    c = std::max(c, n);
    ++marked;
  }
  // Added to the baseline already there (never lowering a count), so that
  // accepting the same review twice changes nothing.
  Baseline b;
  if (FILE* f = std::fopen(o.write_baseline.c_str(), "rb")) {
    std::fclose(f);
    b = Baseline::Load(o.write_baseline);
  }
  for (const auto& [key, n] : accepted)
    while (b.Count(key) < n) b.Add(key);
  b.Save(o.write_baseline);
  if (!o.quiet)
    std::fprintf(stderr, "%s%s\n", base::Msg("cli.prefix").c_str(),
                 base::Msg("sample.accepted", {std::to_string(marked),
                                               std::to_string(accepted.size()), o.write_baseline})
                     .c_str());
  return 0;
}

int Sample(const SampleOptions& o) {
  for (const std::string& r : o.reports)
    if (r == "-")
      throw report::ReportError(
          "-: sample reads its reports twice; give files, not standard input");
  const report::ProjectPaths paths(ProjectRoot());
  // First pass: every finding's priority, stratum and rule.
  std::vector<Drawn> all;
  std::map<std::string, uint32_t> strata, rules;
  auto id_of = [](std::map<std::string, uint32_t>& m, const std::string& k) {
    return m.emplace(k, static_cast<uint32_t>(m.size())).first->second;
  };
  const uint64_t seed = SplitMix(o.seed);
  ForEachFinding(o.reports, paths, [&](const report::ReportFinding& f, const std::string& id) {
    const std::string stratum = o.stratify == "rule"    ? f.violation.rule
                                : o.stratify == "agent" ? f.agent
                                                        : std::string();
    all.push_back({SplitMix(seed ^ Fnv(id)), static_cast<uint32_t>(all.size()),
                   id_of(strata, stratum), id_of(rules, f.violation.rule)});
  });
  // Strata in name order, for quotas that do not depend on input order.
  std::vector<uint32_t> order_of(strata.size());
  {
    uint32_t k = 0;
    for (const auto& [name, s] : strata) order_of[s] = k++;
  }
  std::vector<long> cap(strata.size(), 0);
  for (const Drawn& d : all) ++cap[order_of[d.stratum]];
  if (o.per_rule > 0 && o.stratify == "rule")
    for (long& c : cap) c = std::min<long>(c, o.per_rule);
  const std::vector<long> quota = Quotas(o.size, cap);
  std::vector<Drawn> by_priority = all;
  std::sort(by_priority.begin(), by_priority.end(), [](const Drawn& a, const Drawn& b) {
    return a.priority != b.priority ? a.priority < b.priority : a.index < b.index;
  });
  std::vector<long> taken(strata.size(), 0), rule_taken(rules.size(), 0);
  std::vector<bool> chosen(all.size(), false);
  long total = 0;
  // Within the quotas first; then, if a per-rule limit left quotas unfilled
  // (strata by agent), from any stratum, still within the limit.
  for (int pass = 0; pass < 2 && total < o.size; ++pass) {
    for (const Drawn& d : by_priority) {
      if (total == o.size) break;
      const uint32_t s = order_of[d.stratum];
      if (chosen[d.index] || (pass == 0 && taken[s] >= quota[s])) continue;
      if (o.per_rule > 0 && rule_taken[d.rule] >= o.per_rule) continue;
      chosen[d.index] = true;
      ++taken[s];
      ++rule_taken[d.rule];
      ++total;
    }
  }
  // Second pass: the rows of the chosen findings, in report order.
  std::FILE* out = stdout;
  if (!o.output.empty() && o.output != "-") {
    out = std::fopen(o.output.c_str(), "wb");
    if (!out) throw report::ReportError(o.output + ": cannot write: " + std::strerror(errno));
  }
  std::string text = report::ReviewHeader();
  uint32_t index = 0;
  ForEachFinding(o.reports, paths, [&](const report::ReportFinding& f, const std::string& id) {
    if (index >= chosen.size() || !chosen[index++]) return;
    const report::Violation& v = f.violation;
    report::ReviewRow r;
    r.id = id;
    r.rule = v.rule;
    r.severity = v.severity;
    r.category = v.category;
    r.conversation = v.conversation;
    r.turn = v.turn ? std::to_string(*v.turn) : "";
    r.agent = f.agent;
    r.file = v.source.file;
    r.line = v.source.line ? std::to_string(v.source.line) : "";
    r.text = v.text;  // masked in the report already
    r.message = v.message;
    report::AppendReviewRow(r, &text);
  });
  if (index != all.size()) throw report::ReportError("the reports changed while they were read");
  const bool wrote = std::fwrite(text.data(), 1, text.size(), out) == text.size();
  const bool closed = out == stdout ? std::fflush(out) == 0 : std::fclose(out) == 0;
  if (!wrote || !closed)
    throw report::ReportError((o.output.empty() ? "standard output" : o.output) +
                              ": cannot write: " + std::strerror(errno));
  if (!o.quiet)
    std::fprintf(stderr, "%s%s\n", base::Msg("cli.prefix").c_str(),
                 base::Msg("sample.written", {std::to_string(total), std::to_string(all.size()),
                                              o.output.empty() || o.output == "-" ? "-" : o.output})
                     .c_str());
  return 0;
}

}  // namespace

int RunSample(const SampleOptions& o) {
  try {
    if (!o.accept.empty()) return Accept(o);
    return Sample(o);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s%s\n", base::Msg("cli.prefix").c_str(), Masked(e.what()).c_str());
    return 2;
  }
}

}  // namespace huashu::cli
