// Compiles the built-in lexicons into the image the engine embeds (lexicon/lexicon_image.h):
// run by the build, not by people.
//
//   claimscope_lexicon_image OUT
//
// Parses and indexes the lexicons as an engine without an image does, saves the result, and
// loads it back to check it before writing OUT.
#include "lexicon/lexicon_image.h"

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "resources.h"

namespace {

int Fail(const std::string& message) {
  std::fprintf(stderr, "claimscope_lexicon_image: %s\n", message.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace claimscope::internal;
  if (argc != 2) return Fail("usage: claimscope_lexicon_image OUT");
  LexiconMatcher matcher;
  std::vector<LexiconText> texts;
  std::vector<std::string> digests;
  const claimscope::Status built = BuildDefaultLexicons(&matcher, &texts, &digests);
  if (!built.ok()) return Fail(built.ToString());
  std::string image;
  LexiconImage::Save(matcher, texts, digests, &image);
  LexiconMatcher loaded;
  std::vector<std::string> loaded_digests;
  if (!LexiconImage::Load(image, texts, &loaded, &loaded_digests) ||
      loaded.entry_count() != matcher.entry_count() ||
      loaded.form_count() != matcher.form_count() || loaded_digests != digests) {
    return Fail("the image does not load back");
  }
  std::ofstream out(argv[1], std::ios::binary);
  out.write(image.data(), static_cast<std::streamsize>(image.size()));
  out.close();
  if (!out) return Fail(std::string("cannot write ") + argv[1]);
  return 0;
}
