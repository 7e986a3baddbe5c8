// The word lists (lexicon/word_lists.h) each token of a document is on, looked up once a token,
// so that the rules read a bit where they would hash the token's text again: "a determiner?",
// "an auxiliary?" are asked of the words near a cue by dozens of rules, "a month?", "an
// organisation's suffix?" of every capitalised word by several name rules.
//
//   TokenWordLists lists;                       // one per thread: only its capacity stays
//   lists.Index(text, analysis.tokens, words);  // once a document
//   if (lists.Is(WordList::kDeterminer, k)) ...      // words.Has(kDeterminer, token k's text)
//   if (lists.BareIs(WordList::kOrgSuffix, k)) ...  // "Corp." as "Corp"
//
// Given the engine's TokenVocabulary, Index looks up every token but white space at once,
// in one table that also says whether the token is a grammar seed and what its lexicon key
// is (seeds(), lexicon_keys(): for GrammarSet::MatchSpans and LexiconMatcher::Match, which
// would each look it up again). Without one, a token is looked up when it is first asked
// about, and one WordLists::ListsOf answers every list. Only a token's whole text is looked
// up: a phrase ("close to") or a part of a token ("Boston" of "Boston-based") is still a
// question for words().Has. Not thread-safe, not even its const methods: one per thread.
#ifndef CLAIMSCOPE_SRC_LEXICON_TOKEN_WORD_LISTS_H_
#define CLAIMSCOPE_SRC_LEXICON_TOKEN_WORD_LISTS_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "claimscope/tokenizer.h"
#include "lexicon/token_vocabulary.h"
#include "lexicon/word_lists.h"

namespace claimscope::internal {

class TokenWordLists {
 public:
  // Forgets the last document's tokens and takes `tokens` (of `text`), to be looked up in
  // `words` (and, when given, `vocabulary`, built from the same word lists). All must outlive
  // the use of this object for the document. Cost: a store a token, and with a vocabulary a
  // lookup a token that is not white space; allocates only to grow.
  void Index(std::string_view text, const std::vector<Token>& tokens, const WordLists& words,
             const TokenVocabulary* vocabulary = nullptr);

  const WordLists& words() const { return *words_; }
  // With a vocabulary, for each token but white space (whose values mean nothing): whether
  // it is a grammar seed (as GrammarSet::IsSeed of its text), and its lexicon key as
  // LexiconMatcher::Match wants it (kNoId, or kUnknownKey for a token it must look up
  // itself). Empty without one.
  std::span<const uint8_t> seeds() const { return seeds_; }
  std::span<const uint32_t> lexicon_keys() const { return lexicon_keys_; }
  // Is the text of token k on the list: words().Has(list, its text)?
  bool Is(WordList list, uint32_t k) const { return (Whole(k) & WordListBit(list)) != 0; }
  // The same of its text without a final abbreviation period (WithoutKeyPeriod).
  bool BareIs(WordList list, uint32_t k) const { return (Bare(k) & WordListBit(list)) != 0; }

 private:
  // No list has this bit (kWordListCount < 64): not looked up yet.
  static constexpr uint64_t kUnknown = uint64_t{1} << 63;
  static_assert(kWordListCount < 64);
  struct Lists {
    uint64_t whole = kUnknown;
    uint64_t bare = kUnknown;  // most often the same
  };

  // Inline, the rest (the first question of a token) not: the rules ask of a token again and
  // again.
  uint64_t Whole(uint32_t k) const {
    const uint64_t l = lists_[k].whole;
    return l != kUnknown ? l : LookUpWhole(k);
  }
  uint64_t Bare(uint32_t k) const {
    const uint64_t l = lists_[k].bare;
    return l != kUnknown ? l : LookUpBare(k);
  }
  uint64_t LookUpWhole(uint32_t k) const;
  uint64_t LookUpBare(uint32_t k) const;

  std::string_view text_;
  const std::vector<Token>* tokens_ = nullptr;
  const WordLists* words_ = nullptr;
  mutable std::vector<Lists> lists_;    // by token
  std::vector<uint8_t> seeds_;          // by token, with a vocabulary
  std::vector<uint32_t> lexicon_keys_;  // by token, with a vocabulary
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_LEXICON_TOKEN_WORD_LISTS_H_
