// Where documents come from: files, folders (walked recursively), standard input, and
// JSON Lines files. Yields documents one at a time, in a stable order, with constant memory
// for JSON Lines input.
#ifndef CLAIMSCOPE_CLI_DOCUMENT_SOURCE_H_
#define CLAIMSCOPE_CLI_DOCUMENT_SOURCE_H_

#include <cstdio>
#include <deque>
#include <string>
#include <vector>

#include "claimscope/record.h"

namespace claimscope::cli {

enum class InputFormat { kText, kJsonl };

struct SourceConfig {
  std::vector<std::string> paths;  // "-" is standard input; empty means standard input
  InputFormat format = InputFormat::kText;
  std::string glob = "*.txt";  // file names taken from folders (text input)
  std::string jsonl_glob = "*.jsonl";
  std::string id_field = "id";
  std::string text_field = "text";
  std::string date_field = "date";
};

// One input document. A document that could not be read has `errors` filled and yields a
// record all the same.
struct InputDocument {
  std::string id;
  std::string text;
  std::string date;
  std::vector<Diagnostic> errors;
};

class DocumentSource {
 public:
  explicit DocumentSource(SourceConfig config);
  ~DocumentSource();
  DocumentSource(const DocumentSource&) = delete;
  DocumentSource& operator=(const DocumentSource&) = delete;

  // Fills `doc` with the next document; false when there are no more.
  bool Next(InputDocument* doc);

 private:
  bool NextFromJsonl(InputDocument* doc);
  void OpenNextPath(InputDocument* doc, bool* produced);
  void ParseJsonlLine(std::string_view line, InputDocument* doc) const;

  SourceConfig config_;
  std::deque<std::string> pending_;  // paths not opened yet (folders expand in place)
  std::FILE* jsonl_ = nullptr;       // the JSON Lines file being read
  bool jsonl_is_stdin_ = false;
  std::string jsonl_name_;
  long jsonl_line_ = 0;
  char* line_buf_ = nullptr;
  size_t line_cap_ = 0;
};

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_DOCUMENT_SOURCE_H_
