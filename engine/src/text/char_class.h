// Character classes for the tokenizer: an ASCII table plus ICU properties for the rest.
#ifndef CLAIMSCOPE_SRC_TEXT_CHAR_CLASS_H_
#define CLAIMSCOPE_SRC_TEXT_CHAR_CLASS_H_

#include <array>
#include <cstdint>

namespace claimscope::internal {

enum class CharClass : uint8_t {
  kLetter,       // L*, and M* (combining marks stay with the letter before them)
  kIdeograph,    // Han, Hiragana, Katakana: a token each
  kDigit,        // Nd
  kSpace,        // horizontal white space
  kNewline,      // \n \r U+0085 U+2028 U+2029 (and \v \f)
  kQuote,        // quotation marks of every style, including ' and ’
  kHyphen,       // - U+2010 U+2011: may join word parts
  kPunctuation,  // other P*
  kSymbol,       // S*, emoji, U+FFFD
  kJoiner,       // ZWJ, variation selectors, emoji modifiers, tags: extend the token before
  kOther,        // controls, unassigned, format characters
};

// The classes of ASCII code points, and of the rest (through ICU). The ASCII table is a
// constant in the header so that tables derived from it are built at compile time.
constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kOther;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      k = CharClass::kLetter;
    } else if (c >= '0' && c <= '9') {
      k = CharClass::kDigit;
    } else if (c == ' ' || c == '\t') {
      k = CharClass::kSpace;
    } else if (c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      k = CharClass::kNewline;
    } else if (c == '"' || c == '\'' || c == '`') {
      k = CharClass::kQuote;
    } else if (c == '-') {
      k = CharClass::kHyphen;
    } else if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '|' ||
               c == '~') {
      k = CharClass::kSymbol;
    } else if (c > 32 && c < 127) {
      k = CharClass::kPunctuation;
    }
    t[c] = k;
  }
  return t;
}

inline constexpr std::array<CharClass, 128> kAsciiClasses = MakeAsciiTable();

CharClass ClassifyNonAscii(int32_t cp);
bool IsUpperNonAscii(int32_t cp);
bool IsLowerNonAscii(int32_t cp);

// -1 (an invalid sequence) is a symbol: it stands for U+FFFD.
inline CharClass ClassifyCodePoint(int32_t cp) {
  return (cp >= 0 && cp < 128) ? kAsciiClasses[cp] : ClassifyNonAscii(cp);
}

// Upper/title case, lower case, for shape flags.
inline bool IsUpperCodePoint(int32_t cp) {
  return cp < 128 ? (cp >= 'A' && cp <= 'Z') : IsUpperNonAscii(cp);
}
inline bool IsLowerCodePoint(int32_t cp) {
  return cp < 128 ? (cp >= 'a' && cp <= 'z') : IsLowerNonAscii(cp);
}

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_TEXT_CHAR_CLASS_H_
