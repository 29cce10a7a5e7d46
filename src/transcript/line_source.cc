#include <cstring>

#include "huashu/transcript/reader.h"

namespace huashu::transcript {

bool LineSource::Fill() {
  if (eof_) return false;
  // Keep the unread tail, grow if one line fills the whole buffer.
  if (begin_ > 0) {
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buf_.size() - kPadding - end_ < kBlock / 2) buf_.resize(buf_.size() * 2);
  if (decoder_) return FillDecoded();
  const size_t room = buf_.size() - kPadding - end_;
  const size_t got = ReadRaw(buf_.data() + end_, room);
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
  overlong_ = 0;
  size_t skipped = 0;  // bytes of an over-long line already dropped
  while (true) {
    const char* start = buf_.data() + begin_;
    const void* nl = std::memchr(start, '\n', end_ - begin_);
    if (nl == nullptr && !eof_) {
      // A line above the limit is counted, not kept.
      if (end_ - begin_ > max_line_) {
        skipped += end_ - begin_;
        begin_ = end_;
      }
      Fill();
      continue;
    }
    if (nl == nullptr && begin_ == end_ && skipped == 0) return false;
    size_t len = nl ? static_cast<const char*>(nl) - start : end_ - begin_;
    begin_ += nl ? len + 1 : len;
    ++line_number_;
    if (skipped > 0 || len > max_line_) {
      first_ = false;
      overlong_ = skipped + len;
      *line = std::string_view();
      return true;
    }
    if (len > 0 && start[len - 1] == '\r') --len;
    if (first_ && len >= 3 && std::memcmp(start, "\xEF\xBB\xBF", 3) == 0) {
      start += 3;
      len -= 3;
    }
    first_ = false;
    *line = std::string_view(start, len);
    return true;
  }
}

}  // namespace huashu::transcript
