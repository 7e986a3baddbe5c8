#include "input_stream.h"

#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace claimscope::cli {
namespace {

constexpr size_t kChunk = size_t{1} << 17;

gzFile File(void* f) { return static_cast<gzFile>(f); }

}  // namespace

InputStream::~InputStream() { Close(); }

bool InputStream::Open(const std::string& path, std::string* error) {
  Close();
  errno = 0;
  gzFile f = path == "-" ? gzdopen(dup(STDIN_FILENO), "rb") : gzopen(path.c_str(), "rb");
  if (f == nullptr) {
    *error = errno != 0 ? std::strerror(errno) : "cannot open";
    return false;
  }
  gzbuffer(f, kChunk);
  file_ = f;
  buffer_.clear();
  begin_ = 0;
  eof_ = false;
  error_.clear();
  return true;
}

void InputStream::Close() {
  if (file_ != nullptr) gzclose(File(file_));
  file_ = nullptr;
}

int64_t InputStream::position() const {
  return file_ == nullptr ? 0 : static_cast<int64_t>(gzoffset(File(file_)));
}

// Appends the next chunk to the buffer; false at the end or on an error.
bool InputStream::Fill() {
  if (eof_ || file_ == nullptr) return false;
  if (begin_ > 0 && begin_ >= buffer_.size() / 2) {
    buffer_.erase(0, begin_);
    begin_ = 0;
  }
  const size_t old = buffer_.size();
  buffer_.resize(old + kChunk);
  const int n = gzread(File(file_), buffer_.data() + old, static_cast<unsigned>(kChunk));
  if (n < 0) {
    int code = 0;
    const char* msg = gzerror(File(file_), &code);
    error_ = code == Z_ERRNO ? std::strerror(errno) : msg;
    buffer_.resize(old);
    eof_ = true;
    return false;
  }
  buffer_.resize(old + static_cast<size_t>(n));
  if (n == 0) eof_ = true;
  return n > 0;
}

bool InputStream::ReadAll(std::string* out, std::string* error) {
  while (Fill()) {
  }
  out->assign(buffer_, begin_, std::string::npos);
  begin_ = buffer_.size();
  if (!error_.empty()) *error = error_;
  return error_.empty();
}

bool InputStream::ReadLine(std::string* line) {
  size_t searched = 0;  // bytes after begin_ known to hold no line break
  while (true) {
    const size_t nl = buffer_.find('\n', begin_ + searched);
    if (nl != std::string::npos) {
      line->assign(buffer_, begin_, nl - begin_);
      begin_ = nl + 1;
      break;
    }
    searched = buffer_.size() - begin_;
    if (!Fill()) {
      if (begin_ >= buffer_.size()) return false;
      line->assign(buffer_, begin_, std::string::npos);  // a last line without a break
      begin_ = buffer_.size();
      break;
    }
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return true;
}

}  // namespace claimscope::cli
