// The lexicon file format (docs/lexicons.md): a TSV list with a header naming its class and
// case mode, one entry per line with its surface form, canonical name, id, aliases and
// attributes.
#ifndef CLAIMSCOPE_SRC_LEXICON_LEXICON_FILE_H_
#define CLAIMSCOPE_SRC_LEXICON_LEXICON_FILE_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claimscope/status.h"
#include "lexicon/image_entries.h"
#include "lexicon/lexicon_entry.h"

namespace claimscope::internal {

enum class CaseMode {
  kExact,  // case-sensitive (an all-caps text still matches: "LONDON" for "London")
  kFold,   // case-insensitive
  kSmart,  // case-insensitive, except forms in capitals of up to five letters ("AP", "WHO")
};

// Moved, never copied: its entries' forms point into its own `forms`. Its entries are those
// it was parsed to (`entries`), or, read from an image (lexicon_image.h), those of the image
// (`image_entries`); entry_count() and entry() read either.
struct LexiconFile {
  LexiconFile() = default;
  LexiconFile(LexiconFile&&) noexcept = default;
  LexiconFile& operator=(LexiconFile&&) noexcept = default;
  LexiconFile(const LexiconFile&) = delete;
  LexiconFile& operator=(const LexiconFile&) = delete;

  std::string name;        // the path it was read from (for messages)
  std::string list_class;  // e.g. "place.country"
  CaseMode case_mode = CaseMode::kExact;
  std::string source;
  std::vector<LexiconEntry> entries;
  std::vector<std::string_view> forms;      // every entry's forms, end to end
  std::shared_ptr<const std::string> text;  // the text the views are of, unless the program's
  ImageEntries image_entries;

  size_t entry_count() const { return entries.size() + image_entries.size(); }
  const LexiconEntry& entry(size_t k) const {
    return image_entries.size() != 0 ? image_entries[k] : entries[k];
  }
  size_t form_count() const { return forms.size() + image_entries.form_count(); }
};

// Parses one lexicon file, whose entries are views of `contents`: it must outlive `out`
// (embedded text). `name` is used in error messages ("file:line:col: message").
Status ParseLexiconFile(std::string_view name, std::string_view contents, LexiconFile* out);
// The same for text of no lasting home (a file read from disk, a test's): `out` keeps it.
Status ParseLexiconText(std::string_view name, std::string contents, LexiconFile* out);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_LEXICON_LEXICON_FILE_H_
