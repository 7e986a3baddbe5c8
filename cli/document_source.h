// Where documents come from: files, folders (walked recursively), standard input, and
// JSON Lines files, each plain or gzip-compressed. Yields documents one at a time, in a
// stable order, with constant memory for JSON Lines input.
#ifndef CLAIMSCOPE_CLI_DOCUMENT_SOURCE_H_
#define CLAIMSCOPE_CLI_DOCUMENT_SOURCE_H_

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "claimscope/record.h"
#include "input_stream.h"

namespace claimscope::cli {

enum class InputFormat { kText, kJsonl, kHtml };

struct SourceConfig {
  std::vector<std::string> paths;  // "-" is standard input; empty means standard input
  InputFormat format = InputFormat::kText;
  std::string glob = "*.txt";  // file names taken from folders (also NAME.gz)
  std::string jsonl_glob = "*.jsonl";
  std::string html_glob = "*.html";
  std::string id_field = "id";
  std::string text_field = "text";
  std::string date_field = "date";
  // JSONL fields copied into each record's "meta" (--keep-fields); empty: none.
  std::vector<std::string> keep_fields;
};

// One input document. A document that could not be read has `errors` filled and yields a
// record all the same.
struct InputDocument {
  std::string id;
  std::string text;
  std::string date;
  std::vector<Diagnostic> errors;
  std::vector<MetaField> meta;  // the kept fields the line has, in --keep-fields order
  std::string outlet;           // a kept "outlet" field that is a string
};

// The file names taken from folders: config.glob, jsonl_glob or html_glob by the format.
const std::string& FolderGlob(const SourceConfig& config);
// Does a file name match the glob, or the glob plus ".gz"?
bool MatchesGlob(const std::string& glob, const std::string& name);

// Fills `doc` from one JSON Lines record (`line`) as `config` names its fields; `where`
// ("FILE:LINE") is its id when it has none and starts its error messages (a line that is no
// JSON object, or has no text, gives a "bad_json" error in doc->errors).
void ParseJsonlDocument(std::string_view line, const SourceConfig& config, const std::string& where,
                        InputDocument* doc);

class DocumentSource {
 public:
  explicit DocumentSource(SourceConfig config);
  DocumentSource(const DocumentSource&) = delete;
  DocumentSource& operator=(const DocumentSource&) = delete;

  // Fills `doc` with the next document; false when there are no more.
  bool Next(InputDocument* doc);

  // For progress: input bytes consumed so far, and the total when known (0 if not: standard
  // input, or folders not walked yet).
  int64_t bytes_done() const { return bytes_done_ + (jsonl_.is_open() ? jsonl_.position() : 0); }
  int64_t bytes_total() const { return total_unknown_ ? 0 : bytes_total_; }

 private:
  bool NextFromJsonl(InputDocument* doc);
  void OpenNextPath(InputDocument* doc, bool* produced);
  void ParseJsonlLine(std::string_view line, InputDocument* doc) const;
  void AddPending(const std::vector<std::string>& paths, bool at_front);

  SourceConfig config_;
  std::deque<std::string> pending_;  // paths not opened yet (folders expand in place)
  InputStream jsonl_;                // the JSON Lines file being read
  std::string jsonl_name_;
  long jsonl_line_ = 0;
  std::string line_;
  int64_t bytes_done_ = 0;
  int64_t bytes_total_ = 0;
  int64_t jsonl_size_ = 0;
  bool total_unknown_ = false;
};

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_DOCUMENT_SOURCE_H_
