// The C API over claimscope::Engine (claimscope_c.h). Every entry point catches every
// exception and turns it into a status and a per-thread message.
#define CLAIMSCOPE_C_BUILDING 1
#include "claimscope_c.h"

#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>

#include "claimscope/claimscope.h"

struct claimscope_options {
  claimscope::Options options;
};

struct claimscope_engine {
  std::shared_ptr<const claimscope::Engine> engine;
};

struct claimscope_workspace {
  claimscope::Workspace workspace;
};

struct claimscope_result {
  std::string text;  // the record's spans point into this copy
  claimscope::Record record;
};

namespace {

thread_local std::string last_error;

claimscope_status Fail(claimscope_status status, std::string message) {
  try {
    last_error = std::move(message);
  } catch (...) {
    // Out of memory while recording the message: keep what was there.
  }
  return status;
}

claimscope_status FromCode(claimscope::StatusCode code) {
  switch (code) {
    case claimscope::StatusCode::kOk:
      return CLAIMSCOPE_OK;
    case claimscope::StatusCode::kInvalidArgument:
      return CLAIMSCOPE_INVALID_ARGUMENT;
    case claimscope::StatusCode::kNotFound:
      return CLAIMSCOPE_NOT_FOUND;
    case claimscope::StatusCode::kIoError:
      return CLAIMSCOPE_IO_ERROR;
    case claimscope::StatusCode::kParseError:
      return CLAIMSCOPE_PARSE_ERROR;
    case claimscope::StatusCode::kResourceExhausted:
      return CLAIMSCOPE_RESOURCE_EXHAUSTED;
    case claimscope::StatusCode::kInternal:
      return CLAIMSCOPE_INTERNAL;
  }
  return CLAIMSCOPE_INTERNAL;
}

// Runs `body` (which returns a claimscope_status), turning any exception into a status.
template <typename F>
claimscope_status Guard(const char* where, F&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return Fail(CLAIMSCOPE_OUT_OF_MEMORY, std::string(where) + ": out of memory");
  } catch (const std::exception& e) {
    return Fail(CLAIMSCOPE_INTERNAL, std::string(where) + ": " + e.what());
  } catch (...) {
    return Fail(CLAIMSCOPE_INTERNAL, std::string(where) + ": unknown exception");
  }
}

claimscope_status NullArgument(const char* where, const char* name) {
  return Fail(CLAIMSCOPE_INVALID_ARGUMENT, std::string(where) + ": " + name + " is NULL");
}

claimscope_status OutOfRange(const char* where, size_t index, size_t count) {
  return Fail(CLAIMSCOPE_INVALID_ARGUMENT, std::string(where) + ": index " + std::to_string(index) +
                                               " out of range (count " + std::to_string(count) +
                                               ")");
}

const char* OrNull(const std::string& s) { return s.empty() ? nullptr : s.c_str(); }

claimscope_span MakeSpan(const claimscope_result* r, claimscope::Span s) {
  claimscope_span out{};
  // Spans lie inside the text (the engine guarantees it); clamp anyway, never read outside.
  const size_t size = r->text.size();
  const size_t start = s.start < size ? s.start : size;
  const size_t end = s.end < start ? start : (s.end < size ? s.end : size);
  out.text = r->text.data() + start;
  out.text_len = end - start;
  out.start = s.start;
  out.end = s.end;
  return out;
}

// Copies a C string argument; NULL becomes "".
std::string Arg(const char* s) { return s == nullptr ? std::string() : std::string(s); }

claimscope_status Extract(const char* where, const claimscope_engine* engine,
                          claimscope_workspace* workspace, const char* text, size_t text_len,
                          const char* id, const char* date, const char* fallback_date,
                          std::unique_ptr<claimscope_result>* out) {
  if (engine == nullptr || !engine->engine) return NullArgument(where, "engine");
  if (text == nullptr && text_len > 0) return NullArgument(where, "text");
  auto result = std::make_unique<claimscope_result>();
  if (text_len > 0) result->text.assign(text, text_len);
  claimscope::DocumentInput doc;
  doc.text = result->text;
  doc.id = Arg(id);
  doc.date = Arg(date);
  doc.fallback_date = Arg(fallback_date);
  if (workspace != nullptr) {
    result->record = engine->engine->Extract(doc, &workspace->workspace);
  } else {
    claimscope::Workspace temporary;
    result->record = engine->engine->Extract(doc, &temporary);
  }
  result->record.text = result->text;
  *out = std::move(result);
  return CLAIMSCOPE_OK;
}

claimscope_status ToJson(const claimscope::Record& record, int flags, char** json,
                         size_t* json_len) {
  std::string s;
  claimscope::JsonOptions options;
  options.pretty = (flags & CLAIMSCOPE_JSON_PRETTY) != 0;
  options.explain = (flags & CLAIMSCOPE_JSON_EXPLAIN) != 0;
  claimscope::AppendJson(record, options, &s);
  char* copy = static_cast<char*>(std::malloc(s.size() + 1));
  if (copy == nullptr) throw std::bad_alloc();
  std::memcpy(copy, s.data(), s.size());
  copy[s.size()] = '\0';
  *json = copy;
  if (json_len != nullptr) *json_len = s.size();
  return CLAIMSCOPE_OK;
}

}  // namespace

extern "C" {

const char* claimscope_version(void) { return claimscope::kVersion; }

int claimscope_api_version(void) { return CLAIMSCOPE_C_API_VERSION; }

const char* claimscope_last_error(void) { return last_error.c_str(); }

const char* claimscope_status_name(claimscope_status status) {
  switch (status) {
    case CLAIMSCOPE_OK:
      return "ok";
    case CLAIMSCOPE_INVALID_ARGUMENT:
      return "invalid_argument";
    case CLAIMSCOPE_NOT_FOUND:
      return "not_found";
    case CLAIMSCOPE_IO_ERROR:
      return "io_error";
    case CLAIMSCOPE_PARSE_ERROR:
      return "parse_error";
    case CLAIMSCOPE_RESOURCE_EXHAUSTED:
      return "resource_exhausted";
    case CLAIMSCOPE_INTERNAL:
      return "internal";
    case CLAIMSCOPE_OUT_OF_MEMORY:
      return "out_of_memory";
  }
  return "unknown";
}

void claimscope_string_free(char* s) { std::free(s); }

// ---- Options ---------------------------------------------------------------------------------

claimscope_status claimscope_options_new(claimscope_options** out) {
  return Guard("claimscope_options_new", [&] {
    if (out == nullptr) return NullArgument("claimscope_options_new", "out");
    *out = nullptr;
    *out = new claimscope_options();
    return CLAIMSCOPE_OK;
  });
}

void claimscope_options_free(claimscope_options* options) { delete options; }

claimscope_status claimscope_options_add_lexicon_dir(claimscope_options* options, const char* dir) {
  constexpr const char* kWhere = "claimscope_options_add_lexicon_dir";
  return Guard(kWhere, [&] {
    if (options == nullptr) return NullArgument(kWhere, "options");
    if (dir == nullptr) return NullArgument(kWhere, "dir");
    options->options.lexicon_dirs.emplace_back(dir);
    return CLAIMSCOPE_OK;
  });
}

claimscope_status claimscope_options_add_grammar_dir(claimscope_options* options, const char* dir) {
  constexpr const char* kWhere = "claimscope_options_add_grammar_dir";
  return Guard(kWhere, [&] {
    if (options == nullptr) return NullArgument(kWhere, "options");
    if (dir == nullptr) return NullArgument(kWhere, "dir");
    options->options.grammar_dirs.emplace_back(dir);
    return CLAIMSCOPE_OK;
  });
}

claimscope_status claimscope_options_set_replace_defaults(claimscope_options* options,
                                                          int replace) {
  if (options == nullptr) {
    return NullArgument("claimscope_options_set_replace_defaults", "options");
  }
  options->options.replace_defaults = replace != 0;
  return CLAIMSCOPE_OK;
}

claimscope_status claimscope_options_set_unit_mentions(claimscope_options* options, int on) {
  if (options == nullptr) return NullArgument("claimscope_options_set_unit_mentions", "options");
  options->options.unit_mentions = on != 0;
  return CLAIMSCOPE_OK;
}

claimscope_status claimscope_options_set_any_language(claimscope_options* options, int on) {
  if (options == nullptr) return NullArgument("claimscope_options_set_any_language", "options");
  options->options.any_language = on != 0;
  return CLAIMSCOPE_OK;
}

claimscope_status claimscope_options_set_max_doc_bytes(claimscope_options* options,
                                                       uint64_t max_doc_bytes) {
  constexpr const char* kWhere = "claimscope_options_set_max_doc_bytes";
  return Guard(kWhere, [&] {
    if (options == nullptr) return NullArgument(kWhere, "options");
    // Spans are 32-bit: the CLI's --max-doc-bytes has the same bounds.
    if (max_doc_bytes == 0 || max_doc_bytes >= (uint64_t{1} << 32)) {
      return Fail(CLAIMSCOPE_INVALID_ARGUMENT,
                  std::string(kWhere) + ": max_doc_bytes must be between 1 and 4294967295, not " +
                      std::to_string(max_doc_bytes));
    }
    options->options.max_doc_bytes = static_cast<size_t>(max_doc_bytes);
    return CLAIMSCOPE_OK;
  });
}

claimscope_status claimscope_options_set_extractors(claimscope_options* options,
                                                    unsigned extractors) {
  constexpr const char* kWhere = "claimscope_options_set_extractors";
  return Guard(kWhere, [&] {
    if (options == nullptr) return NullArgument(kWhere, "options");
    if ((extractors & ~static_cast<unsigned>(CLAIMSCOPE_ALL)) != 0) {
      return Fail(CLAIMSCOPE_INVALID_ARGUMENT,
                  std::string(kWhere) + ": unknown extractor bits " + std::to_string(extractors));
    }
    options->options.entities = (extractors & CLAIMSCOPE_ENTITIES) != 0;
    options->options.quantities = (extractors & CLAIMSCOPE_QUANTITIES) != 0;
    options->options.quotes = (extractors & CLAIMSCOPE_QUOTES) != 0;
    return CLAIMSCOPE_OK;
  });
}

// ---- Engine and workspace --------------------------------------------------------------------

claimscope_status claimscope_engine_new(const claimscope_options* options,
                                        claimscope_engine** out) {
  constexpr const char* kWhere = "claimscope_engine_new";
  return Guard(kWhere, [&] {
    if (out == nullptr) return NullArgument(kWhere, "out");
    *out = nullptr;
    auto created =
        claimscope::Engine::Create(options != nullptr ? options->options : claimscope::Options{});
    if (!created.ok()) return Fail(FromCode(created.status().code()), created.status().ToString());
    auto handle = std::make_unique<claimscope_engine>();
    handle->engine = std::move(created).value();
    *out = handle.release();
    return CLAIMSCOPE_OK;
  });
}

void claimscope_engine_free(claimscope_engine* engine) { delete engine; }

claimscope_status claimscope_workspace_new(claimscope_workspace** out) {
  constexpr const char* kWhere = "claimscope_workspace_new";
  return Guard(kWhere, [&] {
    if (out == nullptr) return NullArgument(kWhere, "out");
    *out = nullptr;
    *out = new claimscope_workspace();
    return CLAIMSCOPE_OK;
  });
}

void claimscope_workspace_free(claimscope_workspace* workspace) { delete workspace; }

// ---- Extraction ------------------------------------------------------------------------------

claimscope_status claimscope_extract(const claimscope_engine* engine,
                                     claimscope_workspace* workspace, const char* text,
                                     size_t text_len, const char* id, const char* date,
                                     const char* fallback_date, claimscope_result** out) {
  constexpr const char* kWhere = "claimscope_extract";
  return Guard(kWhere, [&] {
    if (out == nullptr) return NullArgument(kWhere, "out");
    *out = nullptr;
    if (workspace == nullptr) return NullArgument(kWhere, "workspace");
    std::unique_ptr<claimscope_result> result;
    const claimscope_status s =
        Extract(kWhere, engine, workspace, text, text_len, id, date, fallback_date, &result);
    if (s == CLAIMSCOPE_OK) *out = result.release();
    return s;
  });
}

claimscope_status claimscope_extract_json(const claimscope_engine* engine,
                                          claimscope_workspace* workspace, const char* text,
                                          size_t text_len, const char* id, const char* date,
                                          const char* fallback_date, int flags, char** json,
                                          size_t* json_len) {
  constexpr const char* kWhere = "claimscope_extract_json";
  return Guard(kWhere, [&] {
    if (json == nullptr) return NullArgument(kWhere, "json");
    *json = nullptr;
    if (json_len != nullptr) *json_len = 0;
    std::unique_ptr<claimscope_result> result;
    const claimscope_status s =
        Extract(kWhere, engine, workspace, text, text_len, id, date, fallback_date, &result);
    if (s != CLAIMSCOPE_OK) return s;
    return ToJson(result->record, flags, json, json_len);
  });
}

// ---- Results ---------------------------------------------------------------------------------

void claimscope_result_free(claimscope_result* result) { delete result; }

claimscope_status claimscope_result_json(const claimscope_result* result, int flags, char** json,
                                         size_t* json_len) {
  constexpr const char* kWhere = "claimscope_result_json";
  return Guard(kWhere, [&] {
    if (json == nullptr) return NullArgument(kWhere, "json");
    *json = nullptr;
    if (json_len != nullptr) *json_len = 0;
    if (result == nullptr) return NullArgument(kWhere, "result");
    return ToJson(result->record, flags, json, json_len);
  });
}

const char* claimscope_result_id(const claimscope_result* result) {
  return result == nullptr ? nullptr : result->record.id.c_str();
}

const char* claimscope_result_date(const claimscope_result* result) {
  return result == nullptr ? nullptr : OrNull(result->record.date);
}

const char* claimscope_result_credit(const claimscope_result* result) {
  return result == nullptr ? nullptr : OrNull(result->record.credit);
}

const char* claimscope_result_text(const claimscope_result* result, size_t* text_len) {
  if (text_len != nullptr) *text_len = result == nullptr ? 0 : result->text.size();
  return result == nullptr ? nullptr : result->text.c_str();
}

size_t claimscope_result_entity_count(const claimscope_result* result) {
  return result == nullptr ? 0 : result->record.entities.size();
}

size_t claimscope_result_quantity_count(const claimscope_result* result) {
  return result == nullptr ? 0 : result->record.quantities.size();
}

size_t claimscope_result_quote_count(const claimscope_result* result) {
  return result == nullptr ? 0 : result->record.quotes.size();
}

size_t claimscope_result_error_count(const claimscope_result* result) {
  return result == nullptr ? 0 : result->record.errors.size();
}

claimscope_status claimscope_result_entity(const claimscope_result* result, size_t index,
                                           claimscope_entity* out) {
  constexpr const char* kWhere = "claimscope_result_entity";
  if (result == nullptr) return NullArgument(kWhere, "result");
  if (out == nullptr) return NullArgument(kWhere, "out");
  const auto& all = result->record.entities;
  if (index >= all.size()) return OutOfRange(kWhere, index, all.size());
  const claimscope::Entity& e = all[index];
  *out = claimscope_entity{};
  out->id = e.id.c_str();
  out->type = EntityTypeName(e.type);
  out->subtype = OrNull(e.subtype);
  out->span = MakeSpan(result, e.span);
  out->canonical = OrNull(e.canonical);
  out->cluster = e.cluster;
  out->source = e.source.c_str();
  return CLAIMSCOPE_OK;
}

claimscope_status claimscope_result_quantity(const claimscope_result* result, size_t index,
                                             claimscope_quantity* out) {
  constexpr const char* kWhere = "claimscope_result_quantity";
  if (result == nullptr) return NullArgument(kWhere, "result");
  if (out == nullptr) return NullArgument(kWhere, "out");
  const auto& all = result->record.quantities;
  if (index >= all.size()) return OutOfRange(kWhere, index, all.size());
  const claimscope::Quantity& q = all[index];
  *out = claimscope_quantity{};
  out->id = q.id.c_str();
  out->type = QuantityTypeName(q.type);
  out->span = MakeSpan(result, q.span);
  // As the JSON writer: a DATE's value is its ISO string, not a number.
  out->has_value = q.date_value.empty() && q.value.has_value();
  out->value = out->has_value ? *q.value : 0.0;
  out->date_value = OrNull(q.date_value);
  out->unit = OrNull(q.unit);
  out->approx = q.approx;
  out->qualifier = OrNull(q.qualifier);
  out->has_low = q.low.has_value();
  out->low = q.low.value_or(0.0);
  out->has_high = q.high.has_value();
  out->high = q.high.value_or(0.0);
  out->source = q.source.c_str();
  out->label = OrNull(q.label);
  return CLAIMSCOPE_OK;
}

claimscope_status claimscope_result_quote(const claimscope_result* result, size_t index,
                                          claimscope_quote* out) {
  constexpr const char* kWhere = "claimscope_result_quote";
  if (result == nullptr) return NullArgument(kWhere, "result");
  if (out == nullptr) return NullArgument(kWhere, "out");
  const auto& all = result->record.quotes;
  if (index >= all.size()) return OutOfRange(kWhere, index, all.size());
  const claimscope::Quote& q = all[index];
  *out = claimscope_quote{};
  out->id = q.id.c_str();
  out->kind = QuoteKindName(q.kind);
  out->span = MakeSpan(result, q.span);
  out->has_cue = q.cue.has_value();
  if (q.cue) out->cue = MakeSpan(result, *q.cue);
  out->has_speaker = q.speaker.has_value();
  if (q.speaker) {
    const claimscope::Speaker& s = *q.speaker;
    out->speaker.span = MakeSpan(result, s.span);
    // As the JSON writer: an empty `resolved` means the span's own words (NULL here, since
    // span texts are not NUL-terminated), an empty kind "unknown".
    out->speaker.resolved = s.resolved.empty() ? nullptr : s.resolved.c_str();
    out->speaker.kind = SpeakerKindName(s.kind);
    out->speaker.anonymous = s.anonymous;
    out->speaker.entity = OrNull(s.entity);
  }
  out->media_count = q.media.size();
  out->entity_count = q.entities.size();
  out->quantity_count = q.quantities.size();
  out->source = q.source.c_str();
  return CLAIMSCOPE_OK;
}

claimscope_status claimscope_result_error(const claimscope_result* result, size_t index,
                                          claimscope_error* out) {
  constexpr const char* kWhere = "claimscope_result_error";
  if (result == nullptr) return NullArgument(kWhere, "result");
  if (out == nullptr) return NullArgument(kWhere, "out");
  const auto& all = result->record.errors;
  if (index >= all.size()) return OutOfRange(kWhere, index, all.size());
  const claimscope::Diagnostic& d = all[index];
  out->code = d.code.c_str();
  out->message = d.message.c_str();
  out->offset = d.offset;
  return CLAIMSCOPE_OK;
}

claimscope_status claimscope_result_quote_media(const claimscope_result* result, size_t quote,
                                                size_t index, claimscope_media* out) {
  constexpr const char* kWhere = "claimscope_result_quote_media";
  if (result == nullptr) return NullArgument(kWhere, "result");
  if (out == nullptr) return NullArgument(kWhere, "out");
  const auto& quotes = result->record.quotes;
  if (quote >= quotes.size()) return OutOfRange(kWhere, quote, quotes.size());
  const auto& all = quotes[quote].media;
  if (index >= all.size()) return OutOfRange(kWhere, index, all.size());
  out->span = MakeSpan(result, all[index].span);
  out->entity = OrNull(all[index].entity);
  return CLAIMSCOPE_OK;
}

claimscope_status claimscope_result_quote_entity(const claimscope_result* result, size_t quote,
                                                 size_t index, const char** entity_id) {
  constexpr const char* kWhere = "claimscope_result_quote_entity";
  if (result == nullptr) return NullArgument(kWhere, "result");
  if (entity_id == nullptr) return NullArgument(kWhere, "entity_id");
  const auto& quotes = result->record.quotes;
  if (quote >= quotes.size()) return OutOfRange(kWhere, quote, quotes.size());
  const auto& all = quotes[quote].entities;
  if (index >= all.size()) return OutOfRange(kWhere, index, all.size());
  *entity_id = all[index].c_str();
  return CLAIMSCOPE_OK;
}

claimscope_status claimscope_result_quote_quantity(const claimscope_result* result, size_t quote,
                                                   size_t index, const char** quantity_id) {
  constexpr const char* kWhere = "claimscope_result_quote_quantity";
  if (result == nullptr) return NullArgument(kWhere, "result");
  if (quantity_id == nullptr) return NullArgument(kWhere, "quantity_id");
  const auto& quotes = result->record.quotes;
  if (quote >= quotes.size()) return OutOfRange(kWhere, quote, quotes.size());
  const auto& all = quotes[quote].quantities;
  if (index >= all.size()) return OutOfRange(kWhere, index, all.size());
  *quantity_id = all[index].c_str();
  return CLAIMSCOPE_OK;
}

}  // extern "C"
