#include "resources.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "embedded_resources.h"
#include "grammar_file.h"
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

// Every file below `dir` with the extension `ext`, sorted by path.
Status ListFiles(const std::string& dir, const std::string& ext, const char* what,
                 std::vector<std::string>* paths) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Status(StatusCode::kNotFound, std::string(what) + " folder not found: " + dir);
  }
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ext) paths->push_back(it->path());
  }
  if (ec) return Status(StatusCode::kIoError, "cannot list " + dir + ": " + ec.message());
  std::sort(paths->begin(), paths->end());
  return Status();
}

Status ReadFile(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  if (!in) return Status(StatusCode::kIoError, "cannot read " + path);
  *contents = s.str();
  return Status();
}

// Calls add(name, contents) for the embedded files (unless replaced) and then for every
// file with extension `ext` below each folder.
template <typename Add>
Status LoadAll(std::span<const EmbeddedFile> defaults, const char* prefix, bool replace,
               const std::vector<std::string>& dirs, const std::string& ext, const char* what,
               size_t* files, Add add) {
  *files = 0;
  if (!replace) {
    for (const EmbeddedFile& f : defaults) {
      Status s = add(std::string(prefix) + f.path, f.contents());
      if (!s.ok()) return s;
      ++*files;
    }
  }
  for (const std::string& dir : dirs) {
    std::vector<std::string> paths;
    Status s = ListFiles(dir, ext, what, &paths);
    if (!s.ok()) return s;
    for (const std::string& path : paths) {
      std::string contents;
      s = ReadFile(path, &contents);
      if (s.ok()) s = add(path, contents);
      if (!s.ok()) return s;
      ++*files;
    }
  }
  return Status();
}

}  // namespace

Status LoadLexicons(const Options& options, LexiconMatcher* matcher, size_t* files) {
  return LoadAll(DefaultLexicons(), "lexicons/", options.replace_defaults, options.lexicon_dirs,
                 ".tsv", "lexicon", files, [matcher](std::string_view name, std::string_view text) {
                   return AddLexicon(name, text, matcher);
                 });
}

Status LoadGrammars(const Options& options, Resources* resources, size_t* files) {
  std::vector<GrammarRule> rules;
  std::vector<std::string> seeds;
  GrammarMacros macros;
  const ClassExpander classes = [resources](std::string_view cls, std::string* regex) {
    return resources->classes.Regex(cls, regex);
  };
  Status s =
      LoadAll(DefaultGrammars(), "grammars/", options.replace_defaults, options.grammar_dirs,
              ".grammar", "grammar", files, [&](std::string_view name, std::string_view text) {
                return ParseGrammarFile(name, text, classes, &macros, &rules, &seeds);
              });
  if (!s.ok()) return s;
  return resources->grammars.Build(std::move(rules), std::move(seeds));
}

}  // namespace claimscope::internal
