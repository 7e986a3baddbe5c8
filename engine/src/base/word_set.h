// Fixed word lists (the tokenizer's abbreviations) looked up by a flat hash table that the
// compiler builds from the list; the engine's other word lists are data (lexicon/word_lists.h),
// hashed at run time by base/flat_hash.h, and share LengthBit below.
//
//   constexpr std::array<std::string_view, 3> kStops = {"a", "an", "the"};
//   static_assert(IsSorted(kStops));
//   if (Contains<kStops>(word)) ...            // exact
//   if (ContainsAsciiLower<kStops>(word)) ...  // "The", "THE" as "the"
//
// Why not a binary search over the sorted list: these lookups run for most tokens of every
// document, and log2(N) string compares (each a memcmp call) cost several times a hash of a
// short word and one compare; most words are rejected by their length alone.
#ifndef CLAIMSCOPE_SRC_BASE_WORD_SET_H_
#define CLAIMSCOPE_SRC_BASE_WORD_SET_H_

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "base/ascii.h"

namespace claimscope::internal {

// FNV-1a over the bytes of `w`, A-Z lowered first with `lower`: the slot of a word in a
// WordSet (a constant expression, as HashBytes's loads are not).
constexpr size_t WordHash(std::string_view w, bool lower) {
  uint32_t h = 2166136261u;
  for (char c : w) {
    h ^= static_cast<uint8_t>(lower ? AsciiLowerChar(c) : c);
    h *= 16777619u;
  }
  return h;
}

// A bit for each word length below 64 that a table holds: most words are rejected by their
// length alone, before any hashing.
constexpr uint64_t LengthBit(size_t size) { return size < 64 ? uint64_t{1} << size : 0; }

// Lists are kept sorted so that a reader finds a word at a glance, and a duplicate or a
// miscounted array (an empty string at its end) fails to compile.
template <size_t N>
constexpr bool IsSorted(const std::array<std::string_view, N>& words) {
  for (size_t i = 1; i < N; ++i) {
    if (!(words[i - 1] < words[i])) return false;
  }
  return true;
}

// An open-addressing set of at most N words, at most half full.
template <size_t N>
class WordSet {
 public:
  constexpr explicit WordSet(const std::array<std::string_view, N>& words) {
    for (std::string_view w : words) {
      lengths_ |= LengthBit(w.size());
      size_t slot = WordHash(w, false) & kMask;
      while (!slots_[slot].empty()) slot = (slot + 1) & kMask;
      slots_[slot] = w;
    }
  }

  bool Contains(std::string_view word) const { return Find(word, false); }

  // Is `word` with A-Z lowered in the set? Only lower-case words of the set can match.
  bool ContainsAsciiLower(std::string_view word) const { return Find(word, true); }

 private:
  static constexpr size_t kSlots = std::bit_ceil(2 * N);
  static constexpr size_t kMask = kSlots - 1;

  bool Find(std::string_view word, bool lower) const {
    // Words longer than any in the set (or of no length in it) need no hashing.
    if ((lengths_ & LengthBit(word.size())) == 0) return false;
    for (size_t slot = WordHash(word, lower) & kMask; !slots_[slot].empty();
         slot = (slot + 1) & kMask) {
      const std::string_view s = slots_[slot];
      if (s.size() == word.size() && (lower ? EqualsAsciiLower(word, s) : s == word)) return true;
    }
    return false;
  }

  std::array<std::string_view, kSlots> slots_{};
  uint64_t lengths_ = 0;  // bit n: some word has n bytes
};

// The set of a constexpr word list, built at compile time.
template <const auto& kWords>
inline constexpr WordSet<std::tuple_size_v<std::remove_cvref_t<decltype(kWords)>>> kWordSetOf{
    kWords};

template <const auto& kWords>
bool Contains(std::string_view word) {
  return kWordSetOf<kWords>.Contains(word);
}

template <const auto& kWords>
bool ContainsAsciiLower(std::string_view word) {
  return kWordSetOf<kWords>.ContainsAsciiLower(word);
}

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_BASE_WORD_SET_H_
