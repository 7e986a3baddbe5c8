// Calendar arithmetic and the ISO forms of dates: years, months and days are written as
// printf's "%04d-%02d-%02d" writes them, for every year a text may name and then some.
#include "quantities/calendar.h"

#include <doctest/doctest.h>

#include <climits>
#include <cstdio>
#include <string>

namespace claimscope::internal {
namespace {

std::string Printf(const char* format, int a, int b = 0, int c = 0) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, a, b, c);
  return buf;
}

TEST_CASE("years, months and days are written as printf writes them") {
  for (int year = -12000; year <= 120000; year += (year > -100 && year < 10100) ? 1 : 97) {
    CAPTURE(year);
    REQUIRE(FormatYear(year) == Printf("%04d", year));
  }
  for (const int year : {INT_MIN, -1, 0, 7, 99, 1987, 2024, 10000, INT_MAX}) {
    CHECK(FormatYear(year) == Printf("%04d", year));
    for (int month = 1; month <= 12; ++month) {
      CHECK(FormatMonth(year, month) == Printf("%04d-%02d", year, month));
      for (const int day : {1, 9, 10, 31}) {
        CHECK(FormatDay({year, month, day}) == Printf("%04d-%02d-%02d", year, month, day));
      }
    }
  }
  CHECK(FormatDay({2024, 3, 22}) == "2024-03-22");
}

TEST_CASE("days and months add up across years and leap days") {
  CivilDate d;
  REQUIRE(ParseIsoDate("2024-02-29", &d));
  CHECK(CivilFromDays(DaysFromCivil(d) + 1).month == 3);
  CHECK(FormatDay(AddMonths(d, 12)) == "2025-02-28");
  CHECK(WeekdayOf(d) == 3);  // a Thursday
  CHECK_FALSE(ParseIsoDate("2024-2-29", &d));
}

}  // namespace
}  // namespace claimscope::internal
