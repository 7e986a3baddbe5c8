#include "output/json_builder.h"

#include <array>
#include <bit>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstring>

#include "claimscope/json_writer.h"
#include "claimscope/utf8.h"

namespace claimscope {
namespace internal {

JsonBuilder& JsonBuilder::Key(std::string_view key) {
  BeforeValue();
  // As AppendJsonString would write it, without scanning for escapes; one append for the
  // whole key when it is a field name of ours (they are short).
  char buf[64];
  if (key.size() + 4 <= sizeof buf) {
    buf[0] = '"';
    std::memcpy(buf + 1, key.data(), key.size());
    size_t n = key.size() + 1;
    buf[n++] = '"';
    buf[n++] = ':';
    if (pretty_) buf[n++] = ' ';
    out_->append(buf, n);
  } else {
    out_->push_back('"');
    out_->append(key);
    out_->append(pretty_ ? "\": " : "\":");
  }
  after_key_ = true;
  return *this;
}

void JsonBuilder::NewLine() {
  out_->push_back('\n');
  out_->append(2 * static_cast<size_t>(depth_), ' ');
}

void JsonBuilder::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ == 0) return;
  const uint64_t bit = uint64_t{1} << (depth_ - 1);
  if (has_member_ & bit) out_->push_back(',');
  has_member_ |= bit;
  if (pretty_) NewLine();
}

JsonBuilder& JsonBuilder::Open(char c) {
  BeforeValue();
  out_->push_back(c);
  assert(depth_ < kMaxDepth);
  ++depth_;
  has_member_ &= ~(uint64_t{1} << (depth_ - 1));
  return *this;
}

JsonBuilder& JsonBuilder::Close(char c) {
  const uint64_t bit = uint64_t{1} << (depth_ - 1);
  const bool had_members = (has_member_ & bit) != 0;
  has_member_ &= ~bit;
  --depth_;
  if (pretty_ && had_members) NewLine();
  out_->push_back(c);
  return *this;
}

JsonBuilder& JsonBuilder::String(std::string_view s) {
  BeforeValue();
  AppendJsonString(s, out_);
  return *this;
}

JsonBuilder& JsonBuilder::Int(int64_t v) {
  BeforeValue();
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_->append(buf, r.ptr);
  return *this;
}

JsonBuilder& JsonBuilder::Double(double v) {
  if (!std::isfinite(v)) return Null();
  if (std::fabs(v) < 9.007199254740992e15 && v == std::trunc(v)) {
    return Int(static_cast<int64_t>(v));
  }
  BeforeValue();
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_->append(buf, r.ptr);
  return *this;
}

JsonBuilder& JsonBuilder::Bool(bool v) {
  BeforeValue();
  out_->append(v ? "true" : "false");
  return *this;
}

JsonBuilder& JsonBuilder::Null() {
  BeforeValue();
  out_->append("null");
  return *this;
}

}  // namespace internal

namespace {

// Bytes copied as they are: printable ASCII but the quote and the backslash. One table
// load a byte, as most strings are plain words.
constexpr std::array<bool, 256> kPlainBytes = [] {
  std::array<bool, 256> plain{};
  for (int b = 0x20; b < 0x80; ++b) plain[b] = b != '"' && b != '\\';
  return plain;
}();

// Eight bytes, the first in the lowest bits.
uint64_t LoadLittleEndian(const uint8_t* p) {
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
  return w;
}

// The bytes of `w` (eight, in memory order) that are not plain, as the high bit of each; the
// lowest set bit is exact (the bit tricks may flag bytes after a flagged one as well).
uint64_t NotPlainBytes(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101;
  constexpr uint64_t kHighs = 0x8080808080808080;
  auto zero_bytes = [](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const uint64_t control = (w - 0x20 * kOnes) & ~w & kHighs;  // below 0x20
  return (w & kHighs) | control | zero_bytes(w ^ ('"' * kOnes)) | zero_bytes(w ^ ('\\' * kOnes));
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  out->push_back('"');
  size_t plain = 0;  // start of the run of bytes copied as they are
  size_t i = 0;
  while (i < n) {
    // Eight bytes at a time up to the first that is not plain: text is mostly plain runs.
    if (i + 8 <= n) {
      const uint64_t flagged = NotPlainBytes(LoadLittleEndian(p + i));
      if (flagged == 0) {
        i += 8;
        continue;
      }
      i += static_cast<size_t>(std::countr_zero(flagged)) / 8;
    }
    const uint8_t b = p[i];
    if (kPlainBytes[b]) {
      ++i;
      continue;
    }
    const size_t at = i;
    const char* escape = nullptr;
    char unicode[7] = {};
    if (b >= 0x80) {
      const int32_t cp = DecodeUtf8(p, n, &i);
      if (cp >= 0 && cp != 0x2028 && cp != 0x2029) continue;  // valid UTF-8 is copied
      // Invalid bytes become U+FFFD; U+2028/9 are escaped for JavaScript consumers.
      escape = cp < 0 ? "\\ufffd" : (cp == 0x2028 ? "\\u2028" : "\\u2029");
    } else {
      ++i;
      switch (b) {
        case '"':
          escape = "\\\"";
          break;
        case '\\':
          escape = "\\\\";
          break;
        case '\n':
          escape = "\\n";
          break;
        case '\r':
          escape = "\\r";
          break;
        case '\t':
          escape = "\\t";
          break;
        case '\b':
          escape = "\\b";
          break;
        case '\f':
          escape = "\\f";
          break;
        default:
          unicode[0] = '\\';
          unicode[1] = 'u';
          unicode[2] = '0';
          unicode[3] = '0';
          unicode[4] = kHex[b >> 4];
          unicode[5] = kHex[b & 0xF];
          escape = unicode;
      }
    }
    out->append(s.data() + plain, at - plain);
    out->append(escape);
    plain = i;
  }
  out->append(s.data() + plain, n - plain);
  out->push_back('"');
}

}  // namespace claimscope
