#include "lexicon/token_word_lists.h"

#include "text/token_key.h"

namespace claimscope::internal {

void TokenWordLists::Index(std::string_view text, const std::vector<Token>& tokens,
                           const WordLists& words, const TokenVocabulary* vocabulary) {
  text_ = text;
  tokens_ = &tokens;
  words_ = &words;
  lists_.assign(tokens.size(), Lists());
  seeds_.clear();
  lexicon_keys_.clear();
  if (vocabulary == nullptr) return;
  seeds_.resize(tokens.size());
  lexicon_keys_.resize(tokens.size());
  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.IsSpace()) continue;  // (asked of now and then: when asked)
    const std::string_view word = t.Text(text);
    bool ascii = false;
    const TokenVocabulary::Word* w = vocabulary->Find(word, &ascii);
    lists_[k].whole = w == nullptr || w->list_key == TokenVocabulary::kNone
                          ? 0
                          : words.ListsOfKey(w->list_key, word);
    seeds_[k] = w != nullptr && w->seed;
    // The automaton's key of an ASCII token is its lowered text, less a final period.
    const bool lowered_is_key =
        ascii && !word.empty() && WithoutKeyPeriod(word).size() == word.size();
    lexicon_keys_[k] = !lowered_is_key ? LexiconMatcher::kUnknownKey
                       : w == nullptr  ? LexiconMatcher::kNoId
                                       : w->lexicon_key;
  }
}

uint64_t TokenWordLists::LookUpWhole(uint32_t k) const {
  return lists_[k].whole = words_->ListsOf((*tokens_)[k].Text(text_));
}

uint64_t TokenWordLists::LookUpBare(uint32_t k) const {
  const std::string_view text = (*tokens_)[k].Text(text_);
  const std::string_view bare = WithoutKeyPeriod(text);
  return lists_[k].bare = bare.size() == text.size() ? Whole(k) : words_->ListsOf(bare);
}

}  // namespace claimscope::internal
