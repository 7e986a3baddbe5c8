// Speaker resolution: who the words naming a claim's speaker stand for. A named person or an
// organisation or place is that entity; a pronoun is the last compatible speaker before it
// ("he" a person, "it" an organisation, "they" a group); a definite description is the last
// speaker it describes or the person introduced with it ("the judge" -> "Judge Miriam
// Okafor"); a claim that shares its speaker with another ("said ... and proposed ...", a
// quote paragraph that continues one) inherits it. Each speaker gets its kind (person, role,
// organisation, place, group, document, unknown) and whether it is anonymous (anonymity.h).
#ifndef CLAIMSCOPE_SRC_CLAIMS_SPEAKER_RESOLUTION_H_
#define CLAIMSCOPE_SRC_CLAIMS_SPEAKER_RESOLUTION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/anonymity.h"
#include "claims/antecedents.h"
#include "claims/claim_draft.h"
#include "claims/claim_text.h"
#include "lexicon/lexicon_matcher.h"

namespace claimscope::internal {

class SpeakerResolver {
 public:
  // Indexes the nouns that describe speakers among `hits`: role nouns (role.official: "a
  // spokesman", "officials") and source nouns (cue.source_noun: "a source", "experts",
  // "court documents").
  void Index(const ClaimText& text, const LexiconMatcher& lexicons, const LexiconScratch& units,
             const std::vector<LexiconHit>& hits);

  // The speakers of `claims`, in order, into `speakers` (one per claim).
  void ResolveAll(const ClaimText& text, const Anonymity& anonymity,
                  const std::vector<Claim>& claims, std::vector<SpeakerInfo>* speakers);

 private:
  // A singular definite role that speaks in the lead ("The former chief financial officer
  // ...") as the named person of the next claim.
  void ResolveLeadDescriptions(const ClaimText& text, const std::vector<Claim>& claims,
                               std::vector<SpeakerInfo>* speakers) const;
  // Resolves the speaker of `claim`, the claim at `index`; speakers[0, index) are resolved.
  SpeakerInfo Resolve(const ClaimText& text, const Anonymity& anonymity, const Claim& claim,
                      size_t index, const std::vector<SpeakerInfo>& speakers) const;
  // A definite description ("the judge", headed by `head`, starting at byte `at`) as the
  // speaker it describes among earlier[0, index), or the person introduced with its title.
  void ResolveDefinite(const ClaimText& text, const std::string& head, uint32_t at,
                       const std::vector<SpeakerInfo>& earlier, size_t index,
                       SpeakerInfo* info) const;

  // A personal pronoun ("he", "she", of gender `want`) or "the 31-year-old" as the person it
  // stands for: the last person speaker or the person the narration named last
  // (antecedents.h), whichever is closer.
  bool ResolvePerson(const ClaimText& text, Gender want, const SpeakerInfo* speaker_before,
                     Range said, SpeakerInfo* info) const;

  // Speaker gender: each person speaker's, from the evidence of its entity's cluster, to
  // which the claims add "he" and "she" for the person (the pronoun that speaks, or opens
  // what a named person says: "Ann Lee said she would") and the role nouns of the speaker's
  // words and apposition ("spokeswoman Ann Lee", "Ann Lee, his wife,").
  void FindGenders(const ClaimText& text, const std::vector<Claim>& claims,
                   std::vector<SpeakerInfo>* speakers);

  // A speaker named by one capitalised word that no list nor rule typed ("Parry said"), at
  // head: the word, else empty.
  std::string_view BareName(const ClaimText& text, const Claim& claim, uint32_t head) const;
  // The bare names that the document shows are people's: one of their claims opens with
  // "he" or "she" ("Parry said he would stay"), none with "it" or "they".
  void FindBarePeople(const ClaimText& text, const std::vector<Claim>& claims);

  Antecedents antecedents_;
  std::vector<std::string_view> bare_people_;
  // "he" or "she" for a bare name: "Parry said he would stay", or "he" resolved to Parry.
  std::vector<std::pair<std::string_view, Gender>> bare_pronouns_;
  std::vector<uint8_t> role_;        // by token: 1 a singular role noun, 2 a plural one
  std::vector<uint8_t> occupation_;  // by token: 1 a role noun of a trade (occupation=1)
  std::vector<uint8_t> title_;       // by token: part of a title ("Home Secretary", "Judge")
  std::vector<const LexiconEntry*> source_noun_;  // by token: its cue.source_noun entry
  std::vector<int> speaker_entities_;  // FindGenders' scratch: by claim, a person's entity
};

// The speaker a pronoun refers to among earlier[0, end) (the speakers before it): by
// `refers` (word.pronoun) a person ("he"), a thing ("it": an organisation, place or
// document) or a group ("they"); null when none of the last 40 is one.
const SpeakerInfo* Antecedent(std::string_view refers, const std::vector<SpeakerInfo>& earlier,
                              size_t end);

// The longest entity (of `type`, if given) with a token in r, or -1.
int EntityIn(const ClaimText& text, Range r, std::optional<EntityType> type = std::nullopt);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_CLAIMS_SPEAKER_RESOLUTION_H_
