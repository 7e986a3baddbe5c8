#include "quantities/calendar.h"

#include "text/document_date.h"

namespace claimscope::internal {

// Howard Hinnant's days_from_civil / civil_from_days.
long DaysFromCivil(const CivilDate& d) {
  const int y = d.year - (d.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  CivilDate d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
  return d;
}

int WeekdayOf(const CivilDate& d) {
  const long days = DaysFromCivil(d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

bool ParseIsoDate(std::string_view s, CivilDate* d) {
  if (!IsValidIsoDate(s)) return false;
  d->year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  d->month = (s[5] - '0') * 10 + (s[6] - '0');
  d->day = (s[8] - '0') * 10 + (s[9] - '0');
  return true;
}

CivilDate AddMonths(const CivilDate& d, int months) {
  int index = d.year * 12 + (d.month - 1) + months;
  CivilDate out{index / 12, index % 12 + 1, d.day};
  static constexpr int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (out.year % 4 == 0 && out.year % 100 != 0) || out.year % 400 == 0;
  const int max = out.month == 2 && !leap ? 28 : kDays[out.month - 1];
  if (out.day > max) out.day = max;
  return out;
}

namespace {

// `value` in decimal, zero-padded to `width` characters with its sign, as printf's "%0*d"
// writes it (snprintf cost some 1,700 instructions a date, 4 a byte of news).
void AppendPadded(int value, int width, std::string* out) {
  char digits[10];
  int n = 0;
  auto v = value < 0 ? 0U - static_cast<unsigned>(value) : static_cast<unsigned>(value);
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  if (value < 0) {
    out->push_back('-');
    --width;
  }
  for (int k = n; k < width; ++k) out->push_back('0');
  while (n > 0) out->push_back(digits[--n]);
}

}  // namespace

std::string FormatYear(int year) {
  std::string out;
  AppendPadded(year, 4, &out);
  return out;
}

std::string FormatMonth(int year, int month) {
  std::string out = FormatYear(year);
  out.push_back('-');
  AppendPadded(month, 2, &out);
  return out;
}

std::string FormatDay(const CivilDate& d) {
  std::string out = FormatMonth(d.year, d.month);
  out.push_back('-');
  AppendPadded(d.day, 2, &out);
  return out;
}

}  // namespace claimscope::internal
