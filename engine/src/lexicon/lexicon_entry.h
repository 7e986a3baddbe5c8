// One entry of a lexicon file (lexicon_file.h). Its fields are views of its file's text: an
// embedded file's is the program's own, a file read from disk keeps its text
// (LexiconFile::text). No entry allocates: an engine holds some 60,000 of them.
#ifndef CLAIMSCOPE_SRC_LEXICON_LEXICON_ENTRY_H_
#define CLAIMSCOPE_SRC_LEXICON_LEXICON_ENTRY_H_

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>

namespace claimscope::internal {

struct LexiconEntry {
  std::string_view canonical;
  std::string_view id;
  std::span<const std::string_view> forms;  // the surface form first, then the aliases
  std::string_view attributes;              // "key=value;key=value"
  int line = 0;                             // where it stands in its file
  // KeyBit of each key in `attributes` (SetAttributes), so that a key the entry lacks, what
  // extraction asks for most, is answered without reading the string; 0: not worked out.
  uint64_t key_bits = 0;

  // The value of attribute `key`, or empty.
  std::string_view Attribute(std::string_view key) const {
    if (key_bits != 0 && (key_bits & KeyBit(key)) == 0) return {};
    return FindAttribute(key);
  }
  // Sets `attributes` and their key bits.
  void SetAttributes(std::string_view all) {
    attributes = all;
    key_bits = KeyBitsOf(all);
  }
  static uint64_t KeyBitsOf(std::string_view attributes);

  // One of 64 bits for an attribute key, from its first two bytes and its length (a literal
  // key's is folded at compile time).
  static constexpr uint64_t KeyBit(std::string_view key) {
    if (key.empty()) return 0;
    const unsigned a = static_cast<unsigned char>(key[0]);
    const unsigned b = key.size() > 1 ? static_cast<unsigned char>(key[1]) : 0;
    return uint64_t{1} << ((a * 7 + b * 3 + key.size()) & 63);
  }

  // The same fields, the forms compared form by form (wherever the views point).
  // (key_bits follow from the attributes.)
  friend bool operator==(const LexiconEntry& a, const LexiconEntry& b) {
    return a.canonical == b.canonical && a.id == b.id && a.attributes == b.attributes &&
           a.line == b.line && std::ranges::equal(a.forms, b.forms);
  }

 private:
  std::string_view FindAttribute(std::string_view key) const;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_LEXICON_LEXICON_ENTRY_H_
