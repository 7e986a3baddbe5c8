/* Uses the C API (bindings/c/claimscope_c.h) the way a C program would: build an engine,
 * extract a file, walk its quotes and print the JSON record the CLI writes. Plain C11.
 *
 *   c_example FILE [LEXICON_DIR...]    prints the quotes with their speakers, then the JSON
 *
 * Exit status: 0 fine, 1 the document had errors, 2 usage or engine error. */
#include <stdio.h>
#include <stdlib.h>

#include "claimscope_c.h"

static char* read_file(const char* path, size_t* size) {
  FILE* f = fopen(path, "rb");
  if (f == NULL) return NULL;
  size_t capacity = 1 << 16, used = 0;
  char* bytes = malloc(capacity);
  size_t n;
  while (bytes != NULL && (n = fread(bytes + used, 1, capacity - used, f)) > 0) {
    used += n;
    if (used == capacity) {
      char* bigger = realloc(bytes, capacity *= 2);
      if (bigger == NULL) free(bytes);
      bytes = bigger;
    }
  }
  if (ferror(f)) {
    free(bytes);
    bytes = NULL;
  }
  fclose(f);
  *size = used;
  return bytes;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: c_example FILE [LEXICON_DIR...]\n");
    return 2;
  }
  size_t size = 0;
  char* text = read_file(argv[1], &size);
  if (text == NULL) {
    fprintf(stderr, "c_example: cannot read %s\n", argv[1]);
    return 2;
  }

  claimscope_options* options = NULL;
  claimscope_engine* engine = NULL;
  claimscope_status status = claimscope_options_new(&options);
  for (int i = 2; status == CLAIMSCOPE_OK && i < argc; ++i) {
    status = claimscope_options_add_lexicon_dir(options, argv[i]);
  }
  if (status == CLAIMSCOPE_OK) status = claimscope_engine_new(options, &engine);
  claimscope_options_free(options);
  if (status != CLAIMSCOPE_OK) {
    fprintf(stderr, "c_example: %s: %s\n", claimscope_status_name(status),
            claimscope_last_error());
    free(text);
    return 2;
  }

  claimscope_workspace* workspace = NULL;  /* one per thread, reused across documents */
  claimscope_result* result = NULL;
  status = claimscope_workspace_new(&workspace);
  if (status == CLAIMSCOPE_OK) {
    status = claimscope_extract(engine, workspace, text, size, argv[1], NULL, NULL, &result);
  }
  free(text); /* the result keeps its own copy of the text */
  if (status != CLAIMSCOPE_OK) {
    fprintf(stderr, "c_example: %s\n", claimscope_last_error());
    claimscope_workspace_free(workspace);
    claimscope_engine_free(engine);
    return 2;
  }

  const char* date = claimscope_result_date(result);
  printf("claimscope %s, document date: %s\n", claimscope_version(), date ? date : "unknown");
  printf("entities: %zu, quantities: %zu, quotes: %zu\n", claimscope_result_entity_count(result),
         claimscope_result_quantity_count(result), claimscope_result_quote_count(result));

  for (size_t i = 0; i < claimscope_result_quote_count(result); ++i) {
    claimscope_quote q;
    if (claimscope_result_quote(result, i, &q) != CLAIMSCOPE_OK) continue;
    printf("%s (%s) [%u,%u): %.*s\n", q.id, q.kind, (unsigned)q.span.start, (unsigned)q.span.end,
           (int)q.span.text_len, q.span.text);
    if (q.has_speaker) {
      printf("    speaker: %.*s", (int)q.speaker.span.text_len, q.speaker.span.text);
      if (q.speaker.resolved != NULL) printf(" = %s", q.speaker.resolved);
      printf(" (%s%s)\n", q.speaker.kind, q.speaker.anonymous ? ", anonymous" : "");
    }
    for (size_t m = 0; m < q.media_count; ++m) {
      claimscope_media media;
      if (claimscope_result_quote_media(result, i, m, &media) == CLAIMSCOPE_OK) {
        printf("    via: %.*s\n", (int)media.span.text_len, media.span.text);
      }
    }
  }
  for (size_t i = 0; i < claimscope_result_error_count(result); ++i) {
    claimscope_error e;
    if (claimscope_result_error(result, i, &e) == CLAIMSCOPE_OK) {
      printf("error %s: %s\n", e.code, e.message);
    }
  }

  /* An out-of-range index is an error code and a message, never a crash. */
  claimscope_entity none;
  if (claimscope_result_entity(result, (size_t)-1, &none) == CLAIMSCOPE_INVALID_ARGUMENT) {
    printf("checked: %s\n", claimscope_last_error());
  }

  char* json = NULL;
  if (claimscope_result_json(result, 0, &json, NULL) == CLAIMSCOPE_OK) puts(json);
  claimscope_string_free(json);

  const int exit_code = claimscope_result_error_count(result) > 0 ? 1 : 0;
  claimscope_result_free(result);
  claimscope_workspace_free(workspace);
  claimscope_engine_free(engine);
  return exit_code;
}
