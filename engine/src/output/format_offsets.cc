// Offsets in code points or UTF-16 units, and the JSON/JSONL records that use them: exactly
// AppendJson's output, with the numbers of every "start" and "end" key converted.
#include <algorithm>
#include <charconv>
#include <optional>

#include "claimscope/json_writer.h"
#include "claimscope/utf8.h"
#include "output/format_internal.h"

namespace claimscope::internal {
namespace {

// The units of the code point (or invalid sequence) at text[*i], advancing *i past it.
uint32_t NextUnits(std::string_view text, OffsetUnit unit, size_t* i) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  if (p[*i] < 0x80) {
    ++*i;
    return 1;
  }
  const int32_t cp = DecodeUtf8(p, text.size(), i);
  return unit == OffsetUnit::kUtf16 && cp >= 0x10000 ? 2 : 1;
}

void AddSpan(Span s, std::vector<uint32_t>* out) {
  out->push_back(s.start);
  out->push_back(s.end);
}

// The record with every span clamped to its text, when one is not (Record::Slice, and so
// AppendJson, would throw); nullopt when all are in range, as the engine's always are.
std::optional<Record> Clamped(const Record& r) {
  const size_t n = r.text.size();
  auto bad = [n](Span s) { return s.start > s.end || s.end > n; };
  bool any = false;
  for (const Entity& e : r.entities) any |= bad(e.span);
  for (const Quantity& q : r.quantities) any |= bad(q.span);
  for (const Quote& q : r.quotes) {
    any |= bad(q.span) || (q.cue && bad(*q.cue)) || (q.speaker && bad(q.speaker->span));
    for (const Media& m : q.media) any |= bad(m.span);
  }
  if (!any) return std::nullopt;
  Record c = r;
  for (Entity& e : c.entities) e.span = ClampSpan(r, e.span);
  for (Quantity& q : c.quantities) q.span = ClampSpan(r, q.span);
  for (Quote& q : c.quotes) {
    q.span = ClampSpan(r, q.span);
    if (q.cue) q.cue = ClampSpan(r, *q.cue);
    if (q.speaker) q.speaker->span = ClampSpan(r, q.speaker->span);
    for (Media& m : q.media) m.span = ClampSpan(r, m.span);
  }
  return c;
}

}  // namespace

OffsetMap::OffsetMap(std::string_view text, OffsetUnit unit, std::vector<uint32_t> offsets)
    : text_(text), unit_(unit), bytes_(std::move(offsets)) {
  std::sort(bytes_.begin(), bytes_.end());
  bytes_.erase(std::unique(bytes_.begin(), bytes_.end()), bytes_.end());
  units_.resize(bytes_.size());
  if (unit_ == OffsetUnit::kBytes) {
    units_ = bytes_;
    return;
  }
  size_t i = 0;        // byte position, at the start of a code point
  uint32_t units = 0;  // units before i
  for (size_t k = 0; k < bytes_.size(); ++k) {
    const size_t target = std::min<size_t>(bytes_[k], text_.size());
    for (;;) {
      if (i >= target) break;
      size_t next = i;
      const uint32_t n = NextUnits(text_, unit_, &next);
      if (next > target) break;  // target lies inside this sequence
      i = next;
      units += n;
    }
    units_[k] = units;
  }
}

uint32_t OffsetMap::operator()(uint32_t byte_offset) const {
  const auto it = std::lower_bound(bytes_.begin(), bytes_.end(), byte_offset);
  if (it != bytes_.end() && *it == byte_offset) return units_[it - bytes_.begin()];
  if (unit_ == OffsetUnit::kBytes) return byte_offset;
  return OffsetMap(text_, unit_, {byte_offset})(byte_offset);
}

std::vector<uint32_t> SpanOffsets(const Record& r) {
  std::vector<uint32_t> out;
  out.reserve(2 * (r.entities.size() + r.quantities.size() + 3 * r.quotes.size()));
  for (const Entity& e : r.entities) AddSpan(e.span, &out);
  for (const Quantity& q : r.quantities) AddSpan(q.span, &out);
  for (const Quote& q : r.quotes) {
    AddSpan(q.span, &out);
    if (q.cue) AddSpan(*q.cue, &out);
    if (q.speaker) AddSpan(q.speaker->span, &out);
    for (const Media& m : q.media) AddSpan(m.span, &out);
  }
  return out;
}

// AppendJson, then the value of every "start" and "end" key replaced by its converted form.
// Keys are found by scanning the JSON tokens: a string followed by ':' is a key, and string
// contents (escaped by AppendJson) are skipped whole, so a text holding "start": is never
// mistaken for one.
// A span outside the text (never from the engine) is clamped to it first.
void AppendJsonRecord(const Record& original, const FormatOptions& options, std::string* out) {
  const std::optional<Record> clamped = Clamped(original);
  const Record& record = clamped ? *clamped : original;
  const JsonOptions json{.pretty = options.pretty, .explain = options.explain};
  if (options.offsets == OffsetUnit::kBytes) {
    AppendJson(record, json, out);
    return;
  }
  std::string bytes;
  AppendJson(record, json, &bytes);
  const OffsetMap map(record.text, options.offsets, SpanOffsets(record));
  const size_t n = bytes.size();
  size_t copied = 0;
  size_t i = 0;
  while (i < n) {
    if (bytes[i] != '"') {
      ++i;
      continue;
    }
    size_t j = i + 1;  // the closing quote
    while (j < n && bytes[j] != '"') j += bytes[j] == '\\' ? 2 : 1;
    const std::string_view content(bytes.data() + i + 1, std::min(j, n) - i - 1);
    i = j + 1;
    if (content != "start" && content != "end") continue;
    size_t k = i;
    while (k < n && (bytes[k] == ' ' || bytes[k] == '\n')) ++k;
    if (k >= n || bytes[k] != ':') continue;
    ++k;
    while (k < n && bytes[k] == ' ') ++k;
    uint32_t value = 0;
    const auto parsed = std::from_chars(bytes.data() + k, bytes.data() + n, value);
    if (parsed.ec != std::errc() || parsed.ptr == bytes.data() + k) continue;
    const size_t end = parsed.ptr - bytes.data();
    out->append(bytes, copied, k - copied);
    char buf[16];
    const auto written = std::to_chars(buf, buf + sizeof buf, map(value));
    out->append(buf, written.ptr);
    copied = end;
    i = end;
  }
  out->append(bytes, copied, n - copied);
}

}  // namespace claimscope::internal
