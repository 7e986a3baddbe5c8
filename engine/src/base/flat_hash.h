// An open-addressing hash index over items that live elsewhere, numbered by the caller, and
// the hash functions to feed it.
//
//   std::vector<std::string> names;            // the items: the index keeps only their ids
//   FlatIndex index;
//   const std::string_view name = "Paris";
//   const uint32_t hash = HashBytes(name);
//   auto same = [&](uint32_t id) { return names[id] == name; };
//   const auto [id, added] = index.FindOrAdd(hash, names.size(), same);
//   if (added) names.emplace_back(name);       // the caller stores the item it numbered
//   index.Find(hash, same);                    // -> id, or FlatIndex::kNone
//
// Why not std::unordered_map: it allocates a node per item and chases a pointer per probe,
// which dominated lexicon loading (malloc) and lookups (cache misses). Here a slot is 8 bytes
// (the item's 32-bit hash and its id) in one array, probed linearly; the stored hash filters
// out nearly every other item before the caller's comparison is called, and lets the index
// grow without calling back. No erasure of one item (none is needed); Clear forgets them all. Not
// thread-safe for writing; concurrent Find calls are safe.
#ifndef CLAIMSCOPE_SRC_BASE_FLAT_HASH_H_
#define CLAIMSCOPE_SRC_BASE_FLAT_HASH_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "base/image_io.h"
#include "base/swar.h"

namespace claimscope::internal {

// A 32-bit hash of a 64-bit value (Fibonacci multiplicative hashing: the high bits of the
// product depend on every bit of the input).
inline uint32_t HashU64(uint64_t x) {
  x ^= x >> 29;
  return static_cast<uint32_t>((x * 0x9E3779B97F4A7C15ULL) >> 32);
}

namespace hash_internal {

inline constexpr uint64_t kSeed = 0x243F6A8885A308D3ULL;

// One round: eight bytes (or the last few) into the state.
inline uint64_t Round(uint64_t h, uint64_t bytes) {
  h = (h ^ bytes) * 0xBF58476D1CE4E5B9ULL;
  return h ^ (h >> 31);
}

// HashBytes, of `s` as it is (kLower false) or with A-Z lowered as it is read.
template <bool kLower>
inline uint32_t Hash(std::string_view s) {
  uint64_t h = kSeed ^ s.size();
  const char* p = s.data();
  size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) h = Round(h, kLower ? AsciiLowerBytes(Load8(p)) : Load8(p));
  if (n > 0) h = Round(h, kLower ? AsciiLowerBytes(LoadTail(p, n)) : LoadTail(p, n));
  return HashU64(h);
}

}  // namespace hash_internal

// A 32-bit hash of a byte string, eight bytes at a time (keys are short words).
inline uint32_t HashBytes(std::string_view s) { return hash_internal::Hash<false>(s); }

// HashBytes(AsciiLower(s)), without building the lowered string: a word looked up in a table
// of lower-case keys, whatever its case.
inline uint32_t HashBytesAsciiLower(std::string_view s) { return hash_internal::Hash<true>(s); }

// HashBytes of a word of `size` bytes (1 to 8) loaded as `bytes` (base/swar.h LoadWord).
inline uint32_t HashWord(uint64_t bytes, size_t size) {
  return HashU64(hash_internal::Round(hash_internal::kSeed ^ size, bytes));
}

class FlatIndex {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFF;

  // Makes room for `items` ids without growing.
  void Reserve(size_t items) {
    size_t capacity = 16;
    while (capacity * kMaxLoadNum < items * kMaxLoadDen) capacity *= 2;
    if (capacity > slots_.size()) Rehash(capacity);
  }

  // The id of the item with `hash` for which same(id) holds, or kNone. Cost: expected O(1)
  // calls of `same`, usually one.
  template <typename Same>
  uint32_t Find(uint32_t hash, Same same) const {
    if (slots_.empty()) return kNone;
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.id == kNone) return kNone;
      if (slot.hash == hash && same(slot.id)) return slot.id;
    }
  }

  // Finds the item as Find does; when there is none, adds `new_id` under `hash`, and returns
  // {id, whether it was added}. `new_id` must not be kNone.
  template <typename Same>
  std::pair<uint32_t, bool> FindOrAdd(uint32_t hash, uint32_t new_id, Same same) {
    if ((size_ + 1) * kMaxLoadDen > slots_.size() * kMaxLoadNum) {
      Rehash(slots_.empty() ? 16 : slots_.size() * 2);
    }
    size_t i = hash & mask_;
    for (;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.id == kNone) break;
      if (slot.hash == hash && same(slot.id)) return {slot.id, false};
    }
    slots_.Mutable(i) = {hash, new_id};
    ++size_;
    return {new_id, true};
  }

  // Forgets every id; keeps the memory.
  void Clear() {
    slots_.assign(slots_.size(), Slot());
    size_ = 0;
  }

  size_t size() const { return size_; }
  size_t MemoryBytes() const { return slots_.HeapBytes(); }

  // The index as it is, into an image (base/image_io.h), and back as a view of the image,
  // which must outlive it (or until it is added to, which copies it).
  void Save(ImageWriter* w) const {
    w->Value(static_cast<uint64_t>(size_));
    w->Array(slots_.span());
  }
  bool Load(ImageReader* r) {
    uint64_t size = 0;
    std::span<const Slot> slots;
    if (!r->Value(&size) || !r->View(&slots)) return false;
    if (!slots.empty() && (slots.size() & (slots.size() - 1)) != 0) return false;
    slots_.Borrow(slots);
    size_ = size;
    mask_ = slots.empty() ? 0 : slots.size() - 1;
    return true;
  }

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t id = kNone;
  };
  // At most 3/4 full: linear probing stays short, and the table stays small enough to cache.
  static constexpr size_t kMaxLoadNum = 3;
  static constexpr size_t kMaxLoadDen = 4;

  void Rehash(size_t capacity) {
    const std::vector<Slot> old(slots_.begin(), slots_.end());
    slots_.assign(capacity, Slot());
    mask_ = capacity - 1;
    for (const Slot& slot : old) {
      if (slot.id == kNone) continue;
      size_t i = slot.hash & mask_;
      while (slots_[i].id != kNone) i = (i + 1) & mask_;
      slots_.Mutable(i) = slot;
    }
  }

  ImageVector<Slot> slots_;  // a power of two of them, or none
  size_t mask_ = 0;
  size_t size_ = 0;
};

// The id of the key that is `word` with A-Z lowered, in an index of lower-case keys hashed by
// HashBytes, whose bytes key_of(id) gives; kNone when there is none. No lowered copy is made:
// a word of up to eight bytes (most) is hashed and compared in one load, which also says,
// when `ascii` is given, whether the word is ASCII. Such a word is compared with key `id` by
// short_is(id, lowered, n): its n bytes lowered, in LoadWord's form (FindAsciiLowered below
// reads them from key_of; an index that keeps a key's first eight bytes beside it need not).
template <typename ShortIs, typename KeyOf>
[[gnu::always_inline]] inline uint32_t FindAsciiLoweredWith(const FlatIndex& index,
                                                            std::string_view word, ShortIs short_is,
                                                            KeyOf key_of, bool* ascii = nullptr) {
  const size_t n = word.size();
  if (n >= 1 && n <= 8) {
    const uint64_t bytes = LoadWord(word.data(), n);
    if (ascii != nullptr) *ascii = IsAsciiBytes(bytes);
    const uint64_t lower = AsciiLowerBytes(bytes);
    return index.Find(HashWord(lower, n), [&](uint32_t id) { return short_is(id, lower, n); });
  }
  if (ascii != nullptr) *ascii = IsAscii(word);
  return index.Find(HashBytesAsciiLower(word),
                    [&](uint32_t id) { return EqualsAsciiLower(word, key_of(id)); });
}

template <typename KeyOf>
[[gnu::always_inline]] inline uint32_t FindAsciiLowered(const FlatIndex& index,
                                                        std::string_view word, KeyOf key_of,
                                                        bool* ascii = nullptr) {
  return FindAsciiLoweredWith(
      index, word,
      [&](uint32_t id, uint64_t lower, size_t n) {
        const std::string_view key = key_of(id);
        return key.size() == n && LoadWord(key.data(), n) == lower;
      },
      key_of, ascii);
}

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_BASE_FLAT_HASH_H_
