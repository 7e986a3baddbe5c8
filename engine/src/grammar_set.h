// Grammar rules compiled to RE2, run over a document behind one shared prefilter pass: the
// literal atoms of every rule (FilteredRE2) are found in one scan, and only the rules whose
// atoms occur run.
#ifndef CLAIMSCOPE_SRC_GRAMMAR_SET_H_
#define CLAIMSCOPE_SRC_GRAMMAR_SET_H_

#include <re2/stringpiece.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "claimscope/record.h"
#include "claimscope/status.h"
#include "claimscope/tokenizer.h"
#include "grammar_file.h"

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
  std::vector<uint8_t> token_start;  // by byte: a token starts here
  std::vector<uint8_t> token_end;    // by byte: a token ends here
  std::vector<int> candidates;
  std::vector<int> atoms;
  std::vector<int> potentials;
  std::vector<uint8_t> small_matched;  // by rule
  std::vector<Span> windows;           // where seeded rules run
  std::string word;
};

class GrammarSet {
 public:
  // RE2 memory budget per rule; a rule over it is refused when the set is built.
  static constexpr int64_t kMaxRuleMemory = 64 << 20;
  // Capture groups a rule may have, named or not.
  static constexpr int kMaxCaptures = 64;
  // Rules whose RE2 program is at most this size are also run together in one RE2::Set,
  // which tells which of them match a document at all.
  static constexpr int kSmallProgram = 3000;

  GrammarSet();
  ~GrammarSet();
  GrammarSet(GrammarSet&&) noexcept;
  GrammarSet& operator=(GrammarSet&&) noexcept;

  // Compiles the rules; errors name the rule's file, line and column. Seeded rules run only
  // in windows around tokens with a digit or one of the `seeds` (lower-case words).
  Status Build(std::vector<GrammarRule> rules, std::vector<std::string> seeds = {});

  // Every match of every rule that the prefilter lets through, aligned to token boundaries,
  // in no particular order, with its captures.
  void Match(std::string_view text, const TextAnalysis& analysis, GrammarScratch* scratch,
             std::vector<GrammarMatch>* matches) const;
  // The same matches without their captures (m.captures is empty): finding the captures is
  // the slower part of matching, so callers that keep only some matches (overlaps are
  // resolved by priority) find the captures of those alone, with FindCaptures.
  void MatchSpans(std::string_view text, const TextAnalysis& analysis, GrammarScratch* scratch,
                  std::vector<GrammarMatch>* matches) const;
  // Fills m->captures for a match that MatchSpans found in `text`.
  void FindCaptures(std::string_view text, GrammarMatch* m) const;

  size_t size() const { return rules_.size(); }
  const GrammarRule& rule(uint32_t r) const { return rules_[r]; }
  // The index of capture `name` in rule r's captures, or -1.
  int CaptureIndex(uint32_t r, std::string_view name) const;

  // The rules behind FilteredRE2s, and their atoms in RE2::Sets (grammar_set.cc); public so
  // that helpers there can name it.
  struct Prefilter;

 private:
  void BuildSmallSet();
  // Removes from scratch->candidates the small rules that match nowhere in the text.
  void DropSmallRulesWithoutMatch(const re2::StringPiece& text, GrammarScratch* scratch) const;
  void FindWindows(std::string_view text, const TextAnalysis& analysis,
                   GrammarScratch* scratch) const;
  std::vector<GrammarRule> rules_;
  std::unordered_set<std::string> seeds_;
  std::vector<std::vector<std::string>> capture_names_;  // by rule, by capture index - 1
  std::unique_ptr<Prefilter> prefilter_;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_GRAMMAR_SET_H_
