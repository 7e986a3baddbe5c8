// Numbers as news writes them: digits ("155,221", "5.93"), words ("twenty-five", "one
// hundred and forty-three", "a dozen"), scales ("2.4 million", "$2.9bn", "Rs 500 crore"),
// and ordinals ("first", "71st").
#ifndef CLAIMSCOPE_SRC_QUANTITIES_NUMBER_WORDS_H_
#define CLAIMSCOPE_SRC_QUANTITIES_NUMBER_WORDS_H_

#include <optional>
#include <string_view>

namespace claimscope::internal {

// The value of a number in digits or words; nullopt if `text` is not one. Understands what
// the NUMBER macro of grammars/numbers.grammar matches:
//   digits        "155,221" "5.93" ".5", Indian "12,34,567.89", decimal comma "5,00"
//                 "1.111,11", groups "1 234 567" (also U+202F / U+00A0 between groups)
//   signs         "-1" "−5" "minus five" "negative one"; "plus or minus 3" is 3
//   powers        "1e10" "12.32e+14" "1.1^23" "2.5^-1" "1.3x10^6"
//   multipliers   "10k" "2.33 k" "10M" "1MM" "2mil" "1.2b" "10G" "10 bln" "13 lakh"
//   fractions     "3/4" "2 1/4" "⅔" "2½"; "one over three" "1 over 20" "2000 over 3"
//   words         "zero" "nought" "fifty - two" "one hundred and forty-three"
//                 "4 thousand 3 hundred and 21" "322 hundred" "three lakh crore"
//   decimals      "two hundred point zero three" "nine point nought four"
//   word fractions "two thirds" "a half" "one hundred thirty fifths" (100/35) "one hundred
//                 and thirty fifths" (130/5) "one one hundred fifth" (1/105) "one and a
//                 half" "twenty and three fifths" (a proper fraction after "and" is added)
//   with scales   "half million" "five and a half million" "3 million and a half"
//                 "one billion and a half million" "two thirds of a million"
//   dozens        "a dozen" "3 dozens" "half a dozen" "three hundred and two dozens" (324)
// A lone "a", "a first" and "one second" are no numbers.
std::optional<double> ParseNumber(std::string_view text);

// The multiplier of a scale word or suffix, in any case: "thousand"/"k" 1e3,
// "million"/"m"/"mn"/"mln"/"mm"/"mil" 1e6, "billion"/"b"/"bn"/"bln"/"g" 1e9,
// "trillion"/"t"/"tn"/"tln" 1e12, "lakh" 1e5, "crore" 1e7, "hundred" 100; nullopt for
// anything else. The grammar decides where a suffix counts ("10M" but not "1m").
std::optional<double> ScaleOf(std::string_view word);

// The value of an ordinal: "first" 1, "twenty-first" 21, "71st" 71; nullopt otherwise.
std::optional<double> ParseOrdinal(std::string_view text);

// Vague amounts: "dozens" 12, "hundreds" 100, "thousands" 1000, "a few" 3, "several" 3.
std::optional<double> VagueAmount(std::string_view text);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_QUANTITIES_NUMBER_WORDS_H_
