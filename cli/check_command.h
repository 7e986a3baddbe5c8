// `claimscope check`: builds the engine from the chosen lexicon and grammar folders and
// reports what compiled, or the first error with its file, line and column.
#ifndef CLAIMSCOPE_CLI_CHECK_COMMAND_H_
#define CLAIMSCOPE_CLI_CHECK_COMMAND_H_

#include <string>
#include <vector>

namespace claimscope::cli {

// Runs `claimscope check ARGS`; returns the exit code (0 all resources compile, 2 an error).
int RunCheckCommand(const std::vector<std::string>& args);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_CHECK_COMMAND_H_
