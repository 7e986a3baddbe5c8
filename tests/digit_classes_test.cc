// The digits a rule tells apart (grammar/digit_classes.h): keys make alike only digits no
// part of the pattern that could read them tests, and the capture cache keyed so gives what
// RE2's capture search gives, on random numbers, fractions and years.
#include "grammar/digit_classes.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "doctest_printers.h"
#include "grammar/grammar_file.h"
#include "grammar/grammar_set.h"

namespace claimscope::internal {
namespace {

std::string KeyOf(const DigitClasses& digits, std::string_view bytes) {
  std::string key;
  return digits.Key(bytes, &key) ? key : std::string(bytes);
}

TEST_CASE("digits read as \\d are alike") {
  const DigitClasses digits("(?P<n>\\d+(?:,\\d{3})*)(?:\\s(?P<s>mln|bln))?");
  REQUIRE(digits.known());
  CHECK(digits.testing_positions() == 0);
  CHECK(KeyOf(digits, "1,987 mln") == "0,000 mln");
  CHECK(KeyOf(digits, "mln") == "mln");  // no digit: the bytes are the key
}

TEST_CASE("a digit a position tests stays apart where that position can read it") {
  // "1/[2-9]" reads the first digit only before "/", and the digit after "/" at the end.
  const DigitClasses digits("(?P<f>1/[2-9])|(?P<n>\\d+)");
  CHECK(digits.testing_positions() == 2);
  CHECK(KeyOf(digits, "15") == "00");
  CHECK(KeyOf(digits, "51") == "00");
  CHECK(KeyOf(digits, "1/4") == "1/2");  // 4 is like 2..9 there,
  CHECK(KeyOf(digits, "1/9") == "1/2");
  CHECK(KeyOf(digits, "1/1") == "1/0");  // 1 like 0
  CHECK(KeyOf(digits, "5/4") == "0/2");  // the first digit: is it 1?
  // A year: "19" then any two digits.
  const DigitClasses years("(?P<y>19\\d\\d)|(?P<n>\\d+)");
  CHECK(KeyOf(years, "1987") == "1900");
  CHECK(KeyOf(years, "2087") == "0000");
  CHECK(KeyOf(years, "1887") == "1000");
  // The byte before a digit counts by its value, a digit too: the "9" of "19" reads only
  // after a "1", so a "9" after a "2" is like any digit.
  CHECK(KeyOf(years, "2997") == "0000");
  CHECK(KeyOf(years, "1997") == "1900");
}

TEST_CASE("bytes outside ASCII, and syntax not known, keep the bytes as the key") {
  const DigitClasses digits("\\d+\\s?€");
  std::string key;
  CHECK_FALSE(digits.Key("12 €", &key));
  const DigitClasses posix("[[:digit:]]+");
  CHECK_FALSE(posix.known());
  CHECK_FALSE(posix.Key("12", &key));
}

bool NoClasses(std::string_view, std::string*) { return false; }

TEST_CASE("captures through the cache are those of the search, on random numbers") {
  const std::string_view grammar =
      "rule frac -> COUNT = (?:(?P<whole>\\d+)\\s)?(?P<num>1/[2-9]|[1-9]/10|\\d+(?:/\\d+)?)\n"
      "rule alt -> COUNT = (?:(?P<one>1)|(?P<other>\\d))(?P<rest>\\d*)(?:\\.(?P<dec>0+|\\d+))?\n"
      "rule year -> DATE = (?P<y>19\\d\\d|20[0-2]\\d)(?:-(?P<y2>\\d\\d))?|(?P<n>\\d{5,})\n";
  std::vector<GrammarRule> rules;
  GrammarMacros macros;
  REQUIRE(ParseGrammarFile("g.grammar", grammar, NoClasses, &macros, &rules).ok());
  GrammarSet set;
  REQUIRE(set.Build(rules).ok());
  std::mt19937 random(7);
  const std::string pieces[] = {"1", "2", "0", "9", "19", "20", "/", ".", "-", "10"};
  CaptureCache cache;
  size_t asked = 0;
  for (int round = 0; round < 400; ++round) {
    std::string text;
    for (int word = 0; word < 6; ++word) {
      const int parts = 1 + static_cast<int>(random() % 4);
      for (int p = 0; p < parts; ++p) text += pieces[random() % std::size(pieces)];
      text += ' ';
    }
    TextAnalysis a;
    Tokenize(text, &a);
    GrammarScratch scratch;
    std::vector<GrammarMatch> spans;
    set.MatchSpans(text, a, &scratch, &spans);
    for (GrammarMatch& m : spans) {
      GrammarMatch searched = m;
      set.FindCaptures(text, &searched);
      set.FindCaptures(text, &m, &cache);
      CHECK_MESSAGE(m.captures == searched.captures,
                    text.substr(m.span.start, m.span.end - m.span.start));
      ++asked;
    }
  }
  // Not a test of nothing: most answers came from entries made for other digits.
  CHECK(asked > 2000);
  CHECK(cache.size() * 4 < asked);
}

}  // namespace
}  // namespace claimscope::internal
