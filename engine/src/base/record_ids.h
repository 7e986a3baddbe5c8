// The ids of mentions in a record: "e1", "n2", "q3".
#ifndef CLAIMSCOPE_SRC_BASE_RECORD_IDS_H_
#define CLAIMSCOPE_SRC_BASE_RECORD_IDS_H_

#include <charconv>
#include <string>
#include <string_view>
#include <system_error>

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
inline int IndexOfId(char prefix, std::string_view id) {
  int n = 0;
  if (id.size() < 2 || id[0] != prefix) return -1;
  const auto [end, error] = std::from_chars(id.data() + 1, id.data() + id.size(), n);
  return error == std::errc() && end == id.data() + id.size() && n >= 1 ? n - 1 : -1;
}

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_BASE_RECORD_IDS_H_
