#include "quantities/number_memo.h"

#include <cstring>

#include "base/ascii.h"
#include "base/flat_hash.h"
#include "quantities/number_words.h"

namespace claimscope::internal {

std::optional<double> NumberMemo::Parse(std::string_view text) {
  if (text.empty() || text.size() > kMaxBytes || IsAsciiDigit(static_cast<uint8_t>(text[0]))) {
    return ParseNumber(text);
  }
  if (slots_.empty()) slots_.resize(kSlots);
  Slot& s = slots_[HashBytes(text) & (kSlots - 1)];
  if (s.size == text.size() && std::memcmp(s.bytes, text.data(), text.size()) == 0) {
    return s.has_value ? std::optional<double>(s.value) : std::nullopt;
  }
  const std::optional<double> v = ParseNumber(text);
  std::memcpy(s.bytes, text.data(), text.size());
  s.size = static_cast<uint8_t>(text.size());
  s.has_value = v.has_value();
  s.value = v.value_or(0);
  return v;
}

}  // namespace claimscope::internal
