// type: festival — on a listed holiday (the date of `started_at`, as
// written), the agent's opening must carry a festival greeting. The book
// holds the holiday table, name → dates, so lunar festivals are explicit
// dates and a book may add its own days. A conversation without
// `started_at` is not judged (counted as lacking data, like the timed types).

#include <map>
#include <string>

#include "../rule_reader.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"

namespace huashu::rules {
namespace {

struct FestivalParams : RuleParams {
  int first = 2;                               // the agent's first N turns (and their burst)
  std::map<std::string, std::string> holiday;  // "YYYY-MM-DD" → festival name
};

// True for "YYYY-MM-DD" naming a day of the Gregorian calendar.
bool IsDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int y = std::stoi(std::string(s.substr(0, 4)));
  const int m = (s[5] - '0') * 10 + (s[6] - '0');
  const int d = (s[8] - '0') * 10 + (s[9] - '0');
  if (m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

class FestivalType final : public PerRuleType {
 public:
  std::string_view name() const override { return "festival"; }
  std::vector<std::string_view> placeholders() const override { return {"festival", "date"}; }
  std::vector<std::string_view> keys() const override { return {"holidays", "any_of", "first"}; }

  void Read(RuleReader& in, Rule* r) const override {
    const YAML::Node& node = in.rule();
    auto p = std::make_shared<FestivalParams>();
    const YAML::Node table = node["holidays"];
    if (!table || !table.IsMap() || table.size() == 0)
      in.Fail(table ? table : node, "festival rule needs holidays: {name: [YYYY-MM-DD, ...]}");
    for (auto it = table.begin(); it != table.end(); ++it) {
      const std::string festival = in.Scalar(it->first, "holiday name");
      const YAML::Node dates = it->second;  // named: iterating a temporary dangles
      if (!dates.IsSequence() || dates.size() == 0)
        in.Fail(dates, "holiday " + festival + " needs a list of dates");
      for (const YAML::Node& day : dates) {
        const std::string date = in.Scalar(day, "date");
        if (!IsDate(date)) in.Fail(day, "date must be YYYY-MM-DD, got '" + date + "'");
        // Two festivals may fall on one day (中秋 on 国庆 in 2028): both names.
        auto [at, fresh] = p->holiday.emplace(date, festival);
        if (!fresh) {
          if (at->second == festival) in.Fail(day, date + " is listed twice under " + festival);
          at->second += "、" + festival;
        }
      }
    }
    if (!node["any_of"]) in.Fail(node, "festival rule needs any_of: [greetings]");
    r->phrases.push_back(in.Phrases(node["any_of"], PhraseRole::kGroup, "any_of"));
    p->first = in.IntegerOr("first", 2, 1);
    r->params = std::move(p);
  }

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    const auto& p = r.Params<FestivalParams>();
    out->push_back({"first", std::to_string(p.first) + " agent turns"});
    out->push_back({"holidays", std::to_string(p.holiday.size()) + " dates, " +
                                    p.holiday.begin()->first + " … " + p.holiday.rbegin()->first});
  }

 private:
  void EvaluateRule(Evaluation& ev, size_t ri) const override {
    const Rule& r = ev.rule(ri);
    const auto& p = r.Params<FestivalParams>();
    const std::string& started = ev.conversation().started_at;
    // The date as the record writes it: the local day of whoever logged it.
    if (started.size() < 10 || !IsDate(std::string_view(started).substr(0, 10))) {
      ev.Skip(r);
      return;
    }
    const auto day = p.holiday.find(started.substr(0, 10));
    if (day == p.holiday.end()) return;
    std::vector<size_t> opening;
    for (size_t t = 0; t < ev.turn_count(); ++t) {
      if (!SpeakerMatches(r.speaker, ev.turn(t).speaker)) continue;
      // The first N turns and the burst that continues them (two bubbles).
      if (opening.size() >= static_cast<size_t>(p.first) && opening.back() + 1 != t) break;
      opening.push_back(t);
    }
    if (opening.empty()) {
      ev.Skip(r);
      return;
    }
    const auto greetings = ev.book().Sets(ri, PhraseRole::kGroup);
    for (size_t t : opening)
      if (ev.FindHit(t, greetings)) return;
    ev.Emit(ev.MakeAt(r,
                      FormatMessage(r.message, {{"festival", day->second}, {"date", day->first}}),
                      opening.front(), nullptr));
  }
};

}  // namespace

const RuleType* FestivalRuleType() {
  static const FestivalType type;
  return &type;
}

}  // namespace huashu::rules
