#include "resources.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/fnv.h"
#include "base/job_group.h"
#include "embedded_resources.h"
#include "grammar/grammar_file.h"
#include "lexicon/lexicon_file.h"
#include "lexicon/lexicon_image.h"

namespace claimscope::internal {
namespace fs = std::filesystem;

namespace {

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

// A resource file to load: its name and text, or why there is none (a folder that cannot be
// listed, a file that cannot be read).
struct Source {
  std::string name;
  std::string_view embedded;  // the text of an embedded file
  std::string read;           // the text of a file read from disk
  Status status;
  std::string_view text() const { return embedded.data() != nullptr ? embedded : read; }
};

// The embedded files (when replaced, only those under `kept`, if given), then every file
// with extension `ext` below each folder, in that order (the order they load in).
std::vector<Source> CollectSources(std::span<const EmbeddedFile> defaults, const char* prefix,
                                   bool replace, const char* kept,
                                   const std::vector<std::string>& dirs, const std::string& ext,
                                   const char* what) {
  std::vector<Source> sources;
  for (const EmbeddedFile& f : defaults) {
    if (replace && (kept == nullptr || !std::string_view(f.path).starts_with(kept))) continue;
    sources.push_back({std::string(prefix) + f.path, f.contents(), {}, {}});
  }
  for (const std::string& dir : dirs) {
    std::vector<std::string> paths;
    Status listed = ListFiles(dir, ext, what, &paths);
    if (!listed.ok()) {
      sources.push_back({dir, {}, {}, std::move(listed)});
      continue;
    }
    for (std::string& path : paths) {
      Source& source = sources.emplace_back();
      source.status = ReadFile(path, &source.read);
      source.name = std::move(path);
    }
  }
  return sources;
}

// A loaded file into the resources' digest.
void Mix(const Source& source, Fnv1a64* digest) {
  digest->Add(source.name);
  digest->Add(std::string_view("\0", 1));
  digest->Add(source.text());
  digest->Add(std::string_view("\0", 1));
}

// Parses the lexicon files, the larger first, on up to JobGroup::MaxThreads() threads, and
// stores them in `matcher` in load order without indexing them: the built-in ones unless
// `defaults` is false (an image has them), then those of options.lexicon_dirs. The first
// error in load order wins. Each file's digest is made on the thread that parses it
// (megabytes, hashed a byte at a time) and appended to `digests` in load order.
Status StoreLexicons(const Options& options, bool defaults, LexiconMatcher* matcher,
                     std::vector<std::string>* digests) {
  // The word lists are the vocabulary of the engine's rules, as much a part of it as the
  // rules' code: a user who replaces the lexicons keeps them (and may add to them).
  std::vector<Source> sources =
      CollectSources(defaults ? DefaultLexicons() : std::span<const EmbeddedFile>(), "lexicons/",
                     options.replace_defaults, "words/", options.lexicon_dirs, ".tsv", "lexicon");
  std::vector<size_t> order(sources.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&sources](size_t a, size_t b) {
    return sources[a].text().size() > sources[b].text().size();
  });
  std::vector<LexiconFile> parsed(sources.size());
  std::vector<std::string> file_digests(sources.size());  // each file's, made where it is parsed
  std::atomic<size_t> next{0};
  const auto parse = [&] {
    for (size_t k = next++; k < order.size(); k = next++) {
      Source& source = sources[order[k]];
      if (source.status.ok()) {
        Fnv1a64 file;
        Mix(source, &file);
        file_digests[order[k]] = file.Hex();
        // Entries are views of the text: the program's own, or read, which the file keeps.
        source.status =
            source.embedded.data() != nullptr
                ? ParseLexiconFile(source.name, source.embedded, &parsed[order[k]])
                : ParseLexiconText(source.name, std::move(source.read), &parsed[order[k]]);
      }
    }
  };
  {
    JobGroup jobs;
    for (size_t t = 1; t < std::min(JobGroup::MaxThreads(), sources.size()); ++t) jobs.Run(parse);
    parse();
  }
  for (size_t i = 0; i < sources.size(); ++i) {
    if (!sources[i].status.ok()) return sources[i].status;
    digests->push_back(std::move(file_digests[i]));
    matcher->Store(std::move(parsed[i]));
  }
  return Status();
}

// The texts of the built-in lexicon files, named as they load.
std::vector<LexiconText> DefaultLexiconTexts() {
  std::vector<LexiconText> texts;
  for (const EmbeddedFile& f : DefaultLexicons()) {
    texts.push_back({"lexicons/" + std::string(f.path), f.contents()});
  }
  return texts;
}

// The built-in grammar of Options::unit_mentions, loaded only with it.
constexpr std::string_view kUnitMentionsGrammar = "grammars/unit_mentions.grammar";

// Compiles the grammars; class references resolve through `resources->classes`.
Status LoadGrammars(const Options& options, Resources* resources, size_t* files, Fnv1a64* digest) {
  std::vector<GrammarRule> rules;
  std::vector<std::string> seeds;
  GrammarMacros macros;
  const ClassExpander classes = [resources](std::string_view cls, std::string* regex) {
    return resources->classes.Regex(cls, regex);
  };
  *files = 0;
  for (const Source& source :
       CollectSources(DefaultGrammars(), "grammars/", options.replace_defaults, nullptr,
                      options.grammar_dirs, ".grammar", "grammar")) {
    if (!source.status.ok()) return source.status;
    const bool built_in = source.embedded.data() != nullptr;
    if (built_in && source.name == kUnitMentionsGrammar && !options.unit_mentions) continue;
    Mix(source, digest);
    Status s = ParseGrammarFile(source.name, source.text(), classes, &macros, &rules, &seeds);
    if (!s.ok()) return s;
    ++*files;
  }
  // The built-in grammars are checked before release (`claimscope check`, the tests), so
  // their rules and their combined automaton compile on first use, and an engine starts in a
  // tenth of the time. A user's grammars or lexicons (whose classes the rules' patterns may
  // spell out), or a warm start (which waits for everything), compile them all now, with
  // their errors.
  const GrammarSet::When when =
      options.grammar_dirs.empty() && options.lexicon_dirs.empty() && !options.warm_start
          ? GrammarSet::When::kFirstUse
          : GrammarSet::When::kNow;
  // The gate made at build time serves when the filters are those it was made for (the
  // built-in grammars, with the built-in lexicons' classes); else one is built.
  Status built =
      resources->grammars.Build(std::move(rules), std::move(seeds), GrammarSet::Strategy::kCombined,
                                when, DefaultGateImage());
  if (!built.ok()) return built;
  return TypesOfRules(resources->grammars, &resources->rule_types);
}

}  // namespace

Status BuildDefaultLexicons(LexiconMatcher* matcher, std::vector<LexiconText>* texts,
                            std::vector<std::string>* digests) {
  *texts = DefaultLexiconTexts();
  Status s = StoreLexicons(Options(), /*defaults=*/true, matcher, digests);
  if (s.ok()) matcher->Index();
  return s;
}

Status LoadResources(const Options& options, Resources* resources, size_t* lexicon_files,
                     size_t* grammar_files) {
  // The built-in lexicons come from the image compiled with the program, when it is there
  // and of these files; a user's lexicons are parsed (and indexed) after them.
  std::vector<std::string> digests;
  const bool imaged =
      !options.replace_defaults && LexiconImage::Load(DefaultLexiconImage(), DefaultLexiconTexts(),
                                                      &resources->lexicons, &digests);
  resources->lexicon_image = imaged;
  Status s = StoreLexicons(options, !imaged, &resources->lexicons, &digests);
  if (s.ok()) s = resources->words.Build(resources->lexicons.files());
  if (!s.ok()) return s;
  *lexicon_files = resources->lexicons.files().size();
  Fnv1a64 digest;
  for (const std::string& d : digests) digest.Add(d);
  {
    JobGroup jobs;  // waits for the automaton
    jobs.Run([resources] { resources->lexicons.Index(); });
    s = LoadGrammars(options, resources, grammar_files, &digest);
  }
  resources->links.Reset(&resources->lexicons);
  resources->digest = digest.Hex();
  // The built-in resources' vocabulary comes made (tools/make_images.cc); others' are built.
  resources->vocabulary_image =
      s.ok() && resources->vocabulary.Load(DefaultVocabularyImage(), resources->digest);
  if (s.ok() && !resources->vocabulary_image) {
    resources->vocabulary.Build(resources->lexicons, resources->grammars.seeds(), resources->words);
  }
  return s;
}

}  // namespace claimscope::internal
