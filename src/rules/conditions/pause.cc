// pause_after: S — the same speaker's next turn starts at least S seconds
// after this turn ends: the agent said 请稍等 and went away to look
// something up, rather than going on speaking in a turn that speech
// recognition split off. Never holds without times.

#include <cmath>
#include <sstream>

#include "huashu/rules/evaluation.h"
#include "kinds.h"

namespace huashu::rules {
namespace {

class PauseAfter final : public HitCondition {
 public:
  explicit PauseAfter(double seconds) : seconds_(seconds) {}

  bool Holds(const Evaluation& ev, const Candidate& c) const override {
    const transcript::Turn& self = ev.turn(c.turn);
    const double end = std::isnan(self.end) ? self.start : self.end;
    if (std::isnan(end)) return false;
    for (size_t t = c.turn + 1; t < ev.turn_count(); ++t) {
      if (ev.turn(t).speaker != self.speaker) continue;
      return !std::isnan(ev.turn(t).start) && ev.turn(t).start - end >= seconds_;
    }
    return false;
  }
  std::string Describe(const Rule&) const override {
    std::ostringstream s;
    s << "同一方的下一轮在至少 " << seconds_ << " 秒后才开始";
    return s.str();
  }

 private:
  double seconds_;
};

}  // namespace

std::unique_ptr<HitCondition> MakePause(const RuleReader& in, const YAML::Node& item,
                                        std::string_view key, Rule*) {
  return std::make_unique<PauseAfter>(in.Number(item[std::string(key)], key, 0));
}

}  // namespace huashu::rules
