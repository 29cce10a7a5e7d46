#include "spool.h"

namespace huashu::report {

Spool::~Spool() {
  if (file_) std::fclose(file_);
}

void Spool::Append(std::string_view s) {
  buf_ += s;
  size_ += s.size();
  if (buf_.size() < kMemoryLimit) return;
  if (!file_) file_ = std::tmpfile();
  if (!file_) return;  // no temporary file: keep it in memory
  std::fwrite(buf_.data(), 1, buf_.size(), file_);
  buf_.clear();
}

void Spool::WriteTo(std::FILE* out) {
  if (file_) {
    std::fflush(file_);
    std::rewind(file_);
    char block[1 << 16];
    size_t n;
    while ((n = std::fread(block, 1, sizeof block, file_)) > 0) std::fwrite(block, 1, n, out);
    std::fclose(file_);
    file_ = nullptr;
  }
  std::fwrite(buf_.data(), 1, buf_.size(), out);
  buf_.clear();
  size_ = 0;
}

}  // namespace huashu::report
