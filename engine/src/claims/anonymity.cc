#include "claims/anonymity.h"

#include <string_view>

namespace claimscope::internal {

using namespace std::string_view_literals;

void Anonymity::Find(const ClaimText& text, const LexiconMatcher& lexicons,
                     const LexiconScratch& units, const std::vector<LexiconHit>& hits) {
  granted_.assign(text.sentences().size(), 0);
  for (const LexiconHit& h : hits) {
    if (lexicons.class_of(h.entry) == "cue.anonymity"sv) {
      granted_[text.sentence_of(HitTokens(h, units).begin)] = 1;
    }
  }
}

void Anonymity::Apply(uint32_t sentence, Speaker* speaker) const {
  const SpeakerKind k = speaker->kind;
  if (GrantedIn(sentence) && k != SpeakerKind::kOrganisation && k != SpeakerKind::kPlace &&
      k != SpeakerKind::kDocument && k != SpeakerKind::kAuthor) {
    speaker->anonymous = true;
  }
}

}  // namespace claimscope::internal
