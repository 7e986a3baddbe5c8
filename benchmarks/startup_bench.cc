// Engine start-up: the time Engine::Create takes (lexicons compiled), what it holds, and
// the memory of the process once it stands.
//
//   startup_bench [RUNS]      default 5 runs; reports the first (cold) and the best
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "allocator.h"
#include "claimscope/engine.h"
#include "corpus_loader.h"

namespace {

// A field of /proc/self/status in MiB ("VmRSS", "VmHWM"), or -1.
double ProcStatusMiB(const std::string& field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::atof(line.c_str() + field.size() + 1) / 1024;
  }
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  claimscope::cli::TuneAllocator();
  const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
  std::printf("engine start-up benchmark; %s\n", claimscope::bench::MachineInfo().c_str());
  double first = 0;
  double best = 1e300;
  claimscope::ResourceStats stats;
  for (int r = 0; r < runs; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    auto created = claimscope::Engine::Create({});
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (!created.ok()) {
      std::fprintf(stderr, "startup_bench: %s\n", created.status().ToString().c_str());
      return 2;
    }
    if (r == 0) first = ms;
    best = std::min(best, ms);
    stats = created.value()->stats();
    if (r == 0) {
      std::printf("resident memory with one engine: %.1f MiB (peak %.1f MiB)\n",
                  ProcStatusMiB("VmRSS"), ProcStatusMiB("VmHWM"));
    }
  }
  std::printf("lexicons: %zu files, %zu entries, %zu forms, ~%.1f MiB compiled%s\n",
              stats.lexicon_files, stats.lexicon_entries, stats.lexicon_forms,
              stats.lexicon_bytes / 1048576.0,
              stats.lexicon_image ? " (from the build's image)" : " (parsed)");
  std::printf("grammar start gate: %s\n",
              stats.gate_image ? "from the build's image" : "built on a thread of its own");
  std::printf("token vocabulary: %s\n",
              stats.vocabulary_image ? "from the build's image" : "built at start-up");
  std::printf("Engine::Create: first %.1f ms, best of %d %.1f ms\n", first, runs, best);
  std::printf(
      "RESULT bench=startup first_ms=%.1f best_ms=%.1f lexicon_entries=%zu peak_rss_mib=%.1f\n",
      first, best, stats.lexicon_entries, ProcStatusMiB("VmHWM"));
  return 0;
}
