// Eight bytes at a time: the loads, the lowering and the ASCII helpers built on them agree
// with a byte-at-a-time loop for every length and every kind of byte.
#include "base/swar.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "base/ascii.h"
#include "byte_words.h"

namespace claimscope::internal {
namespace {

std::vector<std::string> Words() { return testing::ByteWords(); }

TEST_CASE("a tail load holds the bytes and zeros after them") {
  const std::string s = "abcdefg";
  for (size_t n = 1; n < 8; ++n) {
    uint64_t expected = 0;
    for (size_t k = 0; k < n; ++k) expected |= uint64_t{static_cast<uint8_t>(s[k])} << (8 * k);
    CHECK(LoadTail(s.data(), n) == expected);
  }
}

TEST_CASE("bytes are lowered as AsciiLowerChar lowers them, one at a time") {
  for (int c = 0; c < 256; ++c) {
    const auto lowered = static_cast<uint8_t>(AsciiLowerChar(static_cast<char>(c)));
    CHECK(AsciiLowerBytes(uint64_t(c) * kEachByte) == uint64_t{lowered} * kEachByte);
  }
}

TEST_CASE("IsAscii and EqualsAsciiLower agree with a byte loop") {
  for (const std::string& word : Words()) {
    bool ascii = true;
    for (const char c : word) ascii = ascii && static_cast<uint8_t>(c) < 0x80;
    CHECK(IsAscii(word) == ascii);
    const std::string lower = AsciiLower(word);
    CHECK(EqualsAsciiLower(word, lower));
    for (size_t k = 0; k < lower.size(); ++k) {
      std::string other = lower;
      other[k] = static_cast<char>(other[k] ^ 0x20);  // one byte's case bit flipped
      CHECK_FALSE(EqualsAsciiLower(word, other));
    }
  }
  CHECK_FALSE(EqualsAsciiLower("Reuters", "reuter"));
}

}  // namespace
}  // namespace claimscope::internal
