// Organisations, places and people: lexicon matches and name rules become candidates, the
// candidates are resolved (priority, then longest, then leftmost; no overlaps), and the
// mentions of one thing are clustered (acronyms defined in the text, later short forms).
#ifndef CLAIMSCOPE_SRC_ENTITY_RECOGNIZER_H_
#define CLAIMSCOPE_SRC_ENTITY_RECOGNIZER_H_

#include <string_view>
#include <vector>

#include "claimscope/record.h"
#include "claimscope/tokenizer.h"
#include "lexicon_matcher.h"

namespace claimscope::internal {

// `scratch` and `hits` come from matcher.Match over the same text and analysis.
void RecognizeEntities(std::string_view text, const TextAnalysis& analysis,
                       const LexiconMatcher& matcher, const LexiconScratch& scratch,
                       const std::vector<LexiconHit>& hits, std::vector<Entity>* entities);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_ENTITY_RECOGNIZER_H_
