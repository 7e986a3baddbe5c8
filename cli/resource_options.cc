#include "resource_options.h"

namespace claimscope::cli {
namespace po = boost::program_options;

void AddResourceOptions(po::options_description* d, ResourceArgs* args) {
  // clang-format off
  d->add_options()
      ("lexicon-dir", po::value(&args->lexicon_dirs)->value_name("DIR")->composing(),
       "add the lexicons (*.tsv) below DIR to the built-in ones; repeatable "
       "(format: docs/lexicons.md)")
      ("grammar-dir", po::value(&args->grammar_dirs)->value_name("DIR")->composing(),
       "add the grammars (*.grammar) below DIR to the built-in ones; repeatable "
       "(language: docs/grammars.md)")
      ("no-defaults", po::bool_switch(&args->no_defaults),
       "use only the --lexicon-dir lexicons and --grammar-dir grammars, not the built-in ones "
       "(the built-in word lists, the rules' vocabulary, stay)")
      ("unit-mentions", po::bool_switch(&args->unit_mentions),
       "also report units named without a number (\"a percentage\", \"the dollar\") as "
       "quantities with a null value, as Microsoft Recognizers-Text does")
      ("any-language", po::bool_switch(&args->any_language),
       "apply the English rules to every document; by default a document surely in another "
       "language gets a \"not_english\" warning and no entities, quantities or quotes");
  // clang-format on
}

void ApplyResourceArgs(const ResourceArgs& args, Options* options) {
  options->lexicon_dirs = args.lexicon_dirs;
  options->grammar_dirs = args.grammar_dirs;
  options->replace_defaults = args.no_defaults;
  options->unit_mentions = args.unit_mentions;
  options->any_language = args.any_language;
}

}  // namespace claimscope::cli
