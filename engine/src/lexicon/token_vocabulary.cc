#include "lexicon/token_vocabulary.h"

#include <algorithm>

#include "base/ascii.h"

namespace claimscope::internal {

void TokenVocabulary::Build(const LexiconMatcher& lexicons, const std::vector<std::string>& seeds,
                            const WordLists& words) {
  index_ = FlatIndex();
  bytes_.clear();
  starts_.assign(1, 0);
  words_.clear();
  cased_.clear();
  cased_bytes_.clear();
  // Room for every word at once (the lexicons' keys are most): growing would rehash.
  const size_t most = lexicons.key_count() + seeds.size() + words.key_count();
  index_.Reserve(2 * most);
  words_.reserve(most);
  starts_.reserve(most + 1);
  // An ASCII token is looked up in the automaton by its lowered text: only ASCII keys can be
  // that (the others are for tokens Find does not answer for).
  for (uint32_t id = 0; id < lexicons.key_count(); ++id) {
    const std::string_view key = lexicons.key(id);
    if (IsAscii(key)) Add(key).lexicon_key = id;
  }
  for (const std::string& seed : seeds) Add(seed).seed = true;
  words.ForEachKey([this](std::string_view key, uint64_t lists) { Add(key).lists = lists; },
                   [this](std::string_view key, std::string_view form, uint64_t lists) {
                     Word& w = Add(key);
                     if (form == key) {
                       w.as_lower |= lists;
                       return;
                     }
                     // (Appended last, so that the chain keeps the order of the list's.)
                     uint32_t* link = &w.cased;
                     while (*link != kNone) link = &cased_[*link].next;
                     *link = static_cast<uint32_t>(cased_.size());
                     cased_.push_back({static_cast<uint32_t>(cased_bytes_.size()),
                                       static_cast<uint32_t>(form.size()), lists, kNone});
                     cased_bytes_.append(form);
                   });
}

uint64_t TokenVocabulary::ListsAsWritten(const Word& w, std::string_view text) const {
  uint64_t lists = w.lists;
  if (w.as_lower != 0 &&
      std::none_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    lists |= w.as_lower;  // text is its key
  }
  for (uint32_t c = w.cased; c != kNone; c = cased_[c].next) {
    if (std::string_view(cased_bytes_.data() + cased_[c].begin, cased_[c].size) == text) {
      lists |= cased_[c].lists;
    }
  }
  return lists;
}

TokenVocabulary::Word& TokenVocabulary::Add(std::string_view key) {
  const auto [id, added] = index_.FindOrAdd(HashBytes(key), static_cast<uint32_t>(words_.size()),
                                            [&](uint32_t other) { return KeyOf(other) == key; });
  if (added) {
    bytes_.append(key);
    starts_.push_back(static_cast<uint32_t>(bytes_.size()));
    words_.emplace_back();
  }
  return words_[id];
}

}  // namespace claimscope::internal
