#include "progress.h"

#include <algorithm>
#include <cstring>

#include "huashu/base/messages.h"

namespace huashu::cli {
namespace {

constexpr auto kInterval = std::chrono::milliseconds(250);

// Bytes the process has read (Linux: /proc/self/io "rchar"), or false. The
// readers read the inputs in large blocks, so this follows the position in
// the file being read without asking the readers.
bool ReadChars(uint64_t* n) {
  std::FILE* f = std::fopen("/proc/self/io", "r");
  if (!f) return false;
  char line[128];
  bool ok = false;
  while (std::fgets(line, sizeof line, f)) {
    unsigned long long v = 0;
    if (std::sscanf(line, "rchar: %llu", &v) == 1) {
      *n = v;
      ok = true;
      break;
    }
  }
  std::fclose(f);
  return ok;
}

std::string Clock(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

std::string Mb(uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", bytes / 1e6);
  return buf;
}

}  // namespace

Progress::Progress(std::vector<uint64_t> sizes, std::FILE* out)
    : sizes_(std::move(sizes)), out_(out) {
  for (uint64_t s : sizes_) {
    total_ += s;
    all_known_ = all_known_ && s > 0;
  }
  io_ok_ = ReadChars(&io_start_);
  start_ = std::chrono::steady_clock::now();
  last_ = start_ - kInterval;
}

void Progress::StartFile(size_t i) {
  for (; file_ < i && file_ < sizes_.size(); ++file_) done_before_ += sizes_[file_];
  file_ = i;
  Tick();
}

uint64_t Progress::BytesRead() const {
  const uint64_t current = file_ < sizes_.size() ? sizes_[file_] : 0;
  uint64_t now = 0;
  if (!io_ok_ || !ReadChars(&now)) return done_before_;
  // What was read beyond the finished files is in the current one (read
  // ahead of the records handed over, by at most a few batches).
  const uint64_t read = now > io_start_ ? now - io_start_ : 0;
  const uint64_t in_current = read > done_before_ ? read - done_before_ : 0;
  return done_before_ + (current ? std::min(in_current, current) : in_current);
}

std::string Progress::Line(double elapsed, uint64_t bytes) const {
  // (Appended piece by piece: GCC 12 warns -Wrestrict on "/" + ..., wrongly.)
  std::string files = std::to_string(std::min(file_ + 1, sizes_.size()));
  files += '/';
  files += std::to_string(sizes_.size());
  const double rate = elapsed > 0 ? bytes / 1e6 / elapsed : 0;
  char speed[32];
  std::snprintf(speed, sizeof speed, "%.1f", rate);
  std::string read = Mb(bytes);
  if (all_known_) {
    read += '/';
    read += Mb(total_);
  }
  std::string eta = "?";
  if (all_known_ && bytes > 0 && elapsed > 0) {
    const uint64_t left = total_ > bytes ? total_ - bytes : 0;
    eta = Clock(left / (bytes / elapsed));
  }
  return base::Msg("progress.line",
                   {files, std::to_string(records_), read, speed, eta, Clock(elapsed)});
}

void Progress::Tick() {
  since_check_ = 0;
  if (finished_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < kInterval) return;
  last_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const std::string line = Line(elapsed, BytesRead());
  std::fprintf(out_, "\r\033[K%s", line.c_str());
  std::fflush(out_);
  drawn_ = true;
}

void Progress::Clear() {
  if (!drawn_) return;
  std::fputs("\r\033[K", out_);
  std::fflush(out_);
  drawn_ = false;
  last_ = std::chrono::steady_clock::now() - kInterval;  // redraw at the next record
}

void Progress::Finish() {
  Clear();
  finished_ = true;
}

}  // namespace huashu::cli
