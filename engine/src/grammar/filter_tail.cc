#include "grammar/filter_tail.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "claimscope/utf8.h"
#include "grammar/regex_syntax.h"

namespace claimscope::internal {
namespace {

constexpr size_t kBad = std::string_view::npos;  // syntax not followed here

enum class Cut {
  kText,     // what is left: the pattern's own text
  kEmpty,    // it may match nothing: all of it goes
  kUnknown,  // syntax not followed: keep the whole pattern
};

// Cuts the optional tail off a pattern, reading its text atom by atom. Offsets are into p_.
class TailCutter {
 public:
  explicit TailCutter(std::string_view pattern) : p_(pattern) {}

  // The alternation p_[begin, end), each branch cut, into *out.
  Cut Alternation(size_t begin, size_t end, std::string* out) const {
    std::vector<std::pair<size_t, size_t>> branches;
    size_t start = begin;
    for (size_t i = begin; i < end;) {
      if (p_[i] == '|') {
        branches.emplace_back(start, i);
        start = ++i;
        continue;
      }
      i = AtomEnd(i, end);
      if (i == kBad) return Cut::kUnknown;
    }
    branches.emplace_back(start, end);
    std::string joined;
    bool empty = false;
    for (size_t k = 0; k < branches.size(); ++k) {
      std::string branch;
      const Cut cut = Concatenation(branches[k].first, branches[k].second, &branch);
      if (cut == Cut::kUnknown) return cut;
      empty = empty || cut == Cut::kEmpty;
      if (k > 0) joined += '|';
      joined += branch;
    }
    if (empty) return Cut::kEmpty;  // a branch may match nothing, and so may the whole
    *out = std::move(joined);
    return Cut::kText;
  }

 private:
  struct Atom {
    size_t begin = 0;
    size_t end = 0;         // after the atom
    size_t quantified = 0;  // after its quantifier (end when it has none)
  };

  // The concatenation p_[begin, end) (no '|' outside groups) without its optional tail.
  Cut Concatenation(size_t begin, size_t end, std::string* out) const {
    std::vector<Atom> atoms;
    for (size_t i = begin; i < end;) {
      Atom a;
      a.begin = i;
      a.end = AtomEnd(i, end);
      if (a.end == kBad) return Cut::kUnknown;
      a.quantified = QuantifierEnd(a.end, end);
      if (a.quantified == kBad) return Cut::kUnknown;
      atoms.push_back(a);
      i = a.quantified;
    }
    for (size_t k = atoms.size(); k-- > 0;) {
      const Atom& a = atoms[k];
      const std::string_view quantifier = p_.substr(a.end, a.quantified - a.end);
      if (MayRepeatNone(quantifier)) continue;  // X?, X*, X{0,n}: goes
      const bool plus = quantifier == "+" || quantifier == "+?";
      if (!quantifier.empty() && !plus) {  // X{n,m}, n > 0: kept as it is
        *out = std::string(p_.substr(begin, a.quantified - begin));
        return Cut::kText;
      }
      if (p_[a.begin] != '(') {  // X or X+: X
        *out = std::string(p_.substr(begin, a.end - begin));
        return Cut::kText;
      }
      const size_t inner = GroupInner(a.begin, a.end);
      if (inner == kBad) return Cut::kUnknown;
      if (inner == a.end) continue;  // (?i): a change of flags, no text
      std::string cut;
      const Cut c = Alternation(inner, a.end - 1, &cut);
      if (c == Cut::kUnknown) return c;
      if (c == Cut::kEmpty) continue;  // a group that may match nothing goes
      *out = std::string(p_.substr(begin, inner - begin)) + cut + ")";
      return Cut::kText;
    }
    return Cut::kEmpty;
  }

  static bool MayRepeatNone(std::string_view q) {
    if (q.empty()) return false;
    if (q[0] == '?' || q[0] == '*') return true;
    return q.size() >= 3 && q[0] == '{' && q[1] == '0' && (q[2] == ',' || q[2] == '}');
  }

  // Where the text of the group opened at `open` begins: after "(", "(?:", "(?P<name>" or
  // "(?flags:"; `close` (the group's end) for a change of flags "(?i)".
  size_t GroupInner(size_t open, size_t close) const {
    size_t i = open + 1;
    if (p_[i] != '?') return i;
    ++i;
    if (p_[i] == 'P') {
      const size_t gt = p_.find('>', i);
      return gt == std::string_view::npos || gt >= close ? kBad : gt + 1;
    }
    while (i < close && p_[i] != ':' && p_[i] != ')') {
      const char f = p_[i++];
      if (f != 'i' && f != 'm' && f != 's' && f != 'U' && f != '-') return kBad;
    }
    if (i >= close) return kBad;
    return p_[i] == ')' ? close : i + 1;
  }

  // The end of the atom that starts at i: a group, a class, an escape, a character.
  size_t AtomEnd(size_t i, size_t end) const {
    const auto c = static_cast<uint8_t>(p_[i]);
    if (c == '(') {
      for (size_t j = i + 1; j < end;) {
        if (p_[j] == ')') return j + 1;
        j = p_[j] == '|' ? j + 1 : AtomEnd(j, end);
        if (j == kBad) return kBad;
      }
      return kBad;
    }
    if (c == ')') return kBad;
    if (c == '[') return ClassEnd(i, end);
    if (c == '\\') return EscapeEnd(i, end);
    return CharacterEnd(i, end);
  }

  // A character, with its UTF-8 continuation bytes (kBad for bytes that are no UTF-8).
  size_t CharacterEnd(size_t i, size_t end) const {
    return DecodeUtf8(reinterpret_cast<const uint8_t*>(p_.data()), end, &i) < 0 ? kBad : i;
  }

  // After "\": \x41 \x{263a} \pL \p{Greek} and the like, or one escaped character. \Q...\E
  // and digits (octal, back references) are not followed.
  size_t EscapeEnd(size_t i, size_t end) const {
    if (i + 1 >= end) return kBad;
    const char c = p_[i + 1];
    if (c == 'Q' || IsAsciiDigit(c)) return kBad;
    if (c == 'x' || c == 'p' || c == 'P') {
      if (i + 2 < end && p_[i + 2] == '{') {
        const size_t close = p_.find('}', i + 3);
        return close == std::string_view::npos || close >= end ? kBad : close + 1;
      }
      const size_t n = c == 'x' ? 4 : 3;
      return i + n > end ? kBad : i + n;
    }
    return CharacterEnd(i + 1, end);
  }

  // After "[": members up to the "]" that closes it ("[]a]" and "[^]a]" hold a "]").
  size_t ClassEnd(size_t i, size_t end) const {
    size_t j = i + 1;
    if (j < end && p_[j] == '^') ++j;
    if (j < end && p_[j] == ']') ++j;
    while (j < end) {
      if (p_[j] == ']') return j + 1;
      if (p_[j] == '\\') {
        j = EscapeEnd(j, end);
      } else if (p_.substr(j, 2) == "[:") {
        const size_t close = p_.find(":]", j + 2);
        j = close == std::string_view::npos || close + 2 > end ? kBad : close + 2;
      } else {
        j = CharacterEnd(j, end);
      }
      if (j == kBad) return kBad;
    }
    return kBad;
  }

  // The end of a repetition "{n}", "{n,}" or "{n,m}" at i within [.., end), or kBad.
  size_t RepetitionAt(size_t i, size_t end) const {
    const size_t r = i < end ? RepetitionEnd(p_, i) : kBad;
    return r != kBad && r <= end ? r : kBad;
  }

  // After the quantifier that follows an atom ending at i (i when none); kBad for two in a row.
  size_t QuantifierEnd(size_t i, size_t end) const {
    if (i >= end) return i;
    size_t k = i;
    if (p_[i] == '*' || p_[i] == '+' || p_[i] == '?') {
      k = i + 1;
    } else if (const size_t r = RepetitionAt(i, end); r != kBad) {
      k = r;
    } else {
      return i;
    }
    if (k < end && p_[k] == '?') ++k;  // lazy
    if (k < end && (p_[k] == '*' || p_[k] == '+' || p_[k] == '?' || RepetitionAt(k, end) != kBad)) {
      return kBad;
    }
    return k;
  }

  std::string_view p_;
};

}  // namespace

std::string WithoutOptionalTail(std::string_view pattern) {
  std::string out;
  if (TailCutter(pattern).Alternation(0, pattern.size(), &out) != Cut::kText) {
    return std::string(pattern);
  }
  return out;
}

}  // namespace claimscope::internal
