// Claims and their sources: the attribution stage. Its parts, each a file of this room:
//
//   claim_text.h          the document as the parts read it (tokens, entities, quote marks)
//   cues.h                cue finding: "said", "told", "according to"
//   claim_finder.h        what is said next to each cue; quotes that continue a claim
//   speakers.h            speaker finding: the words naming who says it
//   outlets.h             outlets and credit: "told The Post", "(AP)", datelines
//   speaker_resolution.h  who those words stand for: pronouns, descriptions, inheritance
//   anonymity.h           whether the words come from unnamed people
//
// share one claim draft (claim_draft.h); this file runs them in order and writes the record's
// quotes from the drafts.
#ifndef CLAIMSCOPE_SRC_CLAIMS_CLAIMS_H_
#define CLAIMSCOPE_SRC_CLAIMS_CLAIMS_H_

#include <string_view>
#include <vector>

#include "claims/anonymity.h"
#include "claims/claim_draft.h"
#include "claims/claim_finder.h"
#include "claims/claim_text.h"
#include "claims/cues.h"
#include "claims/outlets.h"
#include "claims/posts.h"
#include "claims/speaker_resolution.h"
#include "claimscope/record.h"
#include "claimscope/tokenizer.h"
#include "lexicon/lexicon_matcher.h"
#include "lexicon/token_word_lists.h"

namespace claimscope::internal {

struct AttributionInput {
  std::string_view text;
  const TextAnalysis* analysis = nullptr;
  const LexiconMatcher* lexicons = nullptr;
  const TokenWordLists* word_lists = nullptr;     // of analysis's tokens
  const LexiconScratch* units = nullptr;          // from lexicons->Match on this text
  const std::vector<LexiconHit>* hits = nullptr;  // likewise
};

// The parts and their working memory, kept between documents so that steady state allocates
// little. Not thread-safe: one per thread (each Workspace holds one).
struct AttributionScratch {
  std::vector<Post> posts;  // filled before the quotes from marks (FindPosts)
  ClaimText text;
  Cues cues;
  Anonymity anonymity;
  SpeakerResolver resolver;
  Outlets outlets;
  ClaimFinder::Scratch finder;
  std::vector<Claim> claims;
  std::vector<SpeakerInfo> speakers;
  std::vector<uint8_t> used;  // by record quote: a claim took it
};

// `record` holds the entities, quantities and the quotes found from quote marks; this adds
// indirect quotes, fills speakers, cues, media, credit, and the mentions inside each quote,
// and numbers the quotes in text order. `scratch` is overwritten.
void AttributeClaims(const AttributionInput& in, AttributionScratch* scratch, Record* record);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_CLAIMS_CLAIMS_H_
