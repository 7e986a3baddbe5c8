#include "grammar/capture_cache.h"

#include <cstring>

namespace claimscope::internal {

std::pair<int32_t*, bool> CaptureCache::FindOrAdd(uint32_t rule, char context,
                                                  std::string_view bytes, size_t count) {
  const Header key = {rule, static_cast<uint8_t>(context), static_cast<uint32_t>(bytes.size()),
                      static_cast<uint32_t>(count)};
  const uint32_t hash = HashBytes(bytes) ^ HashU64((uint64_t{rule} << 8) | key.context);
  const auto same = [this, &key, bytes](uint32_t at) {
    Header h;
    std::memcpy(&h, &arena_[at], sizeof(h));
    return h.rule == key.rule && h.context == key.context && h.size == key.size &&
           std::memcmp(&arena_[at + kHeaderWords + h.count], bytes.data(), bytes.size()) == 0;
  };
  const size_t words = kHeaderWords + count + (bytes.size() + 3) / 4;
  if (index_.size() >= kMaxEntries || arena_.size() + words >= FlatIndex::kNone) {
    const uint32_t at = index_.Find(hash, same);
    if (at != FlatIndex::kNone) return {&arena_[at + kHeaderWords], true};
    Clear();
  }
  const auto at = static_cast<uint32_t>(arena_.size());
  const auto [found, added] = index_.FindOrAdd(hash, at, same);
  if (!added) return {&arena_[found + kHeaderWords], true};
  arena_.resize(at + words, -1);
  std::memcpy(&arena_[at], &key, sizeof(key));
  std::memcpy(&arena_[at + kHeaderWords + count], bytes.data(), bytes.size());
  return {&arena_[at + kHeaderWords], false};
}

void CaptureCache::Clear() {
  index_.Clear();
  arena_.clear();
}

}  // namespace claimscope::internal
