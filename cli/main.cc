// The claimscope command-line tool: subcommands over the engine's public API.
#include <csignal>
#include <iostream>
#include <string>
#include <vector>

#include "allocator.h"
#include "check_command.h"
#include "claimscope/version.h"
#include "diff_command.h"
#include "eval_command.h"
#include "extract_command.h"
#include "import_command.h"
#include "serve_command.h"
#include "stats_command.h"

namespace {

constexpr const char* kUsage =
    "Usage: claimscope COMMAND [OPTIONS]\n\n"
    "Finds who and what news text talks about, and who said what.\n\n"
    "Commands:\n"
    "  extract    extract entities, quantities and quotes as JSON Lines\n"
    "  check      compile the lexicon and grammar folders and report errors\n"
    "  stats      summarise extract's JSON Lines: counts, top names, speakers, outlets\n"
    "  serve      serve extraction over HTTP (POST /extract)\n"
    "  import     write GATE gazetteers or spaCy patterns as lexicon files\n"
    "  diff       what changed between two outputs of extract\n"
    "  eval       score an output of extract against your own gold annotations\n\n"
    "Options:\n"
    "  -h, --help     show this help (claimscope extract --help for the command's)\n"
    "  --version      print the version\n\n"
    "Example:\n"
    "  claimscope extract examples/article.txt\n";

// A command's arguments parsed (a usage error says so), its --help printed, or the command
// run.
template <typename Config>
int Dispatch(const char* name, const std::vector<std::string>& args,
             bool (*parse)(const std::vector<std::string>&, Config*, std::string*),
             std::string (*help)(), int (*run)(const Config&)) {
  Config config;
  std::string error;
  if (!parse(args, &config, &error)) {
    std::cerr << "claimscope " << name << ": " << error << "\nTry 'claimscope " << name
              << " --help'.\n";
    return claimscope::cli::kExitUsage;
  }
  if (config.help) {
    std::cout << help();
    return claimscope::cli::kExitOk;
  }
  return run(config);
}

}  // namespace

int main(int argc, char** argv) {
  claimscope::cli::TuneAllocator();
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
    return Dispatch<cli::ExtractConfig>("extract", args, cli::ParseExtractArgs, cli::ExtractHelp,
                                        cli::RunExtract);
  }
  if (command == "check") return cli::RunCheckCommand(args);
  if (command == "stats") {
    return Dispatch<cli::StatsConfig>("stats", args, cli::ParseStatsArgs, cli::StatsHelp,
                                      cli::RunStats);
  }
  if (command == "diff") {
    return Dispatch<cli::DiffConfig>("diff", args, cli::ParseDiffArgs, cli::DiffHelp, cli::RunDiff);
  }
  if (command == "eval") {
    return Dispatch<cli::EvalConfig>("eval", args, cli::ParseEvalArgs, cli::EvalHelp, cli::RunEval);
  }
  if (command == "import") {
    return Dispatch<cli::ImportConfig>("import", args, cli::ParseImportArgs, cli::ImportHelp,
                                       cli::RunImport);
  }
  if (command == "serve") {
    return Dispatch<cli::ServeConfig>("serve", args, cli::ParseServeArgs, cli::ServeHelp,
                                      cli::RunServe);
  }
  std::cerr << "claimscope: unknown command '" << command << "'\n\n" << kUsage;
  return cli::kExitUsage;
}
