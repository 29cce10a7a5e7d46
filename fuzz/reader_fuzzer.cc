// libFuzzer target: one input reader (HUASHU_FUZZ_FORMAT: jsonl, chat, csv,
// template, wecom, qianniu) over arbitrary bytes. Every record is read or
// rejected with a diagnostic; nothing may crash, hang or read out of bounds.

#include <cstdint>
#include <cstdio>
#include <vector>

#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace huashu;
  transcript::ReaderOptions options;
  options.max_record_bytes = 1 << 16;
  std::FILE* f = nullptr;
  auto reader = fuzz::ReaderOver({reinterpret_cast<const char*>(data), size},
                                 transcript::InputFormat::HUASHU_FUZZ_FORMAT, options, &f);
  transcript::Conversation c;
  std::vector<transcript::ReadError> errors;
  std::string raw;
  transcript::SourceRef where;
  for (int records = 0; records < 10000; ++records) {
    errors.clear();
    if (reader->deferred()) {
      // JSON Lines hands raw records to the workers: parse them here.
      if (!reader->NextRaw(&raw, &where)) break;
      transcript::JsonlRecordParser parser;
      std::string error;
      parser.Parse(raw, where, options, &c, &error);
    } else if (!reader->Next(&c, &errors)) {
      break;
    }
  }
  reader.reset();
  (void)f;  // closed by the reader's LineSource
  return 0;
}
