// Which digits of a match a rule can tell apart, for the capture cache (capture_cache.h): a
// rule's captures over "1,250 dlrs" and over "3,875 dlrs" are the same offsets when no part of
// its pattern that could read those digits tests which digit it is. News repeats the shapes of
// its numbers far more than the numbers, and the capture search (RE2's NFA) is the slowest
// step of matching.
//
// Key writes a match's bytes with each digit replaced by the least digit that the rule cannot
// tell from it there. Most of a pattern reads digits as \d; the parts that test a digit (a
// fraction's "1/[2-9]", "[1-9]" after "hundred and", a year's "19") are positions of the
// pattern's syntax tree (regex_syntax.h) whose byte set holds some digits but not all. Such a
// position can read the digit at text[i] only if the byte before (or the start of the match)
// may come before it in the pattern, and what it reads changes the result only if the byte
// after (or the end of the match) may come after it; where none can, every digit is alike
// there. Two texts with the same key then run through RE2 alike: at each digit, every thread
// tests the two digits alike, or dies at the next byte in both (with what it shadowed).
// The tree over-approximates what RE2 accepts (regex_syntax.h), which only keeps more digits.
// Bytes outside ASCII (whose characters the tree does not follow) keep the match's own bytes.
#ifndef CLAIMSCOPE_SRC_GRAMMAR_DIGIT_CLASSES_H_
#define CLAIMSCOPE_SRC_GRAMMAR_DIGIT_CLASSES_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimscope::internal {

class DigitClasses {
 public:
  DigitClasses() = default;  // tells every digit apart: keys are the bytes themselves
  // For a pattern in RE2 syntax (UTF-8, Perl flags), as the rule's RE2 compiles it.
  explicit DigitClasses(std::string_view pattern);

  // Whether the pattern's syntax is known (regex_syntax.h); if not, Key always returns false.
  bool known() const { return known_; }
  size_t testing_positions() const { return testing_positions_; }

  // The key of the match `bytes` into *key and true; false (*key then holds nothing of use)
  // when the bytes themselves are the key: no digit to make alike, or a byte outside ASCII.
  bool Key(std::string_view bytes, std::string* key) const;

 private:
  bool known_ = false;
  size_t testing_positions_ = 0;  // positions of the pattern that hold some digits, not all
  // By what comes before a digit (an ASCII byte by its value, a digit too; 128 the start of
  // the match): 0 when no testing position may read it there, else 1 + its row of table_. A
  // row holds, by what comes after (an ASCII byte other than a digit by its value, 128 any
  // digit, 129 the end), by digit, the least digit alike with it there.
  std::array<uint8_t, 129> slot_row_{};
  std::vector<uint8_t> table_;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_GRAMMAR_DIGIT_CLASSES_H_
