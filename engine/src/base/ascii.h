// ASCII helpers: case for matching English function words, white space for names (Unicode
// text passes unchanged).
#ifndef CLAIMSCOPE_SRC_BASE_ASCII_H_
#define CLAIMSCOPE_SRC_BASE_ASCII_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "base/swar.h"

namespace claimscope::internal {

// A-Z or a-z (any other value, bytes outside ASCII included, is not).
constexpr bool IsAsciiLetter(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// 0-9.
constexpr bool IsAsciiDigit(uint32_t c) { return c >= '0' && c <= '9'; }

// A space, tab or line break (the white space that separates the words of a name).
constexpr bool IsAsciiSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// No byte of `s` is outside ASCII.
inline bool IsAscii(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t any = 0;
  for (; n >= 8; p += 8, n -= 8) any |= Load8(p);
  if (n > 0) any |= LoadTail(p, n);
  return IsAsciiBytes(any);
}

constexpr char AsciiLowerChar(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

// `s` with A-Z lowered; other bytes (UTF-8 included) as they are.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLowerChar(c);
  return out;
}

// AsciiLower(s) == lower, without building the lowered string. `lower` is in lower case.
inline bool EqualsAsciiLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (AsciiLowerChar(s[i]) != lower[i]) return false;
  }
  return true;
}

// AsciiLower(s) starts with `lower` (in lower case).
inline bool StartsWithAsciiLower(std::string_view s, std::string_view lower) {
  return s.size() >= lower.size() && EqualsAsciiLower(s.substr(0, lower.size()), lower);
}

// AsciiLower(s) ends with `lower` (in lower case).
inline bool EndsWithAsciiLower(std::string_view s, std::string_view lower) {
  return s.size() >= lower.size() && EqualsAsciiLower(s.substr(s.size() - lower.size()), lower);
}

// `in` with one space for every run of ASCII white space, none at either end ("Head of
// the EC\nDelegation").
inline std::string CollapseSpaces(std::string_view in) {
  std::string out;
  for (char c : in) {
    if (!IsAsciiSpace(c)) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_BASE_ASCII_H_
