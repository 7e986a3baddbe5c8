#include "resume.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "json_value.h"

namespace claimscope::cli {

bool SkipDone(const std::string& output, DocumentSource* source, ResumePoint* point,
              std::string* error) {
  *point = {};
  std::error_code ec;
  if (!std::filesystem::exists(output, ec)) return true;  // killed before its first record
  std::ifstream in(output, std::ios::binary);
  if (!in) {
    *error = "cannot read " + output + ": " + std::strerror(errno);
    return false;
  }
  std::string line;
  uint64_t kept_bytes = 0;
  InputDocument doc;
  while (std::getline(in, line)) {
    if (in.eof()) {  // no line break after it: torn
      point->cut_bytes = line.size();
      break;
    }
    JsonValue record;
    std::string why;
    const std::string where = output + ":" + std::to_string(point->records + 1);
    if (!ParseJson(line, &record, &why, {.allow_invalid_utf8 = true}) || !record.is_object()) {
      *error = where + " is no record (" + why + "): not the output of claimscope extract";
      return false;
    }
    const std::string id(record.StringOr("id", ""));
    if (!source->Next(&doc)) {
      *error = where + " is the record of " + id + ", but the input has only " +
               std::to_string(point->records) + " documents";
      return false;
    }
    if (doc.id != id) {
      *error = where + " is the record of " + id + ", but document " +
               std::to_string(point->records + 1) + " of the input is " + doc.id;
      return false;
    }
    ++point->records;
    point->with_errors += record.Items("errors").empty() ? 0 : 1;
    kept_bytes += line.size() + 1;
  }
  if (in.bad()) {
    *error = "cannot read " + output + ": " + std::strerror(errno);
    return false;
  }
  if (point->cut_bytes > 0 && truncate(output.c_str(), static_cast<off_t>(kept_bytes)) != 0) {
    *error = "cannot cut the torn last line of " + output + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

}  // namespace claimscope::cli
