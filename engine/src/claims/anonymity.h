// Anonymity: whether a claim's words come from unnamed people. A description with no name
// ("a source", "officials", "a military spokesman") speaks anonymously; so does anyone in a
// sentence that grants anonymity by one of the formulas news stories use ("speaking on
// condition of anonymity", "who was not authorised to speak publicly"); organisations,
// countries and documents speaking in their own voice never do, nor do named people.
#ifndef CLAIMSCOPE_SRC_CLAIMS_ANONYMITY_H_
#define CLAIMSCOPE_SRC_CLAIMS_ANONYMITY_H_

#include <cstdint>
#include <vector>

#include "claims/claim_text.h"
#include "claimscope/record.h"
#include "lexicon/lexicon_matcher.h"

namespace claimscope::internal {

class Anonymity {
 public:
  // Finds the sentences that hold an anonymity formula (cue.anonymity matches among `hits`).
  void Find(const ClaimText& text, const LexiconMatcher& lexicons, const LexiconScratch& units,
            const std::vector<LexiconHit>& hits);

  // Does the sentence grant anonymity?
  bool GrantedIn(uint32_t sentence) const { return granted_[sentence] != 0; }

  // Is an unnamed speaker described as `kind` anonymous by the description alone: a role
  // ("a spokesman") or a group ("officials")?
  static bool ByDescription(SpeakerKind kind) {
    return kind == SpeakerKind::kRole || kind == SpeakerKind::kGroup;
  }

  // In a sentence that grants anonymity, every speaker but an organisation, a place or a
  // document is anonymous: sets `speaker->anonymous` so.
  void Apply(uint32_t sentence, Speaker* speaker) const;

 private:
  std::vector<uint8_t> granted_;  // by sentence
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_CLAIMS_ANONYMITY_H_
