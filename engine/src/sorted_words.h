// Word lists kept as sorted constexpr arrays: checked sorted at compile time, searched by
// binary search.
#ifndef CLAIMSCOPE_SRC_SORTED_WORDS_H_
#define CLAIMSCOPE_SRC_SORTED_WORDS_H_

#include <algorithm>
#include <array>
#include <string_view>

namespace claimscope::internal {

template <size_t N>
constexpr bool IsSorted(const std::array<std::string_view, N>& words) {
  for (size_t i = 1; i < N; ++i) {
    if (!(words[i - 1] < words[i])) return false;
  }
  return true;
}

template <size_t N>
bool Contains(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_SORTED_WORDS_H_
