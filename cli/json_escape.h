// JSON string escapes, decoded alike by the JSONL document reader (json_reader.cc) and the
// JSON value parser (json_value.cc). Each parser keeps its own position and error reports;
// what an escape means is decided here once.
#ifndef CLAIMSCOPE_CLI_JSON_ESCAPE_H_
#define CLAIMSCOPE_CLI_JSON_ESCAPE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "claimscope/utf8.h"

namespace claimscope::cli {

// The character a one-letter escape stands for (\" \\ \/ \b \f \n \r \t), or -1: for \u,
// which takes four hex digits (DecodeHex4, AppendJsonUnicode), and for a bad escape.
inline int JsonSimpleEscape(char e) {
  switch (e) {
    case '"':
    case '\\':
    case '/':
      return e;
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    default:
      return -1;
  }
}

// The value of a hex digit, or -1.
inline int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes the four hex digits that `hex` starts with (the caller has checked that there are
// four) into *unit. Returns the index of the first digit that is not hex, or -1.
inline int DecodeHex4(std::string_view hex, uint32_t* unit) {
  uint32_t v = 0;
  for (int k = 0; k < 4; ++k) {
    const int d = HexDigit(hex[k]);
    if (d < 0) return k;
    v = v * 16 + static_cast<uint32_t>(d);
  }
  *unit = v;
  return -1;
}

// Whether the unit of a \u escape opens a surrogate pair, which a \u escape right after it
// may close.
inline bool IsHighSurrogate(uint32_t unit) { return unit >= 0xD800 && unit <= 0xDBFF; }

// Appends the UTF-8 of one \u escape's unit `first`, joined with `second`, the unit of the \u
// escape that followed a high surrogate, when that closes the pair. A lone surrogate becomes
// U+FFFD. Returns false when `second` was given and not used: the caller then reads that
// escape again on its own.
inline bool AppendJsonUnicode(uint32_t first, std::optional<uint32_t> second, std::string* out) {
  uint32_t cp = first;
  const bool joined = second.has_value() && *second >= 0xDC00 && *second <= 0xDFFF;
  if (joined) cp = 0x10000 + ((first - 0xD800) << 10) + (*second - 0xDC00);
  if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
  AppendUtf8(cp, out);
  return joined || !second.has_value();
}

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_JSON_ESCAPE_H_
