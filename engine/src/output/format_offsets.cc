// Offsets in code points or UTF-16 units: the map the writers convert each span through as
// they write it.
#include <algorithm>
#include <cstring>

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

// Adds the units of text[*i, target) to *units and advances *i, from a code point start up to
// target or to the start of the sequence that holds it (precondition: target <= text size).
void CountUnits(std::string_view text, OffsetUnit unit, size_t target, size_t* i, uint32_t* units) {
  while (*i < target) {
    // Eight ASCII bytes at a time, one unit each: news text is mostly ASCII.
    uint64_t word;
    if (target - *i >= sizeof word) {
      std::memcpy(&word, text.data() + *i, sizeof word);
      if ((word & 0x8080808080808080) == 0) {
        *i += sizeof word;
        *units += sizeof word;
        continue;
      }
    }
    size_t next = *i;
    const uint32_t n = NextUnits(text, unit, &next);
    if (next > target) return;  // target lies inside this sequence
    *i = next;
    *units += n;
  }
}

}  // namespace

OffsetMap::OffsetMap(std::string_view text, OffsetUnit unit) : text_(text), unit_(unit) {
  if (unit_ == OffsetUnit::kBytes) return;
  marks_.reserve(text.size() / kStride + 1);
  size_t i = 0;  // the last code point start at or before `block`
  uint32_t units = 0;
  for (size_t block = 0; block <= text.size(); block += kStride) {
    marks_.push_back({static_cast<uint32_t>(i), units});
    CountUnits(text, unit, std::min(block + kStride, text.size()), &i, &units);
  }
}

uint32_t OffsetMap::Convert(uint32_t byte_offset) const {
  const size_t target = std::min<size_t>(byte_offset, text_.size());
  const Mark& mark = marks_[target / kStride];
  size_t i = mark.byte;
  uint32_t units = mark.units;
  CountUnits(text_, unit_, target, &i, &units);
  return units;
}

}  // namespace claimscope::internal
