#include "record_file.h"

#include "input_stream.h"

namespace claimscope::cli {

bool ReadRecordFile(const std::string& path, const std::function<void(JsonValue)>& each,
                    std::string* error) {
  InputStream in;
  if (!in.Open(path, error)) {
    *error = path + ": " + *error;
    return false;
  }
  std::string line;
  for (long number = 1; in.ReadLine(&line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    JsonValue record;
    std::string parse_error;
    if (!ParseJson(line, &record, &parse_error, {.allow_invalid_utf8 = true}) ||
        !record.is_object()) {
      *error = path + ":" + std::to_string(number) + ": not a record: " + parse_error;
      return false;
    }
    each(std::move(record));
  }
  if (!in.error().empty()) {
    *error = path + ": " + in.error();
    return false;
  }
  return true;
}

}  // namespace claimscope::cli
