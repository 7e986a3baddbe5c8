// Errors as values.
//
//   claimscope::Result<std::shared_ptr<const claimscope::Engine>> r =
//       claimscope::Engine::Create(options);
//   if (!r.ok()) {
//     std::cerr << r.status().ToString() << "\n";  // "lexicons/x.tsv:12: bad column count"
//     return 2;
//   }
//   auto engine = r.value();
//
// Nothing in the public API throws: every failure is a Status with a code, a message and,
// where a resource file is at fault, the file, line, column and offending fragment.
#ifndef CLAIMSCOPE_STATUS_H_
#define CLAIMSCOPE_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace claimscope {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,    // a caller's value is malformed (a date, an option)
  kNotFound,           // a file or folder does not exist
  kIoError,            // a file exists but cannot be read or written
  kParseError,         // a resource file (lexicon, grammar) is malformed
  kResourceExhausted,  // a configured limit was exceeded
  kInternal,           // a bug: please report it
};

// The name of a code, e.g. "invalid_argument".
const char* StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  // A resource error that points at a place in a file; line and column are 1-based, 0 if
  // unknown. `fragment` is the offending text, possibly empty.
  static Status AtLocation(StatusCode code, std::string message, std::string file, int line,
                           int column = 0, std::string fragment = {});

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }
  const std::string& fragment() const { return fragment_; }

  // One line: "file:line:col: message: fragment" with the parts that are known.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::string file_;
  int line_ = 0;
  int column_ = 0;
  std::string fragment_;
};

// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  // Precondition: ok().
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace claimscope

#endif  // CLAIMSCOPE_STATUS_H_
