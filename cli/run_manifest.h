// The run manifest: what `claimscope extract -o FILE` writes beside its output, as
// FILE.manifest.json, so that anyone can tell later which records are comparable and whether
// the run finished, and so that `--resume` can check it continues the same run
// (docs/long-runs.md).
#ifndef CLAIMSCOPE_CLI_RUN_MANIFEST_H_
#define CLAIMSCOPE_CLI_RUN_MANIFEST_H_

#include <cstdint>
#include <string>
#include <vector>

namespace claimscope::cli {

// One input as given: a file with its size, or a folder with the files below it and their
// total size.
struct ManifestInput {
  std::string path;
  uint64_t files = 0;
  uint64_t bytes = 0;
  bool operator==(const ManifestInput&) const = default;
};

struct RunManifest {
  std::string engine_version;
  std::string resources;             // Engine::stats().resource_digest
  std::vector<std::string> options;  // the arguments that shape the output, as given
  std::vector<ManifestInput> inputs;
  uint64_t records = 0;  // records in the output file
  uint64_t documents_with_errors = 0;
  std::string started;      // UTC, ISO 8601
  std::string ended;        // empty until the run ends
  bool finished = false;    // every input document has its record
  std::string interrupted;  // "SIGINT", "SIGTERM" or empty
  int exit_status = -1;     // -1 while running
};

// FILE.manifest.json for output FILE.
std::string ManifestPath(const std::string& output);

// The inputs of a run, measured now: a folder by its files whose names match `glob` (the
// documents a run reads there, not an output written beside them). Standard input ("-") has
// no size.
std::vector<ManifestInput> MeasureInputs(const std::vector<std::string>& paths,
                                         const std::string& glob);

// The time now, UTC, as "2026-12-06T09:01:46Z".
std::string UtcNow();

// Writes `m` to `path` whole or not at all (a temporary file renamed over it).
bool WriteManifest(const std::string& path, const RunManifest& m, std::string* error);

// Reads a manifest; false with `error` naming the file when it is missing or malformed.
bool ReadManifest(const std::string& path, RunManifest* m, std::string* error);

// Why a run with `now` cannot continue the run of `before` (empty when it can): the first
// difference, for a person ("the options differ: --explain was not given before").
std::string ResumeConflict(const RunManifest& before, const RunManifest& now);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_RUN_MANIFEST_H_
