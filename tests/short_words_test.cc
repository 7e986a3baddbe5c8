// ShortWords against a std::map of the lowered words: every word of 0 to 19 bytes of letters,
// digits, marks and UTF-8 bytes is found (or not) as the map says, the words of 8 and 16
// bytes (one and two loads, full) and those that differ only in their last byte included.
#include "base/short_words.h"

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "base/ascii.h"
#include "byte_words.h"

namespace claimscope::internal {
namespace {

// testing::ByteWords, and each but for its last byte: keys that agree in their first load.
std::vector<std::string> Words() {
  std::vector<std::string> words = testing::ByteWords();
  const size_t n = words.size();
  for (size_t i = 0; i < n; ++i) {
    if (!words[i].empty()) words.push_back(words[i].substr(0, words[i].size() - 1) + "q");
  }
  return words;
}

TEST_CASE("ShortWords finds a word in any case, as a lowered map would") {
  const std::vector<std::string> words = Words();
  ShortWords table;
  std::map<std::string, uint32_t> expected;
  uint32_t value = 0;
  for (size_t i = 0; i < words.size(); i += 3) {
    const std::string key = AsciiLower(words[i]);
    const bool fits = !key.empty() && key.size() <= ShortWords::kMaxLength;
    const bool fresh = fits && !expected.contains(key);
    CHECK(table.Add(key, ++value) == fresh);
    if (fresh) expected[key] = value;
  }
  CHECK_FALSE(table.empty());
  for (const std::string& w : words) {
    const auto it = expected.find(AsciiLower(w));
    CHECK(table.Find(w) == (it == expected.end() ? 0 : it->second));
  }
}

}  // namespace
}  // namespace claimscope::internal
