#include "lexicon/token_vocabulary.h"

#include <algorithm>

#include "base/ascii.h"
#include "base/swar.h"

namespace claimscope::internal {

namespace {

constexpr std::string_view kMagic = "claimscope-token-vocabulary 3";

std::span<const char> Chars(std::string_view s) { return {s.data(), s.size()}; }

}  // namespace

void TokenVocabulary::Build(const LexiconMatcher& lexicons, const std::vector<std::string>& seeds,
                            const WordLists& words) {
  *this = TokenVocabulary();
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
  for (const std::string& seed : seeds) Add(seed).seed = 1;
  words.ForEachKey([this](std::string_view key, uint32_t id) { Add(key).list_key = id; });
}

void TokenVocabulary::Save(std::string_view digest, std::string* image) const {
  image->clear();
  ImageWriter w(image);
  w.Bytes(kMagic);
  w.Bytes(digest);
  index_.Save(&w);
  w.Array(bytes_.span());
  w.Array(starts_.span());
  w.Array(words_.span());
}

bool TokenVocabulary::Load(std::string_view image, std::string_view digest) {
  ImageReader r(image);
  std::string_view magic;
  std::string_view saved_for;
  TokenVocabulary v;
  if (!r.View(&magic) || magic != kMagic || !r.View(&saved_for) || saved_for != digest ||
      !v.index_.Load(&r) || !ViewInto(&r, &v.bytes_) || !ViewInto(&r, &v.starts_) ||
      !ViewInto(&r, &v.words_) || !r.done() || v.starts_.size() != v.words_.size() + 1 ||
      v.starts_.empty() || v.starts_[v.starts_.size() - 1] != v.bytes_.size()) {
    return false;
  }
  *this = std::move(v);
  return true;
}

TokenVocabulary::Word& TokenVocabulary::Add(std::string_view key) {
  const auto [id, added] = index_.FindOrAdd(HashBytes(key), static_cast<uint32_t>(words_.size()),
                                            [&](uint32_t other) { return KeyOf(other) == key; });
  if (added) {
    bytes_.append(Chars(key));
    starts_.push_back(static_cast<uint32_t>(bytes_.size()));
    Word w;
    w.size = static_cast<uint32_t>(key.size());
    w.head = key.empty() ? 0 : LoadWord(key.data(), std::min<size_t>(key.size(), 8));
    words_.push_back(w);
  }
  return words_.Mutable(id);
}

}  // namespace claimscope::internal
