// Loads benchmark documents: JSON Lines files ({"text": ...}), folders of .txt files, or
// single text files, all held in memory so that timing measures the work, not the disk.
#ifndef CLAIMSCOPE_BENCHMARKS_CORPUS_LOADER_H_
#define CLAIMSCOPE_BENCHMARKS_CORPUS_LOADER_H_

#include <string>
#include <vector>

namespace claimscope::bench {

struct Corpus {
  std::string name;
  std::vector<std::string> docs;
  size_t bytes = 0;
};

// Loads `path` (a .jsonl file, a folder walked for *.txt, or a text file). Returns false
// with `error` set when it cannot be read.
bool LoadCorpus(const std::string& path, Corpus* corpus, std::string* error);

// The corpora to measure by default: ../shared/corpus (Reuters JSONL and the BBC folder)
// when present beside the source tree, else the bundled sample in benchmarks/sample.
std::vector<std::string> DefaultCorpusPaths();

// "CPU model, N cores; compiler" for the report.
std::string MachineInfo();

}  // namespace claimscope::bench

#endif  // CLAIMSCOPE_BENCHMARKS_CORPUS_LOADER_H_
