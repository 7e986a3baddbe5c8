// The options that choose an engine's resources, shared by the commands that build one.
#ifndef CLAIMSCOPE_CLI_RESOURCE_OPTIONS_H_
#define CLAIMSCOPE_CLI_RESOURCE_OPTIONS_H_

#include <boost/program_options.hpp>
#include <string>
#include <vector>

#include "claimscope/engine.h"

namespace claimscope::cli {

struct ResourceArgs {
  std::vector<std::string> lexicon_dirs;
  std::vector<std::string> grammar_dirs;
  bool no_defaults = false;
  bool unit_mentions = false;
  bool any_language = false;
};

// Adds --lexicon-dir, --grammar-dir, --no-defaults, --unit-mentions and --any-language, parsed
// into `args`.
void AddResourceOptions(boost::program_options::options_description* d, ResourceArgs* args);

// Copies the parsed choices into engine options.
void ApplyResourceArgs(const ResourceArgs& args, Options* options);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_RESOURCE_OPTIONS_H_
