// Must not compile: the writers see the public Record only, never a matcher.
#include "lexicon/lexicon_matcher.h"
