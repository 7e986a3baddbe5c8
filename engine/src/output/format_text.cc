// Text helpers shared by the output formats: clamped slices, valid UTF-8, numbers.
#include <algorithm>
#include <charconv>
#include <cmath>

#include "output/format_internal.h"

namespace claimscope {
namespace internal {

Span ClampSpan(const Record& record, Span s) {
  const auto size = static_cast<uint32_t>(std::min<size_t>(record.text.size(), UINT32_MAX));
  Span c;
  c.start = std::min(s.start, size);
  c.end = std::clamp(s.end, c.start, size);
  return c;
}

void AppendValidUtf8(std::string_view s, std::string* out) {
  ForEachUtf8Run(
      s, [out](std::string_view run) { out->append(run); }, [out] { out->append("\xEF\xBF\xBD"); });
}

void AppendNumber(double v, std::string* out) {
  if (!std::isfinite(v)) return;
  char buf[32];
  if (std::fabs(v) < 9.007199254740992e15 && v == std::trunc(v)) {
    const auto r = std::to_chars(buf, buf + sizeof buf, static_cast<int64_t>(v));
    out->append(buf, r.ptr);
    return;
  }
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

std::string QuantityValue(const Quantity& q) {
  if (!q.date_value.empty()) return q.date_value;
  std::string value;
  if (q.value) AppendNumber(*q.value, &value);
  return value;
}

std::string QuoteOutlets(const Record& record, const Quote& q) {
  std::string outlets;
  for (const Media& m : q.media) {
    if (!outlets.empty()) outlets.push_back('|');
    outlets.append(SafeSlice(record, m.span));
  }
  return outlets;
}

}  // namespace internal

void AppendBratText(std::string_view text, std::string* out) {
  internal::AppendValidUtf8(text, out);
}

}  // namespace claimscope
