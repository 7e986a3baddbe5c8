// Civil-calendar arithmetic for resolving dates: days since 1970-01-01 and back, weekdays,
// and ISO 8601 formatting at the grain a text gives.
#ifndef CLAIMSCOPE_SRC_QUANTITIES_CALENDAR_H_
#define CLAIMSCOPE_SRC_QUANTITIES_CALENDAR_H_

#include <string>
#include <string_view>

namespace claimscope::internal {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
};

// Days since 1970-01-01 (proleptic Gregorian), and back.
long DaysFromCivil(const CivilDate& d);
CivilDate CivilFromDays(long days);
// 0 = Monday ... 6 = Sunday.
int WeekdayOf(const CivilDate& d);
// Parses "YYYY-MM-DD"; false if it is not one.
bool ParseIsoDate(std::string_view s, CivilDate* d);
// Adds months, keeping the day within the new month.
CivilDate AddMonths(const CivilDate& d, int months);

// "2024", "2024-03", "2024-03-22".
std::string FormatYear(int year);
std::string FormatMonth(int year, int month);
std::string FormatDay(const CivilDate& d);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_QUANTITIES_CALENDAR_H_
