// Eight bytes at a time ("SIMD within a register"): loads of short words as one 64-bit value
// and A-Z lowered in all eight bytes at once, for the hashes and compares that run for most
// tokens of every document. Little-endian: byte k of a value is bits 8k to 8k+7.
#ifndef CLAIMSCOPE_SRC_BASE_SWAR_H_
#define CLAIMSCOPE_SRC_BASE_SWAR_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace claimscope::internal {

inline constexpr uint64_t kEachByte = 0x0101010101010101ULL;  // 1 in every byte

// The eight bytes at p.
inline uint64_t Load8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// The n (1 to 7) bytes at p, the rest zero, in at most three loads: a memcpy of a variable
// size is a library call, and a loop a byte at a time cost most of a short word's hash.
inline uint64_t LoadTail(const char* p, size_t n) {
  if (n >= 4) {
    uint32_t first;
    uint32_t last;
    std::memcpy(&first, p, 4);
    std::memcpy(&last, p + n - 4, 4);
    return uint64_t{first} | uint64_t{last} << (8 * (n - 4));  // overlapping bytes agree
  }
  const auto byte = [p](size_t k) { return uint64_t{static_cast<uint8_t>(p[k])}; };
  return byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1));
}

// The n (1 to 8) bytes at p, the rest zero.
inline uint64_t LoadWord(const char* p, size_t n) { return n == 8 ? Load8(p) : LoadTail(p, n); }

// No byte of `v` is outside ASCII.
inline bool IsAsciiBytes(uint64_t v) { return (v & (0x80 * kEachByte)) == 0; }

// `v` with its bytes A-Z lowered; other bytes, UTF-8 ones included, as they are.
inline uint64_t AsciiLowerBytes(uint64_t v) {
  const uint64_t low7 = v & (0x7F * kEachByte);
  const uint64_t at_least_a = low7 + (0x80 - 'A') * kEachByte;  // bit 7 set where >= 'A'
  const uint64_t above_z = low7 + (0x7F - 'Z') * kEachByte;     // bit 7 set where > 'Z'
  const uint64_t upper = (at_least_a ^ above_z) & ~v & (0x80 * kEachByte);
  return v | (upper >> 2);  // 0x80 >> 2 is the case bit 0x20
}

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_BASE_SWAR_H_
