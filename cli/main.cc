// The claimscope command-line tool: subcommands over the engine's public API.
#include <csignal>
#include <iostream>
#include <string>
#include <vector>

#include "check_command.h"
#include "claimscope/version.h"
#include "extract_command.h"
#include "stats_command.h"

namespace {

constexpr const char* kUsage =
    "Usage: claimscope COMMAND [OPTIONS]\n\n"
    "Finds who and what news text talks about, and who said what.\n\n"
    "Commands:\n"
    "  extract    extract entities, quantities and quotes as JSON Lines\n"
    "  check      compile the lexicon and grammar folders and report errors\n"
    "  stats      summarise extract's JSON Lines: counts, top names, speakers, outlets\n\n"
    "Options:\n"
    "  -h, --help     show this help (claimscope extract --help for the command's)\n"
    "  --version      print the version\n\n"
    "Example:\n"
    "  claimscope extract examples/article.txt\n";

}  // namespace

int main(int argc, char** argv) {
  // A closed pipe is reported by write() as EPIPE and handled there, quietly.
  std::signal(SIGPIPE, SIG_IGN);
  std::vector<std::string> args(argv + 1, argv + argc);
  namespace cli = claimscope::cli;
  if (args.empty()) {
    std::cerr << kUsage;
    return cli::kExitUsage;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << kUsage;
    return cli::kExitOk;
  }
  if (command == "--version" || command == "version") {
    std::cout << "claimscope " << claimscope::kVersion << "\n";
    return cli::kExitOk;
  }
  if (command == "extract") {
    cli::ExtractConfig config;
    std::string error;
    if (!cli::ParseExtractArgs(args, &config, &error)) {
      std::cerr << "claimscope extract: " << error << "\nTry 'claimscope extract --help'.\n";
      return cli::kExitUsage;
    }
    if (config.help) {
      std::cout << cli::ExtractHelp();
      return cli::kExitOk;
    }
    return cli::RunExtract(config);
  }
  if (command == "check") return cli::RunCheckCommand(args);
  if (command == "stats") {
    cli::StatsConfig config;
    std::string error;
    if (!cli::ParseStatsArgs(args, &config, &error)) {
      std::cerr << "claimscope stats: " << error << "\nTry 'claimscope stats --help'.\n";
      return cli::kExitUsage;
    }
    if (config.help) {
      std::cout << cli::StatsHelp();
      return cli::kExitOk;
    }
    return cli::RunStats(config);
  }
  std::cerr << "claimscope: unknown command '" << command << "'\n\n" << kUsage;
  return cli::kExitUsage;
}
