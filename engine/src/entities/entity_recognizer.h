// Organisations, places and people: lexicon matches and name rules become candidates, the
// candidates are resolved (priority, then longest, then leftmost; no overlaps), and the
// mentions of one thing are clustered (acronyms defined in the text, later short forms).
#ifndef CLAIMSCOPE_SRC_ENTITIES_ENTITY_RECOGNIZER_H_
#define CLAIMSCOPE_SRC_ENTITIES_ENTITY_RECOGNIZER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "claimscope/record.h"
#include "claimscope/tokenizer.h"
#include "entities/link_cache.h"
#include "lexicon/lexicon_matcher.h"
#include "lexicon/token_word_lists.h"

namespace claimscope::internal {

// The working memory of RecognizeEntities, kept between documents so that steady state
// allocates little. Not thread-safe: one per thread (each Workspace holds one).
class EntityScratch {
 public:
  EntityScratch();
  ~EntityScratch();
  EntityScratch(const EntityScratch&) = delete;
  EntityScratch& operator=(const EntityScratch&) = delete;

  struct Buffers;  // entity_recognizer.cc: its types are the recognizer's own
  Buffers& buffers() { return *buffers_; }

 private:
  std::unique_ptr<Buffers> buffers_;
};

// `units` and `hits` come from matcher.Match over the same text and analysis; `words` holds
// the engine's word lists and those of analysis's tokens; `links` the engine's cache of matcher's
// entries' links; `scratch` is overwritten.
void RecognizeEntities(std::string_view text, const TextAnalysis& analysis,
                       const LexiconMatcher& matcher, const TokenWordLists& words,
                       const LexiconScratch& units, const std::vector<LexiconHit>& hits,
                       const LinkCache& links, EntityScratch* scratch,
                       std::vector<Entity>* entities);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_ENTITIES_ENTITY_RECOGNIZER_H_
