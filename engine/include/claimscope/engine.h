// The extraction engine: built once, immutable, shared by every thread.
//
//   #include "claimscope/claimscope.h"
//
//   claimscope::Options options;                         // defaults: every extractor on
//   auto created = claimscope::Engine::Create(options);
//   if (!created.ok()) { /* created.status().ToString() says why */ }
//   std::shared_ptr<const claimscope::Engine> engine = created.value();
//
//   claimscope::Workspace workspace;                     // one per thread, reused
//   claimscope::DocumentInput doc{.text = bytes, .id = "doc-1", .date = "2024-04-01"};
//   claimscope::Record record = engine->Extract(doc, &workspace);
//   std::string line;
//   claimscope::AppendJson(record, {}, &line);           // one JSON Lines record
//
// Extract never throws and never fails as a whole: a problem with the document (invalid
// UTF-8, a bad date, a size limit) is reported in record.errors and the rest is extracted.
#ifndef CLAIMSCOPE_ENGINE_H_
#define CLAIMSCOPE_ENGINE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimscope/record.h"
#include "claimscope/status.h"
#include "claimscope/tokenizer.h"

namespace claimscope {

// Every option and its default.
//
//   option           default   meaning
//   entities         true      find organisations, places and people
//   quantities       true      find counts, money, percentages, measures, durations, dates
//   quotes           true      find direct, partial and indirect quotes and their sources
//   max_doc_bytes    64 MiB    larger documents yield a record with a "too_large" error
//   lexicon_dirs     {}        extra lexicon folders (*.tsv, walked recursively), loaded
//                              after the default lexicons (docs/lexicons.md)
//   grammar_dirs     {}        extra grammar folders (*.grammar, walked recursively), loaded
//                              after the default grammars (docs/grammars.md)
//   replace_defaults false     load only lexicon_dirs and grammar_dirs, not the built-in
//                              lexicons and grammars; the built-in word lists (the
//                              rules' vocabulary, docs/lexicons.md) stay
//   unit_mentions    false     also report units named without a number ("a small
//                              percent", "the dollar", "a metric ton") as quantities with
//                              a null value (grammars/unit_mentions.grammar), as
//                              Microsoft Recognizers-Text does; news output leaves them out
//   any_language     false     apply the English rules to every document; by default a
//                              document surely in another language (the record's
//                              `language`) gets a "not_english" warning and no entities,
//                              quantities or quotes
struct Options {
  bool entities = true;
  bool quantities = true;
  bool quotes = true;
  size_t max_doc_bytes = size_t{64} << 20;
  std::vector<std::string> lexicon_dirs;
  std::vector<std::string> grammar_dirs;
  bool replace_defaults = false;
  bool unit_mentions = false;
  bool any_language = false;
  // Entities, quantities and quotes below this evidence tier are left out of the record
  // (docs/output.md, "Evidence"); kWeak keeps everything.
  Evidence min_evidence = Evidence::kWeak;
  // Create returns once the engine runs at full speed: it builds now what it otherwise builds
  // on a thread of its own after start-up (the grammar start gate of a user's grammars,
  // docs/grammars.md) or on first use (the built-in grammars' combined automaton, with the
  // first document, and each rule's own automaton). Results are the same either way; this
  // makes the first documents cost what the others do, for benchmarks and servers, and
  // `claimscope check` compiles every rule.
  bool warm_start = false;
};

// One document. `text` is borrowed: it must outlive the Record extracted from it.
struct DocumentInput {
  std::string_view text;      // UTF-8 bytes; invalid sequences are tolerated and reported
  std::string id;             // copied into the record as is
  std::string date;           // "YYYY-MM-DD" or empty; when empty, a "date YYYY-MM-DD" header
                              // line at the top of the text is used if present,
  std::string fallback_date;  // and failing that this one ("YYYY-MM-DD" or empty)
};

namespace internal {
struct Resources;
struct Scratch;
}  // namespace internal

// What Engine::Create compiled, for reports and benchmarks.
struct ResourceStats {
  size_t lexicon_files = 0;  // name and cue lexicons, matched by the lexicon automaton
  size_t lexicon_entries = 0;
  size_t lexicon_forms = 0;    // surface forms and aliases
  size_t lexicon_bytes = 0;    // memory held by the compiled lexicons (an estimate)
  size_t word_list_files = 0;  // word lists (lexicons of word.* classes, docs/lexicons.md)
  size_t word_list_forms = 0;
  size_t grammar_files = 0;
  size_t grammar_rules = 0;
  double build_milliseconds = 0;  // time spent in Engine::Create
  // The built-in lexicons came compiled with the program (an image made at build time), not
  // parsed at start-up: true unless they are replaced (Options::replace_defaults).
  bool lexicon_image = false;
  // The grammars' start gate came compiled with the program too: true with the built-in
  // grammars and lexicons (a user's may change what the gate is built from).
  bool gate_image = false;
  // And the vocabulary a token is looked up in once (lexicon, seed and word-list words alike):
  // true with the built-in grammars and lexicons, which it is made of.
  bool vocabulary_image = false;
  // 16 hex digits over the name and text of every lexicon and grammar file loaded: engines of
  // one version with the same digest give the same output (a run manifest records it).
  std::string resource_digest;
};

// Per-thread working memory reused between documents so that steady state allocates little.
// Not thread-safe: give each thread its own. Cheap to create.
class Workspace {
 public:
  Workspace();
  ~Workspace();
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  // The tokens, sentences and paragraphs of the last document extracted with it.
  const TextAnalysis& analysis() const { return analysis_; }

  // Time spent per stage, summed over the documents extracted since profiling was turned
  // on (off by default: it costs a clock read per stage). For benchmarks.
  struct StageTimes {
    double tokenize = 0;    // seconds
    double grammars = 0;    // grammar rules matched
    double quantities = 0;  // matches turned into quantities
    double lexicons = 0;    // lexicon automaton matched
    double entities = 0;
    double quotes = 0;  // quote marks, claims, speakers, outlets
  };
  void set_profiling(bool on) {
    profiling_ = on;
    times_ = StageTimes();
  }
  const StageTimes& stage_times() const { return times_; }

 private:
  friend class Engine;
  TextAnalysis analysis_;
  bool profiling_ = false;
  StageTimes times_;
  std::unique_ptr<internal::Scratch> scratch_;
};

class Engine {
 public:
  // Compiles the resources named by `options`. Cost: done once per process.
  static Result<std::shared_ptr<const Engine>> Create(const Options& options);

  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;
  ~Engine();

  // Extracts one document. Thread-safe when each thread passes its own workspace.
  // Cost: linear in the document size.
  Record Extract(const DocumentInput& doc, Workspace* workspace) const;

  const Options& options() const { return options_; }
  const ResourceStats& stats() const { return stats_; }

 private:
  Engine(Options options, std::unique_ptr<const internal::Resources> resources,
         ResourceStats stats);
  Options options_;
  std::unique_ptr<const internal::Resources> resources_;
  ResourceStats stats_;
};

// True for a real calendar date written YYYY-MM-DD (years 1000-9999), the form of
// DocumentInput::date.
bool IsIsoDate(std::string_view date);

}  // namespace claimscope

#endif  // CLAIMSCOPE_ENGINE_H_
