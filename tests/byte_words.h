// Words to test byte-wise string code on: 0 to 19 bytes of A-Z and their neighbours ('@',
// '[', '`', '{'), digits, and UTF-8 bytes on either side of the case bit (0xC1, 0xDA, 0xE1),
// every byte at every position.
#ifndef CLAIMSCOPE_TESTS_BYTE_WORDS_H_
#define CLAIMSCOPE_TESTS_BYTE_WORDS_H_

#include <string>
#include <vector>

namespace claimscope::testing {

inline std::vector<std::string> ByteWords() {
  const std::string bytes = "AZaz@[`{09 .\xc1\xda\xe1\xff\x80\x7f";
  std::vector<std::string> words;
  for (size_t n = 0; n < 20; ++n) {
    for (size_t b = 0; b < bytes.size(); ++b) {
      std::string word;
      for (size_t k = 0; k < n; ++k) word.push_back(bytes[(b + 3 * k) % bytes.size()]);
      words.push_back(word);
    }
  }
  return words;
}

}  // namespace claimscope::testing

#endif  // CLAIMSCOPE_TESTS_BYTE_WORDS_H_
