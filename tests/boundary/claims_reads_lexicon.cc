// Must compile: claims may read lexicon matches (the control that shows the check itself
// works: the same build command, a header the room may use).
#include "lexicon/lexicon_matcher.h"

int ClaimsMayReadLexicons() { return sizeof(claimscope::internal::LexiconHit) > 0 ? 0 : 1; }
