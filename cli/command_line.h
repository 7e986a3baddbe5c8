// Command-line parsing shared by the subcommands: named options plus file operands.
#ifndef CLAIMSCOPE_CLI_COMMAND_LINE_H_
#define CLAIMSCOPE_CLI_COMMAND_LINE_H_

#include <boost/program_options.hpp>
#include <string>
#include <vector>

namespace claimscope::cli {

// Parses `args` against the options in `visible`; every operand that is not an option is
// appended to `paths` (named `operand` in Boost's messages). On a parse error returns false
// and sets `error` to Boost's message.
bool ParseCommandLine(const std::vector<std::string>& args,
                      const boost::program_options::options_description& visible,
                      const char* operand, std::vector<std::string>* paths,
                      boost::program_options::variables_map* vm, std::string* error);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_COMMAND_LINE_H_
