// RE2 syntax (https://github.com/google/re2/wiki/Syntax) read into a tree of byte sets:
// which bytes each position of a match may hold, for the start gate (start_gate.h) and the
// capture cache's keys (digit_classes.h). It over-approximates where RE2 is finer: a
// character outside ASCII is one position with kNonAscii (its length is not followed),
// empty-width assertions (\b, ^, \A) match the empty string, and the ASCII members of
// Unicode classes other than L, Lu, Ll, N and Nd (negated or not, or in a negated class) are
// all of ASCII. With (?i), letters fold as RE2 folds them: "k" and "s" also stand for U+212A and
// U+017F. It knows no POSIX classes ([[:alpha:]]), octal or back references, \pN without a
// known name..., and returns -1 for them.
#ifndef CLAIMSCOPE_SRC_GRAMMAR_REGEX_SYNTAX_H_
#define CLAIMSCOPE_SRC_GRAMMAR_REGEX_SYNTAX_H_

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimscope::internal {

// The bytes a position of a match may hold; bit 0x80 stands for every byte outside ASCII.
using ByteSet = std::bitset<256>;
inline constexpr size_t kNonAscii = 0x80;

// The ten ASCII digits.
ByteSet DigitBytes();

// The end of the repetition "{n}", "{n,}" or "{n,m}" that starts at pattern[at], or npos
// where there is none (RE2 reads such a "{" as itself).
size_t RepetitionEnd(std::string_view pattern, size_t at);

// A pattern's syntax tree, as much of it as says which bytes each position of a match may
// hold.
struct Syntax {
  enum Kind { kEmpty, kBytes, kConcat, kAlternation, kRepeat } kind = kEmpty;
  ByteSet bytes;          // kBytes: one character (a byte, or the first byte of one)
  std::vector<int> kids;  // kConcat, kAlternation; kRepeat: one
  size_t min = 0;         // kRepeat
  size_t max = 0;         // kRepeat; kUnbounded for *, + and {n,}
};
inline constexpr size_t kUnbounded = SIZE_MAX;

// Parses `pattern` into `nodes` (appending); returns its root, or -1 where the syntax is
// not known here.
int ParseRegex(std::string_view pattern, std::vector<Syntax>* nodes);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_GRAMMAR_REGEX_SYNTAX_H_
