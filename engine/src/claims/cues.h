// Cue finding: the speech cues of a document. A cue.speech lexicon match is a cue where it is
// used as a verb of speech (not inside a name, not a noun after a determiner, not a passive,
// not "declined to comment"), or where it is "according to"; of two cue words in a row ("a
// police report said") the first is a noun.
#ifndef CLAIMSCOPE_SRC_CLAIMS_CUES_H_
#define CLAIMSCOPE_SRC_CLAIMS_CUES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/claim_draft.h"
#include "claims/claim_text.h"
#include "lexicon/lexicon_matcher.h"

namespace claimscope::internal {

class Cues {
 public:
  // Finds the cues among `hits` (lexicons->Match over the same document as `text`).
  void Find(const ClaimText& text, const LexiconMatcher& lexicons, const LexiconScratch& units,
            const std::vector<LexiconHit>& hits);

  // The cues in text order.
  const std::vector<Cue>& all() const { return cues_; }
  // Does a cue start at token k?
  bool At(uint32_t k) const { return k < cue_at_.size() && cue_at_[k] != 0; }

 private:
  bool IsVerbUse(const ClaimText& text, Range r) const;
  static bool SubjectTakesBaseForm(const ClaimText& text, uint32_t k);
  static bool InTitleCase(const ClaimText& t, uint32_t k);
  static bool AfterVerb(const ClaimText& t, uint32_t k);
  static bool OpensClause(const ClaimText& t, uint32_t k);
  static bool AfterPreposition(const ClaimText& t, uint32_t k);
  static bool AfterPluralPossessive(const ClaimText& t, uint32_t k);
  static bool PluralBeforeComma(const ClaimText& t, Range r);
  static bool IsPluralNoun(const ClaimText& t, Range r, std::string_view base);
  static bool IsOtherSense(const ClaimText& t, Range r, const Cue& c);
  static bool EndsSentenceAsNoun(const ClaimText& t, Range r);
  static bool IsPassiveOf(const ClaimText& text, Range r);
  static Cue Traits(const LexiconEntry& e);
  static bool IsParticipleOnly(std::string_view word);
  static bool IsBaseForm(const ClaimText& text, uint32_t k, std::string_view base);
  void MarkStarts(size_t tokens);

  std::vector<Cue> cues_;
  std::vector<uint8_t> drop_;    // scratch: cues to drop, by index
  std::vector<uint8_t> cue_at_;  // by token: a cue starts here
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_CLAIMS_CUES_H_
