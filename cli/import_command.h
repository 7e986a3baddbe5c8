// `claimscope import`: gazetteers from other tools as claimscope lexicon files
// (docs/lexicons.md, "Importing"): GATE gazetteers (lists.def and its .lst files) and spaCy
// EntityRuler phrase patterns (JSON Lines with "label" and a string "pattern"). The files
// written are read with `claimscope extract --lexicon-dir DIR`.
#ifndef CLAIMSCOPE_CLI_IMPORT_COMMAND_H_
#define CLAIMSCOPE_CLI_IMPORT_COMMAND_H_

#include <string>
#include <vector>

namespace claimscope::cli {

struct ImportConfig {
  std::string kind;    // "gate" or "spacy"
  std::string input;   // lists.def, or the patterns' .jsonl
  std::string output;  // the folder written (made if missing)
  bool help = false;
};

bool ParseImportArgs(const std::vector<std::string>& args, ImportConfig* config,
                     std::string* error);
std::string ImportHelp();
// Writes one lexicon file a class into config.output; returns an exit code (2 when the input
// cannot be read or the output written, with the file and line).
int RunImport(const ImportConfig& config);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_IMPORT_COMMAND_H_
