#include "grammar/regex_syntax.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <utility>

#include "base/ascii.h"
#include "claimscope/utf8.h"

namespace claimscope::internal {
namespace {

// A code point and, with case folded, what RE2 folds it with (ASCII letters, and the two
// characters outside ASCII that fold to ASCII ones: U+017F long s and U+212A Kelvin sign).
void AddCodePoint(uint32_t cp, bool fold, ByteSet* set) {
  if (cp >= 0x80) {
    set->set(kNonAscii);
    if (fold && cp == 0x17F) set->set('s').set('S');
    if (fold && cp == 0x212A) set->set('k').set('K');
    return;
  }
  set->set(cp);
  if (!fold || !IsAsciiLetter(cp)) return;
  set->set(cp ^ 0x20);
  if ((cp | 0x20) == 's' || (cp | 0x20) == 'k') set->set(kNonAscii);
}

void AddRange(uint32_t lo, uint32_t hi, bool fold, ByteSet* set) {
  for (uint32_t c = lo; c <= std::min<uint32_t>(hi, 0x7F); ++c) AddCodePoint(c, fold, set);
  if (hi >= 0x80) set->set(kNonAscii);
  if (fold && lo <= 0x17F && hi >= 0x17F) AddCodePoint(0x17F, true, set);
  if (fold && lo <= 0x212A && hi >= 0x212A) AddCodePoint(0x212A, true, set);
}

// Every ASCII byte not in `set`, and every byte outside ASCII.
ByteSet Complement(const ByteSet& set) {
  ByteSet out;
  for (size_t c = 0; c < 0x80; ++c) out[c] = !set[c];
  out.set(kNonAscii);
  return out;
}

ByteSet Spaces() {
  ByteSet s;
  for (const char c : {'\t', '\n', '\f', '\r', ' '}) s.set(c);
  return s;
}

ByteSet WordBytes() {
  ByteSet s = DigitBytes();
  AddRange('A', 'Z', false, &s);
  AddRange('a', 'z', false, &s);
  return s.set('_');
}

struct Flags {
  bool fold = false;    // (?i)
  bool dot_nl = false;  // (?s)
};

// Parses RE2 syntax (https://github.com/google/re2/wiki/Syntax) into Syntax nodes. What it does
// not know makes Parse return -1.
class Parser {
 public:
  Parser(std::string_view pattern, std::vector<Syntax>* nodes) : p_(pattern), nodes_(nodes) {}

  int Parse() {
    Flags flags;
    const int root = Alternation(&flags);
    return ok_ && at_ == p_.size() ? root : -1;
  }

 private:
  int Add(Syntax n) {
    nodes_->push_back(std::move(n));
    return static_cast<int>(nodes_->size()) - 1;
  }
  int Empty() { return Add(Syntax{}); }
  int Bytes(const ByteSet& set) { return Add(Syntax{Syntax::kBytes, set, {}, 0, 0}); }
  int Fail() {
    ok_ = false;
    return Empty();
  }

  bool More() const { return at_ < p_.size(); }
  char Peek() const { return p_[at_]; }
  bool Take(char c) {
    if (!More() || p_[at_] != c) return false;
    ++at_;
    return true;
  }

  int Alternation(Flags* flags) {
    Syntax alt{Syntax::kAlternation, {}, {Concatenation(flags)}, 0, 0};
    while (ok_ && Take('|')) alt.kids.push_back(Concatenation(flags));
    return alt.kids.size() == 1 ? alt.kids[0] : Add(std::move(alt));
  }

  int Concatenation(Flags* flags) {
    Syntax cat{Syntax::kConcat, {}, {}, 0, 0};
    while (ok_ && More() && Peek() != '|' && Peek() != ')') {
      const int atom = Atom(flags);
      // "t(?)*": a flag group is no atom; RE2 repeats what stands before it (grammar_fuzz
      // found the gate reading "t(?)*%" as "t%").
      if (flags_only_ && !cat.kids.empty()) {
        flags_only_ = false;
        cat.kids.back() = Repetitions(cat.kids.back());
        continue;
      }
      flags_only_ = false;
      cat.kids.push_back(Repetitions(atom));
    }
    return Add(std::move(cat));
  }

  // The quantifiers after an atom: * + ? {n} {n,} {n,m}, each maybe lazy.
  int Repetitions(int atom) {
    while (ok_ && More()) {
      size_t min = 0;
      size_t max = kUnbounded;
      const char c = Peek();
      if (c == '+') {
        min = 1;
      } else if (c == '?') {
        max = 1;
      } else if (c == '{') {
        const size_t close = RepetitionEnd(p_, at_);
        if (close == std::string_view::npos) break;
        const size_t end = close - 1;  // the "}"
        const std::string_view spec = p_.substr(at_ + 1, end - at_ - 1);
        const size_t comma = spec.find(',');
        min = std::stoul(std::string(spec.substr(0, comma)));
        if (comma == std::string_view::npos) {
          max = min;
        } else if (comma + 1 < spec.size()) {
          max = std::stoul(std::string(spec.substr(comma + 1)));
        }
        at_ = end;
      } else if (c != '*') {
        break;
      }
      ++at_;
      Take('?');  // lazy: the same matches
      atom = Add(Syntax{Syntax::kRepeat, {}, {atom}, min, max});
    }
    return atom;
  }

  int Atom(Flags* flags) {
    const char c = p_[at_++];
    switch (c) {
      case '(':
        return Group(flags);
      case '[':
        return Class(*flags);
      case '.': {
        ByteSet s = Complement(ByteSet());
        if (!flags->dot_nl) s.reset('\n');
        return Bytes(s);
      }
      case '^':
      case '$':
        return Empty();
      case '\\':
        return Escape(*flags);
      default: {
        --at_;
        ByteSet s;
        AddCodePoint(NextCodePoint(), flags->fold, &s);
        return Bytes(s);
      }
    }
  }

  uint32_t NextCodePoint() {
    const int32_t cp = DecodeUtf8(reinterpret_cast<const uint8_t*>(p_.data()), p_.size(), &at_);
    return cp < 0 ? 0xFFFD : static_cast<uint32_t>(cp);
  }

  // After "(": (?:...), (?P<name>...), (?flags), (?flags:...), (...).
  int Group(Flags* flags) {
    Flags inner = *flags;
    if (Take('?')) {
      if (Take('P')) {
        if (!Take('<')) return Fail();
        while (More() && Peek() != '>') ++at_;
        if (!Take('>')) return Fail();
      } else {
        bool on = true;
        while (More() && Peek() != ':' && Peek() != ')') {
          const char f = p_[at_++];
          if (f == '-') {
            on = false;
          } else if (f == 'i') {
            inner.fold = on;
          } else if (f == 's') {
            inner.dot_nl = on;
          } else if (f != 'm' && f != 'U') {
            return Fail();
          }
        }
        if (Take(')')) {  // (?flags): for the rest of the enclosing group
          *flags = inner;
          flags_only_ = true;
          return Empty();
        }
        if (!Take(':')) return Fail();
      }
    }
    const int inside = Alternation(&inner);
    if (!Take(')')) return Fail();
    return inside;
  }

  // After "[".
  int Class(const Flags& flags) {
    const bool negated = Take('^');
    unknown_class_ = false;
    ByteSet set;
    bool first = true;
    while (ok_ && More() && (first || Peek() != ']')) {
      first = false;
      if (p_.substr(at_, 2) == "[:") return Fail();
      uint32_t lo = 0;
      if (!ClassChar(flags, &set, &lo)) continue;
      uint32_t hi = lo;
      if (at_ + 1 < p_.size() && Peek() == '-' && p_[at_ + 1] != ']') {
        ++at_;
        if (!ClassChar(flags, &set, &hi)) return Fail();  // a range that ends in a set
      }
      AddRange(lo, hi, flags.fold, &set);
    }
    if (!ok_ || !Take(']')) return Fail();
    return Bytes(negated && !unknown_class_ ? Complement(set) : set);
  }

  // One member of a class: a character into `cp` and true, or a set (\d, \pL, ...) added to
  // `set` and false (and ok_ false when the syntax is unknown).
  bool ClassChar(const Flags& flags, ByteSet* set, uint32_t* cp) {
    if (Take('\\')) return ClassEscape(flags, set, cp);
    *cp = NextCodePoint();
    return true;
  }

  // An escape in a class, after the backslash: a set (\d, \pL, ...) added to `set` and
  // false, or one character into `cp` and true.
  bool ClassEscape(const Flags& flags, ByteSet* set, uint32_t* cp) {
    if (!More()) {
      ok_ = false;
      return false;
    }
    if (std::string_view("dDsSwWpP").find(Peek()) != std::string_view::npos) {
      *set |= EscapedSet(flags);
      return false;
    }
    const std::optional<uint32_t> single = EscapedCodePoint();
    if (!single) {
      ok_ = false;
      return false;
    }
    *cp = *single;
    return true;
  }

  // After a backslash outside a class.
  int Escape(const Flags& flags) {
    if (!More()) return Fail();
    const char c = Peek();
    if (c == 'A' || c == 'z' || c == 'b' || c == 'B') {
      ++at_;
      return Empty();
    }
    if (c == 'C') {
      ++at_;
      return Bytes(Complement(ByteSet()));
    }
    if (c == 'Q') {
      ++at_;
      const size_t end = std::min(p_.find("\\E", at_), p_.size());
      Syntax cat{Syntax::kConcat, {}, {}, 0, 0};
      while (at_ < end) {
        ByteSet s;
        AddCodePoint(NextCodePoint(), flags.fold, &s);
        cat.kids.push_back(Bytes(s));
      }
      at_ = std::min(end + 2, p_.size());
      return Add(std::move(cat));
    }
    if (std::string_view("dDsSwWpP").find(c) != std::string_view::npos) {
      return Bytes(EscapedSet(flags));
    }
    const std::optional<uint32_t> cp = EscapedCodePoint();
    if (!cp) return Fail();
    ByteSet s;
    AddCodePoint(*cp, flags.fold, &s);
    return Bytes(s);
  }

  // \d \D \s \S \w \W \pX \p{Name} \PX \P{Name}, at the letter.
  ByteSet EscapedSet(const Flags& flags) {
    const char c = p_[at_++];
    switch (c) {
      case 'd':
        return DigitBytes();
      case 'D':
        return Complement(DigitBytes());
      case 's':
        return Spaces();
      case 'S':
        return Complement(Spaces());
      case 'w':
        return WordBytes();
      case 'W':
        return Complement(WordBytes());
      default:
        break;
    }
    std::string_view name;
    if (Take('{')) {
      const size_t end = p_.find('}', at_);
      if (end == std::string_view::npos) {
        ok_ = false;
        return ByteSet();
      }
      name = p_.substr(at_, end - at_);
      at_ = end + 1;
    } else if (More()) {
      name = p_.substr(at_++, 1);
    }
    if (name.empty()) {
      ok_ = false;
      return ByteSet();
    }
    const bool negated = (c == 'P') != (!name.empty() && name[0] == '^');
    if (!name.empty() && name[0] == '^') name.remove_prefix(1);
    // The ASCII members of the Unicode classes grammars use; for any other, every byte,
    // negated or not (and a class that holds it is every byte when negated too).
    ByteSet ascii;
    if (name == "L" || name == "Latin" || name == "Lu" || name == "Ll") {
      if (name != "Ll" || flags.fold) AddRange('A', 'Z', flags.fold, &ascii);
      if (name != "Lu" || flags.fold) AddRange('a', 'z', flags.fold, &ascii);
    } else if (name == "N" || name == "Nd") {
      ascii = DigitBytes();
    } else if (name != "Greek" && name != "Cyrillic" && name != "Han" && name != "Arabic") {
      unknown_class_ = true;
      return Complement(ByteSet());
    }
    ascii.set(kNonAscii);
    if (!negated) return ascii;
    ascii.reset(kNonAscii);
    return Complement(ascii);
  }

  // One character after a backslash: \x41 \x{263a} \t \n \r \f \v \a, or punctuation.
  std::optional<uint32_t> EscapedCodePoint() {
    const char c = p_[at_++];
    switch (c) {
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case 'a':
        return '\a';
      case 'x': {
        const bool braced = Take('{');
        const size_t from = at_;
        const size_t end = braced ? p_.find('}', at_) : at_ + 2;
        if (end == std::string_view::npos || end > p_.size() || end == from) return std::nullopt;
        uint32_t v = 0;
        for (size_t k = from; k < end; ++k) {
          const auto h = static_cast<uint8_t>(p_[k]);
          if (!std::isxdigit(h)) return std::nullopt;
          v = v * 16 + static_cast<uint32_t>(std::isdigit(h) ? h - '0' : (h | 0x20) - 'a' + 10);
        }
        at_ = end + (braced ? 1 : 0);
        return v;
      }
      default:
        // Punctuation stands for itself; letters and digits not above are unknown here.
        if (static_cast<uint8_t>(c) < 0x80 && !std::isalnum(static_cast<uint8_t>(c))) {
          return static_cast<uint8_t>(c);
        }
        return std::nullopt;
    }
  }

  std::string_view p_;
  std::vector<Syntax>* nodes_;
  size_t at_ = 0;
  bool ok_ = true;
  bool flags_only_ = false;     // the last atom was a flag group, "(?i)"
  bool unknown_class_ = false;  // the class read holds a Unicode class not known here
};

}  // namespace

ByteSet DigitBytes() {
  ByteSet s;
  for (char c = '0'; c <= '9'; ++c) s.set(c);
  return s;
}

size_t RepetitionEnd(std::string_view pattern, size_t at) {
  if (at + 1 >= pattern.size() || pattern[at] != '{' || !IsAsciiDigit(pattern[at + 1])) {
    return std::string_view::npos;
  }
  size_t j = at + 1;
  while (j < pattern.size() && (IsAsciiDigit(pattern[j]) || pattern[j] == ',')) ++j;
  return j < pattern.size() && pattern[j] == '}' ? j + 1 : std::string_view::npos;
}

int ParseRegex(std::string_view pattern, std::vector<Syntax>* nodes) {
  return Parser(pattern, nodes).Parse();
}

}  // namespace claimscope::internal
