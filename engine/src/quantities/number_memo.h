// ParseNumber's answers for the words and short phrases that a corpus's quantities ask about
// again and again ("two", "shares" after a count, "one billion"), kept between documents:
// a word's answer costs a hash and a compare, where ParseNumber lexes and evaluates it (some
// 1,900 instructions). A slot a text, the later of two texts of a slot taking it: fixed
// memory, no chains. Figures ("1,250") are parsed as they come, their own way being quick.
// Not thread-safe: one per thread (QuantityScratch holds one).
#ifndef CLAIMSCOPE_SRC_QUANTITIES_NUMBER_MEMO_H_
#define CLAIMSCOPE_SRC_QUANTITIES_NUMBER_MEMO_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace claimscope::internal {

class NumberMemo {
 public:
  // ParseNumber(text), from the memo when it holds `text`.
  std::optional<double> Parse(std::string_view text);

  static constexpr size_t kMaxBytes = 22;  // longer texts are parsed each time
  static constexpr size_t kSlots = 1024;

 private:
  struct Slot {
    char bytes[kMaxBytes];
    uint8_t size = 0;  // 0: empty (no empty text is kept)
    bool has_value = false;
    double value = 0;
  };
  std::vector<Slot> slots_;  // kSlots once used
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_QUANTITIES_NUMBER_MEMO_H_
