#include "lexicon/token_word_lists.h"

#include "text/token_key.h"

namespace claimscope::internal {

uint64_t TokenWordLists::LookUpWhole(uint32_t k) const {
  return lists_[k].whole = words_->ListsOf((*tokens_)[k].Text(text_));
}

uint64_t TokenWordLists::LookUpBare(uint32_t k) const {
  const std::string_view text = (*tokens_)[k].Text(text_);
  const std::string_view bare = WithoutKeyPeriod(text);
  return lists_[k].bare = bare.size() == text.size() ? Whole(k) : words_->ListsOf(bare);
}

}  // namespace claimscope::internal
