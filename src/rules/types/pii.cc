// type: pii — personal data (phone, ID card, bank card, e-mail) in a turn,
// found by a detector on the folded text. An allow phrase that overlaps the
// number, or ends at most 3 characters before it (订单号：…), means the
// digits are not personal data; `unless` / `only_if` conditions judge the
// number as a forbidden word's hit (read_back: the caller's own number read
// back on a call). Findings carry the masked form only.

#include "huashu/match/pii.h"

#include <algorithm>

#include "../rule_reader.h"
#include "huashu/rules/condition.h"
#include "huashu/rules/evaluation.h"
#include "huashu/rules/rule_type.h"

namespace huashu::rules {
namespace {

struct PiiParams : RuleParams {
  match::PiiKind kind;
  std::string detector;
  std::shared_ptr<const HitConditions> conditions;
};

class PiiType final : public RuleType {
 public:
  std::string_view name() const override { return "pii"; }
  std::vector<std::string_view> placeholders() const override { return {"match", "kind"}; }
  std::vector<std::string_view> keys() const override {
    return {"detector", "allow", kUnlessKey, kOnlyIfKey};
  }
  bool reads_templates() const override { return true; }
  bool scans_turns() const override { return true; }

  void Read(RuleReader& in, Rule* r) const override {
    const YAML::Node& node = in.rule();
    if (!node["detector"]) in.Fail(node, "pii rule needs detector");
    auto p = std::make_shared<PiiParams>();
    p->detector = in.Scalar(node["detector"], "detector");
    if (!match::ParsePiiKind(p->detector, &p->kind))
      in.Fail(node["detector"], "detector must be mobile, id_card, bank_card or email");
    if (node["allow"]) r->phrases.push_back(in.Phrases(node["allow"], PhraseRole::kAllow, "allow"));
    p->conditions = ReadHitConditions(in, node, r);
    r->params = std::move(p);
  }

  void ScanTurn(Evaluation& ev, std::span<const size_t> rules, size_t t,
                const text::FoldedText& folded) const override {
    // Every detector looks for digits or '@'; most turns have neither.
    if (!MayHoldPersonalData(folded)) return;
    const auto hits = ev.TurnHits(t);
    std::vector<match::PiiFinding> found;
    for (size_t ri : rules) {
      const Rule& r = ev.rule(ri);
      if (!SpeakerMatches(r.speaker, ev.turn(t).speaker)) continue;
      const auto& p = r.Params<PiiParams>();
      found.clear();
      match::DetectPii(p.kind, folded, &found);
      const auto allow = ev.book().Sets(ri, PhraseRole::kAllow);
      for (const match::PiiFinding& f : found) {
        const auto allowed = std::find_if(hits.begin(), hits.end(), [&](const match::Hit& a) {
          if (std::find(allow.begin(), allow.end(), a.set) == allow.end()) return false;
          const bool overlaps = a.ubegin < f.uend && a.uend > f.ubegin;
          return overlaps || (a.uend <= f.ubegin && f.ubegin - a.uend <= 3);
        });
        if (allowed != hits.end()) {
          ev.SetAside(r, "allow:" + ev.book().set(allowed->set).list->phrases[allowed->word]);
          continue;
        }
        match::Hit h{};
        h.set = match::kNoPhraseSet;  // no phrase: conditions on sets never hold
        h.ubegin = f.ubegin;
        h.uend = f.uend;
        h.begin = folded.OriginBegin(f.ubegin);
        h.end = folded.OriginEnd(f.uend);
        if (!p.conditions->Admit(ev, {ri, t, &h}, f.masked)) continue;
        base::Violation v = ev.MakeAt(
            r,
            FormatMessage(r.message,
                          {{"match", f.masked}, {"kind", std::string(match::PiiLabel(p.kind))}}),
            t, &h);
        v.text = f.masked;  // never the data itself
        v.match = base::MatchInfo{"detector", p.detector, std::string(match::PiiLabel(p.kind))};
        ev.Emit(std::move(v));
      }
    }
  }

  void Evaluate(Evaluation&, std::span<const size_t>) const override {}  // done in ScanTurn

  void Describe(const Rule& r,
                std::vector<std::pair<std::string, std::string>>* out) const override {
    out->push_back({"detector", r.Params<PiiParams>().detector});
    for (const std::string& line : r.Params<PiiParams>().conditions->Describe(r))
      out->push_back({"condition", line});
  }

 private:
  static bool MayHoldPersonalData(const text::FoldedText& t) {
    // Without branches, so that the compiler may vectorise it: most turns
    // hold neither, and all of their units are read.
    uint32_t any = 0;
    const uint32_t* units = t.units.data();
    for (size_t i = 0, n = t.size(); i < n; ++i) any |= (units[i] - '0' < 10) | (units[i] == '@');
    return any != 0;
  }
};

}  // namespace

const RuleType* PiiRuleType() {
  static const PiiType type;
  return &type;
}

}  // namespace huashu::rules
