#include "output_sink.h"

#include <cerrno>
#include <cstring>

namespace claimscope::cli {
namespace {
constexpr size_t kBufferBytes = size_t{1} << 18;
}  // namespace

OutputSink::~OutputSink() { Close(); }

bool OutputSink::Open(const std::string& path, std::string* error) {
  if (path.empty() || path == "-") {
    file_ = stdout;
    path_ = "standard output";
  } else {
    file_ = std::fopen(path.c_str(), "wb");
    if (file_ == nullptr) {
      *error = "cannot write " + path + ": " + std::strerror(errno);
      return false;
    }
    owned_ = true;
    path_ = path;
  }
  buffer_.reserve(kBufferBytes);
  return true;
}

bool OutputSink::Write(std::string_view bytes) {
  if (failed_) return false;
  buffer_.append(bytes);
  return buffer_.size() < kBufferBytes || WriteThrough();
}

bool OutputSink::WriteThrough() {
  if (failed_ || file_ == nullptr) return !failed_;
  if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
    failed_ = true;
  }
  buffer_.clear();
  if (!failed_ && std::fflush(file_) != 0) failed_ = true;
  if (failed_) {
    reader_gone_ = errno == EPIPE;
    error_ = "cannot write " + path_ + ": " + std::strerror(errno);
  }
  return !failed_;
}

bool OutputSink::Flush() { return WriteThrough(); }

bool OutputSink::Close() {
  if (file_ == nullptr) return !failed_;
  const bool ok = WriteThrough();
  if (owned_ && std::fclose(file_) != 0 && ok) {
    failed_ = true;
    error_ = "cannot write " + path_ + ": " + std::strerror(errno);
  }
  file_ = nullptr;
  return !failed_;
}

}  // namespace claimscope::cli
