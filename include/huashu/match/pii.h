// Detectors for personal data in agent messages (category `pii`).
//
// They read folded text, so full-width digits (１３８) and separators are
// already plain. A finding never carries the data itself: Masked() is what
// reports show.

#ifndef HUASHU_MATCH_PII_H_
#define HUASHU_MATCH_PII_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "huashu/text/fold.h"

namespace huashu::match {

enum class PiiKind : uint8_t { kMobile, kIdCard, kBankCard, kEmail };

struct PiiFinding {
  PiiKind kind;
  uint32_t ubegin;  // folded unit range
  uint32_t uend;
  std::string masked;  // e.g. 138****5678: safe to print
};

// Appends to *out every full (unmasked) item of `kind` in `text`:
//   mobile    - 11-digit mainland numbers 1[3-9]xxxxxxxxx, optionally +86/86/0086
//               first, digits grouped by spaces or dashes (138 1234 5678);
//   id_card   - 18-character resident ID numbers with a valid check digit,
//               or of that shape (region, birth date) when 身份证/证件号 stands
//               at most 8 letters before the number;
//   bank_card - 16 to 19 digit numbers passing the Luhn check, or failing it
//               when 银行卡/储蓄卡/信用卡/借记卡/卡号 (not 会员卡号, E卡卡号
//               and the like) stands at most 8 letters before
//               the number or 这张卡 right after it (named, a slip in the
//               check digit does not make a number less personal);
//   email     - local@domain.tld.
// Digit runs touching '*' or other masking are already masked and skipped;
// runs longer than the item (order numbers) are not split into items.
void DetectPii(PiiKind kind, const text::FoldedText& text, std::vector<PiiFinding>* out);

// True if the '@' at folded unit `at` of `units` joins an e-mail address,
// masked or not (zh***an@qq.com): a local part before it and a domain with
// a top-level label of two letters or more after it. Sets [*begin, *end) to
// the address. The one reading of an address for DetectPii and for rules
// that ask whether a customer gave one.
bool EmailAround(std::span<const uint32_t> units, uint32_t at, uint32_t* begin, uint32_t* end);

// One stretch of personal data in a text, in code points of the original
// text: every item of every kind, items that overlap or touch merged into
// one stretch. `masked` is its safe form: the item's own masked form when one
// item covers the stretch, else the stretch with every digit but the last
// four starred.
struct PiiSpan {
  uint32_t begin, end;  // original code points, end-exclusive
  std::string masked;
};

// Appends every stretch of personal data in `text` (all four detectors, no
// allow phrases: this is what output masking hides), sorted, disjoint.
void FindPersonalData(const text::FoldedText& text, std::vector<PiiSpan>* out);

// Replaces in *s every copy of a stretch's original text (`original[k]` is
// the original bytes of spans[k]) and of its digits alone by its masked form.
// For strings that quote turn text without positions (messages, details).
void MaskCopies(const std::vector<PiiSpan>& spans, const std::vector<std::string>& original,
                std::string* s);

// `text` with every stretch of personal data replaced by its masked form,
// and *spans (if given) set to the stretches: for printing a whole turn
// (huashu explain) and strings that quote it.
std::string MaskPersonalData(std::string_view text, std::vector<PiiSpan>* spans = nullptr,
                             std::vector<std::string>* originals = nullptr);

// *s with every stretch of personal data masked (as MaskPersonalData), for
// a string from the input printed whole: a conversation or agent id, a
// platform, a diagnostic, an error quoting a file. A string that cannot hold
// any (ASCII, fewer than 11 digits, no '@') is left without folding it.
void MaskInPlace(std::string* s);

// *s, an identifier (a conversation or agent id), with phone numbers and
// e-mail addresses masked. Long numeric ids (order and snowflake ids) are
// kept even when they pass a card's or an ID number's check, as one in ten
// does: the id must still name its record.
void MaskIdInPlace(std::string* s);

bool ParsePiiKind(std::string_view name, PiiKind* kind);
std::string_view PiiLabel(PiiKind kind);  // 手机号, 身份证号, 银行卡号, 邮箱

}  // namespace huashu::match

#endif  // HUASHU_MATCH_PII_H_
