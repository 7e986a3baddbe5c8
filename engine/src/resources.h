// The compiled resources an Engine holds, and the per-thread scratch that goes with them.
#ifndef CLAIMSCOPE_SRC_RESOURCES_H_
#define CLAIMSCOPE_SRC_RESOURCES_H_

#include <string>
#include <vector>

#include "claimscope/engine.h"
#include "document_date.h"
#include "lexicon_matcher.h"

namespace claimscope::internal {

struct Resources {
  LexiconMatcher lexicons;
  HeaderDateFinder header_dates;
};

struct Scratch {
  LexiconScratch lexicon;
  std::vector<LexiconHit> hits;
};

// Loads the default lexicons (unless replaced) and every *.tsv below each of `dirs`.
Status LoadLexicons(const Options& options, LexiconMatcher* matcher, size_t* files);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_RESOURCES_H_
