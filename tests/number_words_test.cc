// Numbers in digits and words, as ParseNumber, ScaleOf, ParseOrdinal and VagueAmount read them.
#include "number_words.h"

#include <doctest/doctest.h>

namespace claimscope::internal {
namespace {

TEST_CASE("digits with separators and decimals") {
  CHECK(ParseNumber("155,221") == 155221);
  CHECK(ParseNumber("5.93") == doctest::Approx(5.93));
  CHECK(ParseNumber(".5") == doctest::Approx(0.5));
  CHECK_FALSE(ParseNumber("abc").has_value());
}

TEST_CASE("numbers in words") {
  CHECK(ParseNumber("four") == 4);
  CHECK(ParseNumber("twenty-five") == 25);
  CHECK(ParseNumber("one hundred and forty-three") == 143);
  CHECK(ParseNumber("a dozen") == 12);
  CHECK(ParseNumber("two million three hundred thousand") == 2300000);
  CHECK_FALSE(ParseNumber("a").has_value());
}

TEST_CASE("scales, ordinals and vague amounts") {
  CHECK(ScaleOf("million") == 1e6);
  CHECK(ScaleOf("bn") == 1e9);
  CHECK(ScaleOf("crore") == 1e7);
  CHECK_FALSE(ScaleOf("people").has_value());
  CHECK(ParseOrdinal("first") == 1);
  CHECK(ParseOrdinal("71st") == 71);
  CHECK(ParseOrdinal("twenty-first") == 21);
  CHECK_FALSE(ParseOrdinal("21").has_value());
  CHECK(VagueAmount("hundreds") == 100);
  CHECK(VagueAmount("a few") == 3);
}

}  // namespace
}  // namespace claimscope::internal
