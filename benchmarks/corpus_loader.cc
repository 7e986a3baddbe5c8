#include "corpus_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "json_reader.h"

namespace claimscope::bench {
namespace fs = std::filesystem;

namespace {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *out = s.str();
  return true;
}

}  // namespace

bool LoadCorpus(const std::string& path, Corpus* corpus, std::string* error) {
  corpus->name = fs::path(path).filename().string();
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(path, ec)) {
      if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) {
      std::string text;
      if (!ReadFile(f, &text)) {
        *error = "cannot read " + f;
        return false;
      }
      corpus->bytes += text.size();
      corpus->docs.push_back(std::move(text));
    }
    return true;
  }
  std::string all;
  if (!ReadFile(path, &all)) {
    *error = "cannot read " + path;
    return false;
  }
  if (path.size() < 6 || path.substr(path.size() - 6) != ".jsonl") {
    corpus->bytes = all.size();
    corpus->docs.push_back(std::move(all));
    return true;
  }
  std::istringstream lines(all);
  std::string line;
  std::vector<cli::JsonField> fields;
  int n = 0;
  while (std::getline(lines, line)) {
    ++n;
    if (line.empty()) continue;
    std::string why;
    if (!cli::ParseJsonObject(line, &fields, &why)) {
      *error = path + ":" + std::to_string(n) + ": " + why;
      return false;
    }
    for (cli::JsonField& f : fields) {
      if (f.name == "text" && f.kind == cli::JsonField::Kind::kString) {
        corpus->bytes += f.value.size();
        corpus->docs.push_back(std::move(f.value));
      }
    }
  }
  return true;
}

std::vector<std::string> DefaultCorpusPaths() {
  const fs::path shared = fs::path(CLAIMSCOPE_SOURCE_DIR) / ".." / "shared" / "corpus";
  std::error_code ec;
  if (fs::exists(shared / "reuters21578.jsonl", ec) && fs::is_directory(shared / "bbc", ec)) {
    return {(shared / "reuters21578.jsonl").string(), (shared / "bbc").string()};
  }
  return {(fs::path(CLAIMSCOPE_SOURCE_DIR) / "benchmarks" / "sample").string()};
}

std::string MachineInfo() {
  std::string cpu = "unknown CPU";
  std::ifstream info("/proc/cpuinfo");
  std::string line;
  while (std::getline(info, line)) {
    if (line.rfind("model name", 0) == 0) {
      cpu = line.substr(line.find(':') + 2);
      break;
    }
  }
  std::ostringstream s;
  s << cpu << ", " << std::thread::hardware_concurrency() << " cores; ";
#if defined(__clang__)
  s << "clang " << __clang_major__ << "." << __clang_minor__;
#elif defined(__GNUC__)
  s << "g++ " << __GNUC__ << "." << __GNUC_MINOR__;
#endif
#ifdef NDEBUG
  s << ", optimised";
#else
  s << ", NOT optimised (debug build)";
#endif
  return s.str();
}

}  // namespace claimscope::bench
