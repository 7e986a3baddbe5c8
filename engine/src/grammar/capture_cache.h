// The captures found for a rule's match, remembered by what fixes them: the rule, the matched
// bytes and their context (what RE2's empty-width assertions see around them). News repeats
// its quantities ("1986", "mln dlrs"), and the capture search is the slowest step of
// matching. One per thread.
//
// An open-addressing index over entries laid end to end in one arena, each its key (rule,
// context, bytes) and its offsets: a lookup allocates nothing and reads one place, and a miss
// appends to the arena.
#ifndef CLAIMSCOPE_SRC_GRAMMAR_CAPTURE_CACHE_H_
#define CLAIMSCOPE_SRC_GRAMMAR_CAPTURE_CACHE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/flat_hash.h"

namespace claimscope::internal {

class CaptureCache {
 public:
  static constexpr size_t kMaxEntries = 1 << 16;  // then it starts over (about 3 MB)

  // The offsets stored for (rule, context, bytes) and true; when there are none, room for
  // `count` new ones (each -1), to be filled before the next call, and false. Offsets count
  // from the start of the match, two a capture, -1 for unset.
  std::pair<int32_t*, bool> FindOrAdd(uint32_t rule, char context, std::string_view bytes,
                                      size_t count);

  size_t size() const { return index_.size(); }
  // Room for a key made of a match's bytes (DigitClasses::Key), reused from match to match.
  std::string* key_buffer() { return &key_buffer_; }

 private:
  // An entry: this header, `count` offsets, then the bytes, in 4-byte words.
  struct Header {
    uint32_t rule;
    uint32_t context;
    uint32_t size;   // of the bytes
    uint32_t count;  // of the offsets
  };
  static constexpr size_t kHeaderWords = sizeof(Header) / sizeof(int32_t);

  void Clear();

  FlatIndex index_;             // entries by where they start in arena_
  std::vector<int32_t> arena_;  // the entries, end to end
  std::string key_buffer_;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_GRAMMAR_CAPTURE_CACHE_H_
