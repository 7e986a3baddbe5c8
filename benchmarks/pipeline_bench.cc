// End-to-end extraction speed: per stage and in total, one thread and all threads.
//
//   pipeline_bench [PATH...]   .jsonl files, folders of .txt files, or text files;
//                              default: ../shared/corpus, else benchmarks/sample
//
// For each corpus: engine start-up; the time to read it; a reference pass whose JSON output
// the timed passes must reproduce byte for byte (also timed: the first pass pays for RE2's
// lazily built DFA states, as a single `claimscope extract` run does); one thread with the
// time of every stage (read, tokenize, grammars, quantities, lexicons, entities, quotes,
// output); then all threads, each with its own workspace over a share of the documents.
// Reports MB/s, docs/s, tokens/s, entities/s and peak RSS, and a machine-readable RESULT line.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "allocator.h"
#include "claimscope/claimscope.h"
#include "corpus_loader.h"

namespace {

using claimscope::bench::Corpus;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

double PeakRssMiB() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::atof(line.c_str() + 6) / 1024;
  }
  return -1;
}

struct Totals {
  size_t tokens = 0;
  size_t entities = 0;
  size_t quantities = 0;
  size_t quotes = 0;
  uint64_t checksum = 0;  // of the JSON output, to compare passes
};

// Extracts docs [begin, end) with one workspace; JSON output time goes to *output_seconds.
Totals Pass(const claimscope::Engine& engine, const Corpus& c, size_t begin, size_t end,
            claimscope::Workspace* ws, double* output_seconds) {
  Totals t;
  std::string json;
  for (size_t d = begin; d < end; ++d) {
    const claimscope::Record r = engine.Extract({.text = c.docs[d], .id = std::to_string(d)}, ws);
    const auto o = Clock::now();
    json.clear();
    claimscope::AppendJson(r, {}, &json);
    if (output_seconds != nullptr) *output_seconds += Seconds(o);
    for (unsigned char ch : json) t.checksum = t.checksum * 1099511628211ULL + ch;
    t.tokens += ws->analysis().tokens.size();
    t.entities += r.entities.size();
    t.quantities += r.quantities.size();
    t.quotes += r.quotes.size();
  }
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  claimscope::cli::TuneAllocator();
  std::vector<std::string> paths(argv + 1, argv + argc);
  if (paths.empty()) paths = claimscope::bench::DefaultCorpusPaths();
  std::printf("pipeline benchmark; %s\n", claimscope::bench::MachineInfo().c_str());
  const auto s0 = Clock::now();
  auto created = claimscope::Engine::Create({});
  const double startup = Seconds(s0);
  if (!created.ok()) {
    std::fprintf(stderr, "pipeline_bench: %s\n", created.status().ToString().c_str());
    return 2;
  }
  const auto engine = created.value();
  std::printf("engine start-up: %.1f ms\n", startup * 1e3);
  const int threads = std::max(2u, std::thread::hardware_concurrency());
  for (const std::string& path : paths) {
    Corpus corpus;
    std::string error;
    const auto t0 = Clock::now();
    if (!claimscope::bench::LoadCorpus(path, &corpus, &error)) {
      std::fprintf(stderr, "pipeline_bench: %s\n", error.c_str());
      return 2;
    }
    const double mb = corpus.bytes / 1e6;
    const double read = Seconds(t0);
    claimscope::Workspace ref_ws;
    // The reference pass is also the first: RE2 builds its DFA states lazily, so this pass
    // is what a single run over a fresh corpus costs (as `claimscope extract` does); the
    // timed passes below run with warm caches.
    const auto t_ref = Clock::now();
    const Totals reference = Pass(*engine, corpus, 0, corpus.docs.size(), &ref_ws, nullptr);
    const double s_ref = Seconds(t_ref);

    // One thread, with stage times, in a fresh workspace: its per-thread caches (the capture
    // cache) start empty, as they would on a new corpus; the engine's DFA states stay warm.
    claimscope::Workspace ws;
    ws.set_profiling(true);
    double output = 0;
    const auto t1 = Clock::now();
    const Totals one = Pass(*engine, corpus, 0, corpus.docs.size(), &ws, &output);
    const double s1 = Seconds(t1);
    if (one.checksum != reference.checksum) {
      std::fprintf(stderr, "pipeline_bench: output changed between passes\n");
      return 1;
    }
    const auto& st = ws.stage_times();
    std::printf("%s: %zu docs, %.2f MB, %zu tokens, %zu entities, %zu quantities, %zu quotes\n",
                corpus.name.c_str(), corpus.docs.size(), mb, one.tokens, one.entities,
                one.quantities, one.quotes);
    auto stage = [mb](const char* name, double s) {
      std::printf("  %-11s %8.3f s  %8.1f MB/s\n", name, s, s > 0 ? mb / s : 0.0);
    };
    stage("read", read);
    stage("tokenize", st.tokenize);
    stage("grammars", st.grammars);
    stage("quantities", st.quantities);
    stage("lexicons", st.lexicons);
    stage("entities", st.entities);
    stage("quotes", st.quotes);
    stage("output", output);
    std::printf("  first pass (cold DFA caches): %.2f s  %.1f MB/s\n", s_ref, mb / s_ref);
    std::printf("  1 thread:  %.2f s  %.1f MB/s  %.0f docs/s  %.2f M tokens/s  %.0f entities/s\n",
                s1, mb / s1, corpus.docs.size() / s1, one.tokens / s1 / 1e6, one.entities / s1);

    // All threads, each over its share.
    std::vector<std::thread> pool;
    std::vector<Totals> parts(static_cast<size_t>(threads));
    const auto tn = Clock::now();
    for (int k = 0; k < threads; ++k) {
      pool.emplace_back([&, k] {
        claimscope::Workspace w;
        const size_t n = corpus.docs.size();
        parts[k] = Pass(*engine, corpus, n * k / threads, n * (k + 1) / threads, &w, nullptr);
      });
    }
    for (std::thread& t : pool) t.join();
    const double sn = Seconds(tn);
    std::printf("  %d threads: %.2f s  %.1f MB/s  (%.2fx one thread)\n", threads, sn, mb / sn,
                s1 / sn);
    std::printf(
        "RESULT bench=pipeline corpus=%s mb_per_s_1=%.2f mb_per_s_%d=%.2f speedup=%.2f "
        "mb_per_s_first=%.2f startup_ms=%.1f peak_rss_mib=%.1f\n",
        corpus.name.c_str(), mb / s1, threads, mb / sn, s1 / sn, mb / s_ref, startup * 1e3,
        PeakRssMiB());
  }
  return 0;
}
