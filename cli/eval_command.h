// `claimscope eval GOLD... --pred OUTPUT.jsonl`: scores an output of `claimscope extract`
// against the user's own annotations in the JSON gold format of docs/eval.md: per layer
// (entities and their three types, quantities, quotes, attributed quotes) precision, recall
// and F1, with 95% bootstrap intervals over documents; speaker, anonymity, outlet and kind
// accuracy on the quotes found; with --diff the misses and extras of each document.
//
// The matching rules are those of the project's scorer: entities and quantities as bags of
// (class, normalised text or value) per document; quotes by word overlap, one gold quote a
// prediction, a speaker right when every content word of one accepted name is among the
// prediction's resolved or literal speaker words.
#ifndef CLAIMSCOPE_CLI_EVAL_COMMAND_H_
#define CLAIMSCOPE_CLI_EVAL_COMMAND_H_

#include <string>
#include <vector>

namespace claimscope::cli {

struct EvalConfig {
  std::vector<std::string> gold;  // JSON gold (one document a file, or JSON Lines), or DOC.ann
  std::string pred;               // claimscope extract's JSON Lines
  int bootstrap = 1000;           // resamples for the intervals; 0: none
  bool diff = false;              // list each document's misses and extras
  bool help = false;
};

bool ParseEvalArgs(const std::vector<std::string>& args, EvalConfig* config, std::string* error);
std::string EvalHelp();
// Returns 0 with the scores printed, 2 when a file cannot be read or holds no gold or record
// (with its file and line).
int RunEval(const EvalConfig& config);

// The scorer's text normalisation (exposed for tests): curly quotes made straight, case
// folded, spaces collapsed, punctuation and a leading "the " and trailing "'s" dropped.
std::string NormaliseForScoring(std::string_view s);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_EVAL_COMMAND_H_
