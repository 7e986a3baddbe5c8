#include "grammar/start_gate.h"

#include <algorithm>
#include <bitset>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>

#include "base/ascii.h"
#include "grammar/regex_syntax.h"

namespace claimscope::internal {
namespace {

constexpr size_t kMaxNodes = 60000;  // then every branch ends (and passes)

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
  // The bytes kClass maps to another: capitals, digits but "0", white space but " ".
  struct Masks {
    ByteSet upper, digit, space;
  };
  static const Masks masks = [] {
    Masks m;
    for (size_t b = 0; b < 0x80; ++b) {
      if (StartGate::kClass[b] == b) continue;
      (b >= 'A' && b <= 'Z' ? m.upper : StartGate::kClass[b] == '0' ? m.digit : m.space).set(b);
    }
    return m;
  }();
  ByteSet out = bytes & ~(masks.upper | masks.digit | masks.space);
  out |= (bytes & masks.upper) << ('a' - 'A');
  if ((bytes & masks.digit).any()) out.set('0');
  if ((bytes & masks.space).any()) out.set(' ');
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
// ASCII byte other than a digit (letters first: past kMaxNodes, branches end): a node for each set
// of states some prefix leaves (prefixes that leave the same states at the same depth share it),
// cut short where the text may match: where a match ends, after kDepth bytes, at a byte outside
// ASCII, or past kMaxNodes.
void StartGate::Build(const std::vector<std::string>& patterns, const std::atomic<bool>* stop) {
  enabled_ = false;
  first_.fill(0);
  next_.assign(0, 0);
  accept_.assign(0, 0);
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
    const int root = ParseRegex(pattern, &tree);
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
  ByteSet first_bytes;
  for (const int s : start) first_bytes |= a.states[s].bytes;
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
  // The first byte is the text's own: letters, then the other ASCII bytes but digits.
  std::vector<uint32_t> firsts;
  for (uint32_t c = 0; c < 0x80; ++c) {
    if (IsAsciiLetter(c)) firsts.push_back(c);
  }
  for (uint32_t c = 0; c < 0x80; ++c) {
    if (!IsAsciiLetter(c) && !IsAsciiDigit(c)) firsts.push_back(c);
  }
  for (const uint32_t c : firsts) {
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
    accept_.Mutable(n) = trie[n].accept;
    for (uint32_t k = 0; k < trie[n].edge_count; ++k) {
      const Edge& e = links[trie[n].edges + k];
      next_.Mutable(n * width_ + column[e.cls]) = static_cast<uint16_t>(e.to + 1);
    }
  }
  first_bytes_.reset();
  for (size_t b = 0; b <= kNonAscii; ++b) first_bytes_[b] = first_bytes[b];
  for (size_t c = 0; c < first.size(); ++c) {
    first_[c] = first[c] == kNone ? 0 : static_cast<uint16_t>(first[c] + 1);
  }
  enabled_ = true;
}

void StartGate::Save(ImageWriter* w) const {
  w->Value(enabled_);
  for (size_t b = 0; b < first_bytes_.size(); ++b) w->Value(static_cast<uint8_t>(first_bytes_[b]));
  w->Value(first_);
  w->Value(column_);
  w->Value(static_cast<uint64_t>(width_));
  w->Array(next_.span());
  w->Array(accept_.span());
}

bool StartGate::Load(ImageReader* r) {
  enabled_ = false;
  bool enabled = false;
  uint64_t width = 0;
  if (!r->Value(&enabled)) return false;
  for (size_t b = 0; b < first_bytes_.size(); ++b) {
    uint8_t bit = 0;
    if (!r->Value(&bit)) return false;
    first_bytes_[b] = bit != 0;
  }
  if (!r->Value(&first_) || !r->Value(&column_) || !r->Value(&width) || width == 0 ||
      !ViewInto(r, &next_) || !ViewInto(r, &accept_) || next_.size() != accept_.size() * width) {
    return false;
  }
  const auto node_ok = [this](uint32_t n) { return n <= accept_.size(); };
  if (!std::all_of(first_.begin(), first_.end(), node_ok) ||
      !std::all_of(column_.begin(), column_.end(), [width](uint8_t c) { return c < width; })) {
    return false;
  }
  width_ = width;
  enabled_ = enabled;
  return true;
}

}  // namespace claimscope::internal
