// Every lexicon compiled into one token-level automaton (a trie over normalised token keys),
// matched in one pass over a document's tokens. Never a regex alternation.
#ifndef CLAIMSCOPE_SRC_LEXICON_LEXICON_MATCHER_H_
#define CLAIMSCOPE_SRC_LEXICON_LEXICON_MATCHER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/flat_hash.h"
#include "base/image_io.h"
#include "claimscope/status.h"
#include "claimscope/tokenizer.h"
#include "lexicon/lexicon_file.h"

namespace claimscope::internal {

// What lexicon matching (and entity recognition) walks over: the non-space tokens of a
// text, except that a hyphenated word that is not a lexicon word as a whole is split into its
// parts when one of them names a place or organisation ("Boston-based", "US-Mexico",
// "ex-US Army").
struct MatchUnit {
  uint32_t start = 0;  // bytes
  uint32_t end = 0;
  uint32_t token = 0;  // the token it is (part of)
  uint16_t flags = 0;  // TokenFlag shape flags of the unit itself, plus the flags below
  bool part = false;   // a part of a hyphenated token
};

// MatchUnit flags beyond the token's own.
// Its text is its token key as written (TokenKey with no folding): ASCII, and no key period
// (known from the vocabulary's lookup, which found the lowered text to be the key; a unit
// without it may still be).
inline constexpr uint16_t kUnitPlainKey = 1 << 12;
inline constexpr uint16_t kUnitWord = 1 << 13;           // of a word token, not an ideographic one
inline constexpr uint16_t kUnitNewlineBefore = 1 << 14;  // a line break before it
inline constexpr uint16_t kUnitFirstInSentence = 1 << 15;

// One match: units [first, end) name lexicon entry `entry`.
struct LexiconHit {
  uint32_t first = 0;
  uint32_t end = 0;
  uint32_t entry = 0;
};

// Scratch space for matching, reused between documents.
struct LexiconScratch {
  std::vector<MatchUnit> units;
  std::vector<uint32_t> unit_ids;        // vocabulary id of each unit, or kNoId
  std::vector<uint32_t> paragraph_ends;  // unit index where each paragraph ends
  std::string key;
};

class LexiconMatcher {
 public:
  static constexpr uint32_t kNoId = 0xFFFFFFFF;
  static constexpr uint32_t kUnknownKey = 0xFFFFFFFE;  // (Match's token_keys)

  LexiconMatcher();
  ~LexiconMatcher();
  LexiconMatcher(LexiconMatcher&&) noexcept;
  LexiconMatcher& operator=(LexiconMatcher&&) noexcept;

  // Adds every entry of a parsed lexicon file.
  void Add(LexiconFile file) {
    Store(std::move(file));
    Index();
  }
  // Add in two steps: Store takes a file, so that files() holds it at once; Index adds the
  // entries of every file stored since the last call to the automaton. Index writes nothing
  // that files() returns, so the files may be read on other threads while it runs.
  void Store(LexiconFile file) { files_.push_back(std::move(file)); }
  void Index();

  // Builds the units of a text in `scratch` and finds every match of every form, as hits
  // sorted by first unit, longest first. Matches never cross a paragraph; they may span
  // line breaks inside one.
  // `token_keys`, when given, holds a key id (or kNoId) for each token of the analysis, or
  // kUnknownKey where the token is to be looked up here (TokenWordLists::lexicon_keys).
  void Match(std::string_view text, const TextAnalysis& analysis, LexiconScratch* scratch,
             std::vector<LexiconHit>* hits, std::span<const uint32_t> token_keys = {}) const;

  size_t entry_count() const { return entries_.size(); }
  const LexiconEntry& entry(uint32_t e) const {
    return files_[entries_[e].file].entry(entries_[e].index);
  }
  const LexiconFile& file_of(uint32_t e) const { return files_[entries_[e].file]; }
  // The class of the list an entry comes from: "place.city", "org.media", ...
  const std::string& class_of(uint32_t e) const { return file_of(e).list_class; }
  const std::vector<LexiconFile>& files() const { return files_; }
  size_t node_count() const { return nodes_.size(); }
  // The token keys the automaton's edges are on (TokenKey with case folded), by id.
  size_t key_count() const { return key_starts_.size() - 1; }
  std::string_view key(uint32_t id) const { return KeyOf(id); }
  size_t form_count() const { return forms_.size(); }
  // Bytes of memory held by the automaton and its entries (an estimate).
  size_t MemoryBytes() const;

 private:
  friend class LexiconImage;  // saves and loads the whole state (lexicon_image.h)

  struct EntryRef {
    uint32_t file;
    uint32_t index;
  };
  // A trie node: the edge into it (from `parent`, on vocabulary id `word`) and the first of
  // the forms that end at it. Node ids are dense, so nodes need no map: root_children_ and
  // children_ below find a child by (parent, word), the latter checking these fields.
  struct Node {
    uint32_t parent;
    uint32_t word;
    uint32_t first_form;  // or kNoId; the rest follow Form::next
  };
  struct Form {
    uint32_t entry;
    uint32_t next;  // the next form ending at the same node, in the order added; or kNoId
    // For case-sensitive forms, [exact_begin, exact_end) in exact_keys_: the token keys, case
    // kept, joined by ' '. Case-insensitive forms never look at theirs, so keep none.
    uint32_t exact_begin;
    uint32_t exact_end;
    bool case_sensitive;  // must the text match the exact keys?
  };

  uint32_t Intern(std::string_view key);
  uint32_t LookUp(std::string_view key) const;
  // LookUp(TokenKey(token, fold=true)), without building the key of an ASCII token.
  uint32_t LookUpToken(std::string_view token, std::string* buffer) const;
  std::string_view KeyOf(uint32_t id) const {
    return std::string_view(key_bytes_.data() + key_starts_[id],
                            key_starts_[id + 1] - key_starts_[id]);
  }
  // The child of `node` on vocabulary id `word`, or kNoId; AddChild makes it when missing.
  uint32_t Child(uint32_t node, uint32_t word) const;
  uint32_t AddChild(uint32_t node, uint32_t word);
  void IndexFile(uint32_t file_index);
  void BuildUnits(std::string_view text, const TextAnalysis& a,
                  std::span<const uint32_t> token_keys, LexiconScratch* scratch) const;
  // Whether units [first, end), which matched `form` with case folded, match its case too.
  bool CaseMatches(const Form& form, std::string_view text, const std::vector<MatchUnit>& units,
                   uint32_t first, uint32_t end, std::string* buffer) const;

  std::vector<LexiconFile> files_;
  size_t indexed_files_ = 0;  // files_[0, indexed_files_) are in the automaton
  size_t entry_bytes_ = 0;    // held by the indexed files' entries (for MemoryBytes)
  // The arrays below are a view of the program's image (lexicon_image.h) when the built-in
  // lexicons come from it, until a file is indexed after them (which copies them).
  ImageVector<EntryRef> entries_;
  ImageVector<Form> forms_;
  ImageVector<char> exact_keys_;
  // The vocabulary: the folded token keys of every form, numbered in order of appearance,
  // their bytes end to end in key_bytes_ (key id spans [key_starts_[id], key_starts_[id+1])),
  // found by key_index_. One arena instead of a std::string per key.
  ImageVector<char> key_bytes_;
  ImageVector<uint32_t> key_starts_ = {0};
  FlatIndex key_index_;
  ImageVector<Node> nodes_ = {Node{kNoId, kNoId, kNoId}};  // the root is node 0
  // The children of the root by vocabulary id (or kNoId), in an array: every known token of
  // a document starts a walk there. Deeper children are found through children_.
  ImageVector<uint32_t> root_children_;
  FlatIndex children_;                       // (parent, word) -> node, below the root
  ImageVector<uint8_t> names_place_or_org_;  // by vocabulary id: a one-word place or org form
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_LEXICON_LEXICON_MATCHER_H_
