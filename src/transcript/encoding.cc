// Character encodings: detection (BOM, UTF-8 validity, ICU charset
// detection) and streaming decoding to UTF-8 inside LineSource.

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include "huashu/base/utf8.h"
#include "huashu/transcript/reader.h"
#include "readers.h"

namespace huashu::transcript {

// ---------------------------------------------------------------- decoding

struct LineSource::Decoder {
  UConverter* from = nullptr;  // the input's encoding
  UConverter* to = nullptr;    // UTF-8
  UChar pivot[4096];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  bool reset = true;
  std::vector<char> raw;  // raw bytes not yet converted: raw[pos, raw.size())
  size_t pos = 0;
  bool raw_eof = false;
  uint64_t* undecodable = nullptr;

  ~Decoder() {
    if (from) ucnv_close(from);
    if (to) ucnv_close(to);
  }
};

LineSource::LineSource(std::FILE* f, std::string name) : f_(f), name_(std::move(name)) {
  buf_.resize(kBlock + kPadding);
}

LineSource::~LineSource() {
  if (f_ && f_ != stdin) std::fclose(f_);
}

namespace {

// Substitutes U+FFFD for every undecodable sequence, and counts them.
void CountingSubstitute(const void* context, UConverterToUnicodeArgs* args, const char* bytes,
                        int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
  if (reason <= UCNV_IRREGULAR) {
    ++*static_cast<uint64_t*>(const_cast<void*>(context));
    static const UChar kReplacement = 0xFFFD;
    *err = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
  }
  (void)bytes, (void)length;
}

}  // namespace

std::string CheckEncoding(const std::string& name) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* c = ucnv_open(name.c_str(), &err);
  if (U_FAILURE(err) || !c) return "unknown encoding '" + name + "' (e.g. UTF-8, GB18030, GBK, UTF-16LE, UTF-16BE, Big5)";
  ucnv_close(c);
  return "";
}

bool LineSource::SetEncoding(const std::string& encoding, std::string* error) {
  auto d = std::make_unique<Decoder>();
  UErrorCode err = U_ZERO_ERROR;
  d->from = ucnv_open(encoding.c_str(), &err);
  if (U_FAILURE(err)) {
    *error = CheckEncoding(encoding);
    return false;
  }
  err = U_ZERO_ERROR;
  d->to = ucnv_open("UTF-8", &err);
  if (U_FAILURE(err)) {
    *error = "cannot open the UTF-8 converter";
    return false;
  }
  d->undecodable = &undecodable_;
  err = U_ZERO_ERROR;
  ucnv_setToUCallBack(d->from, CountingSubstitute, &undecodable_, nullptr, nullptr, &err);
  // What was already read (peeked) is raw: convert it first.
  d->raw.assign(buf_.data() + begin_, buf_.data() + end_);
  d->raw_eof = eof_;
  begin_ = end_ = 0;
  eof_ = false;
  encoding_ = encoding;
  decoder_ = std::move(d);
  return true;
}

size_t LineSource::ReadRaw(char* to, size_t room) {
  const size_t got = std::fread(to, 1, room, f_);
  if (got < room && std::ferror(f_) && read_error_.empty()) {
    read_error_ = std::strerror(errno);
    if (read_error_.empty()) read_error_ = "read error";
  }
  return got;
}

bool LineSource::FillDecoded() {
  Decoder& d = *decoder_;
  size_t produced = 0;
  while (true) {
    if (d.pos == d.raw.size() && !d.raw_eof) {
      const size_t want = kBlock / 2;
      d.raw.resize(want);
      const size_t got = ReadRaw(d.raw.data(), want);
      d.raw.resize(got);
      d.pos = 0;
      if (got < want) d.raw_eof = true;
    }
    char* target = buf_.data() + end_;
    char* const target_limit = buf_.data() + buf_.size() - kPadding;
    if (target == target_limit) return produced > 0;
    const char* source = d.raw.data() + d.pos;
    const char* const source_limit = d.raw.data() + d.raw.size();
    const bool flush = d.raw_eof;
    UErrorCode err = U_ZERO_ERROR;
    ucnv_convertEx(d.to, d.from, &target, target_limit, &source, source_limit, d.pivot,
                   &d.pivot_source, &d.pivot_target, d.pivot + std::size(d.pivot), d.reset, flush,
                   &err);
    d.reset = false;
    const size_t made = static_cast<size_t>(target - (buf_.data() + end_));
    end_ += made;
    produced += made;
    d.pos = static_cast<size_t>(source - d.raw.data());
    if (err == U_BUFFER_OVERFLOW_ERROR) return true;
    if (U_FAILURE(err)) {
      if (read_error_.empty()) read_error_ = std::string("cannot decode: ") + u_errorName(err);
      eof_ = true;
      return produced > 0;
    }
    if (d.raw_eof && d.pos == d.raw.size()) {
      eof_ = true;
      return produced > 0;
    }
    if (produced > 0) return true;
  }
}

// ---------------------------------------------------------------- detection

namespace {

bool IsCjkish(UChar32 c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ||
         (c >= 0x2010 && c <= 0x206F) || (c >= 0x20000 && c <= 0x2FA1F);
}

// True when `head` decodes as GB18030 without a single error and most of its
// non-ASCII characters are Chinese (for text too short for ucsdet).
bool LooksLikeGb18030(std::string_view head, bool whole) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* c = ucnv_open("GB18030", &err);
  if (U_FAILURE(err)) return false;
  ucnv_setToUCallBack(c, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  const char* src = head.data();
  const char* const limit = head.data() + head.size();
  size_t cjk = 0, other = 0;
  bool ok = true;
  while (src < limit) {
    err = U_ZERO_ERROR;
    const UChar32 ch = ucnv_getNextUChar(c, &src, limit, &err);
    if (err == U_INDEX_OUTOFBOUNDS_ERROR) break;  // truncated at the end of the sample
    if (U_FAILURE(err)) {
      ok = false;
      break;
    }
    if (ch < 0x80) continue;
    (IsCjkish(ch) ? cjk : other)++;
  }
  ucnv_close(c);
  (void)whole;
  return ok && cjk > 0 && cjk >= 2 * other;
}

}  // namespace

EncodingGuess DetectEncoding(std::string_view head, bool whole) {
  EncodingGuess g;
  auto starts = [&](std::string_view bom) { return head.substr(0, bom.size()) == bom; };
  if (head.empty() || starts("\xEF\xBB\xBF")) return g;  // UTF-8
  if (starts(std::string_view("\xFF\xFE\x00\x00", 4))) return {EncodingGuess::kDecode, "UTF-32LE", 100, "BOM"};
  if (starts(std::string_view("\x00\x00\xFE\xFF", 4))) return {EncodingGuess::kDecode, "UTF-32BE", 100, "BOM"};
  if (starts("\xFF\xFE")) return {EncodingGuess::kDecode, "UTF-16LE", 100, "BOM"};
  if (starts("\xFE\xFF")) return {EncodingGuess::kDecode, "UTF-16BE", 100, "BOM"};

  size_t nul = 0, control = 0;
  for (unsigned char b : head) {
    if (b == 0) ++nul;
    else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1B)
      ++control;
  }
  // ICU's guess, computed once when needed.
  std::string best;
  int confidence = 0;
  auto ask_icu = [&] {
    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector* det = ucsdet_open(&err);
    if (U_FAILURE(err)) return;
    ucsdet_setText(det, head.data(), static_cast<int32_t>(head.size()), &err);
    const UCharsetMatch* m = ucsdet_detect(det, &err);
    if (U_SUCCESS(err) && m) {
      best = ucsdet_getName(m, &err);
      confidence = ucsdet_getConfidence(m, &err);
    }
    ucsdet_close(det);
  };
  if (nul > 0) {
    // UTF-16 or UTF-32 without a BOM have NUL bytes; anything else with
    // NUL bytes is binary.
    ask_icu();
    if (best.rfind("UTF-16", 0) == 0 || best.rfind("UTF-32", 0) == 0) {
      if (confidence >= 30) return {EncodingGuess::kDecode, best, confidence, "detected"};
    }
    return {EncodingGuess::kBinary, "", 0, "NUL bytes"};
  }
  if (control * 100 > head.size()) return {EncodingGuess::kBinary, "", 0, "control bytes"};

  size_t valid_multi = 0, invalid = 0;
  for (size_t pos = 0; pos < head.size();) {
    const unsigned char b = static_cast<unsigned char>(head[pos]);
    if (b < 0x80) {
      ++pos;
      continue;
    }
    const size_t at = pos;
    if (base::DecodeUtf8(head, &pos) >= 0) {
      ++valid_multi;
    } else if (!whole && head.size() - at < 4) {
      break;  // a sequence cut by the end of the sample
    } else {
      ++invalid;
    }
  }
  if (invalid == 0) return g;
  // Mostly UTF-8 with a few bad bytes: UTF-8, repaired with U+FFFD as before.
  if (valid_multi > invalid) return g;

  ask_icu();
  static constexpr std::string_view kAccepted[] = {"GB18030", "Big5",     "UTF-16LE", "UTF-16BE",
                                                   "UTF-32LE", "UTF-32BE", "Shift_JIS", "EUC-JP",
                                                   "EUC-KR"};
  if (confidence >= 50 &&
      std::find(std::begin(kAccepted), std::end(kAccepted), best) != std::end(kAccepted))
    return {EncodingGuess::kDecode, best, confidence, "detected"};
  if (LooksLikeGb18030(head, whole)) return {EncodingGuess::kDecode, "GB18030", 50, "detected"};
  return {EncodingGuess::kUnknown, best, confidence, ""};
}

}  // namespace huashu::transcript
