// The tokenizer: one forward pass over the bytes. ASCII is classified by table, everything
// else by ICU character properties (char_class.cc). Sentences and paragraphs are found
// afterwards over the tokens (segmenter.cc).
#include "claimscope/tokenizer.h"

#include <unicode/uchar.h>

#include <array>

#include "base/ascii.h"
#include "claimscope/utf8.h"
#include "text/abbreviations.h"
#include "text/char_class.h"
#include "text/segmenter.h"
#include "text/token_scanner.h"

namespace claimscope {
namespace {

using internal::CharClass;
using internal::ClassifyCodePoint;

// The bytes that continue a word without decoding, with what the word's flags need of them:
// ASCII letters (and their case) and digits. Every other byte is 0.
enum WordByte : uint8_t { kWordLetter = 1, kWordUpper = 2, kWordLower = 4, kWordDigit = 8 };

constexpr std::array<uint8_t, 256> MakeWordBytes() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    if (internal::kAsciiClasses[c] == CharClass::kLetter) {
      t[c] = kWordLetter | (c >= 'A' && c <= 'Z' ? kWordUpper : 0) |
             (c >= 'a' && c <= 'z' ? kWordLower : 0);
    } else if (internal::kAsciiClasses[c] == CharClass::kDigit) {
      t[c] = kWordDigit;
    }
  }
  return t;
}
constexpr std::array<uint8_t, 256> kWordBytes = MakeWordBytes();

bool IsApostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2018; }

bool IsWordClass(CharClass c) {
  return c == CharClass::kLetter || c == CharClass::kDigit || c == CharClass::kJoiner;
}

// What a quote mark next to it treats as part of a word.
bool IsWordLike(CharClass c) {
  return IsWordClass(c) || c == CharClass::kIdeograph || c == CharClass::kSymbol;
}

// Where a quote mark stands, seen from the character before it and the one after it.
enum class Before { kSpace, kWord, kTerminal, kSeparator, kQuote };
enum class After { kSpace, kWord, kPunctuation, kQuote };

Before ClassifyBefore(int32_t cp) {
  if (cp < 0) return Before::kSpace;  // start of input
  switch (cp) {
    case '.':
    case '!':
    case '?':
    case 0x2026:
      return Before::kTerminal;
    case ',':
    case ';':
    case ':':
      return Before::kSeparator;
    case ')':
    case ']':
    case '}':
      return Before::kWord;
    default:
      break;
  }
  const CharClass c = ClassifyCodePoint(cp);
  if (IsWordLike(c)) return Before::kWord;
  // Otherwise space, newline, opening brackets, dashes, slashes.
  return c == CharClass::kQuote ? Before::kQuote : Before::kSpace;
}

After ClassifyAfter(int32_t cp) {
  if (cp < 0) return After::kSpace;  // end of input
  switch (cp) {
    case '(':
    case '[':
    case '{':
    case 0x00BF:
    case 0x00A1:  // ¿ ¡
      return After::kWord;
    default:
      break;
  }
  const CharClass c = ClassifyCodePoint(cp);
  if (IsWordLike(c)) return After::kWord;
  switch (c) {
    case CharClass::kQuote:
      return After::kQuote;
    case CharClass::kSpace:
    case CharClass::kNewline:
    case CharClass::kOther:
      return After::kSpace;
    default:
      return After::kPunctuation;
  }
}

// The role that the neighbours suggest for an undirected mark such as " or '.
QuoteRole RoleFromContext(Before b, After a) {
  switch (b) {
    case Before::kSpace:
      return (a == After::kWord || a == After::kQuote) ? QuoteRole::kOpening
                                                       : QuoteRole::kAmbiguous;
    case Before::kWord:
      return a == After::kWord ? QuoteRole::kAmbiguous : QuoteRole::kClosing;
    case Before::kTerminal:
      return a == After::kWord ? QuoteRole::kAmbiguous : QuoteRole::kClosing;
    case Before::kSeparator:
      if (a == After::kWord) return QuoteRole::kOpening;
      return a == After::kQuote ? QuoteRole::kAmbiguous : QuoteRole::kClosing;
    case Before::kQuote:
      return a == After::kWord ? QuoteRole::kOpening : QuoteRole::kClosing;
  }
  return QuoteRole::kAmbiguous;
}

QuoteRole QuoteRoleFor(int32_t mark, int32_t before, int32_t after) {
  switch (mark) {
    case 0x201C:
    case 0x00AB:
    case 0x201E:
    case 0x201A:
    case 0x2039:
    case 0x300C:
    case 0x300E:
    case 0x201F:
    case '`':
      return QuoteRole::kOpening;
    case 0x201D:
    case 0x00BB:
    case 0x203A:
    case 0x300D:
    case 0x300F:
      return QuoteRole::kClosing;
    default:
      break;
  }
  const QuoteRole context = RoleFromContext(ClassifyBefore(before), ClassifyAfter(after));
  const bool single = mark == '\'' || mark == 0x2019 || mark == 0xFF07;
  // "the players’ union": a plural possessive looks just like a closing single quote.
  if (single && context == QuoteRole::kClosing && (before == 's' || before == 'S') &&
      ClassifyAfter(after) == After::kSpace) {
    return QuoteRole::kAmbiguous;
  }
  if (mark == 0x2018) return context == QuoteRole::kClosing ? context : QuoteRole::kOpening;
  if (mark == 0x2019) return context == QuoteRole::kOpening ? context : QuoteRole::kClosing;
  return context;
}

class Scanner {
 public:
  Scanner(std::string_view input, TextAnalysis* out)
      : s_(reinterpret_cast<const uint8_t*>(input.data())), n_(input.size()), out_(out) {}

  void Run() {
    while (i_ < n_) {
      const size_t start = i_;
      const int32_t cp = DecodeUtf8(s_, n_, &i_);
      if (cp < 0) {
        out_->invalid_utf8.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i_)});
        Emit(start, TokenKind::kSymbol, kInvalidUtf8);
        continue;
      }
      switch (ClassifyCodePoint(cp)) {
        case CharClass::kLetter:
          ScanWord(start, cp);
          break;
        case CharClass::kDigit:
          ScanNumber(start, 0);
          break;
        case CharClass::kIdeograph:
          Emit(start, TokenKind::kWord, kIdeographic);
          break;
        case CharClass::kSpace:
          // ' ' and '\t', the only ASCII of the class, without decoding; then any other.
          while (i_ < n_ && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
          if (i_ < n_ && s_[i_] >= 0x80) {
            SkipWhile([](CharClass c, int32_t) { return c == CharClass::kSpace; });
          }
          Emit(start, TokenKind::kSpace, 0);
          break;
        case CharClass::kNewline:
          if (cp == '\r' && i_ < n_ && s_[i_] == '\n') ++i_;
          Emit(start, TokenKind::kNewline, 0);
          break;
        case CharClass::kQuote:
          ScanQuote(start, cp);
          break;
        case CharClass::kHyphen:
        case CharClass::kPunctuation:
          ScanPunctuation(start, cp);
          break;
        case CharClass::kSymbol:
        case CharClass::kJoiner:
        case CharClass::kOther:
          ScanSymbol(start, cp);
          break;
      }
    }
  }

 private:
  // Decodes the code point at `at` without moving; -1 at the end or on invalid bytes.
  int32_t PeekAt(size_t at, size_t* next) const {
    if (at >= n_) {
      *next = at;
      return -1;
    }
    size_t p = at;
    const int32_t cp = DecodeUtf8(s_, n_, &p);
    *next = p;
    return cp;
  }

  // The hot loops keep the position in a local: bytes may alias any member, so a member
  // index would be stored and reloaded around every byte read.
  template <typename Pred>
  void SkipWhile(Pred pred) {
    size_t i = i_;
    while (i < n_) {
      size_t next = i;
      const int32_t cp = DecodeUtf8(s_, n_, &next);
      if (cp < 0 || !pred(ClassifyCodePoint(cp), cp)) break;
      i = next;
    }
    i_ = i;
  }

  // Skips ASCII letters and digits from i_; returns the kWordBytes bits of those skipped.
  uint8_t SkipAsciiWordBytes() {
    uint8_t seen = 0;
    size_t i = i_;
    for (uint8_t bits; i < n_ && (bits = kWordBytes[s_[i]]) != 0; ++i) seen |= bits;
    i_ = i;
    return seen;
  }

  void Emit(size_t start, TokenKind kind, uint16_t flags, QuoteRole role = QuoteRole::kNone) {
    Token t;
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(i_);
    t.kind = kind;
    t.quote_role = role;
    t.flags = flags;
    out_->tokens.push_back(t);
  }

  void ScanWord(size_t start, int32_t first) {
    uint16_t flags = 0;
    bool upper = internal::IsUpperCodePoint(first);
    bool lower = internal::IsLowerCodePoint(first);
    const bool capitalised = upper;
    while (i_ < n_) {
      // ASCII letters and digits, the bulk of news text, by table and without decoding.
      const uint8_t seen = SkipAsciiWordBytes();
      upper |= (seen & kWordUpper) != 0;
      lower |= (seen & kWordLower) != 0;
      if ((seen & kWordDigit) != 0) flags |= kHasDigit;
      if (i_ >= n_) break;
      // Any other ASCII byte but these ends the word: only they may join or end it ("al-",
      // "don't", "Mr.").
      const uint8_t b = s_[i_];
      if (b < 0x80 && b != '-' && b != '\'' && b != '.') break;
      size_t next;
      const int32_t cp = PeekAt(i_, &next);
      if (cp < 0) break;
      const CharClass c = ClassifyCodePoint(cp);
      if (IsWordClass(c)) {
        if (c == CharClass::kDigit) flags |= kHasDigit;
        if (c == CharClass::kLetter) {
          upper |= internal::IsUpperCodePoint(cp);
          lower |= internal::IsLowerCodePoint(cp);
        }
        i_ = next;
        continue;
      }
      size_t after;
      const int32_t follower = PeekAt(next, &after);
      const CharClass fc = follower < 0 ? CharClass::kOther : ClassifyCodePoint(follower);
      if (c == CharClass::kHyphen && (fc == CharClass::kLetter || fc == CharClass::kDigit)) {
        flags |= kHasHyphen;
        i_ = next;
        continue;
      }
      if (IsApostrophe(cp) && cp != 0x2018 && fc == CharClass::kLetter && !IsPossessiveAt(next)) {
        flags |= kHasApostrophe;
        i_ = next;
        continue;
      }
      if (cp == '.') ScanAbbreviationPeriod(start, upper, &flags);
      break;
    }
    if (capitalised) flags |= kCapitalised;
    if (upper && !lower) flags |= kAllCaps;
    Emit(start, TokenKind::kWord, flags);
  }

  // "’s" / "'s" at `at` followed by a non-letter: a possessive or "is", split off.
  bool IsPossessiveAt(size_t at) const {
    if (at >= n_ || (s_[at] != 's' && s_[at] != 'S')) return false;
    size_t next;
    const int32_t cp = PeekAt(at + 1, &next);
    return cp < 0 || !IsWordClass(ClassifyCodePoint(cp));
  }

  // The letters (code points of class kLetter) from `start` to i_: counted here, at a period
  // after a short word, not as every word is read.
  size_t LetterCount(size_t start) const {
    size_t letters = 0;
    for (size_t i = start; i < i_;) {
      letters += ClassifyCodePoint(DecodeUtf8(s_, i_, &i)) == CharClass::kLetter ? 1 : 0;
    }
    return letters;
  }

  // At a '.' right after a word: takes it into the word when the word is an abbreviation:
  // a known one ("Mr.", "Corp."), letters with periods ("U.S.", "a.m."), or an initial ("P.").
  void ScanAbbreviationPeriod(size_t start, bool upper, uint16_t* flags) {
    const std::string_view word(reinterpret_cast<const char*>(s_) + start, i_ - start);
    if (word.size() <= 4 && LetterCount(start) == 1) {
      // Single letters with periods: U.S., U.S.A., a.m., e.g.
      size_t p = i_ + 1;
      size_t pairs = 0;
      while (p + 1 < n_ && internal::IsAsciiLetter(s_[p]) && s_[p + 1] == '.') {
        p += 2;
        ++pairs;
      }
      if (pairs > 0 || upper) {
        i_ = pairs > 0 ? p : i_ + 1;
        *flags |= kAbbreviation;
      }
      return;
    }
    switch (internal::LookUpAbbreviation(word)) {
      case internal::AbbreviationKind::kTitle:
      case internal::AbbreviationKind::kOther:
        ++i_;
        *flags |= kAbbreviation;
        return;
      case internal::AbbreviationKind::kNumeral: {
        size_t p = i_ + 1;
        while (p < n_ && s_[p] == ' ') ++p;
        if (p < n_ && s_[p] >= '0' && s_[p] <= '9') {
          ++i_;
          *flags |= kAbbreviation;
        }
        return;
      }
      case internal::AbbreviationKind::kNone:
        return;
    }
  }

  // Digits with inner , . : between digits ("155,221", "5.93", "10:30") and letters glued on
  // ("20th", "1990s", "2.9bn").
  void ScanNumber(size_t start, uint16_t flags) {
    flags |= kHasDigit;
    while (i_ < n_) {
      // ASCII digits and letters by table (a local index, as in SkipAsciiWordBytes).
      size_t i = i_;
      while (i < n_ && kWordBytes[s_[i]] != 0) ++i;
      i_ = i;
      if (i_ >= n_) break;
      size_t next;
      const int32_t cp = PeekAt(i_, &next);
      if (cp < 0) break;
      const CharClass c = ClassifyCodePoint(cp);
      if (c == CharClass::kDigit || c == CharClass::kLetter || c == CharClass::kJoiner) {
        i_ = next;
        continue;
      }
      if ((cp == ',' || cp == '.' || cp == ':') && next < n_ && s_[next] >= '0' &&
          s_[next] <= '9') {
        i_ = next;
        continue;
      }
      break;
    }
    Emit(start, TokenKind::kNumber, flags);
  }

  void ScanQuote(size_t start, int32_t cp) {
    const bool after_word = !out_->tokens.empty() && out_->tokens.back().end == start &&
                            (out_->tokens.back().kind == TokenKind::kWord ||
                             out_->tokens.back().kind == TokenKind::kNumber);
    if (IsApostrophe(cp)) {
      // "Moscow’s": the possessive is a word of its own.
      if (after_word && IsPossessiveAt(i_)) {
        ++i_;
        Emit(start, TokenKind::kWord, kHasApostrophe);
        return;
      }
      // "the ’90s", "in '98".
      if (!after_word && i_ + 1 < n_ && IsDigit(s_[i_]) && IsDigit(s_[i_ + 1]) &&
          (i_ + 2 >= n_ || !IsDigit(s_[i_ + 2]))) {
        ScanNumber(start, kHasApostrophe);
        return;
      }
    }
    if (cp == '`' || cp == '\'') {
      // ``TeX-style'' pairs are one mark each.
      if (i_ < n_ && s_[i_] == static_cast<uint8_t>(cp)) ++i_;
    }
    const int32_t before = start == 0 ? -1 : DecodeUtf8Before(s_, start);
    size_t next;
    const int32_t after = PeekAt(i_, &next);
    const int32_t mark = (cp == '\'' && i_ - start == 2) ? '"' : cp;
    Emit(start, TokenKind::kQuote, 0, QuoteRoleFor(mark, before, after));
  }

  static bool IsDigit(uint8_t b) { return b >= '0' && b <= '9'; }

  // One token per mark, except that runs of . - ! ? * = _ ~ and dashes are one token ("...").
  void ScanPunctuation(size_t start, int32_t cp) {
    const bool runs = cp == '.' || cp == '-' || cp == '!' || cp == '?' || cp == '*' || cp == '=' ||
                      cp == '_' || cp == 0x2013 || cp == 0x2014;
    if (runs) {
      SkipWhile([cp](CharClass, int32_t c) { return c == cp; });
      // "?!" and "!?" end a sentence as one mark.
      if ((cp == '?' || cp == '!') && i_ < n_ && (s_[i_] == '?' || s_[i_] == '!')) {
        SkipWhile([](CharClass, int32_t c) { return c == '?' || c == '!'; });
      }
    }
    Emit(start, TokenKind::kPunctuation, 0);
  }

  // A symbol with what extends it: emoji modifiers, variation selectors, ZWJ sequences, tags,
  // and pairs of regional indicators (flags).
  void ScanSymbol(size_t start, int32_t cp) {
    const bool regional = cp >= 0x1F1E6 && cp <= 0x1F1FF;
    bool after_zwj = cp == 0x200D;
    while (i_ < n_) {
      size_t next;
      const int32_t c = PeekAt(i_, &next);
      if (c < 0) break;
      const CharClass k = ClassifyCodePoint(c);
      if (k == CharClass::kJoiner) {
        after_zwj = c == 0x200D;
        i_ = next;
        continue;
      }
      if (after_zwj && k == CharClass::kSymbol) {
        after_zwj = false;
        i_ = next;
        continue;
      }
      if (regional && c >= 0x1F1E6 && c <= 0x1F1FF && i_ - start == 4) {
        i_ = next;
        continue;
      }
      break;
    }
    // A vulgar fraction or a superscript is a number ("the result is ¾").
    Emit(start, TokenKind::kSymbol, u_charType(cp) == U_OTHER_NUMBER ? kHasDigit : 0);
  }

  const uint8_t* s_;
  size_t n_;
  size_t i_ = 0;
  TextAnalysis* out_;
};

}  // namespace

namespace internal {

void ScanTokens(std::string_view input, TextAnalysis* out) {
  out->Clear();
  Scanner(input, out).Run();
}

}  // namespace internal

void Tokenize(std::string_view input, TextAnalysis* out) {
  internal::ScanTokens(input, out);
  internal::FindSentencesAndParagraphs(input, out);
}

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunctuation:
      return "punctuation";
    case TokenKind::kQuote:
      return "quote";
    case TokenKind::kSymbol:
      return "symbol";
    case TokenKind::kSpace:
      return "space";
    case TokenKind::kNewline:
      return "newline";
  }
  return "?";
}

const char* QuoteRoleName(QuoteRole role) {
  switch (role) {
    case QuoteRole::kNone:
      return "none";
    case QuoteRole::kOpening:
      return "opening";
    case QuoteRole::kClosing:
      return "closing";
    case QuoteRole::kAmbiguous:
      return "ambiguous";
  }
  return "?";
}

}  // namespace claimscope
