// The extraction pipeline: documents read in order, extracted by worker threads sharing one
// engine, written in input order. Memory stays bounded: at most a window of documents is in
// flight, however long the input.
#ifndef CLAIMSCOPE_CLI_PIPELINE_H_
#define CLAIMSCOPE_CLI_PIPELINE_H_

#include <cstdint>
#include <functional>
#include <string>

#include "claimscope/engine.h"
#include "document_source.h"

namespace claimscope::cli {

// One document's output, made in a worker thread.
struct Rendered {
  std::string id;
  std::string bytes;     // the formatted record
  std::string text;      // the document text, kept only when `keep_text` is set
  std::string messages;  // lines for standard error (unreadable inputs), in order
  bool had_errors = false;
  size_t text_bytes = 0;
};

// Formats one extracted record (called in worker threads; must be thread-safe).
using RenderFn = std::function<void(const Record&, const TextAnalysis&, std::string*)>;
// Receives each document's output in input order (called on the calling thread); returns
// false to stop the run (the reader went away).
using SinkFn = std::function<bool(Rendered&)>;
// Called on the calling thread about twice a second with the documents and input bytes done.
using ProgressFn = std::function<void(uint64_t docs, uint64_t text_bytes, int64_t input_done,
                                      int64_t input_total)>;

struct PipelineConfig {
  int threads = 1;
  std::string default_date;
  bool keep_text = false;
  // Records carry "meta" with the kept input fields (--keep-fields), and a kept "outlet"
  // field is the credit of a record whose text has none of its own.
  bool keep_meta = false;
  bool text_in_record = false;  // records carry their text (--keep-text)
  // Asked before each document is read: true ends the run there (a signal, interrupt.h);
  // the documents read so far are still extracted and written.
  std::function<bool()> stop_reading;
};

struct PipelineStats {
  uint64_t documents = 0;
  uint64_t with_errors = 0;
  uint64_t text_bytes = 0;
  bool stopped = false;          // the sink asked to stop
  bool stopped_reading = false;  // stop_reading asked to stop
};

// Extracts one document and renders its record into out (the pipeline's worker step; the
// HTTP service's too). `input` is consumed.
void ProcessDocument(const Engine& engine, Workspace* ws, const PipelineConfig& config,
                     const RenderFn& render, InputDocument& input, Rendered* out);

PipelineStats RunPipeline(const Engine& engine, DocumentSource* source,
                          const PipelineConfig& config, const RenderFn& render, const SinkFn& sink,
                          const ProgressFn& progress);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_PIPELINE_H_
