// The records of a JSON Lines output of `claimscope extract`, read one by one, for the
// commands that read outputs back (diff, eval):
//
//   std::string error;
//   if (!ReadRecordFile("out.jsonl", [&](JsonValue record) { ... }, &error))
//     ... error: "out.jsonl:12: not a record: expected a value at column 1"
#ifndef CLAIMSCOPE_CLI_RECORD_FILE_H_
#define CLAIMSCOPE_CLI_RECORD_FILE_H_

#include <functional>
#include <string>

#include "json_value.h"

namespace claimscope::cli {

// Calls `each` with every record (a JSON object a line; blank lines skipped; invalid UTF-8
// in strings kept) of the file at `path`, gzip-compressed or not. False with "PATH: why" or
// "PATH:LINE: not a record: why" in `error` when the file cannot be read or a line is no
// record.
bool ReadRecordFile(const std::string& path, const std::function<void(JsonValue)>& each,
                    std::string* error);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_RECORD_FILE_H_
