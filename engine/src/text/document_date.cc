#include "text/document_date.h"

#include <re2/re2.h>

namespace claimscope::internal {

bool IsValidIsoDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  int v[3] = {0, 0, 0};
  const int widths[3] = {4, 2, 2};
  size_t p = 0;
  for (int part = 0; part < 3; ++part) {
    for (int k = 0; k < widths[part]; ++k, ++p) {
      if (d[p] < '0' || d[p] > '9') return false;
      v[part] = v[part] * 10 + (d[p] - '0');
    }
    ++p;  // the dash
  }
  const int year = v[0], month = v[1], day = v[2];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day > kDays[month - 1]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

HeaderDateFinder::HeaderDateFinder()
    : pattern_(std::make_unique<re2::RE2>(
          R"(^(?:\x{FEFF})?\s*(?i:date):?[ \t]+(\d{4}-\d{2}-\d{2})\b)")) {}

HeaderDateFinder::~HeaderDateFinder() = default;

std::string HeaderDateFinder::Find(std::string_view text, uint32_t* end) const {
  if (end != nullptr) *end = 0;
  // The header is on the first line: never scan further.
  text = text.substr(0, std::min<size_t>(text.size(), 64));
  re2::StringPiece input(text.data(), text.size());
  std::string date;
  if (RE2::Consume(&input, *pattern_, &date) && IsValidIsoDate(date)) {
    if (end != nullptr) *end = static_cast<uint32_t>(input.data() - text.data());
    return date;
  }
  return {};
}

}  // namespace claimscope::internal
