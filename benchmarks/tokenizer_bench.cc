// Tokenizer throughput on one thread: MB/s and tokens/s.
//
//   tokenizer_bench [PATH...]   .jsonl files, folders of .txt files, or text files;
//                               default: ../shared/corpus, else benchmarks/sample
//
// Before timing, every corpus is checked against a reference pass: tokens must cover each
// document without gaps, and repeated passes must give the same token count.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "allocator.h"
#include "claimscope/tokenizer.h"
#include "corpus_loader.h"

namespace {

using claimscope::TextAnalysis;
using claimscope::bench::Corpus;
using Clock = std::chrono::steady_clock;

struct PassResult {
  size_t tokens = 0;
  size_t words = 0;
  size_t sentences = 0;
};

// The timed work: tokenize every document (sentences and paragraphs included).
size_t Pass(const Corpus& c, TextAnalysis* a) {
  size_t tokens = 0;
  for (const std::string& doc : c.docs) {
    claimscope::Tokenize(doc, a);
    tokens += a->tokens.size();
  }
  return tokens;
}

// The untimed reference pass, with the counts for the report.
PassResult Reference(const Corpus& c, TextAnalysis* a) {
  PassResult r;
  for (const std::string& doc : c.docs) {
    claimscope::Tokenize(doc, a);
    r.tokens += a->tokens.size();
    r.sentences += a->sentences.size();
    for (const claimscope::Token& t : a->tokens) r.words += !t.IsSpace();
  }
  return r;
}

// The reference check: tokens tile every document exactly.
bool Verify(const Corpus& c, TextAnalysis* a) {
  for (size_t d = 0; d < c.docs.size(); ++d) {
    claimscope::Tokenize(c.docs[d], a);
    uint32_t at = 0;
    for (const claimscope::Token& t : a->tokens) {
      if (t.start != at || t.end <= t.start) {
        std::fprintf(stderr, "%s doc %zu: token gap at byte %u\n", c.name.c_str(), d, at);
        return false;
      }
      at = t.end;
    }
    if (at != c.docs[d].size()) {
      std::fprintf(stderr, "%s doc %zu: tokens end at %u of %zu\n", c.name.c_str(), d, at,
                   c.docs[d].size());
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  claimscope::cli::TuneAllocator();
  std::vector<std::string> paths(argv + 1, argv + argc);
  if (paths.empty()) paths = claimscope::bench::DefaultCorpusPaths();
  std::printf("tokenizer benchmark, 1 thread; %s\n", claimscope::bench::MachineInfo().c_str());
  TextAnalysis analysis;
  int status = 0;
  for (const std::string& path : paths) {
    Corpus corpus;
    std::string error;
    if (!claimscope::bench::LoadCorpus(path, &corpus, &error)) {
      std::fprintf(stderr, "tokenizer_bench: %s\n", error.c_str());
      return 2;
    }
    if (!Verify(corpus, &analysis)) return 1;
    const PassResult reference = Reference(corpus, &analysis);
    // Repeat until at least a second has passed and five passes were made; keep the best.
    double best = 1e300;
    int passes = 0;
    const auto begin = Clock::now();
    while (passes < 5 || Clock::now() - begin < std::chrono::seconds(1)) {
      const auto t0 = Clock::now();
      const size_t tokens = Pass(corpus, &analysis);
      const double s = std::chrono::duration<double>(Clock::now() - t0).count();
      if (tokens != reference.tokens) {
        std::fprintf(stderr, "tokenizer_bench: token count changed between passes\n");
        return 1;
      }
      best = std::min(best, s);
      ++passes;
    }
    const double mb = corpus.bytes / 1e6;
    std::printf(
        "%-20s %6zu docs %8.2f MB  %9zu tokens (%zu non-space, %zu sentences)  "
        "%7.1f MB/s  %6.1f M tokens/s  %8.0f docs/s  (best of %d)\n",
        corpus.name.c_str(), corpus.docs.size(), mb, reference.tokens, reference.words,
        reference.sentences, mb / best, reference.tokens / best / 1e6, corpus.docs.size() / best,
        passes);
    std::printf("RESULT bench=tokenizer corpus=%s threads=1 mb_per_s=%.1f tokens_per_s=%.0f\n",
                corpus.name.c_str(), mb / best, reference.tokens / best);
  }
  return status;
}
