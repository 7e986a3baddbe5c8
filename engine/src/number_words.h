// Numbers as news writes them: digits ("155,221", "5.93"), words ("twenty-five", "one
// hundred and forty-three", "a dozen"), scales ("2.4 million", "$2.9bn", "Rs 500 crore"),
// and ordinals ("first", "71st").
#ifndef CLAIMSCOPE_SRC_NUMBER_WORDS_H_
#define CLAIMSCOPE_SRC_NUMBER_WORDS_H_

#include <optional>
#include <string_view>

namespace claimscope::internal {

// The value of a number in digits or words; nullopt if `text` is not one.
std::optional<double> ParseNumber(std::string_view text);

// The multiplier of a scale word: "million" 1e6, "bn" 1e9, "k" 1e3, "crore" 1e7; nullopt
// for anything else.
std::optional<double> ScaleOf(std::string_view word);

// The value of an ordinal: "first" 1, "twenty-first" 21, "71st" 71; nullopt otherwise.
std::optional<double> ParseOrdinal(std::string_view text);

// Vague amounts: "dozens" 12, "hundreds" 100, "thousands" 1000, "a few" 3, "several" 3.
std::optional<double> VagueAmount(std::string_view text);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_NUMBER_WORDS_H_
