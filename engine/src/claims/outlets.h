// Outlets and credit: the news organisations that carried a claim. An outlet may credit the
// whole article (a dateline "SEVILLE, Spain (AP) —", a credit closing a paragraph "(PA)"), be
// addressed ("told The Post", "in an interview with the BBC"), report ("..., NPR reported",
// "according to Al Jazeera") or cite the real speaker ("Al-Ahram reported ..., citing
// officials"). An outlet is an ORG entity of the media lexicon or named like one ("Valdera
// Herald": word.media_word).
#ifndef CLAIMSCOPE_SRC_CLAIMS_OUTLETS_H_
#define CLAIMSCOPE_SRC_CLAIMS_OUTLETS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/claim_draft.h"
#include "claims/claim_text.h"
#include "claims/cues.h"
#include "claimscope/record.h"

namespace claimscope::internal {

class Outlets {
 public:
  // Starts on a new document; forgets what the last one said.
  void Reset(const ClaimText& text);

  // Is the entity (an index into the record's) an outlet? Asked about the same entities many
  // times, so each answer is kept for the document.
  bool IsMedia(int entity) const;

  // "SEVILLE, Spain (AP) —": the outlet credited for the whole article, in a dateline that
  // opens one of the first three paragraphs. Sets record->credit.
  void FindCredit(const ClaimText& text, Record* record);
  // The dash that ends the dateline, or ClaimText::kNone: a claim starts after it.
  uint32_t credit_dash() const { return credit_dash_; }

  // The outlet named last before token k ("told the newspaper"), or -1.
  int LastMediaBefore(uint32_t k) const;

  // "Al-Ahram reported that ..., citing officials at the foreign ministry": the officials
  // speak and the outlet carries their words.
  void CitedSource(Claim* claim) const;

  // Paragraphs that end with a bracketed outlet, "(PA)": the credit goes to their last claim.
  void FindParagraphCredits(const std::vector<Claim>& claims);

  // The outlets of claims[index] into q->media: those the claim found itself, those named in
  // its sentence as reporting, addressed or credited, and the credits above.
  void SetMedia(const Cues& cues, const std::vector<Claim>& claims, size_t index, Quote* q);
  // For --explain: how SetMedia found the last claim's outlets.
  std::string_view how() const { return how_; }

 private:
  bool LooksLikeMedia(const Entity& e) const;

  // Paragraphs that end with a bracketed outlet, "(PA)", and their last claim before it.
  struct ParagraphCredit {
    int entity = -1;
    long last_claim = -1;
    uint32_t open = 0;  // the "(" token
  };

  const ClaimText* text_ = nullptr;
  mutable std::vector<int8_t> media_entity_;  // by entity: an outlet? (-1 not known yet)
  std::vector<ParagraphCredit> paragraph_credits_;
  std::vector<int> media_;                     // SetMedia's
  std::vector<std::vector<int>> claim_media_;  // by claim: the outlets SetMedia gave it
  int credit_entity_ = -1;
  int credit_sentence_ = -1;
  uint32_t credit_dash_ = ClaimText::kNone;
  std::string_view how_;
};

// Adds the outlet (an entity index) to the claim's, once.
void AddMedia(Claim* claim, int entity);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_CLAIMS_OUTLETS_H_
