// The lexer of number expressions (number_words.h): digits with their separators, words and
// operators, as the evaluator of number_words.cc reads them.
#ifndef CLAIMSCOPE_SRC_QUANTITIES_NUMBER_LEXER_H_
#define CLAIMSCOPE_SRC_QUANTITIES_NUMBER_LEXER_H_

#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimscope::internal {

inline bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
inline bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Digits with separators: "155,221", "5.93", ".5", Indian "12,34,567.89", a decimal comma
// "5,00" / "1,3", European "1.111,11", and an exponent "1.3e6"; nullopt for anything else.
std::optional<double> ParseDigits(std::string_view s);

struct Tok {
  enum Kind { kNum, kWord, kOp } kind;
  std::string text;  // digits as written, a lower-case word, or the operator
  double value = 0;  // kNum
  bool vulgar = false;
  bool space_before = false;
  bool comma_before = false;
};

inline bool IsWord(const Tok& t, std::string_view w) { return t.kind == Tok::kWord && t.text == w; }
inline bool IsOp(const Tok& t, char c) {
  return t.kind == Tok::kOp && t.text.size() == 1 && t.text[0] == c;
}

// Three digits, optionally with decimals: a digit group after a space ("1 234 567.89").
bool IsDigitGroup(const Tok& t);
// Digits only, at most `max_digits` of them.
bool IsPlainInteger(const Tok& t, size_t max_digits);

// Splits `text` into numbers, words and operators (- / ^ + ×); spaces, U+202F, U+00A0 and
// commas between words separate. nullopt on anything else.
std::optional<std::vector<Tok>> Lex(std::string_view text);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_QUANTITIES_NUMBER_LEXER_H_
