// Compiles the built-in lexicons into the image the engine embeds (lexicon/lexicon_image.h),
// the built-in grammars' start gate (GrammarSet::SaveGate) and the vocabulary of both
// (lexicon/token_vocabulary.h): run by the build, not by people.
//
//   claimscope_make_images LEXICONS_OUT GATE_OUT VOCABULARY_OUT
//
// Parses and indexes the lexicons as an engine without an image does, saves the result, and
// loads it back and compares every entry before writing LEXICONS_OUT (the engine reads the
// entries' records unchecked, as they are asked for: lexicon/image_entries.h); builds an engine
// with the defaults (and no images) and saves its start gate as GATE_OUT and its vocabulary
// (with the digest of the files it was built from) as VOCABULARY_OUT.
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "lexicon/lexicon_image.h"
#include "resources.h"

namespace {

int Fail(const std::string& message) {
  std::fprintf(stderr, "claimscope_make_images: %s\n", message.c_str());
  return 1;
}

bool Write(const char* path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace claimscope::internal;
  if (argc != 4) {
    return Fail("usage: claimscope_make_images LEXICONS_OUT GATE_OUT VOCABULARY_OUT");
  }
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
  for (uint32_t e = 0; e < matcher.entry_count(); ++e) {
    if (!(loaded.entry(e) == matcher.entry(e))) {
      return Fail("entry " + std::to_string(e) + " does not load back");
    }
  }
  Resources resources;
  size_t lexicon_files = 0;
  size_t grammar_files = 0;
  const claimscope::Status engine =
      LoadResources(claimscope::Options(), &resources, &lexicon_files, &grammar_files);
  if (!engine.ok()) return Fail(engine.ToString());
  std::string gate;
  if (!resources.grammars.SaveGate(&gate)) return Fail("the grammars have no start gate");
  std::string vocabulary;
  resources.vocabulary.Save(resources.digest, &vocabulary);
  TokenVocabulary loaded_vocabulary;
  if (!loaded_vocabulary.Load(vocabulary, resources.digest) ||
      loaded_vocabulary.size() != resources.vocabulary.size()) {
    return Fail("the vocabulary does not load back");
  }
  if (!Write(argv[1], image)) return Fail(std::string("cannot write ") + argv[1]);
  if (!Write(argv[2], gate)) return Fail(std::string("cannot write ") + argv[2]);
  if (!Write(argv[3], vocabulary)) return Fail(std::string("cannot write ") + argv[3]);
  return 0;
}
