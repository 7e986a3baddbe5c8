// The open-addressing index: ids found again after growth, colliding hashes told apart by
// the caller's comparison, and absent items reported as kNone.
#include "base/flat_hash.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "base/ascii.h"

namespace claimscope::internal {
namespace {

// Interns strings the way the lexicon vocabulary does; `hash` may be forced to collide.
struct Strings {
  std::vector<std::string> items;
  FlatIndex index;

  std::pair<uint32_t, bool> Add(std::string_view s, uint32_t hash) {
    const auto result = index.FindOrAdd(hash, static_cast<uint32_t>(items.size()),
                                        [&](uint32_t id) { return items[id] == s; });
    if (result.second) items.emplace_back(s);
    return result;
  }
  uint32_t Find(std::string_view s, uint32_t hash) const {
    return index.Find(hash, [&](uint32_t id) { return items[id] == s; });
  }
};

TEST_CASE("an item is added once and found by its id, across growth") {
  Strings s;
  for (int k = 0; k < 10000; ++k) {
    const std::string word = "w" + std::to_string(k);
    CHECK(s.Add(word, HashBytes(word)) == std::pair<uint32_t, bool>(k, true));
  }
  CHECK(s.index.size() == 10000);
  for (int k = 0; k < 10000; k += 7) {
    const std::string word = "w" + std::to_string(k);
    CHECK(s.Find(word, HashBytes(word)) == static_cast<uint32_t>(k));
    CHECK(s.Add(word, HashBytes(word)) == std::pair<uint32_t, bool>(k, false));
  }
  CHECK(s.Find("absent", HashBytes("absent")) == FlatIndex::kNone);
  CHECK(s.index.size() == 10000);
}

TEST_CASE("equal hashes are told apart by the comparison") {
  Strings s;
  CHECK(s.Add("a", 42).first == 0);
  CHECK(s.Add("b", 42).first == 1);
  CHECK(s.Add("c", 42).first == 2);
  CHECK(s.Find("b", 42) == 1);
  CHECK(s.Find("c", 42) == 2);
  CHECK(s.Find("d", 42) == FlatIndex::kNone);
  CHECK(s.Find("a", 43) == FlatIndex::kNone);  // the hash must agree too
}

TEST_CASE("an empty or reserved index finds nothing") {
  FlatIndex index;
  CHECK(index.Find(7, [](uint32_t) { return true; }) == FlatIndex::kNone);
  index.Reserve(1000);
  CHECK(index.MemoryBytes() >= 1000 * 8);
  CHECK(index.Find(7, [](uint32_t) { return true; }) == FlatIndex::kNone);
}

TEST_CASE("a cleared index finds nothing and takes new ids in its old memory") {
  Strings s;
  for (int k = 0; k < 100; ++k) s.Add("w" + std::to_string(k), static_cast<uint32_t>(k));
  const size_t memory = s.index.MemoryBytes();
  s.index.Clear();
  s.items.clear();
  CHECK(s.index.size() == 0);
  CHECK(s.Find("w1", 1) == FlatIndex::kNone);
  CHECK(s.Add("w2", 1) == std::pair<uint32_t, bool>(0, true));
  CHECK(s.Find("w2", 1) == 0);
  CHECK(s.index.MemoryBytes() == memory);
}

// The hash as a byte-at-a-time loop: the loads of HashBytes are a speed-up, not a new hash.
uint32_t ByteLoopHash(std::string_view s) {
  uint64_t h = 0x243F6A8885A308D3ULL ^ s.size();
  size_t k = 0;
  for (; k + 8 <= s.size(); k += 8) {
    uint64_t chunk = 0;
    for (size_t b = 0; b < 8; ++b) chunk |= uint64_t{static_cast<uint8_t>(s[k + b])} << (8 * b);
    h = (h ^ chunk) * 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 31;
  }
  if (k < s.size()) {
    uint64_t tail = 0;
    for (size_t b = 0; k + b < s.size(); ++b) {
      tail |= uint64_t{static_cast<uint8_t>(s[k + b])} << (8 * b);
    }
    h = (h ^ tail) * 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 31;
  }
  return HashU64(h);
}

TEST_CASE("a hash of every length is the byte loop's, and the lowered hash the lowered word's") {
  // A-Z and their neighbours, digits, UTF-8 bytes on either side of the case bit.
  const std::string bytes = "AZaz@[`{09 .\xc1\xda\xe1\xff\x80\x7f";
  for (size_t n = 0; n < 20; ++n) {
    std::string word;
    for (size_t k = 0; k < n; ++k) word.push_back(bytes[(5 * n + 3 * k) % bytes.size()]);
    CHECK(HashBytes(word) == ByteLoopHash(word));
    CHECK(HashBytesAsciiLower(word) == HashBytes(AsciiLower(word)));
  }
  for (size_t n = 1; n <= 8; ++n) {
    const std::string word = std::string("Tehran\xc1!").substr(0, n);
    CHECK(HashWord(LoadWord(word.data(), n), n) == HashBytes(word));
  }
  CHECK(HashBytesAsciiLower("Reuters") == HashBytes("reuters"));
  CHECK(HashBytesAsciiLower("ZAGREB-BASED") == HashBytes("zagreb-based"));
}

TEST_CASE("a word is found by its text in any ASCII case, and told ASCII or not") {
  Strings s;
  for (const std::string_view key : {"said", "s\u00e3o", "spokeswoman", "atl\u00e9tico-madrid"}) {
    s.Add(key, HashBytes(key));
  }
  const auto key_of = [&s](uint32_t id) { return std::string_view(s.items[id]); };
  bool ascii = false;
  CHECK(FindAsciiLowered(s.index, "SAID", key_of, &ascii) == 0);
  CHECK(ascii);
  CHECK(FindAsciiLowered(s.index, "S\u00e3o", key_of, &ascii) == 1);
  CHECK_FALSE(ascii);
  CHECK(FindAsciiLowered(s.index, "Spokeswoman", key_of, &ascii) == 2);
  CHECK(ascii);
  CHECK(FindAsciiLowered(s.index, "Atl\u00e9tico-Madrid", key_of, &ascii) == 3);
  CHECK_FALSE(ascii);
  CHECK(FindAsciiLowered(s.index, "spokesman", key_of, &ascii) == FlatIndex::kNone);
  CHECK(ascii);
  CHECK(FindAsciiLowered(s.index, "S\u00c3O", key_of) == FlatIndex::kNone);  // A-Z alone
}

TEST_CASE("hashes depend on every byte and on the length") {
  CHECK(HashBytes("") != HashBytes(std::string_view("\0", 1)));
  CHECK(HashBytes("abcdefgh") != HashBytes("abcdefgi"));
  CHECK(HashBytes("abcdefghi") != HashBytes("abcdefghj"));
  CHECK(HashBytes("abc") == HashBytes(std::string("abc")));
  CHECK(HashU64(uint64_t{1} << 32) != HashU64(1));
}

}  // namespace
}  // namespace claimscope::internal
