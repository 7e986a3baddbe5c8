// The Unicode tokenizer: tokens with UTF-8 byte spans, sentences and paragraphs.
//
//   claimscope::TextAnalysis analysis;          // reuse it: clearing keeps its capacity
//   claimscope::Tokenize("Mr. Ortiz said: “We won.”", &analysis);
//   for (const claimscope::Token& t : analysis.tokens) {
//     std::string_view text = t.Text(input);   // "Mr.", " ", "Ortiz", " ", "said", ":", ...
//     if (t.kind == claimscope::TokenKind::kQuote) { /* t.quote_role is kOpening/... */ }
//   }
//   // analysis.sentences[0] covers the whole line; paragraphs likewise.
//
// Offsets are byte offsets into the input, half-open [start, end). Invalid UTF-8 never shifts
// them: each maximal invalid subsequence is analysed as U+FFFD (a symbol token flagged
// kInvalidUtf8) and listed in `invalid_utf8`. Thread-safe: Tokenize has no shared state.
// Cost: linear in the input, no heap allocation beyond growing the output vectors.
#ifndef CLAIMSCOPE_TOKENIZER_H_
#define CLAIMSCOPE_TOKENIZER_H_

#include <cassert>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimscope {

enum class TokenKind : uint8_t {
  kWord,         // letters, with inner hyphens/apostrophes ("al-Qaida", "don't"), "U.S.", "Mr."
  kNumber,       // digits with inner , . : ("155,221", "5.93", "10:30"), suffixes ("20th", "1990s")
  kPunctuation,  // . , ; : ! ? ( ) dashes ...; runs of one character ("...", "--") are one token
  kQuote,        // a quotation mark; see QuoteRole
  kSymbol,       // $ € % + emoji (with modifiers and joiners), U+FFFD for invalid bytes
  kSpace,        // a run of horizontal white space
  kNewline,      // one line break: \n, \r\n, \r, U+0085, U+2028, U+2029
};

// What a quotation mark does, judged from the mark and its neighbours.
enum class QuoteRole : uint8_t {
  kNone,       // not a quote token
  kOpening,    // “ ‘ « „ ‚ ‹ 「 『, or " ' after space / start / an opening bracket
  kClosing,    // ” ’ » › 」 』, or " ' before space / end / punctuation
  kAmbiguous,  // cannot tell from the neighbours (e.g. between two words, or after "s")
};

// Shape flags; a token may have several.
enum TokenFlag : uint16_t {
  kCapitalised = 1 << 0,     // first letter is upper or title case
  kAllCaps = 1 << 1,         // has letters, none of them lower case ("NATO", "U.S.")
  kHasDigit = 1 << 2,        // a decimal digit, or a number symbol of its own ("½", "²")
  kHasHyphen = 1 << 3,       // an inner hyphen ("ISIS-K")
  kHasApostrophe = 1 << 4,   // an inner or leading apostrophe ("they’re", "’s", "’90s")
  kAbbreviation = 1 << 5,    // ends in a period that belongs to it ("Mr.", "Corp.", "U.S.", "P.")
  kInvalidUtf8 = 1 << 6,     // stands for invalid input bytes
  kIdeographic = 1 << 7,     // Han, Hiragana or Katakana: one token per character
  kParagraphStart = 1 << 8,  // first non-space token of a paragraph
  kSentenceStart = 1 << 9,   // first non-space token of a sentence
};

struct Token {
  uint32_t start = 0;  // byte offset of the first byte
  uint32_t end = 0;    // byte offset one past the last byte
  TokenKind kind = TokenKind::kWord;
  QuoteRole quote_role = QuoteRole::kNone;
  uint16_t flags = 0;

  bool Has(TokenFlag f) const { return (flags & f) != 0; }
  bool IsSpace() const { return kind == TokenKind::kSpace || kind == TokenKind::kNewline; }
  // The token's bytes in `input`, which must be the text given to Tokenize (or begin with
  // it). Unchecked in release builds: every stage of the engine calls this per token.
  std::string_view Text(std::string_view input) const {
    assert(start <= end && end <= input.size());
    return std::string_view(input.data() + start, end - start);
  }
};

// A run of tokens [first_token, end_token) and its byte span [start, end), which excludes
// leading and trailing white space.
struct Segment {
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  uint32_t start = 0;
  uint32_t end = 0;
};

// An invalid UTF-8 subsequence: [start, end) in the input.
struct InvalidSpan {
  uint32_t start = 0;
  uint32_t end = 0;
};

struct TextAnalysis {
  std::vector<Token> tokens;        // cover the input without gaps, in order
  std::vector<Segment> sentences;   // in order; never cross a paragraph boundary
  std::vector<Segment> paragraphs;  // split at blank lines and at indented lines
  std::vector<InvalidSpan> invalid_utf8;

  void Clear() {
    tokens.clear();
    sentences.clear();
    paragraphs.clear();
    invalid_utf8.clear();
  }
};

// Tokenizes `input` (UTF-8, possibly invalid) into `out`, which is cleared first.
// Precondition: input.size() < 4 GiB (offsets are 32-bit).
void Tokenize(std::string_view input, TextAnalysis* out);

// The name of a kind or role, as used in JSON and --explain output: "word", "opening", ...
const char* TokenKindName(TokenKind kind);
const char* QuoteRoleName(QuoteRole role);

}  // namespace claimscope

#endif  // CLAIMSCOPE_TOKENIZER_H_
