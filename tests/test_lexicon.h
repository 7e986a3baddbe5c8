// Lexicon files for unit tests, parsed from TSV text made of their entries, as the engine
// parses the files it reads.
#ifndef CLAIMSCOPE_TESTS_TEST_LEXICON_H_
#define CLAIMSCOPE_TESTS_TEST_LEXICON_H_

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "lexicon/lexicon_file.h"

namespace claimscope::internal {

// A file "<cls>.tsv" of class `cls` with one entry a (canonical, forms) pair, each with id
// canonical and `attributes`. The class is on line 2, the case on line 3, the entries
// start on line 6.
inline LexiconFile TestLexicon(
    const std::string& cls, CaseMode mode,
    const std::vector<std::pair<std::string, std::vector<std::string>>>& entries,
    const std::string& attributes = "") {
  const char* const cases[] = {"exact", "fold", "smart"};
  std::string text = "#claimscope-lexicon 1\n#class: " + cls +
                     "\n#case: " + cases[static_cast<int>(mode)] +
                     "\n#source: test\nsurface\tcanonical\tid\taliases\tattributes\n";
  for (const auto& [canonical, forms] : entries) {
    std::string aliases;
    for (size_t k = 1; k < forms.size(); ++k) aliases += (k > 1 ? "|" : "") + forms[k];
    text += forms.at(0) + "\t" + canonical + "\t" + canonical + "\t" + aliases + "\t" + attributes +
            "\n";
  }
  LexiconFile file;
  const Status s = ParseLexiconText(cls + ".tsv", std::move(text), &file);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return file;
}

// Files in a vector (which an initializer list cannot fill: files are moved, not copied).
template <typename... Files>
std::vector<LexiconFile> TestLexicons(Files&&... files) {
  std::vector<LexiconFile> out;
  (out.push_back(std::forward<Files>(files)), ...);
  return out;
}

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_TESTS_TEST_LEXICON_H_
