// `claimscope extract`: flags are parsed (Boost.Program_options) into an ExtractConfig,
// validated, then run.
#ifndef CLAIMSCOPE_CLI_EXTRACT_COMMAND_H_
#define CLAIMSCOPE_CLI_EXTRACT_COMMAND_H_

#include <string>
#include <vector>

#include "claimscope/engine.h"
#include "claimscope/formats.h"
#include "document_source.h"

namespace claimscope::cli {

// Exit codes of every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitDocumentErrors = 1;  // some documents had errors; all have records
inline constexpr int kExitUsage = 2;           // bad usage or a resource error; nothing ran

struct ExtractConfig {
  SourceConfig source;
  std::string output = "-";
  std::string default_date;  // --date
  FormatOptions format;      // --format, --offsets, --pretty, --explain
  Options engine;
  int threads = 1;
  bool keep_meta = false;  // --keep-fields: records carry "meta"
  bool keep_text = false;  // --keep-text: records carry "text"
  bool quiet = false;
  bool help = false;
  bool resume = false;  // --resume: continue the run whose output is `output`
  // The arguments that shape the output (all but -o, -j, -q, --resume, --warm-start), as a
  // run manifest records them.
  std::vector<std::string> output_args;
};

// Parses the arguments after "extract". On a usage error returns false with `error` set.
bool ParseExtractArgs(const std::vector<std::string>& args, ExtractConfig* config,
                      std::string* error);

// The text of `claimscope extract --help`.
std::string ExtractHelp();

// Runs extraction; returns an exit code. Messages go to stderr.
int RunExtract(const ExtractConfig& config);

// The file name (without extension) of the n-th document's files in a folder output (brat):
// "N-" and the id's last path part, letters, digits, '-' and '_' kept, others as '_'.
std::string FileNameFor(const std::string& id, uint64_t n);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_EXTRACT_COMMAND_H_
