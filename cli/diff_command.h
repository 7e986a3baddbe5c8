// `claimscope diff A.jsonl B.jsonl`: what changed between two outputs of the same input, for
// users who upgrade or add lexicons: documents matched by id, mentions by span; entities
// and quantities added, removed or retyped (type, subtype or value), quotes added, removed
// or with another speaker. A summary table, and with --list one line a change.
#ifndef CLAIMSCOPE_CLI_DIFF_COMMAND_H_
#define CLAIMSCOPE_CLI_DIFF_COMMAND_H_

#include <string>
#include <vector>

namespace claimscope::cli {

struct DiffConfig {
  std::string before;
  std::string after;
  bool list = false;  // one tab-separated line a change, after the summary
  bool help = false;
};

bool ParseDiffArgs(const std::vector<std::string>& args, DiffConfig* config, std::string* error);
std::string DiffHelp();
// Returns 0 (same or not: a diff is a report), 2 when a file cannot be read or has a line
// that is no record (with its file and line).
int RunDiff(const DiffConfig& config);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_DIFF_COMMAND_H_
