#include "start_gate.h"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>

#include "claimscope/utf8.h"

namespace claimscope::internal {
namespace {

// The bytes a position of a match may hold; bit 0x80 stands for every byte outside ASCII.
using ByteSet = std::bitset<256>;
constexpr size_t kNonAscii = 0x80;

constexpr size_t kMaxNodes = 60000;  // then every branch ends (and passes)

bool IsAsciiLetter(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

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

ByteSet Digits() {
  ByteSet s;
  for (char c = '0'; c <= '9'; ++c) s.set(c);
  return s;
}

ByteSet Spaces() {
  ByteSet s;
  for (const char c : {'\t', '\n', '\f', '\r', ' '}) s.set(c);
  return s;
}

ByteSet WordBytes() {
  ByteSet s = Digits();
  AddRange('A', 'Z', false, &s);
  AddRange('a', 'z', false, &s);
  return s.set('_');
}

struct Flags {
  bool fold = false;    // (?i)
  bool dot_nl = false;  // (?s)
};

// A pattern's syntax tree, as much of it as the gate needs: what bytes a position may hold.
struct Syntax {
  enum Kind { kEmpty, kBytes, kConcat, kAlternation, kRepeat } kind = kEmpty;
  ByteSet bytes;          // kBytes: one character (a byte, or the first byte of one)
  std::vector<int> kids;  // kConcat, kAlternation; kRepeat: one
  size_t min = 0;         // kRepeat
  size_t max = 0;         // kRepeat; kUnbounded for *, + and {n,}
};
constexpr size_t kUnbounded = SIZE_MAX;

// Parses RE2 syntax (https://github.com/google/re2/wiki/Syntax) into Nodes. Syntax it does
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
        size_t end = at_ + 1;
        while (end < p_.size() && (std::isdigit(static_cast<uint8_t>(p_[end])) || p_[end] == ',')) {
          ++end;
        }
        const std::string_view spec = p_.substr(at_ + 1, end - at_ - 1);
        if (end >= p_.size() || p_[end] != '}' || spec.empty() || !std::isdigit(spec[0])) break;
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
    ByteSet set;
    bool first = true;
    while (ok_ && More() && (first || Peek() != ']')) {
      first = false;
      if (p_.substr(at_, 2) == "[:") return Fail();
      uint32_t lo = 0;
      if (Take('\\')) {
        if (!ClassEscape(flags, &set, &lo)) continue;
      } else {
        lo = NextCodePoint();
      }
      uint32_t hi = lo;
      if (at_ + 1 < p_.size() && Peek() == '-' && p_[at_ + 1] != ']') {
        ++at_;
        if (Take('\\') ? !ClassEscape(flags, &set, &hi) : ((hi = NextCodePoint()), false)) {
          return Fail();  // a range that ends in a set
        }
      }
      AddRange(lo, hi, flags.fold, &set);
    }
    if (!ok_ || !Take(']')) return Fail();
    return Bytes(negated ? Complement(set) : set);
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
        return Digits();
      case 'D':
        return Complement(Digits());
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
    // The ASCII members of the Unicode classes grammars use; for any other, every byte.
    ByteSet ascii;
    if (name == "L" || name == "Latin" || name == "Lu" || name == "Ll") {
      if (name != "Ll" || flags.fold) AddRange('A', 'Z', flags.fold, &ascii);
      if (name != "Lu" || flags.fold) AddRange('a', 'z', flags.fold, &ascii);
    } else if (name == "N" || name == "Nd") {
      ascii = Digits();
    } else if (name != "Greek" && name != "Cyrillic" && name != "Han" && name != "Arabic") {
      ascii = Complement(ByteSet());
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
};

// A Thompson automaton over bytes: a state reads one byte of `bytes` and goes to out[0], or
// (bytes empty) goes on to out[0] and out[1] (where not -1) without reading; kMatch ends a
// match.
struct Automaton {
  static constexpr int kMatch = 0;
  struct State {
    ByteSet bytes;
    std::array<int, 2> out = {-1, -1};
  };
  std::vector<State> states = {State{}};  // states[kMatch]

  int Add(const ByteSet& bytes, int out0, int out1 = -1) {
    states.push_back({bytes, {out0, out1}});
    return static_cast<int>(states.size()) - 1;
  }

  // Compiles `node` to states that go on to `next` after it; returns the first.
  // Repetitions beyond kDepth + 1 copies read no byte the gate looks at: {n,m} is taken as
  // at most kDepth + 1 copies, then as many as the text has.
  int Compile(const std::vector<Syntax>& nodes, int node, int next) {
    const Syntax& n = nodes[node];
    switch (n.kind) {
      case Syntax::kEmpty:
        return next;
      case Syntax::kBytes:
        return Add(n.bytes, next);
      case Syntax::kConcat:
        for (auto kid = n.kids.rbegin(); kid != n.kids.rend(); ++kid) {
          next = Compile(nodes, *kid, next);
        }
        return next;
      case Syntax::kAlternation: {
        int rest = Compile(nodes, n.kids.back(), next);
        for (size_t k = n.kids.size() - 1; k-- > 0;) {
          rest = Add(ByteSet(), Compile(nodes, n.kids[k], next), rest);
        }
        return rest;
      }
      case Syntax::kRepeat: {
        constexpr size_t kCopies = StartGate::kDepth + 1;
        int tail = next;
        if (n.max == kUnbounded || n.max - n.min > kCopies) {
          const int loop = Add(ByteSet(), -1, next);
          states[loop].out[0] = Compile(nodes, n.kids[0], loop);
          tail = loop;
        } else {
          for (size_t k = n.min; k < n.max; ++k) {
            tail = Add(ByteSet(), Compile(nodes, n.kids[0], tail), next);
          }
        }
        for (size_t k = 0; k < std::min(n.min, kCopies); ++k) {
          tail = Compile(nodes, n.kids[0], tail);
        }
        return tail;
      }
    }
    return next;
  }
};

// The classes (StartGate::kClass) of the bytes of a set, as a set: bit k for class k.
ByteSet ClassesOf(const ByteSet& bytes) {
  static const ByteSet kUpper = [] {
    ByteSet s;
    AddRange('A', 'Z', false, &s);
    return s;
  }();
  static const ByteSet kSpace = Spaces().set('\v');
  static const ByteSet kDigit = Digits();
  ByteSet out = bytes & ~(kUpper | kSpace | kDigit);
  out |= (bytes & kUpper) << ('a' - 'A');
  if ((bytes & kDigit).any()) out.set('0');
  if ((bytes & kSpace).any()) out.set(' ');
  return out;
}

struct StatesHash {
  size_t operator()(const std::vector<int>& v) const {
    uint64_t h = v.size();
    for (const int x : v) h = (h ^ static_cast<uint32_t>(x)) * 0x9E3779B97F4A7C15ULL;
    return static_cast<size_t>(h ^ (h >> 29));
  }
};

}  // namespace

constexpr std::array<uint8_t, 256> MakeClasses() {
  std::array<uint8_t, 256> c{};
  for (size_t b = 0; b < 256; ++b) {
    if (b >= 0x80) {
      c[b] = StartGate::kOther;
    } else if (b >= 'A' && b <= 'Z') {
      c[b] = static_cast<uint8_t>(b + 32);
    } else if (b >= '0' && b <= '9') {
      c[b] = '0';
    } else if (b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r') {
      c[b] = ' ';
    } else {
      c[b] = static_cast<uint8_t>(b);
    }
  }
  return c;
}

const std::array<uint8_t, 256> StartGate::kClass = MakeClasses();

// The trie is the automaton run over every text of up to kDepth bytes that starts with an
// ASCII letter: a node for each set of states some prefix leaves (prefixes that leave
// the same states at the same depth share it), cut short where the text may match: where a
// match ends, after kDepth bytes, at a byte outside ASCII, or past kMaxNodes.
void StartGate::Build(const std::vector<std::string>& patterns, const std::atomic<bool>* stop) {
  enabled_ = false;
  first_.fill(0);
  next_.clear();
  accept_.clear();
  // The trie, built depth first: a node's edges are links[node.edges, + node.edge_count).
  struct Node {
    uint32_t edges = 0;
    uint32_t edge_count = 0;
    bool accept = false;
  };
  struct Edge {
    uint8_t cls;
    uint32_t to;
  };
  constexpr uint32_t kNone = 0xFFFFFFFF;
  std::vector<Node> trie;
  std::vector<Edge> links;
  std::array<uint32_t, 128> first;
  first.fill(kNone);
  std::vector<Syntax> tree;
  Automaton a;
  std::vector<int> starts;
  for (const std::string& pattern : patterns) {
    const int root = Parser(pattern, &tree).Parse();
    if (root < 0) return;
    starts.push_back(a.Compile(tree, root, Automaton::kMatch));
  }
  // The classes each reading state reads.
  std::vector<ByteSet> reads(a.states.size());
  for (size_t s = 0; s < a.states.size(); ++s) reads[s] = ClassesOf(a.states[s].bytes);
  // The reading states (and kMatch) reachable from `from` without reading, sorted.
  std::vector<uint32_t> seen(a.states.size(), 0);
  uint32_t stamp = 0;
  std::vector<int> stack;
  const auto closure = [&](const std::vector<int>& from, std::vector<int>* out) {
    ++stamp;
    out->clear();
    stack.assign(from.begin(), from.end());
    while (!stack.empty()) {
      const int s = stack.back();
      stack.pop_back();
      if (s < 0 || seen[s] == stamp) continue;
      seen[s] = stamp;
      const Automaton::State& state = a.states[s];
      if (s == Automaton::kMatch || state.bytes.any()) {
        out->push_back(s);
      } else {
        stack.push_back(state.out[1]);
        stack.push_back(state.out[0]);
      }
    }
    std::sort(out->begin(), out->end());
  };
  std::vector<int> start;
  closure(starts, &start);
  if (!start.empty() && start[0] == Automaton::kMatch) return;  // a pattern matches ""
  // (states, then the depth) -> node
  std::unordered_map<std::vector<int>, uint32_t, StatesHash> made;
  // By depth, by class: the states after reading a byte of that class.
  std::vector<std::array<std::vector<int>, kOther + 1>> after(kDepth + 1);
  // The node for the states `live` at `depth` bytes, made (with what follows) if new.
  const auto node_for = [&](const auto& self, std::vector<int> live, size_t depth) -> uint32_t {
    live.push_back(static_cast<int>(depth));
    auto [it, added] = made.try_emplace(std::move(live), 0);
    if (!added) return it->second;
    if (stop != nullptr && stop->load(std::memory_order_relaxed)) return kNone;
    const auto node = static_cast<uint32_t>(trie.size());
    it->second = node;
    trie.emplace_back();
    const std::span<const int> states(it->first.data(), it->first.size() - 1);
    if (depth == kDepth || states[0] == Automaton::kMatch || trie.size() >= kMaxNodes) {
      trie[node].accept = true;
      return node;
    }
    ByteSet classes;
    auto& by_class = after[depth];
    for (const int s : states) {
      const ByteSet& r = reads[s];
      for (size_t k = r._Find_first(); k <= kOther; k = r._Find_next(k)) {
        if (!classes[k]) by_class[k].clear();
        classes.set(k);
        by_class[k].push_back(a.states[s].out[0]);
      }
    }
    std::vector<Edge> edges;
    std::vector<int> live_next;
    for (size_t k = classes._Find_first(); k <= kOther; k = classes._Find_next(k)) {
      // A character outside ASCII: its length is not followed, so the text may match.
      uint32_t to = 0;
      if (k == kOther) {
        to = self(self, {Automaton::kMatch}, kDepth);
      } else {
        closure(by_class[k], &live_next);
        to = self(self, live_next, depth + 1);
      }
      edges.push_back({static_cast<uint8_t>(k), to});
    }
    trie[node].edges = static_cast<uint32_t>(links.size());
    trie[node].edge_count = static_cast<uint32_t>(edges.size());
    links.insert(links.end(), edges.begin(), edges.end());
    return node;
  };
  std::vector<int> next;
  std::vector<int> live;
  for (uint32_t c = 'A'; c <= 'z'; ++c) {  // the first byte: the text's own letter
    if (!IsAsciiLetter(c)) continue;
    next.clear();
    for (const int s : start) {
      if (a.states[s].bytes[c]) next.push_back(a.states[s].out[0]);
    }
    if (next.empty()) continue;
    closure(next, &live);
    first[c] = node_for(node_for, live, 1);
  }
  if (stop != nullptr && stop->load(std::memory_order_relaxed)) return;
  // As a table: a column for each class some edge reads.
  std::array<uint8_t, kOther + 1> column{};
  width_ = 1;
  for (const Edge& e : links) {
    if (column[e.cls] == 0) column[e.cls] = static_cast<uint8_t>(width_++);
  }
  for (size_t b = 0; b < 256; ++b) column_[b] = column[kClass[b]];
  next_.assign(trie.size() * width_, 0);
  accept_.resize(trie.size());
  for (size_t n = 0; n < trie.size(); ++n) {
    accept_[n] = trie[n].accept;
    for (uint32_t k = 0; k < trie[n].edge_count; ++k) {
      const Edge& e = links[trie[n].edges + k];
      next_[n * width_ + column[e.cls]] = static_cast<uint16_t>(e.to + 1);
    }
  }
  for (size_t c = 0; c < first.size(); ++c) {
    first_[c] = first[c] == kNone ? 0 : static_cast<uint16_t>(first[c] + 1);
  }
  enabled_ = true;
}

}  // namespace claimscope::internal
