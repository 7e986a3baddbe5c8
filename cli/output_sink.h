// Buffered output to standard output or a file. A reader that goes away (a closed pipe, as in
// `claimscope extract ... | head`) is not an error: the sink reports it so that the run can
// stop quietly.
#ifndef CLAIMSCOPE_CLI_OUTPUT_SINK_H_
#define CLAIMSCOPE_CLI_OUTPUT_SINK_H_

#include <cstdio>
#include <string>
#include <string_view>

namespace claimscope::cli {

class OutputSink {
 public:
  OutputSink() = default;
  ~OutputSink();
  OutputSink(const OutputSink&) = delete;
  OutputSink& operator=(const OutputSink&) = delete;

  // Opens `path` for writing ("-" or empty: standard output). False with `error` set on
  // failure.
  bool Open(const std::string& path, std::string* error);

  // Appends bytes; writes through when the buffer is full. False once writing failed.
  bool Write(std::string_view bytes);
  bool Flush();
  // Flushes and closes; false if anything could not be written.
  bool Close();

  bool reader_gone() const { return reader_gone_; }
  const std::string& error() const { return error_; }

 private:
  bool WriteThrough();

  std::FILE* file_ = nullptr;
  bool owned_ = false;
  std::string buffer_;
  bool failed_ = false;
  bool reader_gone_ = false;
  std::string error_;
  std::string path_;
};

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_OUTPUT_SINK_H_
