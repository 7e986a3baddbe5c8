// Claim finding: what is said, next to each cue. Indirect speech after the cue ("said (that)
// CLAUSE", "told The Post that CLAUSE") or before it ("CLAUSE, the ministry said"),
// "according to X", participles ("Stressing that CLAUSE, the officer said"), quotes attached
// to their cue ("said: “...”", "“...,” she said"), partial quotes inside a reported clause,
// and the quotes no cue claimed, which continue the claim of their sentence or paragraph.
// The speakers come from speaker finding (speakers.h), the outlets a claim names itself from
// outlets.h; the result is the document's claim drafts, in the order found.
#ifndef CLAIMSCOPE_SRC_CLAIMS_CLAIM_FINDER_H_
#define CLAIMSCOPE_SRC_CLAIMS_CLAIM_FINDER_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "claims/claim_draft.h"
#include "claims/claim_text.h"
#include "claims/cues.h"
#include "claims/outlets.h"
#include "claims/posts.h"
#include "claims/speakers.h"

namespace claimscope::internal {

class ClaimFinder {
 public:
  // Working memory, kept between documents.
  struct Scratch {
    std::vector<uint8_t> in_source;                  // tokens of a speaker already found
    std::vector<uint8_t> in_content;                 // tokens of a reported clause found
    std::vector<uint8_t> post_start;                 // the first token of a post's line
    std::vector<int> last_in_sentence;               // by sentence: its last claim, or -1
    std::vector<std::pair<uint32_t, int>> by_start;  // claims by their first token
  };

  // Everything passed must outlive this object; `text`'s mark quotes are marked claimed as
  // claims take them.
  ClaimFinder(ClaimText& text, const Cues& cues, const Outlets& outlets,
              const std::vector<Post>& posts, Scratch* scratch, std::vector<Claim>* claims)
      : t_(text),
        cues_(cues),
        outlets_(outlets),
        posts_(posts),
        scratch_(*scratch),
        claims_(*claims),
        speakers_(text, *claims) {}

  // Fills the claims: first those of "according to" (whose sources' words are no cues of
  // their own), then the other cues', then the quotes no cue claimed.
  void FindAll();

 private:
  void Attribute(const Cue& cue);
  void AttributeAccording(const Cue& cue);
  void AttributeParticiple(const Cue& cue, Claim claim);
  bool AddContentAfter(const Cue& cue, Claim claim, uint32_t k, bool subordinate);
  bool OpensNominalClause(uint32_t k) const;
  bool HeadedBySaidNoun(Range r) const;
  bool HasAs(Range r) const;
  // Can the speaker words r be evidence that shows ("figures", "the study", "it"), not a
  // person ("he", "Rooney") who demonstrates?
  bool ShowsEvidence(Range r) const;
  bool HasPastVerb(uint32_t k, uint32_t end) const;
  Range WithGapFiller(Range speaker, Range content) const;
  bool OpensNounPhrase(uint32_t k) const;
  bool OpensInfinitive(uint32_t to) const;
  bool ClauseFollows(uint32_t k, uint32_t end) const;
  uint32_t ClauseStart(const Segment& sent, uint32_t end) const;
  uint32_t ContentEnd(uint32_t start, const Segment& sent, bool subordinate) const;
  // With `apposition` (after "and" or "but"), past one apposition between commas ("but his
  // lawyer, Antony Townsden, told").
  bool CueOpensClauseAt(uint32_t n, uint32_t end, bool apposition = false) const;
  // The words a listener may have ("told an Indian news channel on her mobile phone:").
  static constexpr int kMaxObjectWords = 10;
  // Past the object of a cue from k: where what is said begins. With `reason_follows` (verbs
  // of blame and praise), what "of", "on", "over" or "for" governs after it ("accused Mr X of
  // failing to serve").
  uint32_t SkipObject(uint32_t k, uint32_t end, bool reason_follows, Claim* claim) const;
  // Does r run from one line into a list item ("court cases\n - Better access")?
  bool CrossesListItem(Range r) const;
  bool HasQuoteIn(const Segment& sent) const;
  bool HasCueIn(Range r) const;
  // Is k after an opening quotation mark that never closes, in its paragraph?
  bool InUnclosedQuote(uint32_t k) const;
  bool IsCurrencySign(uint32_t k) const;
  Range WithoutUnclosedMark(Range r) const;
  uint32_t SkipAdverbials(uint32_t k, uint32_t end, Claim* claim) const;
  // Adds the claim, of the mark quote `mark` (or -1): a mark quote belongs to one claim, and
  // an indirect claim takes the quotes inside its words as partial quotes.
  void AddClaim(Claim claim, int mark);
  void AttachPartials(const Claim& claim, const Segment& sent);
  void MarkPosts();
  void AttributePosts();
  void AttributeDashCredits();
  void AttachUnclaimedQuotes();
  void Continue(int from, size_t mark, std::string_view how, bool same_outlets);
  bool OnlySpacesBetween(uint32_t a, uint32_t b) const;

  ClaimText& t_;
  const Cues& cues_;
  const Outlets& outlets_;
  const std::vector<Post>& posts_;
  Scratch& scratch_;
  std::vector<Claim>& claims_;
  const SpeakerFinder speakers_;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_CLAIMS_CLAIM_FINDER_H_
