// What the output formats (formats.cc, format_*.cc) share: offset conversion, safe slicing,
// escaping helpers, and one writer per format.
#ifndef CLAIMSCOPE_SRC_OUTPUT_FORMAT_INTERNAL_H_
#define CLAIMSCOPE_SRC_OUTPUT_FORMAT_INTERNAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimscope/formats.h"
#include "claimscope/record.h"
#include "claimscope/tokenizer.h"
#include "claimscope/utf8.h"

namespace claimscope::internal {

// Byte offsets into a text converted to code points or UTF-16 code units, for the writers
// that honour FormatOptions::offsets; the identity for kBytes. An invalid UTF-8 sequence counts
// as one unit (the U+FFFD it is written as); an offset inside a sequence counts up to the
// sequence's start; offsets past the end count up to the end. Built in one pass over the text
// that marks the units before every kStride-th byte (none for kBytes); an offset is then
// converted by counting from the mark before it, at most kStride + 3 bytes. Holds a view of
// `text`, which must outlive it.
class OffsetMap {
 public:
  OffsetMap(std::string_view text, OffsetUnit unit);
  uint32_t operator()(uint32_t byte_offset) const {
    return unit_ == OffsetUnit::kBytes ? byte_offset : Convert(byte_offset);
  }

 private:
  static constexpr size_t kStride = 64;
  struct Mark {
    uint32_t byte;   // the last code point start at or before a multiple of kStride
    uint32_t units;  // the units before it
  };
  uint32_t Convert(uint32_t byte_offset) const;

  std::string_view text_;
  OffsetUnit unit_;
  std::vector<Mark> marks_;  // marks_[k] for byte k * kStride, up to the text size
};

// `s` clamped to the text, so that slicing never throws: start <= end <= text size.
Span ClampSpan(const Record& record, Span s);
inline std::string_view SafeSlice(const Record& record, Span s) {
  const Span c = ClampSpan(record, s);
  return record.text.substr(c.start, c.end - c.start);
}

// Calls `plain(run)` for each run of valid UTF-8 in `s` and `invalid()` for each maximal
// invalid subsequence, in order.
template <typename Plain, typename Invalid>
void ForEachUtf8Run(std::string_view s, Plain plain, Invalid invalid) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  size_t run = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const size_t at = i;
    if (DecodeUtf8(p, s.size(), &i) >= 0) continue;
    if (at > run) plain(s.substr(run, at - run));
    invalid();
    run = i;
  }
  if (s.size() > run) plain(s.substr(run));
}

// Appends `s` with each invalid UTF-8 sequence replaced by U+FFFD.
void AppendValidUtf8(std::string_view s, std::string* out);

// A number as JSON writes it: integers without a fraction, others in the shortest form.
void AppendNumber(double v, std::string* out);

// A quantity's value as the tables write it: the ISO date of a DATE, else the number (empty
// when there is none).
std::string QuantityValue(const Quantity& q);
// A quote's outlets as the tables write them: their words, joined by "|".
std::string QuoteOutlets(const Record& record, const Quote& q);

// The writers, one per format (AppendFormatted dispatches to them). AppendJsonRecord is
// AppendJson (json_writer.cc) with its offsets in options.offsets.
void AppendJsonRecord(const Record& record, const FormatOptions& options, std::string* out);
void AppendTsvRecord(const Record& record, const FormatOptions& options, std::string* out);
void AppendCsvRecord(const Record& record, const FormatOptions& options, std::string* out);
const char* CsvHeader(CsvTable table);
void AppendConllRecord(const Record& record, const TextAnalysis& analysis, std::string* out);
void AppendBratRecord(const Record& record, std::string* out);
void AppendHtmlRecord(const Record& record, std::string* out);

extern const char kTsvHeader[];
std::string HtmlPrologue();
std::string HtmlEpilogue();

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_OUTPUT_FORMAT_INTERNAL_H_
