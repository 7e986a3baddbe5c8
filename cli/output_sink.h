// Buffered output to standard output or a file. A reader that goes away (a closed pipe, as in
// `claimscope extract ... | head`) is not an error: the sink reports it so that the run can
// stop quietly. A file that cannot take more (a full disk, an I/O error) is: the sink cuts
// what it wrote of a record back to the end of the last whole record, and says which that is.
#ifndef CLAIMSCOPE_CLI_OUTPUT_SINK_H_
#define CLAIMSCOPE_CLI_OUTPUT_SINK_H_

#include <cstdint>
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

  // Opens `path` for writing ("-" or empty: standard output), from its start or, with
  // `append`, after what it holds (`claimscope extract --resume`). False with `error` set on
  // failure.
  bool Open(const std::string& path, bool append, std::string* error);

  // Appends bytes; writes through when the buffer is full. False once writing failed.
  bool Write(std::string_view bytes);
  // Appends one whole record of document `id`: what the failure message names.
  bool WriteRecord(std::string_view bytes, std::string_view id);
  bool Flush();
  // Flushes and closes; false if anything could not be written.
  bool Close();

  bool reader_gone() const { return reader_gone_; }
  // "cannot write out.jsonl: No space left on device; it ends with the record of document
  // reuters-812 (812 records)".
  const std::string& error() const { return error_; }
  // Records written through to the file, and its size then.
  uint64_t records_written() const { return records_; }

 private:
  bool WriteThrough();
  void Fail();

  std::FILE* file_ = nullptr;
  bool owned_ = false;
  bool regular_ = false;  // a regular file, which a failed write is cut back in
  std::string buffer_;
  bool failed_ = false;
  bool reader_gone_ = false;
  std::string error_;
  std::string path_;
  uint64_t committed_ = 0;  // bytes of the file known written (after a resumed part)
  uint64_t records_ = 0;    // records in those bytes
  uint64_t buffered_records_ = 0;
  std::string last_id_;      // the last record written through
  std::string buffered_id_;  // the last record in the buffer
};

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_OUTPUT_SINK_H_
