// A filter without its optional tail (grammar/filter_tail.h): what goes, what stays, and, on
// random patterns and texts, that RE2 finds a prefix of a text matching either alike.
#include "grammar/filter_tail.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <initializer_list>
#include <random>
#include <string>

namespace claimscope::internal {
namespace {

// Pairs of a pattern and what is left of it.
struct Cut {
  const char* pattern;
  const char* left;
};

void CheckCuts(std::initializer_list<Cut> cuts) {
  for (const Cut& c : cuts) CHECK_MESSAGE(WithoutOptionalTail(c.pattern) == c.left, c.pattern);
}

TEST_CASE("optional parts at the end go, recursively") {
  CheckCuts({
      {"ab(?:c)?", "ab"},
      {"ab*", "a"},
      {"ab{0,3}c?", "a"},
      {"(?P<n>\\d+)(?:\\s(?P<s>mln|bln))?", "(?P<n>\\d)"},
      {"a(?:b|c(?:d)*)", "a(?:b|c)"},
      {"(?i:one|two)(?:\\s+and)?", "(?i:one|two)"},
      {"(?i:ab(?:c)?)", "(?i:ab)"},
      {"x(?:a|b?)", "x"},           // a branch may match nothing
      {"x(?:y(?:a)?)+", "x(?:y)"},  // X+ reads as X
      {"xé?", "x"},                 // a character, all its bytes
      {"[)|(]x?", "[)|(]"},
      {"[]a]b*", "[]a]"},
      {"a(?i)b?", "a"},  // a change of flags is no text
  });
}

TEST_CASE("what may hold a match back stays") {
  CheckCuts({
      {"ab\\b", "ab\\b"},  // an assertion is no optional part
      {"a(?:b)?\\b", "a(?:b)?\\b"},
      {"ab{2,3}", "ab{2,3}"},
      {"a$", "a$"},
      {"a{,2}", "a{,2}"},  // RE2 reads "{,2}" as itself
  });
}

TEST_CASE("patterns it does not follow, or that may match nothing, are kept whole") {
  CheckCuts({
      {"a?", "a?"},
      {"a|b?", "a|b?"},
      {"a\\Qb?\\E", "a\\Qb?\\E"},
      {"(a)\\1?", "(a)\\1?"},
      {"a(b", "a(b"},
      {"a)b?", "a)b?"},
      {"", ""},
  });
}

// A random pattern of `depth` levels from a few atoms, groups and quantifiers.
std::string RandomPattern(std::mt19937* random, int depth) {
  static const char* const kAtoms[] = {"a", "b", "\\d", "[ab]", "\\b", "\\s", ".", "$", "é"};
  static const char* const kQuantifiers[] = {"", "", "", "?", "*", "+", "{0,2}", "{1,2}", "??"};
  std::string out;
  const int atoms = 1 + static_cast<int>((*random)() % 3);
  for (int k = 0; k < atoms; ++k) {
    if (depth > 0 && (*random)() % 3 == 0) {
      static const char* const kOpen[] = {"(?:", "(", "(?i:", "(?P<g>"};
      const char* open = kOpen[(*random)() % 4];
      out += open;
      out += RandomPattern(random, depth - 1);
      if ((*random)() % 2 == 0) out += "|" + RandomPattern(random, depth - 1);
      out += ")";
      if (std::string(open) == "(?P<g>") {
        out += kQuantifiers[(*random)() % 3];  // (one group of the name only)
        break;
      }
    } else {
      out += kAtoms[(*random)() % std::size(kAtoms)];
    }
    out += kQuantifiers[(*random)() % std::size(kQuantifiers)];
  }
  return out;
}

TEST_CASE("some prefix of a text matches the pattern and what is left of it alike") {
  std::mt19937 random(11);
  static const char* const kPieces[] = {"a", "b", "A", "1", " ", "é", "x", "\n"};
  size_t cut = 0;
  for (int round = 0; round < 600; ++round) {
    const std::string pattern = RandomPattern(&random, 2);
    const std::string left = WithoutOptionalTail(pattern);
    const RE2 whole(pattern, RE2::Quiet);
    const RE2 shorter(left, RE2::Quiet);
    if (!whole.ok()) continue;
    REQUIRE_MESSAGE(shorter.ok(), pattern << " -> " << left);
    cut += left != pattern ? 1 : 0;
    for (int t = 0; t < 20; ++t) {
      std::string text;
      const int n = static_cast<int>(random() % 6);
      for (int k = 0; k < n; ++k) text += kPieces[random() % std::size(kPieces)];
      const bool a = whole.Match(text, 0, text.size(), RE2::ANCHOR_START, nullptr, 0);
      const bool b = shorter.Match(text, 0, text.size(), RE2::ANCHOR_START, nullptr, 0);
      CHECK_MESSAGE(a == b, pattern << " -> " << left << " on \"" << text << "\"");
    }
  }
  CHECK(cut > 150);  // not a test of patterns left whole (189 here)
}

}  // namespace
}  // namespace claimscope::internal
