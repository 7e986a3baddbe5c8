#include "claimscope/status.h"

namespace claimscope {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidArgument:
      return "invalid_argument";
    case StatusCode::kNotFound:
      return "not_found";
    case StatusCode::kIoError:
      return "io_error";
    case StatusCode::kParseError:
      return "parse_error";
    case StatusCode::kResourceExhausted:
      return "resource_exhausted";
    case StatusCode::kInternal:
      return "internal";
  }
  return "unknown";
}

Status Status::AtLocation(StatusCode code, std::string message, std::string file, int line,
                          int column, std::string fragment) {
  Status s(code, std::move(message));
  s.file_ = std::move(file);
  s.line_ = line;
  s.column_ = column;
  s.fragment_ = std::move(fragment);
  return s;
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string out;
  if (!file_.empty()) {
    out += file_;
    // Appended piecewise: GCC 12 warns (-Wrestrict) on "literal" + std::string here.
    if (line_ > 0) out.append(":").append(std::to_string(line_));
    if (column_ > 0) out.append(":").append(std::to_string(column_));
    out += ": ";
  }
  out += message_;
  if (!fragment_.empty()) out += ": " + fragment_;
  return out;
}

}  // namespace claimscope
