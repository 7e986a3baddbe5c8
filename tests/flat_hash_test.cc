// The open-addressing index: ids found again after growth, colliding hashes told apart by
// the caller's comparison, and absent items reported as kNone.
#include "base/flat_hash.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

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

TEST_CASE("hashes depend on every byte and on the length") {
  CHECK(HashBytes("") != HashBytes(std::string_view("\0", 1)));
  CHECK(HashBytes("abcdefgh") != HashBytes("abcdefgi"));
  CHECK(HashBytes("abcdefghi") != HashBytes("abcdefghj"));
  CHECK(HashBytes("abc") == HashBytes(std::string("abc")));
  CHECK(HashU64(uint64_t{1} << 32) != HashU64(1));
}

}  // namespace
}  // namespace claimscope::internal
