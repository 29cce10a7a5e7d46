// Internal: what every rule evaluator sees of one conversation.

#ifndef HUASHU_SRC_CHECK_CONTEXT_H_
#define HUASHU_SRC_CHECK_CONTEXT_H_

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "huashu/check/checker.h"

namespace huashu::check {

struct Placeholder {
  std::string_view name;
  std::string value;
};

// Fills "{name}" placeholders of `tmpl`; unknown ones are left as written.
std::string FormatMessage(std::string_view tmpl, std::initializer_list<Placeholder> values);
// How a phrase group is named in messages: its name, or 「first phrase」等.
std::string GroupLabel(const rules::PhraseList& list);
// "245", "3.5": seconds as a person writes them.
std::string FormatSeconds(double s);

class Context {
 public:
  Context(const transcript::Conversation& c, const rules::CompiledRulebook& book,
          CheckScratch& scratch, report::ConversationResult* out)
      : c_(c), book_(book), s_(scratch), out_(out) {}

  const transcript::Conversation& conversation() const { return c_; }
  const rules::CompiledRulebook& book() const { return book_; }
  size_t turn_count() const { return c_.turns.size(); }
  const transcript::Turn& turn(size_t t) const { return c_.turns[t]; }

  std::span<const match::Hit> TurnHits(size_t t) const {
    return {s_.hits.data() + s_.turn_offsets[t], s_.hits.data() + s_.turn_offsets[t + 1]};
  }
  // Returns the first hit in turn t of any of `sets`, or nullptr.
  const match::Hit* FindHit(size_t t, std::span<const uint32_t> sets) const;
  const match::Hit* FindHit(size_t t, uint32_t set) const { return FindHit(t, {&set, 1}); }

  // A violation of rule `r` pre-filled with rule and conversation fields.
  report::Violation Make(const rules::Rule& r, std::string message) const;
  // The same, pointing at turn t (and at `hit` within it, if given).
  report::Violation MakeAt(const rules::Rule& r, std::string message, size_t t,
                           const match::Hit* hit) const;
  void Emit(report::Violation v) { out_->violations.push_back(std::move(v)); }
  // Records that `r` could not run on this conversation (missing data).
  void Skip(const rules::Rule& r) { out_->skipped_rules.push_back(r.id); }

  // Original text of [begin, end) code points of turn t.
  std::string Slice(size_t t, uint32_t begin, uint32_t end) const;
  // Byte offsets of turn t's code points (and its end); valid until the
  // next call for another turn.
  const std::vector<uint32_t>& CodePointBytes(size_t t) const;

 private:
  const transcript::Conversation& c_;
  const rules::CompiledRulebook& book_;
  CheckScratch& s_;
  report::ConversationResult* out_;
};

// Evaluators, one per rule type family. Each reads rule `ri` of ctx.book().
// All forbidden rules at once, in one pass over the hits; applies[i] says
// whether rule i applies to this conversation.
void CheckForbidden(Context& ctx, const std::vector<bool>& applies);
void CheckRequired(Context& ctx, size_t ri);
// `spoken`: characters actually spoken per turn (no spaces or punctuation).
void CheckScenario(Context& ctx, size_t ri, const std::vector<uint32_t>& spoken);

}  // namespace huashu::check

#endif  // HUASHU_SRC_CHECK_CONTEXT_H_
