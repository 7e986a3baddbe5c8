// Reading an input file or standard input, gzip-compressed or not (zlib reads both), as a
// whole or line by line, with the position for progress reports.
#ifndef CLAIMSCOPE_CLI_INPUT_STREAM_H_
#define CLAIMSCOPE_CLI_INPUT_STREAM_H_

#include <cstdint>
#include <string>

namespace claimscope::cli {

class InputStream {
 public:
  InputStream() = default;
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Opens `path` ("-" is standard input). False with `error` (the system's reason) on failure.
  bool Open(const std::string& path, std::string* error);
  void Close();
  bool is_open() const { return file_ != nullptr; }

  // Reads everything left. False with `error` on a read error (a corrupt .gz, say).
  bool ReadAll(std::string* out, std::string* error);
  // Reads one line without its line break. False at the end or on an error (then error()
  // is non-empty). A line may be of any length.
  bool ReadLine(std::string* line);
  const std::string& error() const { return error_; }

  // Bytes of the file consumed so far (compressed bytes for a .gz file).
  int64_t position() const;

 private:
  bool Fill();

  void* file_ = nullptr;  // gzFile
  std::string buffer_;
  size_t begin_ = 0;  // unread data is buffer_[begin_, buffer_.size())
  bool eof_ = false;
  std::string error_;
};

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_INPUT_STREAM_H_
