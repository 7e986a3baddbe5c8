#include "json_string.h"

#include <array>
#include <cstdint>

#include "claimscope/utf8.h"

namespace claimscope::cli {
namespace {

// The character a one-letter escape stands for (\" \\ \/ \b \f \n \r \t), or -1: for \u,
// which takes four hex digits, and for a bad escape.
int SimpleEscape(char e) {
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

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads the four hex digits at text[at] into *unit. Returns the offset after them, or, when
// they are not all there, the offset of the first that is not a hex digit (text.size() when
// the text ends first): a value below at + 4.
size_t ReadHex4(std::string_view text, size_t at, uint32_t* unit) {
  uint32_t v = 0;
  for (size_t k = at; k < at + 4; ++k) {
    const int d = k < text.size() ? HexDigit(text[k]) : -1;
    if (d < 0) return k;
    v = v * 16 + static_cast<uint32_t>(d);
  }
  *unit = v;
  return at + 4;
}

bool IsHighSurrogate(uint32_t unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool IsLowSurrogate(uint32_t unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

// The bytes that end a run copied as they are: the quote, the backslash, control
// characters, and (but for kKeepInvalid) the bytes from 0x80, which are checked as UTF-8.
constexpr std::array<bool, 256> StopBytes(JsonUtf8 utf8) {
  std::array<bool, 256> stop{};
  for (int b = 0; b < 256; ++b) {
    stop[b] = b == '"' || b == '\\' || b < 0x20 || (b >= 0x80 && utf8 == JsonUtf8::kStrict);
  }
  return stop;
}
constexpr std::array<bool, 256> kStopStrict = StopBytes(JsonUtf8::kStrict);
constexpr std::array<bool, 256> kStopKeepInvalid = StopBytes(JsonUtf8::kKeepInvalid);

}  // namespace

std::string JsonSyntaxError::Message() const {
  std::string message(what);
  message += " at column ";
  message += std::to_string(offset + 1);
  return message;
}

bool DecodeJsonString(std::string_view text, size_t* pos, JsonUtf8 utf8, std::string* out,
                      JsonSyntaxError* error) {
  const std::array<bool, 256>& stop = utf8 == JsonUtf8::kStrict ? kStopStrict : kStopKeepInvalid;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  const size_t open = *pos;
  const auto fail = [error](std::string_view what, size_t at) {
    *error = {what, at};
    return false;
  };
  out->clear();
  size_t p = open + 1;
  while (true) {
    const size_t run = p;
    while (p < n && !stop[bytes[p]]) ++p;
    out->append(text.data() + run, p - run);
    if (p >= n) return fail("unterminated string", open);
    const uint8_t b = bytes[p];
    if (b == '"') {
      *pos = p + 1;
      return true;
    }
    if (b < 0x20) return fail("control character in string", p);
    if (b >= 0x80) {  // kStrict
      const size_t at = p;
      if (DecodeUtf8(bytes, n, &p) < 0) return fail("invalid UTF-8 in string", at);
      out->append(text.data() + at, p - at);
      continue;
    }
    // A backslash.
    const size_t escape = p++;
    if (p >= n) return fail("unterminated string", open);
    const char e = text[p++];
    if (const int c = SimpleEscape(e); c >= 0) {
      out->push_back(static_cast<char>(c));
      continue;
    }
    if (e != 'u') return fail("bad escape", escape);
    uint32_t unit = 0;
    const size_t after = ReadHex4(text, p, &unit);
    if (after < p + 4) {
      return after == n ? fail("unterminated string", open) : fail("bad \\u escape", after);
    }
    p = after;
    uint32_t low = 0;
    if (IsHighSurrogate(unit) && text.substr(p, 2) == "\\u" &&
        ReadHex4(text, p + 2, &low) == p + 6 && IsLowSurrogate(low)) {
      AppendUtf8(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), out);
      p += 6;
    } else {
      // A lone surrogate; the escape after it, if any, is read on its own.
      AppendUtf8(IsHighSurrogate(unit) || IsLowSurrogate(unit) ? 0xFFFD : unit, out);
    }
  }
}

}  // namespace claimscope::cli
