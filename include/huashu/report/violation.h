// The records a report is made of, as the report stage names them. They are
// defined at the ground floor (huashu/base/finding.h) because the rule
// evaluators produce them and every writer reads them.

#ifndef HUASHU_REPORT_VIOLATION_H_
#define HUASHU_REPORT_VIOLATION_H_

#include "huashu/base/diagnostic.h"
#include "huashu/base/finding.h"
#include "huashu/transcript/conversation.h"

namespace huashu::report {

using base::ConversationResult;
using base::Diagnostic;
using base::MatchInfo;
using base::Span;
using base::Violation;

}  // namespace huashu::report

#endif  // HUASHU_REPORT_VIOLATION_H_
