// Short words (up to 16 bytes), each with a small value: a word is read in one or two loads
// (base/swar.h), lowered eight bytes at a time, hashed and compared as two 64-bit values, in
// a table of a few KB. For fixed words asked about again and again (the function words of
// the first words of every document), where a hash and a compare a byte at a time, or a
// string compare each, cost more than the rest of the question.
//
//   ShortWords words;
//   words.Add("the", 1);        // keys in lower case
//   words.Find("The");          // -> 1
//   words.Find("then");         // -> 0: not there
//
// Concurrent Find calls are safe; Add is not.
#ifndef CLAIMSCOPE_SRC_BASE_SHORT_WORDS_H_
#define CLAIMSCOPE_SRC_BASE_SHORT_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/flat_hash.h"
#include "base/swar.h"

namespace claimscope::internal {

class ShortWords {
 public:
  static constexpr size_t kMaxLength = 16;

  // Adds `word` (1 to kMaxLength bytes, in lower case) with `value` (not 0). Returns
  // false, and adds nothing, when the word is there already or has no such length.
  bool Add(std::string_view word, uint32_t value) {
    if (word.empty() || word.size() > kMaxLength || value == 0 || Find(word) != 0) return false;
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Insert({KeyOf(word), static_cast<uint32_t>(word.size()), value});
    ++size_;
    lengths_ |= uint32_t{1} << word.size();
    return true;
  }

  // The value of `word` with A-Z lowered, or 0 when it is not there.
  uint32_t Find(std::string_view word) const {
    const size_t n = word.size();
    if (n > kMaxLength || (lengths_ & (uint32_t{1} << n)) == 0) return 0;
    const Key key = KeyOf(word);
    for (size_t i = HashOf(key, n) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value == 0) return 0;
      if (s.key.low == key.low && s.key.high == key.high && s.size == n) return s.value;
    }
  }

  bool empty() const { return size_ == 0; }

 private:
  struct Key {
    uint64_t low = 0;   // bytes 0 to 7, lowered, the rest zero
    uint64_t high = 0;  // bytes 8 to 15, the same
  };
  struct Slot {
    Key key;
    uint32_t size = 0;
    uint32_t value = 0;  // 0: empty
  };

  static Key KeyOf(std::string_view w) {  // 1 to kMaxLength bytes
    const size_t n = w.size();
    Key k;
    k.low = AsciiLowerBytes(LoadWord(w.data(), n < 8 ? n : 8));
    if (n > 8) k.high = AsciiLowerBytes(LoadWord(w.data() + 8, n - 8));
    return k;
  }
  static size_t HashOf(const Key& k, size_t n) {
    return HashU64(k.low ^ (k.high + n) * 0xC2B2AE3D27D4EB4FULL);
  }
  void Insert(const Slot& slot) {
    size_t i = HashOf(slot.key, slot.size) & mask_;
    while (slots_[i].value != 0) i = (i + 1) & mask_;
    slots_[i] = slot;
  }
  void Grow() {
    const std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot());
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.value != 0) Insert(s);
    }
  }

  std::vector<Slot> slots_ = std::vector<Slot>(1);  // a power of two of them, at most half full
  size_t mask_ = 0;
  size_t size_ = 0;
  uint32_t lengths_ = 0;  // bit n: some word has n bytes
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_BASE_SHORT_WORDS_H_
