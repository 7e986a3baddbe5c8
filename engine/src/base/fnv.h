// FNV-1a, 64 bits: a digest of bytes for keys and fingerprints (the resources an engine
// loaded, a document's anchor in the HTML view), not for security.
#ifndef CLAIMSCOPE_SRC_BASE_FNV_H_
#define CLAIMSCOPE_SRC_BASE_FNV_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace claimscope::internal {

class Fnv1a64 {
 public:
  void Add(std::string_view bytes) {
    for (const char c : bytes) {
      h_ ^= static_cast<uint8_t>(c);
      h_ *= 1099511628211ull;
    }
  }
  uint64_t value() const { return h_; }
  // The value as 16 lower-case hex digits.
  std::string Hex() const {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 0; i < 16; ++i) out[static_cast<size_t>(i)] = kHex[(h_ >> (60 - 4 * i)) & 0xF];
    return out;
  }

 private:
  uint64_t h_ = 14695981039346656037ull;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_BASE_FNV_H_
