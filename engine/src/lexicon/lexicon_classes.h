// Lexicon classes as grammars use them: the forms of a class as a regular expression
// ({@unit.currency} in a rule), and the entry behind a matched form (the ISO code of "$").
#ifndef CLAIMSCOPE_SRC_LEXICON_LEXICON_CLASSES_H_
#define CLAIMSCOPE_SRC_LEXICON_LEXICON_CLASSES_H_

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

#include "lexicon/lexicon_matcher.h"

namespace claimscope::internal {

class LexiconClasses {
 public:
  // `matcher` must outlive this object.
  explicit LexiconClasses(const LexiconMatcher* matcher) : matcher_(matcher) {}

  // Indexes class `cls` and writes the alternation of its forms (quoted, factored as a trie
  // that tries longer forms first; a case-insensitive group for fold lists). False when no lexicon
  // has the class. Not thread-safe: call while building the engine.
  bool Regex(std::string_view cls, std::string* regex);

  // The entry of an indexed class written `text`, or null. Thread-safe.
  const LexiconEntry* Find(std::string_view cls, std::string_view text) const;

 private:
  struct Index {
    std::unordered_map<std::string, const LexiconEntry*> exact;
    std::unordered_map<std::string, const LexiconEntry*> folded;
  };
  const LexiconMatcher* matcher_;
  std::map<std::string, Index, std::less<>> indexes_;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_LEXICON_LEXICON_CLASSES_H_
