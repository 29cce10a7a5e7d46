// One JSON document per file, pretty-printed over many lines: a canonical
// conversation, an array of them, or a speech-recognition result (see
// asr_json.h). A file that does not parse as one document is read as JSON
// Lines, as before.

#include <simdjson.h>

#include <algorithm>

#include "huashu/base/messages.h"
#include "huashu/transcript/reader.h"
#include "readers.h"

namespace huashu::transcript {
namespace {

class JsonDocumentReader : public ConversationReader {
 public:
  JsonDocumentReader(std::unique_ptr<LineSource> src, const ReaderOptions& options,
                     bool explicit_jsonl, std::vector<std::string> records, uint32_t lines)
      : src_(std::move(src)),
        options_(options),
        explicit_jsonl_(explicit_jsonl),
        records_(std::move(records)),
        lines_(lines) {}

  bool Next(Conversation* c, std::vector<ReadError>* errors) override {
    TakeErrors(errors);
    if (explicit_jsonl_) {
      if (next_ == 0)
        errors->push_back(
            {src_->name(), 1, 0, base::Msg("read.not_jsonl", {std::to_string(lines_)})});
      next_ = records_.size();
      return false;
    }
    while (next_ < records_.size()) {
      std::string error;
      const SourceRef where{src_->name(), 1};
      const std::string& record = records_[next_++];
      if (parser_.Parse(record, where, options_, c, &error)) {
        for (const std::string& note : parser_.notes())
          errors->push_back({src_->name(), 1, 0, note, false});
        return true;
      }
      std::string message;
      if (records_.size() > 1) message = "element " + std::to_string(next_ - 1) + ": ";
      message += error;
      errors->push_back({src_->name(), 1, 0, std::move(message)});
    }
    return false;
  }

 private:
  std::unique_ptr<LineSource> src_;
  ReaderOptions options_;
  bool explicit_jsonl_;
  std::vector<std::string> records_;
  uint32_t lines_;
  size_t next_ = 0;
  JsonlRecordParser parser_;
};

}  // namespace

std::unique_ptr<ConversationReader> MakeJsonDocumentReader(std::unique_ptr<LineSource> src,
                                                           const ReaderOptions& options,
                                                           bool explicit_jsonl) {
  const size_t limit = options.max_record_bytes;
  const std::string_view view = src->Peek(limit + 1);
  if (!src->at_end() || view.size() > limit) {
    const std::string name = src->name();
    auto reader = MakeJsonlReader(std::move(src), options);
    if (!explicit_jsonl)
      reader->AddPending({{name, 1, 0,
                           "larger than the size limit of one JSON document (" +
                               std::to_string(limit) +
                               " bytes, --max-record-size): read as JSON Lines",
                           false}});
    return reader;
  }
  simdjson::dom::parser parser;
  simdjson::padded_string padded(view);
  simdjson::dom::element doc;
  if (parser.parse(padded).get(doc)) return MakeJsonlReader(std::move(src), options);
  std::vector<std::string> records;
  simdjson::dom::array list;
  if (!doc.get(list)) {
    for (simdjson::dom::element e : list) records.emplace_back(simdjson::minify(e));
  } else {
    records.emplace_back(simdjson::minify(doc));
  }
  const auto lines = static_cast<uint32_t>(std::count(view.begin(), view.end(), '\n') +
                                           (view.empty() || view.back() == '\n' ? 0 : 1));
  return std::make_unique<JsonDocumentReader>(std::move(src), options, explicit_jsonl,
                                              std::move(records), lines);
}

}  // namespace huashu::transcript
