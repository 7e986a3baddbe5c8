// The counts of hand-written record lines, for the tests of `claimscope stats`.
#ifndef CLAIMSCOPE_TESTS_STATS_RECORDS_H_
#define CLAIMSCOPE_TESTS_STATS_RECORDS_H_

#include <doctest/doctest.h>

#include <span>
#include <string>

#include "stats_command.h"

namespace claimscope::cli {

// Every line counted; a line that is not a record fails the test.
inline StatsAggregator AggregateLines(std::span<const char* const> lines) {
  StatsAggregator stats;
  for (const char* line : lines) {
    std::string reason;
    REQUIRE_MESSAGE(stats.AddLine(line, &reason), reason);
  }
  return stats;
}

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_TESTS_STATS_RECORDS_H_
