// The program that compiles the images (tools/make_images.cc) has none yet: its engine
// parses the built-in lexicons and builds the start gate.
#include "embedded_resources.h"

namespace claimscope::internal {

std::string_view DefaultLexiconImage() { return {}; }
std::string_view DefaultGateImage() { return {}; }
std::string_view DefaultVocabularyImage() { return {}; }

}  // namespace claimscope::internal
