// Progress of a `huashu check` run on standard error, for a person
// watching a terminal: files and records done, MB/s, and the time left
// from the input files' sizes. One line, redrawn in place at most four
// times a second; erased before anything else is printed on standard error
// and at the end, so it never mixes with diagnostics or the report.
//
// huashu check shows it only when standard error is a terminal, --quiet is
// not given and no report goes to the same terminal on standard output.

#ifndef HUASHU_SRC_CLI_PROGRESS_H_
#define HUASHU_SRC_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace huashu::cli {

class Progress {
 public:
  // `sizes`: bytes of each input in reading order (0: unknown, e.g. a pipe).
  // REQUIRES: `out` is open while the Progress is used.
  Progress(std::vector<uint64_t> sizes, std::FILE* out);

  // Reading input `i` (0-based) starts; the ones before it are done.
  void StartFile(size_t i);
  // One more record handed over (checked or rejected). Cheap: draws only
  // when the last drawing is old enough.
  void Record() {
    ++records_;
    if (++since_check_ >= 64 || records_ == 1) Tick();
  }
  // Erases the line (before a message is printed on the same terminal).
  void Clear();
  // Erases the line for good; nothing is drawn afterwards.
  void Finish();

  // The line as it would be drawn `elapsed_seconds` after the start with
  // `bytes` of the input read: for tests.
  std::string Line(double elapsed_seconds, uint64_t bytes) const;

 private:
  void Tick();
  uint64_t BytesRead() const;

  std::vector<uint64_t> sizes_;
  std::FILE* out_;
  uint64_t total_ = 0;  // sum of sizes_; meaningful when all_known_
  bool all_known_ = true;
  uint64_t done_before_ = 0;  // sizes of the files finished
  size_t file_ = 0;
  uint64_t records_ = 0;
  int since_check_ = 0;
  bool drawn_ = false, finished_ = false;
  uint64_t io_start_ = 0;  // /proc/self/io rchar at the start
  bool io_ok_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace huashu::cli

#endif  // HUASHU_SRC_CLI_PROGRESS_H_
