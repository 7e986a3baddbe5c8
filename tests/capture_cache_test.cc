// The capture cache: an entry is found again by its rule, context and bytes (all three
// matter), and the cache starts over when it is full.
#include "grammar/capture_cache.h"

#include <doctest/doctest.h>

#include <string>

namespace claimscope::internal {
namespace {

TEST_CASE("offsets are found again by rule, context and bytes") {
  CaptureCache cache;
  auto [offsets, found] = cache.FindOrAdd(1, 0, "12 mln", 4);
  REQUIRE_FALSE(found);
  CHECK(offsets[0] == -1);
  CHECK(offsets[3] == -1);
  offsets[0] = 0;
  offsets[1] = 2;
  const auto [again, found_again] = cache.FindOrAdd(1, 0, "12 mln", 4);
  CHECK(found_again);
  CHECK(again[0] == 0);
  CHECK(again[1] == 2);
  CHECK(again[2] == -1);
  CHECK_FALSE(cache.FindOrAdd(2, 0, "12 mln", 4).second);   // another rule
  CHECK_FALSE(cache.FindOrAdd(1, 8, "12 mln", 4).second);   // another context
  CHECK_FALSE(cache.FindOrAdd(1, 0, "12 mln.", 4).second);  // other bytes
  CHECK(cache.size() == 4);
}

TEST_CASE("a full cache answers what it holds, and starts over on a miss") {
  CaptureCache cache;
  for (size_t k = 0; k < CaptureCache::kMaxEntries; ++k) {
    cache.FindOrAdd(0, 0, std::to_string(k), 2).first[0] = static_cast<int32_t>(k % 1000);
  }
  CHECK(cache.size() == CaptureCache::kMaxEntries);
  const auto [offsets, found] = cache.FindOrAdd(0, 0, "777", 2);
  CHECK(found);
  CHECK(offsets[0] == 777);
  CHECK(cache.size() == CaptureCache::kMaxEntries);
  CHECK_FALSE(cache.FindOrAdd(0, 0, "new", 2).second);
  CHECK(cache.size() == 1);
  CHECK_FALSE(cache.FindOrAdd(0, 0, "777", 2).second);
}

}  // namespace
}  // namespace claimscope::internal
