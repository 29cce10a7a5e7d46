// A problem with input or configuration, located in its source file.
//
// Readers, the rulebook loader and the checker all describe problems this
// way, so that every one of them reaches the user as "file:line:col: message"
// and the run summary can count them.

#ifndef HUASHU_BASE_DIAGNOSTIC_H_
#define HUASHU_BASE_DIAGNOSTIC_H_

#include <cstdint>
#include <string>

namespace huashu::base {

struct Diagnostic {
  std::string file;
  uint32_t line = 0;    // 1-based; 0 = the file as a whole
  uint32_t column = 0;  // 1-based; 0 = unknown
  std::string message;
  bool dropped = true;  // the record (or line) was not checked
};

}  // namespace huashu::base

#endif  // HUASHU_BASE_DIAGNOSTIC_H_
