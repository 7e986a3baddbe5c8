#include "grammar/digit_classes.h"

#include <algorithm>
#include <array>

#include "base/ascii.h"
#include "grammar/regex_syntax.h"

namespace claimscope::internal {
namespace {

constexpr uint16_t kAllDigits = 0x3FF;

// What comes before a digit (its slot): an ASCII byte by its value (a digit too: the "9" of a
// year's "19" reads only after a "1"), or the start of the match. What comes after it: an
// ASCII byte other than a digit by its value, any digit, or the end of the match. (A digit
// after is not told by its value: two texts with the same key may have different digits
// there, and whether a position lives on must not depend on which.)
constexpr size_t kSlots = 129;
constexpr size_t kStartSlot = 128;
constexpr size_t kAfters = 130;
constexpr size_t kDigitAfter = 128;
constexpr size_t kEndAfter = 129;

// What a pattern node can match first and last, and whether it can match the empty string,
// for every node of the tree (the kids of a node come before it in the vector).
struct Ends {
  std::vector<ByteSet> first;
  std::vector<ByteSet> last;
  std::vector<uint8_t> nullable;
};

Ends WorkOutEnds(const std::vector<Syntax>& nodes) {
  Ends e;
  const size_t n = nodes.size();
  e.first.resize(n);
  e.last.resize(n);
  e.nullable.assign(n, 0);
  for (size_t k = 0; k < n; ++k) {
    const Syntax& s = nodes[k];
    switch (s.kind) {
      case Syntax::kEmpty:
        e.nullable[k] = 1;
        break;
      case Syntax::kBytes:
        e.first[k] = e.last[k] = s.bytes;
        break;
      case Syntax::kAlternation:
        for (const int kid : s.kids) {
          e.first[k] |= e.first[kid];
          e.last[k] |= e.last[kid];
          e.nullable[k] |= e.nullable[kid];
        }
        break;
      case Syntax::kRepeat:
        e.first[k] = e.first[s.kids[0]];
        e.last[k] = e.last[s.kids[0]];
        e.nullable[k] = s.min == 0 || e.nullable[s.kids[0]] != 0;
        break;
      case Syntax::kConcat: {
        bool open = true;  // the kids so far can all be empty
        for (const int kid : s.kids) {
          if (open) e.first[k] |= e.first[kid];
          open = open && e.nullable[kid] != 0;
        }
        e.nullable[k] = open;
        open = true;
        for (auto it = s.kids.rbegin(); it != s.kids.rend() && open; ++it) {
          e.last[k] |= e.last[*it];
          open = e.nullable[*it] != 0;
        }
        break;
      }
    }
  }
  return e;
}

// The bytes that may come right after node `leaf` in a match (forward) or right before it
// (!forward), and whether it may be the last (first) of the match: up the tree from the
// leaf, the siblings after it (before it) in each concatenation until one cannot be empty,
// and the loop of each repetition that can run more than once.
bool Neighbours(const std::vector<Syntax>& nodes, const Ends& e, const std::vector<int>& parent,
                const std::vector<uint32_t>& slot, int leaf, bool forward, ByteSet* bytes) {
  for (int node = leaf;;) {
    const int p = parent[node];
    if (p < 0) return true;  // the root: nothing need come after (before) it
    const Syntax& s = nodes[p];
    if (s.kind == Syntax::kConcat) {
      const std::vector<int>& kids = s.kids;
      if (forward) {
        for (size_t j = slot[node] + 1; j < kids.size(); ++j) {
          *bytes |= e.first[kids[j]];
          if (e.nullable[kids[j]] == 0) return false;
        }
      } else {
        for (size_t j = slot[node]; j-- > 0;) {
          *bytes |= e.last[kids[j]];
          if (e.nullable[kids[j]] == 0) return false;
        }
      }
    } else if (s.kind == Syntax::kRepeat && s.max > 1) {
      *bytes |= forward ? e.first[node] : e.last[node];
    }
    node = p;
  }
}

}  // namespace

DigitClasses::DigitClasses(std::string_view pattern) {
  std::vector<Syntax> nodes;
  const int root = ParseRegex(pattern, &nodes);
  if (root < 0) return;
  const size_t n = nodes.size();
  std::vector<int> parent(n, -1);
  std::vector<uint32_t> slot(n, 0);
  for (size_t k = 0; k < n; ++k) {
    for (size_t j = 0; j < nodes[k].kids.size(); ++j) {
      const int kid = nodes[k].kids[j];
      if (kid >= static_cast<int>(k)) return;  // not the order WorkOutEnds needs: unknown
      parent[kid] = static_cast<int>(k);
      slot[kid] = static_cast<uint32_t>(j);
    }
  }
  const Ends ends = WorkOutEnds(nodes);
  // The positions reachable from the root that test which digit they read, each listed
  // under every slot of what may come before it.
  struct Tester {
    uint16_t digits = 0;       // bit d: it holds digit d
    ByteSet after;             // what may come after it
    bool after_digit = false;  // a digit may come after it
    bool at_end = false;       // it may read the last byte of a match
  };
  const ByteSet digit_bytes = DigitBytes();
  std::vector<Tester> testers;
  std::array<std::vector<uint32_t>, kSlots> lists;
  std::vector<int> stack = {root};
  while (!stack.empty()) {
    const int k = stack.back();
    stack.pop_back();
    const Syntax& s = nodes[k];
    for (const int kid : s.kids) stack.push_back(kid);
    if (s.kind != Syntax::kBytes) continue;
    uint16_t digits = 0;
    for (int d = 0; d < 10; ++d) digits |= s.bytes['0' + d] ? uint16_t{1} << d : 0;
    if (digits == 0 || digits == kAllDigits) continue;
    Tester t;
    t.digits = digits;
    t.at_end = Neighbours(nodes, ends, parent, slot, k, /*forward=*/true, &t.after);
    t.after_digit = (t.after & digit_bytes).any();
    ByteSet before;
    const bool at_start = Neighbours(nodes, ends, parent, slot, k, /*forward=*/false, &before);
    const auto i = static_cast<uint32_t>(testers.size());
    testers.push_back(t);
    for (size_t c = 0; c < 128; ++c) {
      if (before[c]) lists[c].push_back(i);
    }
    if (at_start) lists[kStartSlot].push_back(i);
  }
  testing_positions_ = testers.size();
  // For each slot some tester may follow, and each byte after: the least digit each digit is
  // alike with, over the testers that may read it there and live on.
  for (size_t s = 0; s < kSlots; ++s) {
    if (lists[s].empty()) continue;
    const size_t row = table_.size() / (kAfters * 10);
    if (row >= 0xFF) return;  // (unknown: more rows than slot_row_ can name)
    slot_row_[s] = static_cast<uint8_t>(row + 1);
    table_.resize(table_.size() + kAfters * 10);
    for (size_t a = 0; a < kAfters; ++a) {
      uint16_t alike[10];  // by digit, the digits alike with it
      std::fill(alike, alike + 10, kAllDigits);
      for (const uint32_t i : lists[s]) {
        const Tester& t = testers[i];
        const bool lives = a == kEndAfter     ? t.at_end
                           : a == kDigitAfter ? t.after_digit
                                              : t.after[a];
        if (!lives) continue;  // what it reads dies at the next byte (or matches nothing)
        for (int d = 0; d < 10; ++d) {
          alike[d] &= (t.digits >> d & 1) != 0 ? t.digits : static_cast<uint16_t>(~t.digits);
        }
      }
      for (int d = 0; d < 10; ++d) {
        table_[(row * kAfters + a) * 10 + d] = static_cast<uint8_t>(__builtin_ctz(alike[d]));
      }
    }
  }
  known_ = true;
}

bool DigitClasses::Key(std::string_view bytes, std::string* key) const {
  if (!known_) return false;
  const auto* b = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  key->resize(n);
  char* out = key->data();
  bool digits = false;
  for (size_t i = 0; i < n; ++i) {
    const uint8_t c = b[i];
    if (c >= 0x80) return false;
    if (!IsAsciiDigit(c)) {
      out[i] = static_cast<char>(c);
      continue;
    }
    digits = true;
    const size_t s = i == 0 ? kStartSlot : b[i - 1];
    const uint8_t row = slot_row_[s];
    uint8_t least = 0;  // with no tester here, every digit is alike
    if (row != 0) {
      if (i + 1 < n && b[i + 1] >= 0x80) return false;  // (as the next step would)
      const size_t a = i + 1 == n ? kEndAfter : IsAsciiDigit(b[i + 1]) ? kDigitAfter : b[i + 1];
      least = table_[((row - 1) * kAfters + a) * 10 + (c - '0')];
    }
    out[i] = static_cast<char>('0' + least);
  }
  return digits;
}

}  // namespace claimscope::internal
