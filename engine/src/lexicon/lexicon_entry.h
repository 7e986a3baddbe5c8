// One entry of a lexicon file (lexicon_file.h). Its fields are views of its file's text: an
// embedded file's is the program's own, a file read from disk keeps its text
// (LexiconFile::text). No entry allocates: an engine holds some 60,000 of them.
#ifndef CLAIMSCOPE_SRC_LEXICON_LEXICON_ENTRY_H_
#define CLAIMSCOPE_SRC_LEXICON_LEXICON_ENTRY_H_

#include <algorithm>
#include <span>
#include <string_view>

namespace claimscope::internal {

struct LexiconEntry {
  std::string_view canonical;
  std::string_view id;
  std::span<const std::string_view> forms;  // the surface form first, then the aliases
  std::string_view attributes;              // "key=value;key=value"
  int line = 0;                             // where it stands in its file

  // The value of attribute `key`, or empty.
  std::string_view Attribute(std::string_view key) const;

  // The same fields, the forms compared form by form (wherever the views point).
  friend bool operator==(const LexiconEntry& a, const LexiconEntry& b) {
    return a.canonical == b.canonical && a.id == b.id && a.attributes == b.attributes &&
           a.line == b.line && std::ranges::equal(a.forms, b.forms);
  }
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_LEXICON_LEXICON_ENTRY_H_
