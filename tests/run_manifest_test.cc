// Run manifests (cli/run_manifest.h): written and read back, out-of-range numbers, and the
// differences that keep --resume from continuing a run.
#include "run_manifest.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace claimscope::cli {
namespace {

std::string TempFile(const char* name) {
  return (std::filesystem::temp_directory_path() /
          ("run_manifest_test." + std::to_string(getpid()) + "." + name))
      .string();
}

RunManifest Sample() {
  RunManifest m;
  m.engine_version = "0.1.0";
  m.resources = "06d29cc520a43fbd";
  m.options = {"--input", "jsonl", "news.jsonl"};
  m.inputs = {{"news.jsonl", 1, 18501572}};
  m.records = 7427;
  m.started = "2026-12-06T09:56:25Z";
  m.interrupted = "SIGTERM";
  m.exit_status = 143;
  return m;
}

TEST_CASE("a manifest reads back as it was written") {
  const std::string path = TempFile("a.json");
  std::string error;
  REQUIRE(WriteManifest(path, Sample(), &error));
  RunManifest m;
  REQUIRE(ReadManifest(path, &m, &error));
  CHECK(m.options == Sample().options);
  CHECK(m.inputs == Sample().inputs);
  CHECK(m.records == 7427);
  CHECK(m.interrupted == "SIGTERM");
  CHECK(m.exit_status == 143);
  CHECK_FALSE(m.finished);
  CHECK(ResumeConflict(m, Sample()).empty());
  std::remove(path.c_str());
}

TEST_CASE("numbers no run writes read as none (runfile_fuzz)") {
  const std::string path = TempFile("b.json");
  std::ofstream(path) << R"({"claimscope_run_manifest": 1, "records": 6.7e123,
                             "exit_status": -4e30, "inputs": [{"path": "x", "bytes": 1e300}]})";
  RunManifest m;
  std::string error;
  REQUIRE(ReadManifest(path, &m, &error));
  CHECK(m.records == 0);
  CHECK(m.exit_status == -1);
  CHECK(m.inputs.at(0).bytes == 0);
  std::ofstream(path) << "[1, 2]";
  CHECK_FALSE(ReadManifest(path, &m, &error));
  CHECK(error.find("is no run manifest") != std::string::npos);
  std::remove(path.c_str());
}

TEST_CASE("the first difference that keeps a run from being resumed") {
  RunManifest now = Sample();
  now.options.push_back("--explain");
  CHECK(ResumeConflict(Sample(), now).find("the options differ") == 0);
  now = Sample();
  now.inputs[0].bytes += 1;
  CHECK(ResumeConflict(Sample(), now).find("input news.jsonl changed") == 0);
  now = Sample();
  now.resources = "0000000000000000";
  CHECK(ResumeConflict(Sample(), now).find("the lexicons or grammars differ") == 0);
  now = Sample();
  now.inputs[0].path = "-";
  RunManifest before = now;
  CHECK(ResumeConflict(before, now).find("standard input") != std::string::npos);
}

}  // namespace
}  // namespace claimscope::cli
