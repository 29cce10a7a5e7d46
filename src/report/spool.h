// Spool: text a writer must print after the conversations (diagnostics,
// notifications), kept in memory up to a limit and in a temporary file
// beyond it, so that a run with millions of bad records does not hold them
// all in memory.

#ifndef HUASHU_SRC_REPORT_SPOOL_H_
#define HUASHU_SRC_REPORT_SPOOL_H_

#include <cstdio>
#include <string>
#include <string_view>

namespace huashu::report {

class Spool {
 public:
  Spool() = default;
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  // Appends `s`.
  void Append(std::string_view s);
  bool empty() const { return size_ == 0; }
  // Writes everything appended so far to `out`, in order, and empties the
  // spool.
  void WriteTo(std::FILE* out);

 private:
  static constexpr size_t kMemoryLimit = 1 << 20;
  std::string buf_;
  std::FILE* file_ = nullptr;  // tmpfile() once buf_ outgrew the limit
  size_t size_ = 0;
};

}  // namespace huashu::report

#endif  // HUASHU_SRC_REPORT_SPOOL_H_
