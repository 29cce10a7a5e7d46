#include <cstring>

#include "huashu/transcript/reader.h"

namespace huashu::transcript {
namespace {
constexpr size_t kBlock = 1 << 20;
}

LineSource::LineSource(std::FILE* f, std::string name) : f_(f), name_(std::move(name)) {
  buf_.resize(kBlock + kPadding);
}

LineSource::~LineSource() {
  if (f_ && f_ != stdin) std::fclose(f_);
}

bool LineSource::Fill() {
  if (eof_) return false;
  // Keep the unread tail, grow if one line fills the whole buffer.
  if (begin_ > 0) {
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buf_.size() - kPadding - end_ < kBlock / 2) buf_.resize(buf_.size() * 2);
  const size_t room = buf_.size() - kPadding - end_;
  const size_t got = std::fread(buf_.data() + end_, 1, room, f_);
  end_ += got;
  if (got < room) eof_ = true;
  return got > 0;
}

std::string_view LineSource::Peek(size_t bytes) {
  while (end_ - begin_ < bytes && Fill()) {
  }
  size_t b = begin_;
  if (first_ && end_ - b >= 3 && std::memcmp(buf_.data() + b, "\xEF\xBB\xBF", 3) == 0) b += 3;
  return {buf_.data() + b, std::min(bytes, end_ - b)};
}

bool LineSource::Next(std::string_view* line) {
  while (true) {
    const char* start = buf_.data() + begin_;
    const void* nl = std::memchr(start, '\n', end_ - begin_);
    if (nl == nullptr && !eof_) {
      Fill();
      continue;
    }
    if (nl == nullptr && begin_ == end_) return false;
    size_t len = nl ? static_cast<const char*>(nl) - start : end_ - begin_;
    begin_ += nl ? len + 1 : len;
    if (len > 0 && start[len - 1] == '\r') --len;
    if (first_ && len >= 3 && std::memcmp(start, "\xEF\xBB\xBF", 3) == 0) {
      start += 3;
      len -= 3;
    }
    first_ = false;
    ++line_number_;
    *line = std::string_view(start, len);
    return true;
  }
}

}  // namespace huashu::transcript
