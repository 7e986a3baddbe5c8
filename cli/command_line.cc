#include "command_line.h"

namespace claimscope::cli {
namespace po = boost::program_options;

bool ParseCommandLine(const std::vector<std::string>& args, const po::options_description& visible,
                      const char* operand, std::vector<std::string>* paths, po::variables_map* vm,
                      std::string* error) {
  po::options_description all;
  all.add(visible).add_options()(operand, po::value(paths)->composing());
  po::positional_options_description positional;
  positional.add(operand, -1);
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), *vm);
    po::notify(*vm);
  } catch (const po::error& e) {
    *error = e.what();
    return false;
  }
  return true;
}

}  // namespace claimscope::cli
