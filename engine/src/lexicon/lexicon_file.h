// The lexicon file format (docs/lexicons.md): a TSV list with a header naming its class and
// case mode, one entry per line with its surface form, canonical name, id, aliases and
// attributes.
#ifndef CLAIMSCOPE_SRC_LEXICON_LEXICON_FILE_H_
#define CLAIMSCOPE_SRC_LEXICON_LEXICON_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimscope/status.h"

namespace claimscope::internal {

enum class CaseMode {
  kExact,  // case-sensitive (an all-caps text still matches: "LONDON" for "London")
  kFold,   // case-insensitive
  kSmart,  // case-insensitive, except forms in capitals of up to five letters ("AP", "WHO")
};

struct LexiconEntry {
  std::string canonical;
  std::string id;
  std::vector<std::string> forms;  // the surface form first, then the aliases
  std::string attributes;          // "key=value;key=value"
  int line = 0;                    // where it stands in its file

  // The value of attribute `key`, or empty.
  std::string_view Attribute(std::string_view key) const;
};

struct LexiconFile {
  std::string name;        // the path it was read from (for messages)
  std::string list_class;  // e.g. "place.country"
  CaseMode case_mode = CaseMode::kExact;
  std::string source;
  std::vector<LexiconEntry> entries;
};

// Parses one lexicon file. `name` is used in error messages ("file:line:col: message").
Status ParseLexiconFile(std::string_view name, std::string_view contents, LexiconFile* out);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_LEXICON_LEXICON_FILE_H_
