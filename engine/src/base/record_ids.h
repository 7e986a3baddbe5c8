// The ids of mentions in a record: "e1", "n2", "q3".
#ifndef CLAIMSCOPE_SRC_BASE_RECORD_IDS_H_
#define CLAIMSCOPE_SRC_BASE_RECORD_IDS_H_

#include <charconv>
#include <string>

namespace claimscope::internal {

// `prefix` followed by `n` in decimal. (Built with to_chars: GCC 12 warns falsely on
// "literal" + std::to_string.)
inline std::string MakeId(char prefix, int n) {
  char buf[16] = {prefix};
  const auto end = std::to_chars(buf + 1, buf + sizeof buf, n).ptr;
  return std::string(buf, end);
}

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_BASE_RECORD_IDS_H_
