#include "claimscope/engine.h"

#include <chrono>
#include <string>

#include "base/record_evidence.h"
#include "claims/claims.h"
#include "claims/quote_marks.h"
#include "entities/entity_recognizer.h"
#include "quantities/quantity_builder.h"
#include "resources.h"
#include "text/document_date.h"
#include "text/language.h"

namespace claimscope {
namespace {

void ReportInvalidUtf8(const TextAnalysis& a, Record* record) {
  if (a.invalid_utf8.empty()) return;
  size_t bytes = 0;
  for (const InvalidSpan& s : a.invalid_utf8) bytes += s.end - s.start;
  record->warnings.push_back({"invalid_utf8",
                              std::to_string(a.invalid_utf8.size()) +
                                  " invalid UTF-8 sequence(s) (" + std::to_string(bytes) +
                                  " bytes) analysed as U+FFFD; first at byte " +
                                  std::to_string(a.invalid_utf8.front().start),
                              static_cast<int64_t>(a.invalid_utf8.front().start)});
}

// The given date, else the header line's, else the fallback; a malformed date is reported
// and skipped.
std::string ChooseDate(const DocumentInput& doc, const internal::HeaderDateFinder& header_dates,
                       uint32_t* header_end, std::vector<Diagnostic>* errors) {
  for (const std::string* given : {&doc.date, &doc.fallback_date}) {
    if (!given->empty() && !internal::IsValidIsoDate(*given)) {
      errors->push_back(
          {"invalid_date", "document date '" + *given + "' is not a YYYY-MM-DD date; ignored", -1});
    }
  }
  std::string header = header_dates.Find(doc.text, header_end);
  if (internal::IsValidIsoDate(doc.date)) return doc.date;
  if (!header.empty()) return header;
  return internal::IsValidIsoDate(doc.fallback_date) ? doc.fallback_date : std::string();
}

}  // namespace

bool IsIsoDate(std::string_view date) { return internal::IsValidIsoDate(date); }

Workspace::Workspace() : scratch_(std::make_unique<internal::Scratch>()) {}
Workspace::~Workspace() = default;

Engine::Engine(Options options, std::unique_ptr<const internal::Resources> resources,
               ResourceStats stats)
    : options_(std::move(options)), resources_(std::move(resources)), stats_(stats) {}
Engine::~Engine() = default;

Result<std::shared_ptr<const Engine>> Engine::Create(const Options& options) {
  if (options.max_doc_bytes == 0 || options.max_doc_bytes >= (size_t{1} << 32)) {
    return Status(StatusCode::kInvalidArgument,
                  "max_doc_bytes must be between 1 and 4294967295, got " +
                      std::to_string(options.max_doc_bytes));
  }
  const auto start = std::chrono::steady_clock::now();
  auto resources = std::make_unique<internal::Resources>();
  ResourceStats stats;
  const Status loaded =
      internal::LoadResources(options, resources.get(), &stats.lexicon_files, &stats.grammar_files);
  if (!loaded.ok()) return loaded;
  if (options.warm_start) resources->grammars.WaitForGate();
  stats.grammar_rules = resources->grammars.size();
  stats.resource_digest = resources->digest;
  stats.lexicon_image = resources->lexicon_image;
  stats.gate_image = resources->grammars.gate_from_image();
  stats.vocabulary_image = resources->vocabulary_image;
  stats.lexicon_entries = resources->lexicons.entry_count();
  stats.lexicon_forms = resources->lexicons.form_count();
  stats.lexicon_bytes = resources->lexicons.MemoryBytes();
  stats.word_list_files = resources->words.file_count();
  stats.word_list_forms = resources->words.form_count();
  stats.lexicon_files -= stats.word_list_files;
  stats.build_milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return std::shared_ptr<const Engine>(new Engine(options, std::move(resources), stats));
}

Record Engine::Extract(const DocumentInput& doc, Workspace* ws) const {
  Record record;
  record.id = doc.id;
  record.text = doc.text;
  if (doc.text.size() > options_.max_doc_bytes) {
    record.errors.push_back({"too_large",
                             "document has " + std::to_string(doc.text.size()) +
                                 " bytes, more than the limit of " +
                                 std::to_string(options_.max_doc_bytes) + "; nothing extracted",
                             -1});
    return record;
  }
  uint32_t header_end = 0;
  record.date = ChooseDate(doc, resources_->header_dates, &header_end, &record.warnings);

  // Stage timing for benchmarks, only when asked for.
  Workspace::StageTimes& times = ws->times_;
  auto t =
      ws->profiling_ ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point();
  auto lap = [ws, &t](double* into) {
    if (!ws->profiling_) return;
    const auto now = std::chrono::steady_clock::now();
    *into += std::chrono::duration<double>(now - t).count();
    t = now;
  };

  TextAnalysis& analysis = ws->analysis_;
  Tokenize(doc.text, &analysis);
  ReportInvalidUtf8(analysis, &record);
  lap(&times.tokenize);

  const internal::LanguageGuess language = internal::DocumentLanguage(doc.text, analysis);
  record.language = language.code;
  record.language_confidence = language.confidence;
  if (!options_.any_language && internal::SurelyNotEnglish(language)) {
    record.warnings.push_back(
        {"not_english",
         "the text is in language '" + language.code + "' (" +
             std::to_string(static_cast<int>(language.confidence.value_or(0) * 100 + 0.5)) +
             "% of it); the English rules were not applied (--any-language applies them)",
         -1});
    return record;
  }

  internal::Scratch& scratch = *ws->scratch_;
  scratch.word_lists.Index(doc.text, analysis.tokens, resources_->words, &resources_->vocabulary);
  if (options_.quantities) {
    resources_->grammars.MatchSpans(doc.text, analysis, &scratch.grammar, &scratch.matches,
                                    scratch.word_lists.seeds());
    lap(&times.grammars);
    internal::QuantityInput in;
    in.text = doc.text;
    in.analysis = &analysis;
    in.grammars = &resources_->grammars;
    in.rule_types = &resources_->rule_types;
    in.captures = &scratch.grammar.captures;
    in.classes = &resources_->classes;
    in.words = &scratch.word_lists;
    in.document_date = record.date;
    in.skip_before = header_end;
    internal::BuildQuantities(in, scratch.matches, &scratch.quantities, &record.quantities);
    lap(&times.quantities);
  }
  if (options_.entities || options_.quotes) {
    resources_->lexicons.Match(doc.text, analysis, &scratch.lexicon, &scratch.hits,
                               scratch.word_lists.lexicon_keys());
    lap(&times.lexicons);
  }
  if (options_.entities) {
    internal::RecognizeEntities(doc.text, analysis, resources_->lexicons, scratch.word_lists,
                                scratch.lexicon, scratch.hits, resources_->links, &scratch.entities,
                                &record.entities);
    lap(&times.entities);
  }
  if (options_.quotes) {
    internal::FindPosts(doc.text, &scratch.attribution.posts);
    internal::FindQuotedSpans(doc.text, analysis, scratch.attribution.posts, &record.quotes);
    internal::AttributionInput in;
    in.text = doc.text;
    in.analysis = &analysis;
    in.lexicons = &resources_->lexicons;
    in.word_lists = &scratch.word_lists;
    in.units = &scratch.lexicon;
    in.hits = &scratch.hits;
    internal::AttributeClaims(in, &scratch.attribution, &record);
    lap(&times.quotes);
  }
  internal::AssignEvidence(&record);
  internal::DropBelow(options_.min_evidence, &record);
  return record;
}

}  // namespace claimscope
