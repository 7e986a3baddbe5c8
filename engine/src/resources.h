// The compiled resources an Engine holds, and the per-thread scratch that goes with them.
#ifndef CLAIMSCOPE_SRC_RESOURCES_H_
#define CLAIMSCOPE_SRC_RESOURCES_H_

#include <string>
#include <vector>

#include "claims/claims.h"
#include "claimscope/engine.h"
#include "entities/entity_recognizer.h"
#include "entities/link_cache.h"
#include "grammar/grammar_set.h"
#include "lexicon/lexicon_classes.h"
#include "lexicon/lexicon_image.h"
#include "lexicon/lexicon_matcher.h"
#include "lexicon/token_vocabulary.h"
#include "lexicon/token_word_lists.h"
#include "lexicon/word_lists.h"
#include "quantities/quantity_builder.h"
#include "text/document_date.h"

namespace claimscope::internal {

struct Resources {
  LexiconMatcher lexicons;
  LexiconClasses classes{&lexicons};
  WordLists words;  // the word.* classes of the lexicons
  LinkCache links;  // the lexicon entries' links, read on first use
  GrammarSet grammars;
  TokenVocabulary vocabulary;  // of the lexicons, the grammars' seeds and the word lists
  RuleTypes rule_types;        // what each grammar rule's matches become
  HeaderDateFinder header_dates;
  bool lexicon_image = false;     // the built-in lexicons came from the program's image
  bool vocabulary_image = false;  // and the vocabulary
  // FNV-1a over the name and text of every lexicon and grammar file loaded, in load order:
  // two engines with the same digest (and version) give the same output.
  std::string digest;
};

struct Scratch {
  TokenWordLists word_lists;  // of the document's tokens, for every stage
  LexiconScratch lexicon;
  std::vector<LexiconHit> hits;
  GrammarScratch grammar;
  std::vector<GrammarMatch> matches;
  QuantityScratch quantities;
  EntityScratch entities;
  AttributionScratch attribution;
};

// Loads the default lexicons and grammars (unless replaced) and every *.tsv below each of
// options.lexicon_dirs and *.grammar below each of options.grammar_dirs. The default
// lexicons come from the program's image (lexicon/lexicon_image.h) unless replaced; other
// lexicon files are parsed on several threads, then indexed on one thread while the
// grammars, whose class references need only the parsed lexicons, compile on others. Errors
// name the file (and line) of the first file in load order that fails.
Status LoadResources(const Options& options, Resources* resources, size_t* lexicon_files,
                     size_t* grammar_files);

// The built-in lexicons parsed and indexed as an engine without an image builds them, their
// texts and a digest of each file: what tools/make_images.cc saves as the image.
Status BuildDefaultLexicons(LexiconMatcher* matcher, std::vector<LexiconText>* texts,
                            std::vector<std::string>* digests);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_RESOURCES_H_
