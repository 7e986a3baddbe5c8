// ASCII case helpers for matching English function words (Unicode text passes unchanged).
#ifndef CLAIMSCOPE_SRC_ASCII_H_
#define CLAIMSCOPE_SRC_ASCII_H_

#include <string>
#include <string_view>

namespace claimscope::internal {

// `s` with A-Z lowered; other bytes (UTF-8 included) as they are.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return out;
}

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_ASCII_H_
