/* claimscope C API: a stable, exception-free interface to the extraction engine, for C
 * programs and foreign-function interfaces (ctypes, cffi, Rust, Go, ...).
 *
 *   #include "claimscope_c.h"
 *
 *   claimscope_engine* engine = NULL;
 *   if (claimscope_engine_new(NULL, &engine) != CLAIMSCOPE_OK) {   // NULL: default options
 *     fprintf(stderr, "%s\n", claimscope_last_error());
 *     return 2;
 *   }
 *   claimscope_workspace* ws = NULL;                               // one per thread
 *   claimscope_workspace_new(&ws);
 *
 *   claimscope_result* r = NULL;
 *   if (claimscope_extract(engine, ws, text, text_len, "doc-1", NULL, NULL, &r) ==
 *       CLAIMSCOPE_OK) {
 *     for (size_t i = 0; i < claimscope_result_quote_count(r); ++i) {
 *       claimscope_quote q;
 *       claimscope_result_quote(r, i, &q);
 *       printf("%s (%s): %.*s\n", q.id, q.kind, (int)q.text_len, q.text);
 *     }
 *     char* json = NULL;
 *     claimscope_result_json(r, 0, &json, NULL);                   // exactly the CLI's line
 *     puts(json);
 *     claimscope_string_free(json);
 *     claimscope_result_free(r);
 *   }
 *   claimscope_workspace_free(ws);
 *   claimscope_engine_free(engine);
 *
 * Errors. Every function that can fail returns a claimscope_status; on failure the reason is
 * available from claimscope_last_error() on the same thread until the next failing call.
 * No C++ exception ever crosses this interface (out of memory becomes
 * CLAIMSCOPE_OUT_OF_MEMORY, anything unexpected CLAIMSCOPE_INTERNAL). A problem with a
 * document (invalid UTF-8, a bad date, a size limit) is not a failure: the document still
 * yields its result, with the problem among its errors (claimscope_result_error), as in the
 * CLI's "errors" field.
 *
 * Threads. An engine is immutable once created: share one between any number of threads.
 * A workspace is scratch memory for one extraction at a time: give each thread its own
 * (reusing it across documents keeps allocation low). A result is immutable: it may be read
 * from several threads at once and outlives the engine, the workspace and the text it was
 * extracted from (it keeps its own copy). Options are not thread-safe while being built.
 * claimscope_last_error() is per thread.
 *
 * Ownership. Every handle and every string returned as char* is owned by the caller and freed
 * with the matching *_free function (NULL is accepted and ignored). Pointers inside result
 * structs (const char*) are owned by the result and valid until claimscope_result_free.
 *
 * Offsets are UTF-8 byte offsets into the document text, half-open [start, end), as in
 * docs/output.md. Span texts (the `text` and `text_len` members) are byte slices of the
 * document and are NOT NUL-terminated: print them with "%.*s". Other strings are
 * NUL-terminated UTF-8; optional ones are NULL when absent (JSON null).
 */
#ifndef CLAIMSCOPE_C_H_
#define CLAIMSCOPE_C_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32) && defined(CLAIMSCOPE_C_SHARED)
#ifdef CLAIMSCOPE_C_BUILDING
#define CLAIMSCOPE_C_API __declspec(dllexport)
#else
#define CLAIMSCOPE_C_API __declspec(dllimport)
#endif
#elif defined(__GNUC__)
#define CLAIMSCOPE_C_API __attribute__((visibility("default")))
#else
#define CLAIMSCOPE_C_API
#endif

/* The version of this interface. Adding functions keeps it; changing a struct or a
 * signature raises it. */
#define CLAIMSCOPE_C_API_VERSION 1

typedef enum claimscope_status {
  CLAIMSCOPE_OK = 0,
  CLAIMSCOPE_INVALID_ARGUMENT = 1,   /* a NULL handle, an index out of range, a bad value */
  CLAIMSCOPE_NOT_FOUND = 2,          /* a lexicon or grammar folder does not exist */
  CLAIMSCOPE_IO_ERROR = 3,           /* a resource file cannot be read */
  CLAIMSCOPE_PARSE_ERROR = 4,        /* a lexicon or grammar file is malformed */
  CLAIMSCOPE_RESOURCE_EXHAUSTED = 5, /* a configured limit was exceeded */
  CLAIMSCOPE_INTERNAL = 6,           /* a bug: please report it with the message */
  CLAIMSCOPE_OUT_OF_MEMORY = 7
} claimscope_status;

/* Which extractors run (claimscope_options_set_extractors). */
enum {
  CLAIMSCOPE_ENTITIES = 1,
  CLAIMSCOPE_QUANTITIES = 2,
  CLAIMSCOPE_QUOTES = 4,
  CLAIMSCOPE_ALL = 7
};

/* Flags of claimscope_result_json. */
enum {
  CLAIMSCOPE_JSON_PRETTY = 1, /* indented over several lines (the CLI's --pretty) */
  CLAIMSCOPE_JSON_EXPLAIN = 2 /* add "source" to each mention (the CLI's --explain) */
};

typedef struct claimscope_options claimscope_options;
typedef struct claimscope_engine claimscope_engine;
typedef struct claimscope_workspace claimscope_workspace;
typedef struct claimscope_result claimscope_result;

/* ---- Library ---------------------------------------------------------------------------- */

/* "MAJOR.MINOR.PATCH" of the engine. Static storage. */
CLAIMSCOPE_C_API const char* claimscope_version(void);
/* CLAIMSCOPE_C_API_VERSION of the library linked in. */
CLAIMSCOPE_C_API int claimscope_api_version(void);
/* The message of the last failure on this thread ("" if none). Valid until the next failing
 * call on this thread. */
CLAIMSCOPE_C_API const char* claimscope_last_error(void);
/* A name for a status: "ok", "invalid_argument", "not_found", ... Static storage. */
CLAIMSCOPE_C_API const char* claimscope_status_name(claimscope_status status);
/* Frees a string returned by this library (NULL is fine). */
CLAIMSCOPE_C_API void claimscope_string_free(char* s);

/* ---- Options (defaults as claimscope::Options: every extractor on, built-in resources,
 *      64 MiB document limit) ----------------------------------------------------------- */

CLAIMSCOPE_C_API claimscope_status claimscope_options_new(claimscope_options** out);
CLAIMSCOPE_C_API void claimscope_options_free(claimscope_options* options);
/* Extra lexicon folders (*.tsv, walked recursively), loaded after the built-in lexicons. */
CLAIMSCOPE_C_API claimscope_status claimscope_options_add_lexicon_dir(claimscope_options* options,
                                                                      const char* dir);
/* Extra grammar folders (*.grammar, walked recursively), loaded after the built-in ones. */
CLAIMSCOPE_C_API claimscope_status claimscope_options_add_grammar_dir(claimscope_options* options,
                                                                      const char* dir);
/* Nonzero: load only the added folders, not the built-in lexicons and grammars. */
CLAIMSCOPE_C_API claimscope_status
claimscope_options_set_replace_defaults(claimscope_options* options, int replace);
/* Nonzero: also report units named without a number ("a percentage", "the dollar") as
   quantities with no value (has_value 0), as Microsoft Recognizers-Text does. */
CLAIMSCOPE_C_API claimscope_status claimscope_options_set_unit_mentions(claimscope_options* options,
                                                                        int on);
/* Nonzero: apply the English rules to every document; by default a document surely in another
   language gets a "not_english" warning and no entities, quantities or quotes. */
CLAIMSCOPE_C_API claimscope_status claimscope_options_set_any_language(claimscope_options* options,
                                                                       int on);
/* Documents larger than this get a "too_large" error; 1 to 4294967295. */
CLAIMSCOPE_C_API claimscope_status claimscope_options_set_max_doc_bytes(claimscope_options* options,
                                                                        uint64_t max_doc_bytes);
/* A combination of CLAIMSCOPE_ENTITIES, CLAIMSCOPE_QUANTITIES and CLAIMSCOPE_QUOTES. */
CLAIMSCOPE_C_API claimscope_status claimscope_options_set_extractors(claimscope_options* options,
                                                                     unsigned extractors);

/* ---- Engine and workspace --------------------------------------------------------------- */

/* Compiles the resources (done once per process; tens to hundreds of milliseconds).
 * `options` may be NULL for the defaults; it is not retained. On failure *out is NULL and
 * claimscope_last_error() names the file, line and column at fault where there is one. */
CLAIMSCOPE_C_API claimscope_status claimscope_engine_new(const claimscope_options* options,
                                                         claimscope_engine** out);
/* Results already extracted stay valid. */
CLAIMSCOPE_C_API void claimscope_engine_free(claimscope_engine* engine);

CLAIMSCOPE_C_API claimscope_status claimscope_workspace_new(claimscope_workspace** out);
CLAIMSCOPE_C_API void claimscope_workspace_free(claimscope_workspace* workspace);

/* ---- Extraction ------------------------------------------------------------------------- */

/* Extracts one document: `text_len` bytes of UTF-8 at `text` (need not be NUL-terminated;
 * invalid sequences are tolerated and reported). `id` is copied into the result as is
 * (NULL: ""). `date` is the document date "YYYY-MM-DD" (NULL or "": taken from a
 * "date YYYY-MM-DD" first line if there is one, else `fallback_date`, which may be NULL).
 * A malformed date is reported in the result's errors, not as a failure. The workspace
 * must not be in use by another thread. */
CLAIMSCOPE_C_API claimscope_status claimscope_extract(const claimscope_engine* engine,
                                                      claimscope_workspace* workspace,
                                                      const char* text, size_t text_len,
                                                      const char* id, const char* date,
                                                      const char* fallback_date,
                                                      claimscope_result** out);

/* The same, straight to the JSON record the CLI writes for the document (one line, no
 * newline, unless CLAIMSCOPE_JSON_PRETTY). *json is NUL-terminated and freed with
 * claimscope_string_free; *json_len (if not NULL) is its length. `workspace` may be NULL:
 * a temporary one is used. */
CLAIMSCOPE_C_API claimscope_status claimscope_extract_json(const claimscope_engine* engine,
                                                           claimscope_workspace* workspace,
                                                           const char* text, size_t text_len,
                                                           const char* id, const char* date,
                                                           const char* fallback_date, int flags,
                                                           char** json, size_t* json_len);

/* ---- Results ---------------------------------------------------------------------------- */

CLAIMSCOPE_C_API void claimscope_result_free(claimscope_result* result);

/* The JSON record of a result (see claimscope_extract_json). */
CLAIMSCOPE_C_API claimscope_status claimscope_result_json(const claimscope_result* result,
                                                          int flags, char** json, size_t* json_len);

/* Record fields: the id (never NULL), the document date and the whole-article credit
 * (NULL when unknown). NULL result: NULL. */
CLAIMSCOPE_C_API const char* claimscope_result_id(const claimscope_result* result);
CLAIMSCOPE_C_API const char* claimscope_result_date(const claimscope_result* result);
CLAIMSCOPE_C_API const char* claimscope_result_credit(const claimscope_result* result);
/* The document text the result keeps (a copy of the input) and its length. */
CLAIMSCOPE_C_API const char* claimscope_result_text(const claimscope_result* result,
                                                    size_t* text_len);

/* Counts (0 for a NULL result). */
CLAIMSCOPE_C_API size_t claimscope_result_entity_count(const claimscope_result* result);
CLAIMSCOPE_C_API size_t claimscope_result_quantity_count(const claimscope_result* result);
CLAIMSCOPE_C_API size_t claimscope_result_quote_count(const claimscope_result* result);
CLAIMSCOPE_C_API size_t claimscope_result_error_count(const claimscope_result* result);

/* A span of the document: `text` points into the result's copy of the document and is
 * `text_len` bytes long, not NUL-terminated. */
typedef struct claimscope_span {
  const char* text;
  size_t text_len;
  uint32_t start;
  uint32_t end;
} claimscope_span;

typedef struct claimscope_entity {
  const char* id;      /* "e1", "e2", ... */
  const char* type;    /* "ORG", "PLACE" or "PERSON" */
  const char* subtype; /* "government", "country", ...; NULL if none */
  claimscope_span span;
  const char* canonical; /* canonical name; NULL if none is known */
  int cluster;           /* mentions of one thing share a cluster number (>= 1) */
  const char* source;    /* the lexicon entry or rule that found it */
} claimscope_entity;

typedef struct claimscope_quantity {
  const char* id;   /* "n1", "n2", ... */
  const char* type; /* "COUNT", "MONEY", "PERCENT", "MEASURE", "DURATION", "DATE",
                       "ORDINAL" */
  claimscope_span span;
  int has_value; /* nonzero when `value` holds the numeric value */
  double value;
  const char* date_value; /* DATE: ISO 8601 value ("2024-03-22", "2024-03"); else NULL */
  const char* unit;       /* counted noun, ISO 4217 code or unit; NULL if none */
  int approx;             /* nonzero for approximate amounts */
  const char* qualifier;  /* "about", "more than", ...; NULL if none */
  int has_low, has_high;  /* ranges ("between 10 and 15") */
  double low, high;
  const char* source;
  const char* label; /* the row label of a table figure ("Net", "Avg shrs"); NULL if none */
} claimscope_quantity;

typedef struct claimscope_speaker {
  claimscope_span span; /* the words naming the speaker */
  const char* resolved; /* the fullest name or description; NULL when that is the span's own
                           words (the JSON "resolved" is then the span text) */
  const char* kind;     /* person, role, organisation, place, group, document, unknown */
  int anonymous;
  const char* entity; /* id of the entity naming the speaker; NULL if none */
} claimscope_speaker;

typedef struct claimscope_quote {
  const char* id;       /* "q1", "q2", ... */
  const char* kind;     /* "direct", "partial" or "indirect" */
  claimscope_span span; /* the quoted content, without quote marks */
  int has_cue;
  claimscope_span cue; /* the speech verb or phrase, when has_cue */
  int has_speaker;
  claimscope_speaker speaker; /* when has_speaker */
  size_t media_count;         /* claimscope_result_quote_media */
  size_t entity_count;        /* claimscope_result_quote_entity */
  size_t quantity_count;      /* claimscope_result_quote_quantity */
  const char* source;
} claimscope_quote;

typedef struct claimscope_media {
  claimscope_span span; /* where the outlet is named */
  const char* entity;   /* id of its entity; NULL if none */
} claimscope_media;

typedef struct claimscope_error {
  const char* code;    /* "invalid_utf8", "invalid_date", "too_large", ... */
  const char* message; /* one line for a person */
  int64_t offset;      /* byte offset concerned, or -1 */
} claimscope_error;

/* The i-th item, 0-based, in text order. CLAIMSCOPE_INVALID_ARGUMENT when an argument is NULL
 * or the index is out of range. */
CLAIMSCOPE_C_API claimscope_status claimscope_result_entity(const claimscope_result* result,
                                                            size_t index, claimscope_entity* out);
CLAIMSCOPE_C_API claimscope_status claimscope_result_quantity(const claimscope_result* result,
                                                              size_t index,
                                                              claimscope_quantity* out);
CLAIMSCOPE_C_API claimscope_status claimscope_result_quote(const claimscope_result* result,
                                                           size_t index, claimscope_quote* out);
CLAIMSCOPE_C_API claimscope_status claimscope_result_error(const claimscope_result* result,
                                                           size_t index, claimscope_error* out);
/* A quote's outlets, and the ids of the entities and quantities inside its content. */
CLAIMSCOPE_C_API claimscope_status claimscope_result_quote_media(const claimscope_result* result,
                                                                 size_t quote, size_t index,
                                                                 claimscope_media* out);
CLAIMSCOPE_C_API claimscope_status claimscope_result_quote_entity(const claimscope_result* result,
                                                                  size_t quote, size_t index,
                                                                  const char** entity_id);
CLAIMSCOPE_C_API claimscope_status claimscope_result_quote_quantity(const claimscope_result* result,
                                                                    size_t quote, size_t index,
                                                                    const char** quantity_id);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* CLAIMSCOPE_C_H_ */
