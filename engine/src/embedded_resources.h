// Resource files compiled into the library (cmake/EmbedResources.cmake), so that the engine
// works with no files at run time.
#ifndef CLAIMSCOPE_SRC_EMBEDDED_RESOURCES_H_
#define CLAIMSCOPE_SRC_EMBEDDED_RESOURCES_H_

#include <span>
#include <string_view>

namespace claimscope::internal {

struct EmbeddedFile {
  const char* path;  // relative to the resource folder, e.g. "place/countries.tsv"
  const char* begin;
  const char* end;
  std::string_view contents() const { return {begin, static_cast<size_t>(end - begin)}; }
};

// The default lexicons (lexicons/**/*.tsv) and grammars (grammars/*.grammar), by path.
std::span<const EmbeddedFile> DefaultLexicons();
std::span<const EmbeddedFile> DefaultGrammars();

// The default lexicons compiled at build time (lexicon/lexicon_image.h), the start gate of
// the default grammars (GrammarSet::SaveGate) and the vocabulary of both
// (lexicon/token_vocabulary.h); empty in the program that compiles them
// (tools/make_images.cc).
std::string_view DefaultLexiconImage();
std::string_view DefaultGateImage();
std::string_view DefaultVocabularyImage();

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_EMBEDDED_RESOURCES_H_
