// The attribution parts up to the claim drafts, run on a short text (claim_fixture.h): the
// cues, the outlets' credit and the claims found next to the cues. For the tests of the parts
// that read the drafts.
#ifndef CLAIMSCOPE_TESTS_CLAIM_DRAFTS_H_
#define CLAIMSCOPE_TESTS_CLAIM_DRAFTS_H_

#include <string>
#include <vector>

#include "claim_fixture.h"
#include "claims/claim_finder.h"
#include "claims/cues.h"
#include "claims/outlets.h"

namespace claimscope::internal {

struct ClaimDrafts {
  explicit ClaimDrafts(std::string text) : f(std::move(text)) {
    cues.Find(f.text(), f.lexicons(), f.units, f.hits);
    outlets.Reset(f.text());
    outlets.FindCredit(f.text(), &f.record);
    ClaimFinder(f.text(), cues, outlets, f.posts, &scratch, &claims).FindAll();
    outlets.FindParagraphCredits(claims);
  }
  // "content|speaker" of every claim, content "" for a mark quote's (see marks());
  // "content|who=Mitch McConnell" for a speaker that refers to other words.
  std::vector<std::string> Summary() const {
    std::vector<std::string> out;
    for (const Claim& c : claims) {
      const Range content = c.mark >= 0 ? f.text().marks()[c.mark].content : c.content;
      out.push_back(f.Words(content) + "|" + f.Words(c.speaker) +
                    (c.refers.empty() ? "" : "=" + f.Words(c.refers)));
    }
    return out;
  }
  ClaimFixture f;
  Cues cues;
  Outlets outlets;
  ClaimFinder::Scratch scratch;
  std::vector<Claim> claims;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_TESTS_CLAIM_DRAFTS_H_
