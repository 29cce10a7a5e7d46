// Detectors for personal data in agent messages (category `pii`).
//
// They read folded text, so full-width digits (１３８) and separators are
// already plain. A finding never carries the data itself: Masked() is what
// reports show.

#ifndef HUASHU_MATCH_PII_H_
#define HUASHU_MATCH_PII_H_

#include <cstdint>
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
//   mobile    - 11-digit mainland numbers 1[3-9]xxxxxxxxx, optionally +86/86
//               first, digits grouped by spaces or dashes (138 1234 5678);
//   id_card   - 18-character resident ID numbers with a valid check digit;
//   bank_card - 16 to 19 digit numbers passing the Luhn check;
//   email     - local@domain.tld.
// Digit runs touching '*' or other masking are already masked and skipped;
// runs longer than the item (order numbers) are not split into items.
void DetectPii(PiiKind kind, const text::FoldedText& text, std::vector<PiiFinding>* out);

bool ParsePiiKind(std::string_view name, PiiKind* kind);
std::string_view PiiLabel(PiiKind kind);  // 手机号, 身份证号, 银行卡号, 邮箱

}  // namespace huashu::match

#endif  // HUASHU_MATCH_PII_H_
