// Helpers shared by the libFuzzer targets (fuzz/README.md).

#ifndef HUASHU_FUZZ_FUZZ_UTIL_H_
#define HUASHU_FUZZ_FUZZ_UTIL_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "huashu/transcript/reader.h"

namespace huashu::fuzz {

// A reader of `format` over the bytes (an in-memory FILE*, closed by the
// reader when it is destroyed).
inline std::unique_ptr<transcript::ConversationReader> ReaderOver(
    std::string_view data, transcript::InputFormat format,
    const transcript::ReaderOptions& options, std::FILE** file) {
  // fmemopen cannot open an empty buffer on some libcs: give it one byte of
  // room and read nothing from it.
  *file = data.empty() ? std::fopen("/dev/null", "rb")
                       : fmemopen(const_cast<char*>(data.data()), data.size(), "rb");
  if (!*file) std::abort();
  auto source = std::make_unique<transcript::LineSource>(*file, "fuzz.in");
  return transcript::OpenReader(format, std::move(source), options);
}

// Aborts with a message: libFuzzer reports the input as a crash.
[[noreturn]] inline void Fail(const std::string& why) {
  std::fprintf(stderr, "ORACLE FAILED: %s\n", why.c_str());
  std::abort();
}

}  // namespace huashu::fuzz

#endif  // HUASHU_FUZZ_FUZZ_UTIL_H_
