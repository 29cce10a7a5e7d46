// The review file: a sample of findings for people to judge (huashu sample
// writes it, a reviewer fills in `verdict` and `note`, huashu stats
// --verdicts and huashu sample --accept read it back).
//
// CSV as RFC 4180 says (fields with a comma, quote or line break quoted,
// quotes doubled, CRLF line ends), UTF-8 with a byte order mark so that
// Excel and WPS open the Chinese text as Chinese. Columns, in this order:
//
//   id,rule,severity,category,conversation,turn,agent,file,line,text,message,verdict,note
//
// `id` is the finding's baseline fingerprint (report/fingerprint.h), with
// "#N" for its N-th occurrence in its conversation when N > 1: stable
// across runs and shards. `text` is the report's matched text, masked as in
// every report. A field that a spreadsheet would run as a formula (starting
// with = + - @) is written with a leading ' and read back without it. Reading back finds columns by their header, so a reviewer
// may reorder or add columns.

#ifndef HUASHU_REPORT_REVIEW_CSV_H_
#define HUASHU_REPORT_REVIEW_CSV_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace huashu::report {

struct ReviewRow {
  std::string id, rule, severity, category, conversation, turn, agent, file, line, text, message,
      verdict, note;
  long at = 0;  // line of the file the row starts on (reading back), for messages
};

// The byte order mark and the header line.
std::string ReviewHeader();
// Appends one row (CRLF-terminated).
void AppendReviewRow(const ReviewRow& row, std::string* out);
// Appends `field` quoted as RFC 4180 requires (only when it must be).
void AppendCsvField(std::string_view field, std::string* out);

enum class Verdict { kNone, kTruePositive, kFalsePositive };
// "tp" / "fp" in any case, or 正确 / 误报; "" is kNone. nullopt otherwise.
std::optional<Verdict> ParseVerdict(std::string_view s);

// Reads a review file (UTF-8, with or without BOM; comma-separated, as
// written or as saved by a spreadsheet as "CSV UTF-8"). Needs the columns
// id, rule and verdict. Throws ReportError ("path:line: why") for a file
// that cannot be read, is not UTF-8, lacks a column or has a bad verdict.
std::vector<ReviewRow> ReadReviewFile(const std::string& path);

}  // namespace huashu::report

#endif  // HUASHU_REPORT_REVIEW_CSV_H_
