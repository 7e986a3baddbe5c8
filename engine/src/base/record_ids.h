// The ids of mentions in a record: "e1", "n2", "q3".
#ifndef CLAIMSCOPE_SRC_BASE_RECORD_IDS_H_
#define CLAIMSCOPE_SRC_BASE_RECORD_IDS_H_

#include <charconv>
#include <string>
#include <string_view>

namespace claimscope::internal {

// `prefix` followed by `n` in decimal. (Built with to_chars: GCC 12 warns falsely on
// "literal" + std::to_string.)
inline std::string MakeId(char prefix, int n) {
  char buf[16] = {prefix};
  const auto end = std::to_chars(buf + 1, buf + sizeof buf, n).ptr;
  return std::string(buf, end);
}

// The index (0-based) of the mention with the id, as MakeId numbers them from 1: "e12" is
// 11; -1 when `id` has another prefix or is no id.
// (Digit by digit: std::from_chars costs several times as much on ids this short.)
inline int IndexOfId(char prefix, std::string_view id) {
  constexpr size_t kMaxDigits = 9;  // below INT_MAX
  if (id.size() < 2 || id.size() > kMaxDigits + 1 || id[0] != prefix) return -1;
  int n = 0;
  for (size_t i = 1; i < id.size(); ++i) {
    if (id[i] < '0' || id[i] > '9') return -1;
    n = n * 10 + (id[i] - '0');
  }
  return n >= 1 ? n - 1 : -1;
}

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_BASE_RECORD_IDS_H_
