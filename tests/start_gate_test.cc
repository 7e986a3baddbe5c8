// The start gate: which words may start a match, worked out from RE2 syntax.
// It may let a word pass that starts no match, never the other way round: the last test holds
// it to RE2 itself on the built-in grammars' filters, over word salad made of their words.
#include "grammar/start_gate.h"

#include <doctest/doctest.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <ranges>
#include <string>
#include <string_view>
#include <vector>

#include "resources.h"

namespace claimscope::internal {
namespace {

// The words of the salad below: the grammars' own (and near misses), with digits,
// capitals and punctuation.
constexpr std::string_view kSaladWords =
    "in since the end of start a an about over up to at least more than last next this "
    "week year month ago days one twenty five hundred and thousand million billion half "
    "quarter dozen dozens per cent percent pct between from minus plus or point first "
    "third thirds mid early late on monday Monday March mar dollars dlrs euros yen pence "
    "cents km miles kg tonnes years old hours several few couple scores tens www.x.y "
    "http://z said company income ten-year two-thirds 1,250.5 17 1987 3/4 ½ ’s US$ $ £ – "
    "% M ( ) , .";

StartGate Gate(std::vector<std::string> patterns) {
  StartGate gate;
  gate.Build(patterns);
  return gate;
}

TEST_CASE("words that start no pattern are ruled out, and those that may are not") {
  const StartGate gate = Gate({R"((?i:in|since)\s\d{4})", R"(\p{Lu}\w+)", R"(about\s\d)"});
  REQUIRE(gate.enabled());
  for (const char* yes : {"in 1987", "since 2001", "about 5", "in\t1999", "In 1999", "Alone"}) {
    CAPTURE(yes);
    CHECK(gate.MayStart(yes, 0));
  }
  // "abo" and "in 19": the text ends before a match can.
  for (const char* no :
       {"income", "in the", "sincere", "about the", "alone", "x", "abo", "in 19"}) {
    CAPTURE(no);
    CHECK_FALSE(gate.MayStart(no, 0));
  }
  CHECK(gate.MayStart("the year since 2001", 9));
  CHECK_FALSE(gate.MayStart("the year since then", 9));
}

TEST_CASE("after the first byte, bytes compare by class: letters in either case, digits") {
  const StartGate gate = Gate({R"(ab[C]\d-x)"});
  CHECK(gate.MayStart("abc7-x", 0));  // "c" for "C": a class of its own with "C"
  CHECK(gate.MayStart("aBC0-X", 0));  // the first byte alone is the text's own
  CHECK_FALSE(gate.MayStart("abd7-x", 0));
  CHECK_FALSE(gate.MayStart("abc7+x", 0));
  CHECK_FALSE(Gate({"Ab"}).MayStart("ab", 0));  // the first byte alone compares exactly
  CHECK(Gate({"Ab"}).MayStart("AB", 0));
  CHECK_FALSE(Gate({"ab"}).MayStart("Ab", 0));
}

TEST_CASE("a match that ends, a character outside ASCII, or the depth limit lets a word pass") {
  CHECK(Gate({"ab"}).MayStart("abz", 0));
  const StartGate quote = Gate({"x’y"});
  CHECK(quote.MayStart("x’z", 0));  // the length of "’" is not followed
  CHECK(quote.MayStart("x\xc3\xa9", 0));
  CHECK_FALSE(quote.MayStart("xay", 0));
  const StartGate longer = Gate({"abcdefghijklmnopq"});
  CHECK(longer.MayStart("abcdefghijklzzzz", 0));  // 12 bytes agree: as far as it looks
  CHECK_FALSE(longer.MayStart("abcdefghijkz", 0));
}

TEST_CASE("a mark is followed through the trie as a letter is; a digit passes on its own") {
  const StartGate gate = Gate({R"(\$\d)", R"(T?\b%)", "x", "é", R"(\.\d)", R"(\d+\s(?i:mln))"});
  CHECK(gate.MayStart("$5", 0));
  CHECK_FALSE(gate.MayStart("$x", 0));  // "$" then no digit
  CHECK(gate.MayStart(".5", 0));
  CHECK_FALSE(gate.MayStart(". The", 0));  // the period that ends a sentence
  CHECK(gate.MayStart("5 people", 0));     // a digit's first byte alone decides
  CHECK(gate.MayStart("%", 0));         // after an optional part and \b (RE2's PossibleMatchRange
                                        // misses it: grammar_fuzz found a lost match)
  CHECK(gate.MayStart("\xc3\xa0", 0));  // a byte outside ASCII stands for all of them
  CHECK_FALSE(gate.MayStart(",", 0));
  CHECK_FALSE(gate.MayStart("(5", 0));
  CHECK_FALSE(Gate({"x"}).MayStart("\xc3\xa9", 0));
}

TEST_CASE("repetitions, groups, alternation and flags as RE2 reads them") {
  const StartGate counted = Gate({"a{2,3}b"});
  CHECK(counted.MayStart("aab", 0));
  CHECK(counted.MayStart("aaab", 0));
  CHECK_FALSE(counted.MayStart("ab", 0));
  CHECK_FALSE(counted.MayStart("aaaab", 0));
  const StartGate starred = Gate({"(?:ab)*c", "x+y"});
  CHECK(starred.MayStart("c", 0));
  CHECK(starred.MayStart("ababc", 0));
  CHECK_FALSE(starred.MayStart("abd", 0));
  CHECK(starred.MayStart("xxxy", 0));
  // (?i) holds to the end of its group, across "|"; (?-i:...) turns it off inside.
  const StartGate flags = Gate({"(?:q(?i)r|s)t", "(?-i:U)v", "(?P<name>w)\\x{7A}"});
  CHECK(flags.MayStart("qRt", 0));
  CHECK(flags.MayStart("st", 0));
  CHECK_FALSE(flags.MayStart("uv", 0));
  CHECK(flags.MayStart("wz", 0));
  // RE2 folds "s" with U+017F and "k" with U+212A: with (?i) they are letters s and k.
  CHECK(Gate({"(?i:\u017f)x"}).MayStart("sx", 0));
  CHECK_FALSE(Gate({"\u017fx"}).MayStart("sx", 0));
  CHECK(Gate({R"([\p{L}]x)"}).MayStart("ax", 0));
  // A Unicode class not known here holds every byte, negated or in a negated class too
  // (\P{Po} holds letters; read as "not all of ASCII" it would rule them out).
  CHECK(Gate({R"(\P{Po}x)"}).MayStart("ax", 0));
  CHECK(Gate({R"([^\p{Po}]x)"}).MayStart("ax", 0));
  CHECK_FALSE(Gate({R"([^\p{L}]x)"}).MayStart("ax", 0));
  CHECK(Gate({R"(\Qa.b\E)"}).MayStart("a.b", 0));
  // A flag group is no atom: "t(?)*%" is "t*%" (grammar_fuzz).
  CHECK(Gate({"t(?)*%"}).MayStart("%", 0));
  CHECK(Gate({"t(?i)*%"}).MayStart("tt%", 0));
  CHECK_FALSE(Gate({R"(\Qa.b\E)"}).MayStart("acb", 0));
}

TEST_CASE("syntax it does not know, or a pattern that matches nothing, turns the gate off") {
  for (const char* pattern : {"[[:alpha:]]x", "a*", R"((a)\1)", "(?:b|)", "a(", R"(\p)"}) {
    CAPTURE(pattern);
    const StartGate gate = Gate({"zzz", pattern});
    CHECK_FALSE(gate.enabled());
    CHECK(gate.MayStart("anything", 0));
  }
}

TEST_CASE("the gate of the built-in grammars' filters lets every match through") {
  Resources resources;
  size_t files = 0;
  REQUIRE(LoadResources(Options{}, &resources, &files, &files).ok());
  const GrammarSet& grammars = resources.grammars;
  std::vector<std::string> filters;
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_never_capture(true);
  RE2::Set set(options, RE2::ANCHOR_START);
  for (uint32_t r = 0; r < grammars.size(); ++r) {
    filters.push_back(grammars.rule(r).filter);
    REQUIRE(set.Add(filters.back(), nullptr) >= 0);
  }
  REQUIRE(set.Compile());
  const StartGate gate = Gate(filters);
  REQUIRE(gate.enabled());
  // Word salad: kSaladWords with white space and punctuation between them, from a fixed
  // pseudo-random sequence.
  std::vector<std::string> words;
  for (const auto& word : std::views::split(kSaladWords, ' ')) {
    words.emplace_back(word.begin(), word.end());
  }
  const std::vector<std::string> gaps = {" ", " ", " ", "  ", "\t", "\n", "-", ", ", ""};
  uint32_t x = 12345;
  const auto next = [&x](size_t n) {
    x = x * 1664525u + 1013904223u;
    return (x >> 8) % n;
  };
  size_t asked = 0;
  size_t matched = 0;
  for (int round = 0; round < 400; ++round) {
    std::string text;
    for (int w = 0; w < 40; ++w) text += words[next(words.size())] + gaps[next(gaps.size())];
    for (size_t p = 0; p < text.size(); ++p) {
      ++asked;
      const bool matches = set.Match(re2::StringPiece(text.data() + p, text.size() - p), nullptr);
      matched += matches;
      if (matches && !gate.MayStart(text, p))
        FAIL_CHECK("ruled out a match at: " << text.substr(p, 40));
    }
  }
  CHECK(matched > 1000);       // the salad starts many matches
  CHECK(matched * 2 < asked);  // and most of its positions none
}

}  // namespace
}  // namespace claimscope::internal
