// The program that compiles the lexicon image (tools/lexicon_image.cc) has none yet: its
// engine parses the built-in lexicons.
#include "embedded_resources.h"

namespace claimscope::internal {

std::string_view DefaultLexiconImage() { return {}; }

}  // namespace claimscope::internal
