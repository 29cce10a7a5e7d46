// huashu explain: every candidate hit of every rule in a sentence or a
// conversation, and what became of it — reported, or set aside by which
// allow phrase or condition — plus the rules that chose not to judge.

#include <cstdio>
#include <memory>

#include "commands.h"
#include "huashu/check/book_selector.h"
#include "huashu/check/checker.h"
#include "huashu/match/pii.h"
#include "huashu/transcript/reader.h"
#include "huashu/transcript/script_line.h"

namespace huashu::cli {
namespace {

void Print(const transcript::Conversation& c, const report::ConversationResult& r,
           const std::vector<rules::CandidateNote>& notes) {
  // The id and platform as the checker masked them (r), not as read (c).
  std::printf("%s (%s%s%s)\n", r.id.c_str(), std::string(base::Name(c.channel)).c_str(),
              r.platform.empty() ? "" : ", platform ", r.platform.c_str());
  size_t shown_turn = SIZE_MAX;
  // Personal data is masked here as in every report (docs/matching.md).
  std::vector<match::PiiSpan> spans;
  std::vector<std::string> originals;
  for (const auto& n : notes) {
    if (n.turn != shown_turn) {
      shown_turn = n.turn;
      const auto& t = c.turns[n.turn];
      std::printf("  第%zu句 %s：%s\n", n.turn + 1,
                  t.speaker == base::Speaker::kAgent    ? "客服"
                  : t.speaker == base::Speaker::kSystem ? "系统"
                                                        : "客户",
                  match::MaskPersonalData(t.text, &spans, &originals).c_str());
    }
    std::string said = n.text, reason = n.reason;  // a condition's reason may quote the turn
    match::MaskCopies(spans, originals, &said);
    match::MaskCopies(spans, originals, &reason);
    std::printf("    %s %-28s 「%s」%s%s%s\n", n.kept ? "报告" : "放过", n.rule.c_str(),
                said.c_str(), n.text == n.phrase ? "" : ("（" + n.phrase + "）").c_str(),
                n.kept ? "" : "：", reason.c_str());
  }
  for (const auto& v : r.violations) {
    bool noted = false;
    for (const auto& n : notes) noted = noted || (n.kept && n.rule == v.rule);
    if (noted) continue;
    // A reply owed: name the customer's turn and the reply that lacked it.
    const std::string where = v.reply_turn && v.turn
                                  ? "（第" + std::to_string(*v.turn) + "句 → 客服的回复：第" +
                                        std::to_string(*v.reply_turn) + "句）"
                                  : "";
    std::printf("  报告 %-28s %s%s\n", v.rule.c_str(), v.message.c_str(), where.c_str());
  }
  for (const auto& n : r.not_judged)
    std::printf("  未评判 %-26s %s\n", n.rule.c_str(), n.reason.c_str());
  if (notes.empty() && r.violations.empty() && r.not_judged.empty())
    std::printf("  没有任何规则的词句出现\n");
}

}  // namespace

int RunExplain(const ExplainOptions& o) {
  std::unique_ptr<check::BookSelector> books;
  try {
    books = o.rules.empty() ? std::make_unique<check::BookSelector>()
                            : std::make_unique<check::BookSelector>(o.rules);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "huashu: %s\n", Masked(e.what()).c_str());
    return 2;
  }
  check::CheckScratch scratch;
  report::ConversationResult result;
  std::vector<rules::CandidateNote> notes;
  auto explain = [&](transcript::Conversation& c) {
    if (!o.platform.empty()) c.platform = o.platform;
    if (!o.channel.empty()) c.channel = *base::ParseChannel(o.channel);
    books->For(c).Explain(c, &scratch, &result, &notes);
    Print(c, result, notes);
  };
  if (!o.texts.empty()) {
    // Each argument is one turn: "客户：…" / "客服：…" / "系统：…", or the agent's words.
    transcript::Conversation c;
    c.id = "explain";
    std::string error;
    for (const std::string& text : o.texts) {
      const bool labelled =
          text.rfind("客户", 0) == 0 || text.rfind("客服", 0) == 0 || text.rfind("系统", 0) == 0;
      if (!transcript::ParseScriptLine(labelled ? text : "客服：" + text, &c, &error)) {
        match::MaskInPlace(&error);  // it quotes the argument
        std::fprintf(stderr, "huashu: %s\n", error.c_str());
        return 2;
      }
    }
    explain(c);
    return 0;
  }
  transcript::ReaderOptions ropts;
  auto reader = transcript::OpenInput(o.file, transcript::InputFormat::kAuto, ropts);
  transcript::Conversation c;
  std::vector<transcript::ReadError> errors;
  while (reader->Next(&c, &errors)) explain(c);
  reader->TakeErrors(&errors);
  for (auto& e : errors) {
    match::MaskInPlace(&e.message);  // as a run of check masks every diagnostic
    std::fprintf(stderr, "%s:%u: %s\n", e.file.c_str(), e.line, e.message.c_str());
  }
  return errors.empty() ? 0 : 2;
}

}  // namespace huashu::cli
