// The people a pronoun may stand for. "he said" most often refers to the man the narration
// named last, whether or not he has spoken yet ("Nakasone today called for disciplinary
// action. 'There are some who are objecting,' he told a meeting"). A person counts where the
// text narrates, not inside quotation marks nor inside what a claim reports ("Shiratori said
// Nakasone would go. He added ..." is Shiratori), and with the gender the text gives the
// person anywhere (a given name on person.given_name, a title such as Mr or Mrs on
// person.title, both with gender=), so that "she" passes over a man. It also keeps what shows
// each person's gender, for the speakers' `gender`: those titles and given names, and what
// the speakers add (a role noun beside the name, "he" or "she" for the person).
#ifndef CLAIMSCOPE_SRC_CLAIMS_ANTECEDENTS_H_
#define CLAIMSCOPE_SRC_CLAIMS_ANTECEDENTS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/claim_draft.h"
#include "claims/claim_text.h"
#include "lexicon/lexicon_matcher.h"

namespace claimscope::internal {

// "m" and "f" (the gender= attribute of the lexicons and word lists); else unknown.
Gender ParseGender(std::string_view g);

class Antecedents {
 public:
  // The gender words among `hits`: given names and titles with gender=.
  void Index(const ClaimText& text, const LexiconMatcher& lexicons, const LexiconScratch& units,
             const std::vector<LexiconHit>& hits);

  // The people named in the narration, once the claims (whose reported words are left out)
  // are known.
  void Collect(const ClaimText& text, const std::vector<Claim>& claims);

  // The person named last before byte `at`, at most `max_back` bytes before it, whose gender
  // does not contradict `want` (or the first such person named in that sentence, its
  // subject): an index into text.entities(), or -1.
  int PersonBefore(const ClaimText& text, uint32_t at, uint32_t max_back, Gender want,
                   Range said = {}) const;

  // Is a person of entity e's cluster named within tokens r ("he still trusted Mr Blair": not
  // Mr Blair's own claim)?
  bool NamedIn(const ClaimText& text, Range r, int e) const;

  // The organisation the narration named last before byte `at`, at most `max_back` bytes
  // before it (the first one of that sentence, its subject): "Shares in American Express
  // surged after it said"; an index into text.entities(), or -1.
  int OrganisationBefore(const ClaimText& text, uint32_t at, uint32_t max_back) const;

  // The organisation the narration names most often before byte `at` (of two as often, the
  // first named), if it is named at least twice: the company a story is about, which "the
  // company" means where no company spoke before; an index into text.entities(), or -1.
  int MainOrganisationBefore(uint32_t at) const;

  // The story's protagonist: the first person (an index into the entities) that opens a
  // sentence before byte `at` ("Gordon Brown has criticised ..."), past up to three title
  // words; -1 if none.
  int LeadPerson(const ClaimText& text, uint32_t at) const;

  // The one person (an index into the entities; its last mention) named in sentence
  // `sentence` before byte `at` or in the sentence before it: whom "the comedian" there
  // describes; -1 if none, or if two people are named there.
  int OnlyPersonNear(const ClaimText& text, uint32_t sentence, uint32_t at) const;

  // The gender of the person an entity (index) names, as its cluster tells it.
  Gender GenderOf(int entity) const;

  // Speaker gender (docs/attribution.md). Adds to the evidence of entity e's cluster the
  // gendered nouns (word.gender_noun) that a claim's words say of it: the word just before
  // the name among the speaker's `words` ("spokeswoman Ann Lee said"), or the head of the
  // claim's `apposition` ("Ann Lee, a spokeswoman for", "Ann Lee, the boy's mother,", "his
  // wife, Ann Lee,").
  void AddRoleNouns(const ClaimText& text, Range words, Range apposition, int entity);
  // "he" or "she" (gender g) stands for the person entity e names.
  void AddPronoun(int entity, Gender g);
  // The gender that the evidence of entity e's cluster gives (unknown when it disagrees or
  // there is none), and into `evidence` the GenderEvidence bits found.
  Gender EvidencedGender(int entity, uint8_t* evidence) const;

 private:
  static bool InOpeningParticiple(const ClaimText& text, uint32_t k);

  template <typename Agrees>
  int NamedBefore(const std::vector<int>& named, const ClaimText& text, uint32_t at,
                  uint32_t max_back, Agrees agrees) const;

  // What shows a person's gender: GenderEvidence bits, by gender.
  struct Evidence {
    uint8_t male = 0;
    uint8_t female = 0;
  };
  void AddEvidence(int cluster, Gender g, uint8_t bit);
  static const LexiconEntry* GenderNounAt(const ClaimText& text, uint32_t k);
  bool AddRoleNoun(const ClaimText& text, const LexiconEntry& noun, uint32_t k, int cluster);

  // By token: the Gender of a given name or title there, | kTitleMark for a title.
  static constexpr uint8_t kTitleMark = 4;
  std::vector<uint8_t> token_gender_;
  std::vector<Gender> cluster_gender_;         // by entity cluster
  std::vector<Evidence> cluster_evidence_;     // by entity cluster
  std::vector<int> people_;                    // person entities in the narration, in text order
  std::vector<int> organisations_;             // organisation entities there, likewise
  mutable std::vector<int> cluster_mentions_;  // MainOrganisationBefore's scratch
  const std::vector<Entity>* entities_ = nullptr;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_CLAIMS_ANTECEDENTS_H_
