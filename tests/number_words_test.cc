// Numbers in digits and words, as ParseNumber, ScaleOf, ParseOrdinal and VagueAmount read them.
#include "quantities/number_words.h"

#include <doctest/doctest.h>

#include <cmath>

#include "quantities/number_lexer.h"
#include "quantities/number_memo.h"

namespace claimscope::internal {
namespace {

using doctest::Approx;

TEST_CASE("digits with separators and decimals") {
  CHECK(ParseNumber("155,221") == 155221);
  CHECK(ParseNumber("5.93") == Approx(5.93));
  CHECK(ParseNumber(".5") == Approx(0.5));
  CHECK(ParseNumber("1,674,200.5") == Approx(1674200.5));
  CHECK(ParseNumber("12,34,567.89") == Approx(1234567.89));  // Indian grouping
  CHECK(ParseNumber("5,00") == 5);                           // a decimal comma
  CHECK(ParseNumber("1,3") == Approx(1.3));
  CHECK(ParseNumber("1.111,11") == Approx(1111.11));
  CHECK_FALSE(ParseNumber("192.168.1.2").has_value());
  CHECK_FALSE(ParseNumber("1,2345").has_value());
  CHECK_FALSE(ParseNumber("abc").has_value());
}

TEST_CASE("plain digits are read as written, the rest made plain first") {
  // Digits with at most one period go to from_chars as they are.
  CHECK(ParseDigits("150") == 150);
  CHECK(ParseDigits("1.25") == Approx(1.25));
  CHECK(ParseDigits(".5") == Approx(0.5));
  CHECK(ParseDigits("5.") == 5);
  CHECK(ParseDigits("007") == 7);
  CHECK_FALSE(ParseDigits(".").has_value());
  CHECK_FALSE(ParseDigits("").has_value());
  CHECK_FALSE(ParseDigits("1.2.3").has_value());
  // Separators, decimal commas and exponents take the longer way.
  CHECK(ParseDigits("1,250") == 1250);
  CHECK(ParseDigits("2,5") == Approx(2.5));
  CHECK(ParseDigits("1.5e3") == 1500);
  CHECK_FALSE(ParseDigits("1x").has_value());
}

TEST_CASE("the number memo answers what ParseNumber answers, for every text and again") {
  NumberMemo memo;
  std::vector<std::string> texts = {
      "two",    "Two",
      "shares", "one billion",
      "a",      "an",
      "half",   "twenty-five",
      "dozen",  "1,250",
      "5/8",    "",
      "x",      "one hundred and twenty-three thousand"};  // > kMaxBytes
  // More texts than slots: later ones take the slots of earlier ones.
  for (size_t i = 0; i < 3 * NumberMemo::kSlots; ++i) {
    texts.push_back((i % 3 == 0 ? "seven w" : i % 3 == 1 ? "nine" : "w") + std::to_string(i));
  }
  for (int pass = 0; pass < 2; ++pass) {
    for (const std::string& t : texts) {
      const std::optional<double> want = ParseNumber(t);
      const std::optional<double> got = memo.Parse(t);
      CHECK_MESSAGE(got.has_value() == want.has_value(), t);
      if (got && want) CHECK_MESSAGE(*got == *want, t);
    }
  }
  CHECK(memo.Parse("two") == 2);
  CHECK(memo.Parse("two") == 2);  // from the memo
  CHECK_FALSE(memo.Parse("shares").has_value());
  CHECK_FALSE(memo.Parse("shares").has_value());
}

TEST_CASE("digit groups separated by spaces") {
  CHECK(ParseNumber("1 234 567") == 1234567);
  CHECK(ParseNumber("40\u202F000") == 40000);
  CHECK(ParseNumber("1\u202F234\u202F567.89") == Approx(1234567.89));
  CHECK(ParseNumber("1 414 021 100") == 1414021100);
}

TEST_CASE("signs") {
  CHECK(ParseNumber("-1") == -1);
  CHECK(ParseNumber("-9.2321312") == Approx(-9.2321312));
  CHECK(ParseNumber("\u22125") == -5);
  CHECK(ParseNumber("minus five") == -5);
  CHECK(ParseNumber("negative one") == -1);
  CHECK(ParseNumber("minus five point five") == Approx(-5.5));
  CHECK(ParseNumber("plus or minus 3.4") == Approx(3.4));
}

TEST_CASE("powers") {
  CHECK(ParseNumber("1e10") == Approx(1e10));
  CHECK(ParseNumber("1.3e6") == Approx(1.3e6));
  CHECK(ParseNumber("12.32e+14") == Approx(12.32e14));
  CHECK(ParseNumber("-12e-1") == Approx(-1.2));
  CHECK(ParseNumber("1.1^23") == Approx(std::pow(1.1, 23)));
  CHECK(ParseNumber("2.5^-1") == Approx(0.4));
  CHECK(ParseNumber("-1.1^--23") == Approx(-std::pow(1.1, 23)));
  CHECK(ParseNumber("1.3x10^6") == Approx(1.3e6));
  CHECK(ParseNumber("6.23x10^-4") == Approx(6.23e-4));
  CHECK_FALSE(ParseNumber("1^").has_value());
}

TEST_CASE("suffix multipliers") {
  CHECK(ParseNumber("10k") == 10000);
  CHECK(ParseNumber("2.33 k") == Approx(2330));
  CHECK(ParseNumber("- 10  k") == -10000);
  CHECK(ParseNumber("10M") == 1e7);
  CHECK(ParseNumber("1MM") == 1e6);
  CHECK(ParseNumber("2mil") == 2e6);
  CHECK(ParseNumber("1.2b") == Approx(1.2e9));
  CHECK(ParseNumber("10G") == 1e10);
  CHECK(ParseNumber("1,674.5 G") == Approx(1674.5e9));
  CHECK(ParseNumber("10 bln") == 1e10);
  CHECK(ParseNumber("10 tln") == 1e13);
}

TEST_CASE("fractions in digits") {
  CHECK(ParseNumber("3/4") == Approx(0.75));
  CHECK(ParseNumber("2  1/4") == Approx(2.25));
  CHECK(ParseNumber("-4/5") == Approx(-0.8));
  CHECK(ParseNumber("- 1 4/5") == Approx(-1.8));
  CHECK(ParseNumber("\u2154") == Approx(2.0 / 3));
  CHECK(ParseNumber("2\u00BD") == Approx(2.5));
  CHECK_FALSE(ParseNumber("1/0").has_value());
  CHECK_FALSE(ParseNumber("1/2/3").has_value());
}

TEST_CASE("numbers in words") {
  CHECK(ParseNumber("four") == 4);
  CHECK(ParseNumber("zero") == 0);
  CHECK(ParseNumber("nought") == 0);
  CHECK(ParseNumber("naught") == 0);
  CHECK(ParseNumber("twenty-five") == 25);
  CHECK(ParseNumber("fifty - two") == 52);
  CHECK(ParseNumber("fifty   two") == 52);
  CHECK(ParseNumber("one hundred and forty-three") == 143);
  CHECK(ParseNumber("Three hundred  and  thirty one") == 331);
  CHECK(ParseNumber("two  thousand  and  two hundred") == 2200);
  CHECK(ParseNumber("two million three hundred thousand") == 2300000);
  CHECK(ParseNumber("twenty-one trillion and three hundred") == 21000000000300);
  CHECK(ParseNumber("a hundred") == 100);
  CHECK_FALSE(ParseNumber("a").has_value());
  CHECK_FALSE(ParseNumber("one one").has_value());
  CHECK_FALSE(ParseNumber("twenty twenty").has_value());
  CHECK_FALSE(ParseNumber("one and").has_value());
}

TEST_CASE("digits with scale words") {
  CHECK(ParseNumber("3 hundred and 21") == 321);
  CHECK(ParseNumber("4 thousand 3 hundred and 21") == 4321);
  CHECK(ParseNumber("322 hundred") == 32200);
  CHECK(ParseNumber("2.12 hundred") == Approx(212));
  CHECK(ParseNumber("13 lakh") == 1300000);
  CHECK(ParseNumber("6 crore and two hundred") == 60000200);
  CHECK(ParseNumber("three lakh crore") == 3e12);
  CHECK(ParseNumber("1,674.5 million") == Approx(1674.5e6));
}

TEST_CASE("dozens") {
  CHECK(ParseNumber("a dozen") == 12);
  CHECK(ParseNumber("dozen") == 12);
  CHECK(ParseNumber("3 dozens") == 36);
  CHECK(ParseNumber("three dozens") == 36);
  CHECK(ParseNumber("three hundred and two dozens") == 324);
  CHECK(ParseNumber("3 dzs") == 36);
  CHECK(ParseNumber("five dozs") == 60);
  CHECK(ParseNumber("half a  dozen") == 6);
}

TEST_CASE("decimals in words") {
  CHECK(ParseNumber("two hundred point zero three") == Approx(200.03));
  CHECK(ParseNumber("two hundred point seventy-one") == Approx(200.71));
  CHECK(ParseNumber("nine point nought four") == Approx(9.04));
  CHECK(ParseNumber("naught point five") == Approx(0.5));
  CHECK(ParseNumber("nought point eleven") == Approx(0.11));
  CHECK_FALSE(ParseNumber("two point").has_value());
}

TEST_CASE("fractions in words") {
  CHECK(ParseNumber("two thirds") == Approx(2.0 / 3));
  CHECK(ParseNumber("a half") == Approx(0.5));
  CHECK(ParseNumber("one half") == Approx(0.5));
  CHECK(ParseNumber("three quarters") == Approx(0.75));
  CHECK(ParseNumber("one eighth") == Approx(0.125));
  CHECK(ParseNumber("one-eighth") == Approx(0.125));
  CHECK(ParseNumber("five - eighths") == Approx(0.625));
  CHECK(ParseNumber("a trillionth") == Approx(1e-12));
  CHECK(ParseNumber("a hundred trillionths") == Approx(1e-10));
  CHECK(ParseNumber("a hundred thousand trillionths") == Approx(1e-7));
  CHECK(ParseNumber("a twenty-first") == Approx(1.0 / 21));
  CHECK(ParseNumber("three twenty firsts") == Approx(3.0 / 21));
  CHECK(ParseNumber("one twenty-fifth") == Approx(1.0 / 25));
  CHECK(ParseNumber("twenty-three fifths") == Approx(4.6));
  CHECK(ParseNumber("twenty fifths") == Approx(4));
  CHECK(ParseNumber("twenty one fifths") == Approx(4.2));
  CHECK(ParseNumber("twenty twenty fifths") == Approx(0.8));
  CHECK(ParseNumber("one hundred thirty fifths") == Approx(100.0 / 35));
  CHECK(ParseNumber("one hundred thirty-fifths") == Approx(100.0 / 35));
  CHECK(ParseNumber("one hundred thirty two fifths") == Approx(26.4));
  CHECK(ParseNumber("one hundred and thirty fifths") == Approx(26));
  CHECK(ParseNumber("one one hundred fifth") == Approx(1.0 / 105));
  CHECK(ParseNumber("one one hundred and fifth") == Approx(1.0 / 105));
  CHECK(ParseNumber("ninety - five hundred-fifths") == Approx(1900));
  CHECK(ParseNumber("one million two thousand two hundred three fifths") == Approx(1002203.0 / 5));
  CHECK_FALSE(ParseNumber("a first").has_value());
  CHECK_FALSE(ParseNumber("one second").has_value());
}

TEST_CASE("mixed numbers in words") {
  CHECK(ParseNumber("one and a half") == Approx(1.5));
  CHECK(ParseNumber("five and a quarter") == Approx(5.25));
  CHECK(ParseNumber("three and one fourth") == Approx(3.25));
  CHECK(ParseNumber("twenty and three fifths") == Approx(20.6));
  CHECK(ParseNumber("twenty and three and three fifths") == Approx(23.6));
  CHECK(ParseNumber("one hundred and three quarters") == Approx(100.75));
  CHECK(ParseNumber("one hundred and thirty and two fifths") == Approx(130.4));
  CHECK(ParseNumber("one hundred and thirty-two fifths") == Approx(26.4));
  CHECK(ParseNumber("two and fifty-four hundredths") == Approx(2.54));
  CHECK(ParseNumber("two hundred and fifty-four hundredths") == Approx(200.54));
  CHECK(ParseNumber("one hundred and three and two thirds") == Approx(103 + 2.0 / 3));
}

TEST_CASE("fractions with scale words") {
  CHECK(ParseNumber("half million") == 500000);
  CHECK(ParseNumber("quarter million") == 250000);
  CHECK(ParseNumber("a quarter million") == 250000);
  CHECK(ParseNumber("two thirds of a million") == Approx(2e6 / 3));
  CHECK(ParseNumber("five and a half million") == 5500000);
  CHECK(ParseNumber("one million and a half") == 1500000);
  CHECK(ParseNumber("3 million and a half") == 3500000);
  CHECK(ParseNumber("two million and one half") == 2500000);
  CHECK(ParseNumber("six million and two thirds") == Approx(6e6 + 2e6 / 3));
  CHECK(ParseNumber("one billion and a half million") == 1000500000);
  CHECK(ParseNumber("one billion and three quarters million") == 1000750000);
  CHECK(ParseNumber("five billion and three quarters") == 5750000000);
}

TEST_CASE("X over Y") {
  CHECK(ParseNumber("one over three") == Approx(1.0 / 3));
  CHECK(ParseNumber("1 over one hundred and twenty one") == Approx(1.0 / 121));
  CHECK(ParseNumber("negative one over 20") == Approx(-0.05));
  CHECK(ParseNumber("2000 over 3") == Approx(2000.0 / 3));
  CHECK_FALSE(ParseNumber("one over zero").has_value());
}

TEST_CASE("scales, ordinals and vague amounts") {
  CHECK(ScaleOf("million") == 1e6);
  CHECK(ScaleOf("bn") == 1e9);
  CHECK(ScaleOf("crore") == 1e7);
  CHECK(ScaleOf("k") == 1e3);
  CHECK(ScaleOf("G") == 1e9);
  CHECK(ScaleOf("tln") == 1e12);
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
