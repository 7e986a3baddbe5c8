// Where a word may start a match of some pattern: a trie of the first bytes of the patterns'
// matches that start with an ASCII byte other than a digit, worked out from their RE2 syntax.
// Where the text at a position has no path to the end of a branch, no pattern matches there,
// and the grammar set need not ask RE2 (grammar_set.h): nine tokens in ten of news are words,
// and few of them start a quantity ("in March", "about 300", "two", "Smith, 45", but not "the
// company"); nor do most marks (".5" may, the "." that ends a sentence may not). For a digit
// or a byte outside ASCII it keeps whether a match may start with it (a digit nearly always
// does).
//
// It errs towards "may": after the first byte, bytes are compared in classes (a letter in
// either case, any digit, any white space), a branch ends (and the text passes) where a
// pattern may go on with a byte outside ASCII, or after kDepth bytes, and empty-width
// assertions (\b, ^) are taken to hold. Syntax the analysis does not know (POSIX classes,
// octal escapes), or a pattern that matches the empty string, turns the gate off: every
// position passes.
#ifndef CLAIMSCOPE_SRC_GRAMMAR_START_GATE_H_
#define CLAIMSCOPE_SRC_GRAMMAR_START_GATE_H_

#include <array>
#include <atomic>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "base/image_io.h"

namespace claimscope::internal {

class StartGate {
 public:
  static constexpr size_t kDepth = 12;  // bytes of a match the trie looks at, at most

  // Builds the gate for matches of any of `patterns` (RE2 syntax, UTF-8, Perl flags). It
  // gives up (every position passes) if `stop` is set meanwhile.
  void Build(const std::vector<std::string>& patterns, const std::atomic<bool>* stop = nullptr);

  // Whether some pattern may match at text[p]: for a letter, by the trie; for any other
  // byte, by whether some match may start with it. (Inlined always: it runs at every token
  // start, and GCC's own choice for it turns on the size of its callers.)
  [[gnu::always_inline]] bool MayStart(std::string_view text, size_t p) const {
    if (!enabled_) return true;
    const auto b = static_cast<uint8_t>(text[p]);
    if (!first_bytes_[b < 0x80 ? b : 0x80]) return false;
    if (b >= 0x80 || IsAsciiDigit(b)) return true;
    uint32_t node = first_[b];  // + 1; 0: none
    for (size_t i = p + 1; node != 0; ++i) {
      if (accept_[node - 1]) return true;
      if (i >= text.size()) return false;
      node = next_[(node - 1) * width_ + column_[static_cast<uint8_t>(text[i])]];
    }
    return false;
  }

  bool enabled() const { return enabled_; }
  size_t node_count() const { return accept_.size(); }

  // The gate as built, into an image (base/image_io.h), and back as a view of the image,
  // which must outlive the gate. Load returns false, leaving the gate off, for a short image
  // or one of another shape; the cells of the table are not checked (the image is one the
  // build made).
  void Save(ImageWriter* w) const;
  bool Load(ImageReader* r);

  // The class of a byte after the first: a letter in lower case, '0' for digits, ' ' for
  // white space, other ASCII as itself, kOther for bytes outside ASCII.
  static constexpr uint8_t kOther = 128;
  static const std::array<uint8_t, 256> kClass;

 private:
  // The trie as a table: a row a node, a column a class some branch reads (column 0: the
  // others), each cell the next node + 1 (0: none).
  bool enabled_ = false;
  std::bitset<0x81> first_bytes_;      // a match may start with: ASCII bytes, 0x80 for others
  std::array<uint16_t, 128> first_{};  // the node after each first byte, + 1
  std::array<uint8_t, 256> column_{};  // by byte
  size_t width_ = 1;
  ImageVector<uint16_t> next_;   // (a view of an image, when loaded from one)
  ImageVector<uint8_t> accept_;  // by node: a branch ends here, so the text may match
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_GRAMMAR_START_GATE_H_
