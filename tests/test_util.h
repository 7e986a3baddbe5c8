// Helpers shared by the unit tests.
#ifndef CLAIMSCOPE_TESTS_TEST_UTIL_H_
#define CLAIMSCOPE_TESTS_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimscope/tokenizer.h"

namespace claimscope::testing {

// The texts of the tokens that are not white space.
inline std::vector<std::string> Words(std::string_view text) {
  TextAnalysis a;
  Tokenize(text, &a);
  std::vector<std::string> out;
  for (const Token& t : a.tokens) {
    if (!t.IsSpace()) out.emplace_back(t.Text(text));
  }
  return out;
}

// The texts of the sentences (or paragraphs) of a text.
inline std::vector<std::string> Texts(std::string_view text, const std::vector<Segment>& segs) {
  std::vector<std::string> out;
  for (const Segment& s : segs) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}

inline std::vector<std::string> Sentences(std::string_view text) {
  TextAnalysis a;
  Tokenize(text, &a);
  return Texts(text, a.sentences);
}

inline std::vector<std::string> Paragraphs(std::string_view text) {
  TextAnalysis a;
  Tokenize(text, &a);
  return Texts(text, a.paragraphs);
}

}  // namespace claimscope::testing

#endif  // CLAIMSCOPE_TESTS_TEST_UTIL_H_
