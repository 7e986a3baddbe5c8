// `claimscope serve`: extraction over HTTP/1.1 (Boost.Beast), one shared Engine and a pool of
// worker threads, for programs in other languages (docs/serve.md).
//
//   POST /extract           {"text", "id", "date"} -> the record, as `claimscope extract` writes it
//   POST /extract           Content-Type: application/x-ndjson -> one record a line, streamed
//   GET  /health, /version
#ifndef CLAIMSCOPE_CLI_SERVE_COMMAND_H_
#define CLAIMSCOPE_CLI_SERVE_COMMAND_H_

#include <cstddef>
#include <string>
#include <vector>

#include "resource_options.h"

namespace claimscope::cli {

struct ServeConfig {
  std::string host = "127.0.0.1";
  int port = 8080;              // 0: a free port, printed when listening
  int threads = 0;              // 0: one per core
  size_t max_body = 16u << 20;  // bytes of a request body (413 beyond)
  size_t max_docs = 1000;       // documents of one JSON Lines batch (413 beyond)
  int timeout = 30;             // seconds to read a request (then the connection closes)
  size_t queue = 64;            // connections waiting for a worker (503 beyond)
  std::string default_date;     // --date
  ResourceArgs resources;
  bool quiet = false;  // no access log
  bool help = false;
};

// Parses the arguments after "serve". On a usage error returns false with `error` set.
bool ParseServeArgs(const std::vector<std::string>& args, ServeConfig* config, std::string* error);

// The text of `claimscope serve --help`.
std::string ServeHelp();

// Serves until SIGTERM or SIGINT, then finishes the requests in flight; returns an exit code.
int RunServe(const ServeConfig& config);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_SERVE_COMMAND_H_
