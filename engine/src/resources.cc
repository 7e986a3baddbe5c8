#include "resources.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "embedded_resources.h"
#include "lexicon_file.h"

namespace claimscope::internal {
namespace fs = std::filesystem;

namespace {

Status AddLexicon(std::string_view name, std::string_view contents, LexiconMatcher* matcher) {
  LexiconFile file;
  Status s = ParseLexiconFile(name, contents, &file);
  if (!s.ok()) return s;
  matcher->Add(std::move(file));
  return Status();
}

Status LoadLexiconDir(const std::string& dir, LexiconMatcher* matcher, size_t* files) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Status(StatusCode::kNotFound, "lexicon folder not found: " + dir);
  }
  std::vector<std::string> paths;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".tsv") paths.push_back(it->path());
  }
  if (ec) return Status(StatusCode::kIoError, "cannot list " + dir + ": " + ec.message());
  std::sort(paths.begin(), paths.end());
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream contents;
    contents << in.rdbuf();
    if (!in) return Status(StatusCode::kIoError, "cannot read lexicon " + path);
    Status s = AddLexicon(path, contents.str(), matcher);
    if (!s.ok()) return s;
    ++*files;
  }
  return Status();
}

}  // namespace

Status LoadLexicons(const Options& options, LexiconMatcher* matcher, size_t* files) {
  *files = 0;
  if (!options.replace_defaults) {
    for (const EmbeddedFile& f : DefaultLexicons()) {
      Status s = AddLexicon(std::string("lexicons/") + f.path, f.contents(), matcher);
      if (!s.ok()) return s;
      ++*files;
    }
  }
  for (const std::string& dir : options.lexicon_dirs) {
    Status s = LoadLexiconDir(dir, matcher, files);
    if (!s.ok()) return s;
  }
  return Status();
}

}  // namespace claimscope::internal
