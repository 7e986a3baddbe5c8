// A strict JSON reader for one JSON Lines record: the fields of a top-level object.
#ifndef CLAIMSCOPE_CLI_JSONL_JSON_READER_H_
#define CLAIMSCOPE_CLI_JSONL_JSON_READER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimscope::cli {

struct JsonField {
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };
  std::string name;
  Kind kind = Kind::kNull;
  std::string value;     // kString: the decoded string; kNumber/kBool: the literal; else empty
  std::string_view raw;  // the value's JSON text, a view into the parsed line
};

// Parses `line` as one JSON object and returns its members in order (nested values are
// validated and skipped). On error returns false and sets `error` to a message that names
// the byte column, as json_string.h says. Strings are decoded by DecodeJsonString, their
// raw bytes copied unchecked (JsonUtf8::kKeepInvalid). Nesting deeper than 512 levels is
// an error, not a stack overflow.
bool ParseJsonObject(std::string_view line, std::vector<JsonField>* fields, std::string* error);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_JSONL_JSON_READER_H_
