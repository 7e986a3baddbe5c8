#include "text/char_class.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>

namespace claimscope::internal {
namespace {

bool IsQuoteMark(int32_t cp) {
  switch (cp) {
    case 0x00AB:
    case 0x00BB:  // « »
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:  // ‘ ’ ‚ ‛
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:  // “ ” „ ‟
    case 0x2039:
    case 0x203A:  // ‹ ›
    case 0x300C:
    case 0x300D:
    case 0x300E:
    case 0x300F:  // 「 」 『 』
    case 0xFF02:
    case 0xFF07:  // ＂ ＇
      return true;
    default:
      return false;
  }
}

}  // namespace

CharClass ClassifyNonAscii(int32_t cp) {
  if (cp < 0 || cp == 0xFFFD) return CharClass::kSymbol;
  if (IsQuoteMark(cp)) return CharClass::kQuote;
  if (cp == 0x2010 || cp == 0x2011) return CharClass::kHyphen;
  if (cp == 0x0085 || cp == 0x2028 || cp == 0x2029) return CharClass::kNewline;
  if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
      (cp >= 0xE0020 && cp <= 0xE007F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
    return CharClass::kJoiner;
  }
  switch (u_charType(cp)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER: {
      UErrorCode err = U_ZERO_ERROR;
      UScriptCode script = uscript_getScript(cp, &err);
      if (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA) {
        return CharClass::kIdeograph;
      }
      return CharClass::kLetter;
    }
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return CharClass::kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_FORMAT_CHAR:  // soft hyphen, ZWNJ, ...: invisible, they stay inside a token
      return CharClass::kJoiner;
    case U_SPACE_SEPARATOR:
      return CharClass::kSpace;
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return CharClass::kNewline;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return CharClass::kPunctuation;
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return CharClass::kSymbol;
    default:
      return u_hasBinaryProperty(cp, UCHAR_EXTENDED_PICTOGRAPHIC) ? CharClass::kSymbol
                                                                  : CharClass::kOther;
  }
}

bool IsUpperNonAscii(int32_t cp) { return u_isupper(cp) || u_istitle(cp); }

bool IsLowerNonAscii(int32_t cp) { return u_islower(cp); }

}  // namespace claimscope::internal
