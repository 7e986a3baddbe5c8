// Grammar rules compiled to RE2 and matched at token starts. Besides one RE2 a rule, the set
// holds the rules' filters in one anchored RE2::Set (does some rule match here, and which?),
// so that a document costs about one short DFA walk per token instead of one scan of the text
// per rule, and a start gate (start_gate.h) spares most words even that walk
// (docs/grammars.md, "How rules run").
#ifndef CLAIMSCOPE_SRC_GRAMMAR_GRAMMAR_SET_H_
#define CLAIMSCOPE_SRC_GRAMMAR_GRAMMAR_SET_H_

#include <bitset>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/flat_hash.h"
#include "claimscope/record.h"
#include "claimscope/status.h"
#include "claimscope/tokenizer.h"
#include "grammar/capture_cache.h"
#include "grammar/digit_classes.h"
#include "grammar/grammar_file.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace claimscope::internal {

// One match of one rule: its span and the span of each named capture (empty if unset).
struct GrammarMatch {
  uint32_t rule = 0;
  Span span;
  std::vector<Span> captures;  // indexed like GrammarSet::capture_names(rule)
};

// Per-thread scratch for matching.
struct GrammarScratch {
  std::vector<uint8_t> token_start;  // by byte: a token starts here (scanning each rule)
  std::vector<uint8_t> token_end;    // by byte: a token ends here (or an inner hyphen is)
  std::vector<int> rules_here;       // the rules that match at a token start
  std::vector<uint32_t> next_start;  // by rule: where its next match may start
  std::vector<Span> windows;         // where seeded rules run
  CaptureCache captures;
  // By rule: compiled by this thread's asking (GrammarSet::When::kFirstUse), for the build
  // `compiled_for` (a number no other build of any set has: a workspace may go from engine
  // to engine, and a new one may sit where an old one was); a rule asked for once needs no
  // lock after.
  std::vector<uint8_t> compiled;
  uint64_t compiled_for = 0;
};

class GrammarSet {
 public:
  // RE2 memory budget per rule; a rule over it is refused when the set is built.
  static constexpr int64_t kMaxRuleMemory = 64 << 20;
  // RE2 memory budget of the combined automaton (all rules in one). Over it, the set falls
  // back to scanning the text once per rule: slower, with the same matches.
  static constexpr int64_t kMaxCombinedMemory = 256 << 20;
  // Capture groups a rule may have, named or not.
  static constexpr int kMaxCaptures = 64;
  // Capture searches of a rule (through a cache) before the cache keys its matches with the
  // digits it cannot tell apart made alike (digit_classes.h): working that out costs about
  // what a few hundred searches do, which a document of a few numbers does not repay.
  static constexpr uint32_t kSearchesBeforeDigitClasses = 64;

  enum class Strategy {
    kCombined,  // the combined automaton when it compiles, else kScan
    kScan,      // one unanchored scan of the text per rule
  };

  GrammarSet();
  ~GrammarSet();
  GrammarSet(GrammarSet&&) noexcept;
  GrammarSet& operator=(GrammarSet&&) noexcept;

  enum class When {
    kNow,       // every rule at Build, on several threads; errors name file, line and column
    kFirstUse,  // the combined automaton, and each rule's own, when a match first needs it
                // (thread-safe): for rules checked before (the built-in grammars, by
                // `claimscope check` and the tests); a rule that does not compile then never
                // matches
  };

  // Compiles the rules and the combined automaton; errors name the rule's file, line and
  // column. Seeded rules run only in windows around tokens with a digit or one of the
  // `seeds` (lower-case words). The start gate is loaded from `gate_image` when SaveGate
  // saved it for rules with the same filters (the built-in grammars' is made at build time,
  // tools/make_images.cc), else built on a thread of its own.
  Status Build(std::vector<GrammarRule> rules, std::vector<std::string> seeds = {},
               Strategy strategy = Strategy::kCombined, When when = When::kNow,
               std::string_view gate_image = {});

  // Every match of every rule, aligned to token boundaries, with its captures: for each rule,
  // from the start of the text (or of each window), its leftmost-longest match that starts
  // and ends on token boundaries, then the next one after it. Sorted by rule, then start.
  void Match(std::string_view text, const TextAnalysis& analysis, GrammarScratch* scratch,
             std::vector<GrammarMatch>* matches) const;
  // The same matches without their captures (m.captures is empty): finding the captures is
  // the slower part of matching, so callers that keep only some matches (overlaps are
  // resolved by priority) find the captures of those alone, with FindCaptures.
  // `seeds`, when given, says for each token of the analysis whether it is a seed (as
  // IsSeed of a word's text would; TokenWordLists::seeds), so that no word is looked up here.
  void MatchSpans(std::string_view text, const TextAnalysis& analysis, GrammarScratch* scratch,
                  std::vector<GrammarMatch>* matches, std::span<const uint8_t> seeds = {}) const;
  // Fills m->captures for a match that MatchSpans found in `text`; with a cache, a match of
  // the same rule over the same bytes in the same context is looked up, not searched.
  void FindCaptures(std::string_view text, GrammarMatch* m, CaptureCache* cache = nullptr) const;

  size_t size() const { return rules_.size(); }
  const std::vector<std::string>& seeds() const { return seeds_; }  // lower case, each once
  const GrammarRule& rule(uint32_t r) const { return rules_[r]; }
  // The index of capture `name` in rule r's captures, or -1.
  int CaptureIndex(uint32_t r, std::string_view name) const;
  // The names of rule r's captures, by index ("" for a group without a name); compiled
  // rules only (those a match of this thread found).
  const std::vector<std::string>& capture_names(uint32_t r) const { return capture_names_[r]; }
  // Whether matching uses the combined automaton (false: one scan per rule).
  bool combined() const;
  // Whether it is compiled (or failed to compile) yet; with When::kFirstUse, not before a
  // text needs it.
  bool combined_compiled() const;
  // The combined automaton is asked less once a gate is built, on a thread of its own, that
  // rules out most words (start_gate.h); the matches are the same before.
  // WaitForGate returns once it is built (or given up); gated() says whether it is in use.
  void WaitForGate() const;
  bool gated() const;
  // Waits for the gate and saves it for Build's gate_image; false when there is none in use.
  bool SaveGate(std::string* image) const;
  bool gate_from_image() const;  // Build loaded the gate from its gate_image

  struct Compiled;  // the RE2 objects (grammar_set.cc)

 private:
  void FindWindows(std::string_view text, const TextAnalysis& analysis,
                   std::span<const uint8_t> seeds, GrammarScratch* scratch) const;
  // Whether, before the combined automaton is compiled on first use, the gate rules out every
  // token of the text: then no rule matches it (a match starts at a token the gate lets
  // pass), and a document with no number, date or unit word ("Hello world.") is matched
  // without compiling the automaton. False once it is compiled, or with no gate.
  bool NoTokenMayStart(std::string_view text, const TextAnalysis& analysis) const;
  void MatchAtTokens(std::string_view text, const TextAnalysis& analysis, GrammarScratch* scratch,
                     std::vector<GrammarMatch>* matches) const;
  // The rules the combined automaton names at token start p, sorted into *here; false if
  // none.
  bool RulesAt(std::string_view text, uint32_t p, std::vector<int>* here) const;
  // With When::kFirstUse, the first text matched: compiles the rules the combined automaton
  // names at its tokens before they are matched, on a thread a core (at most
  // JobGroup::MaxThreads()), where the matching loop would compile them one by one as it
  // reaches them. A one-document run spends most of its time compiling rules.
  void CompileNamedRules(std::string_view text, const TextAnalysis& analysis,
                         GrammarScratch* scratch) const;
  void ScanEachRule(std::string_view text, GrammarScratch* scratch,
                    std::vector<GrammarMatch>* matches) const;

  // Whether `word` is a seed, in any case. Its size and its shape, looked up in
  // seed_shapes_, rule out most words before it is hashed (lowered as it is read).
  bool IsSeed(std::string_view word) const;
  // A hash of a word's size and its first two and last letters, in any case.
  static uint32_t SeedShape(std::string_view word);
  static constexpr int kSeedShapeBits = 15;
  static constexpr size_t kSeedShapes = size_t{1} << kSeedShapeBits;

  // Marks of GrammarScratch::token_end: a token ends at the byte, or a hyphen inside a
  // word is there (an end only for hyphen-end rules).
  static constexpr uint8_t kTokenEnd = 1;
  static constexpr uint8_t kInnerHyphen = 2;
  // With When::kFirstUse, compiles rule r unless this thread (its scratch) had it compiled:
  // the matching loops ask before they use a rule, so that the captures of a match (asked
  // by the same thread) are there too.
  [[gnu::noinline]] void CompiledFor(GrammarScratch* scratch, uint32_t r) const;
  void CompileOnce(uint32_t r) const;  // under the rule's once_flag
  // With When::kFirstUse, while another thread compiles the combined automaton: compiles
  // rules, the largest first, until it is done.
  void CompileRulesUntilCombined() const;
  // Rules by the size of their patterns (about their compile time), the largest first.
  void SortLargestFirst(std::vector<uint32_t>* rules) const;
  void CompileRule(uint32_t r) const;  // its automata and capture names

  bool EndsHere(uint32_t rule, uint8_t mark) const {
    return mark == kTokenEnd || (mark == kInnerHyphen && rules_[rule].hyphen_end);
  }

  std::vector<GrammarRule> rules_;
  bool hyphen_ends_ = false;        // some rule is hyphen-end
  std::vector<std::string> seeds_;  // lower case, each once
  FlatIndex seed_index_;            // over seeds_
  size_t seed_min_size_ = 0;        // bytes of the shortest and longest seed
  size_t seed_max_size_ = 0;
  std::bitset<kSeedShapes> seed_shapes_;  // the SeedShape of some seed
  // By rule, by capture index - 1. Mutable: a rule's names are written when it is compiled,
  // once, under its once_flag (Compiled::once).
  mutable std::vector<std::vector<std::string>> capture_names_;
  // By rule: the digits it tells apart, for the keys of the capture cache; written once, by
  // the capture search that makes kSearchesBeforeDigitClasses (Compiled::digits_ready).
  mutable std::vector<DigitClasses> digit_classes_;
  bool lazy_ = false;               // When::kFirstUse
  uint64_t build_ = 0;              // this build's number (GrammarScratch::compiled_for)
  std::vector<char> context_bits_;  // by rule: the bits of MatchContext it can see
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_GRAMMAR_GRAMMAR_SET_H_
