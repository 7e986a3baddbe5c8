// Offsets in code points or UTF-16 units: the map the writers convert each span through as
// they write it.
#include <algorithm>
#include <span>

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

// units[k] = the units of text before byte offsets[k], for sorted `offsets`.
void CountUnits(std::string_view text, OffsetUnit unit, std::span<const uint32_t> offsets,
                uint32_t* units) {
  size_t i = 0;        // byte position, at the start of a code point
  uint32_t count = 0;  // units before i
  for (size_t k = 0; k < offsets.size(); ++k) {
    const size_t target = std::min<size_t>(offsets[k], text.size());
    while (i < target) {
      size_t next = i;
      const uint32_t n = NextUnits(text, unit, &next);
      if (next > target) break;  // target lies inside this sequence
      i = next;
      count += n;
    }
    units[k] = count;
  }
}

void AddSpan(const Record& r, Span span, std::vector<uint32_t>* out) {
  const Span s = ClampSpan(r, span);
  out->push_back(s.start);
  out->push_back(s.end);
}

}  // namespace

OffsetMap::OffsetMap(const Record& r, OffsetUnit unit) : text_(r.text), unit_(unit) {
  if (unit_ == OffsetUnit::kBytes) return;
  bytes_.reserve(2 * (r.entities.size() + r.quantities.size() + 3 * r.quotes.size()));
  for (const Entity& e : r.entities) AddSpan(r, e.span, &bytes_);
  for (const Quantity& q : r.quantities) AddSpan(r, q.span, &bytes_);
  for (const Quote& q : r.quotes) {
    AddSpan(r, q.span, &bytes_);
    if (q.cue) AddSpan(r, *q.cue, &bytes_);
    if (q.speaker) AddSpan(r, q.speaker->span, &bytes_);
    for (const Media& m : q.media) AddSpan(r, m.span, &bytes_);
  }
  std::sort(bytes_.begin(), bytes_.end());
  bytes_.erase(std::unique(bytes_.begin(), bytes_.end()), bytes_.end());
  units_.resize(bytes_.size());
  CountUnits(text_, unit_, bytes_, units_.data());
}

uint32_t OffsetMap::Convert(uint32_t byte_offset) const {
  const auto it = std::lower_bound(bytes_.begin(), bytes_.end(), byte_offset);
  if (it != bytes_.end() && *it == byte_offset) return units_[it - bytes_.begin()];
  uint32_t units = 0;
  CountUnits(text_, unit_, {&byte_offset, 1}, &units);
  return units;
}

}  // namespace claimscope::internal
