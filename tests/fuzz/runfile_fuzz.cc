// Fuzzes what `claimscope extract --resume` reads (cli/run_manifest.h, cli/resume.h): the input
// is split at its first NUL byte into a manifest and an output file (the whole input is the
// manifest when there is none). Checks: ReadManifest either reads it or says why; a manifest
// read conflicts with no run of its own and round-trips through WriteManifest; SkipDone over
// a fixed three-document input either fails with a message or keeps at most three records
// and leaves the file ending with a line break (or empty), no longer than before.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "document_source.h"
#include "fuzz_check.h"
#include "resume.h"
#include "run_manifest.h"

namespace {

namespace cli = claimscope::cli;

std::string TempPath(const char* what) {
  return (std::filesystem::temp_directory_path() /
          ("runfile_fuzz." + std::to_string(getpid()) + "." + what))
      .string();
}

void WriteFile(const std::string& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string ReadFile(const std::string& path) {
  std::ostringstream s;
  s << std::ifstream(path, std::ios::binary).rdbuf();
  return s.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t nul = input.find('\0');
  const std::string_view manifest_text = input.substr(0, nul);
  const std::string_view output_text =
      nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1);

  static const std::string manifest_path = TempPath("manifest.json");
  static const std::string output_path = TempPath("out.jsonl");
  static const std::string input_path = [] {
    const std::string path = TempPath("in.jsonl");
    WriteFile(path,
              "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n"
              "{\"id\": \"c\", \"text\": \"Three.\"}\n");
    return path;
  }();

  WriteFile(manifest_path, manifest_text);
  cli::RunManifest m;
  std::string error;
  if (cli::ReadManifest(manifest_path, &m, &error)) {
    FUZZ_CHECK(cli::ResumeConflict(m, m).empty() || !m.inputs.empty());
    FUZZ_CHECK(cli::WriteManifest(manifest_path, m, &error));
    cli::RunManifest again;
    FUZZ_CHECK(cli::ReadManifest(manifest_path, &again, &error));
    FUZZ_CHECK(again.options == m.options && again.inputs == m.inputs &&
               again.records == m.records && again.finished == m.finished);
  } else {
    FUZZ_CHECK(!error.empty());
  }

  WriteFile(output_path, output_text);
  cli::SourceConfig config;
  config.format = cli::InputFormat::kJsonl;
  config.paths = {input_path};
  cli::DocumentSource source(config);
  cli::ResumePoint point;
  error.clear();
  if (cli::SkipDone(output_path, &source, &point, &error)) {
    FUZZ_CHECK(point.records <= 3 && point.with_errors <= point.records);
    const std::string after = ReadFile(output_path);
    FUZZ_CHECK(after.size() <= output_text.size());
    FUZZ_CHECK(after.empty() || after.back() == '\n');
    FUZZ_CHECK(output_text.substr(0, after.size()) == after);
  } else {
    FUZZ_CHECK(!error.empty());
  }
  return 0;
}
