// The built-in lexicons compiled at build time: a LexiconMatcher's files (their entries as
// offsets into each file's text) and its automaton, saved as an image that the program
// embeds, so that an engine with the default lexicons loads them in a few copies instead of
// parsing some 6 MB of TSV and indexing 75,000 forms (docs/architecture.md, "Start-up").
//
//   build time:  LexiconImage::Save(matcher, texts, digests, &image);  // tools/make_images.cc
//   run time:    LexiconImage::Load(image, texts, &matcher, &digests)
//
// An image holds each file's name and size; Load refuses one whose files are not the texts
// it is given (a stale image), and the caller then parses the texts as before.
#ifndef CLAIMSCOPE_SRC_LEXICON_LEXICON_IMAGE_H_
#define CLAIMSCOPE_SRC_LEXICON_LEXICON_IMAGE_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon_matcher.h"

namespace claimscope::internal {

// A lexicon file's text, by the name it loads under.
struct LexiconText {
  std::string name;
  std::string_view text;
};

class LexiconImage {
 public:
  // Saves `matcher`, whose files are views of `texts` (in the same order), with a digest of
  // each file (resources.cc), to `out`.
  static void Save(const LexiconMatcher& matcher, std::span<const LexiconText> texts,
                   std::span<const std::string> digests, std::string* out);
  // Loads an image saved from the files `texts` into an empty `matcher`, and their digests.
  // False, with `matcher` empty, when the image is damaged or of other files.
  static bool Load(std::string_view image, std::span<const LexiconText> texts,
                   LexiconMatcher* matcher, std::vector<std::string>* digests);
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_LEXICON_LEXICON_IMAGE_H_
