// UTF-8 helpers shared by the engine and its tools.
//
//   size_t i = 0;
//   int32_t cp = claimscope::DecodeUtf8(bytes, n, &i);  // -1 for invalid bytes
//   std::string out;
//   claimscope::AppendUtf8(0x201C, &out);               // “
//
// Decoding never fails: invalid input decodes as -1 over its maximal invalid subsequence
// (Unicode's "maximal subpart" practice, as ICU and browsers do), so that offsets never
// shift and every byte is accounted for. Header-only, no state, thread-safe.
#ifndef CLAIMSCOPE_UTF8_H_
#define CLAIMSCOPE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace claimscope {

// Decodes the code point at s[*i] (precondition: *i < n) and advances *i past it.
// Returns the code point, or -1 for an invalid subsequence (then *i advanced by >= 1 byte).
inline int32_t DecodeUtf8(const uint8_t* s, size_t n, size_t* i) {
  size_t p = *i;
  const uint8_t b0 = s[p++];
  if (b0 < 0x80) {
    *i = p;
    return b0;
  }
  int need = 0;
  int32_t cp = 0;
  uint8_t lo = 0x80;
  uint8_t hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;  // no overlong forms
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;  // no overlong forms
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    *i = p;
    return -1;
  }
  for (int k = 0; k < need; ++k) {
    if (p >= n || s[p] < lo || s[p] > hi) {
      *i = p;
      return -1;
    }
    cp = (cp << 6) | (s[p++] & 0x3F);
    lo = 0x80;
    hi = 0xBF;
  }
  *i = p;
  return cp;
}

// Decodes the code point that ends just before s[end] (precondition: end > 0), or -1 if the
// bytes there are not a valid sequence.
inline int32_t DecodeUtf8Before(const uint8_t* s, size_t end) {
  size_t start = end - 1;
  while (start > 0 && end - start < 4 && (s[start] & 0xC0) == 0x80) --start;
  size_t p = start;
  const int32_t cp = DecodeUtf8(s, end, &p);
  return p == end ? cp : -1;
}

// Appends the UTF-8 form of code point `cp` (precondition: a scalar value, not a surrogate).
inline void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace claimscope

#endif  // CLAIMSCOPE_UTF8_H_
