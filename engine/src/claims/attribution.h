// Claims and their sources: indirect speech around speech cues, speakers for direct and
// partial quotes, speaker resolution (pronouns, definite descriptions, short names), kind and
// anonymity, the outlets that carried each claim, and the mentions inside each claim.
#ifndef CLAIMSCOPE_SRC_CLAIMS_ATTRIBUTION_H_
#define CLAIMSCOPE_SRC_CLAIMS_ATTRIBUTION_H_

#include <memory>
#include <string_view>
#include <vector>

#include "claimscope/record.h"
#include "claimscope/tokenizer.h"
#include "lexicon/lexicon_matcher.h"
#include "lexicon/word_lists.h"

namespace claimscope::internal {

struct AttributionInput {
  std::string_view text;
  const TextAnalysis* analysis = nullptr;
  const LexiconMatcher* lexicons = nullptr;
  const WordLists* words = nullptr;
  const LexiconScratch* units = nullptr;          // from lexicons->Match on this text
  const std::vector<LexiconHit>* hits = nullptr;  // likewise
};

// The working memory of AttributeClaims, kept between documents so that steady state
// allocates little. Not thread-safe: one per thread (each Workspace holds one).
class AttributionScratch {
 public:
  AttributionScratch();
  ~AttributionScratch();
  AttributionScratch(const AttributionScratch&) = delete;
  AttributionScratch& operator=(const AttributionScratch&) = delete;

  struct Buffers;  // attribution.cc: its types are the attributor's own
  Buffers& buffers() { return *buffers_; }

 private:
  std::unique_ptr<Buffers> buffers_;
};

// `record` holds the entities, quantities and the quotes found from quote marks; this adds
// indirect quotes, fills speakers, cues, media, credit, and the mentions inside each quote,
// and numbers the quotes in text order. `scratch` is overwritten.
void AttributeClaims(const AttributionInput& in, AttributionScratch* scratch, Record* record);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_CLAIMS_ATTRIBUTION_H_
