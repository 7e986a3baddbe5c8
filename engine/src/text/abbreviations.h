// Abbreviations whose period belongs to the word, and words that often open a sentence.
#ifndef CLAIMSCOPE_SRC_TEXT_ABBREVIATIONS_H_
#define CLAIMSCOPE_SRC_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace claimscope::internal {

enum class AbbreviationKind {
  kNone,
  kTitle,    // precedes a name and never ends a sentence: "Mr.", "Gen.", "St."
  kOther,    // may end a sentence when a sentence starter follows: "Corp.", "Oct.", "U.S."
  kNumeral,  // an abbreviation only before a number: "No. 1", "Nos. 3"
};

// `word` is the word without its period ("Mr", "Corp").
AbbreviationKind LookUpAbbreviation(std::string_view word);

// True for words that very often open a sentence ("The", "He", "But"): after an abbreviation
// of kind kOther they mark a sentence boundary.
bool IsSentenceStarter(std::string_view word);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_TEXT_ABBREVIATIONS_H_
