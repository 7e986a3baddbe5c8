// Every word a later stage looks a whole token up in, in one table: the lexicon automaton's
// token keys (lexicon_matcher.h), the grammars' seed words (grammar/grammar_set.h) and the
// word lists' words (word_lists.h), each with what it is in all three. TokenWordLists looks a
// document's tokens up in it once each, where the grammars, the lexicon automaton and the
// rules each hashed a token and probed a table of their own.
//
//   TokenVocabulary vocabulary;
//   vocabulary.Build(lexicons, grammars.seeds(), words);  // once, when the engine is built
//   const TokenVocabulary::Word* w = vocabulary.Find("Said");
//   if (w != nullptr && w->list_key != TokenVocabulary::kNone) {
//     lists = words.ListsOfKey(w->list_key, "Said");  // as words.ListsOf("Said")
//   }
//
// Words are kept as the three tables keep them (lower case) and found by the token's text
// with A-Z lowered, as those tables find theirs; so Find answers what they answer, but for
// the lexicon key of a token that is not ASCII, or that ends in a period the key drops
// ("Corp."): its key is not its lowered text (text/token_key.h), and `lexicon_key` says
// nothing of it. The built-in resources' vocabulary is made at build time
// (tools/make_images.cc) and used in place (Save, Load); an engine with a user's lexicons or
// grammars builds its own at start-up. Thread-safe once built.
#ifndef CLAIMSCOPE_SRC_LEXICON_TOKEN_VOCABULARY_H_
#define CLAIMSCOPE_SRC_LEXICON_TOKEN_VOCABULARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/flat_hash.h"
#include "base/image_io.h"
#include "lexicon/lexicon_matcher.h"
#include "lexicon/word_lists.h"

namespace claimscope::internal {

class TokenVocabulary {
 public:
  static constexpr uint32_t kNone = FlatIndex::kNone;

  // (24 bytes and no padding: an image of them is the same bytes from build to build.)
  struct Word {
    // The key's first eight bytes (LoadWord) and its size: a token of up to eight bytes, most
    // of them, is compared with its word here, with no read of the key's bytes elsewhere.
    uint64_t head = 0;
    uint32_t size = 0;
    uint32_t lexicon_key = LexiconMatcher::kNoId;  // the automaton's id of the key, or kNoId
    uint32_t list_key = kNone;  // the word lists' id of the key (WordLists::ListsOfKey), or kNone
    uint32_t seed = 0;          // 1: a grammar seed
  };

  // Builds the table from the three; `seeds` are lower case. Cost: a hash and an insert a
  // word (some 70,000 with the built-in lexicons).
  void Build(const LexiconMatcher& lexicons, const std::vector<std::string>& seeds,
             const WordLists& words);

  // The table, with the digest of the resources it was built from (Resources::digest), into
  // an image (base/image_io.h); and back, as a view of the image, which must outlive it.
  // Load is false, and leaves the table as it was, when the image is damaged or of other
  // resources.
  void Save(std::string_view digest, std::string* image) const;
  bool Load(std::string_view image, std::string_view digest);

  // The word that is `text` with A-Z lowered, or null; and, when `ascii` is given, whether
  // `text` is ASCII.
  [[gnu::always_inline]] const Word* Find(std::string_view text, bool* ascii = nullptr) const {
    const uint32_t id = FindAsciiLoweredWith(
        index_, text,
        [this](uint32_t i, uint64_t lower, size_t n) {
          return words_[i].head == lower && words_[i].size == n;  // the word's own head
        },
        [this](uint32_t i) { return KeyOf(i); }, ascii);
    return id == FlatIndex::kNone ? nullptr : &words_[id];
  }

  size_t size() const { return words_.size(); }
  size_t MemoryBytes() const {
    return index_.MemoryBytes() + bytes_.HeapBytes() + starts_.HeapBytes() + words_.HeapBytes();
  }

 private:
  Word& Add(std::string_view key);
  std::string_view KeyOf(uint32_t id) const {
    return std::string_view(bytes_.data() + starts_[id], starts_[id + 1] - starts_[id]);
  }

  FlatIndex index_;
  ImageVector<char> bytes_;
  ImageVector<uint32_t> starts_ = {0};  // word i is bytes_[starts_[i], starts_[i + 1])
  ImageVector<Word> words_;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_LEXICON_TOKEN_VOCABULARY_H_
