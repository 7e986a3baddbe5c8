#include "output_sink.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace claimscope::cli {
namespace {
constexpr size_t kBufferBytes = size_t{1} << 18;
}  // namespace

OutputSink::~OutputSink() { Close(); }

bool OutputSink::Open(const std::string& path, bool append, std::string* error) {
  if (path.empty() || path == "-") {
    file_ = stdout;
    path_ = "standard output";
  } else {
    // Locked before it is cut: a second run into the same file must not spoil the first's.
    const int fd = open(path.c_str(), O_WRONLY | O_CREAT | (append ? O_APPEND : 0), 0666);
    if (fd < 0) {
      *error = "cannot write " + path + ": " + std::strerror(errno);
      return false;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
      *error = "cannot write " + path + ": another run is writing it";
      close(fd);
      return false;
    }
    struct stat st;
    regular_ = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    if (append && regular_) committed_ = static_cast<uint64_t>(st.st_size);
    if ((!append && regular_ && ftruncate(fd, 0) != 0) ||
        (file_ = fdopen(fd, append ? "ab" : "wb")) == nullptr) {
      *error = "cannot write " + path + ": " + std::strerror(errno);
      close(fd);
      return false;
    }
    owned_ = true;
    path_ = path;
    // The sink buffers; stdio holding bytes of its own could write them after a cut.
    std::setvbuf(file_, nullptr, _IONBF, 0);
  }
  buffer_.reserve(kBufferBytes);
  return true;
}

bool OutputSink::Write(std::string_view bytes) {
  if (failed_) return false;
  buffer_.append(bytes);
  return buffer_.size() < kBufferBytes || WriteThrough();
}

bool OutputSink::WriteRecord(std::string_view bytes, std::string_view id) {
  if (failed_) return false;
  buffer_.append(bytes);
  ++buffered_records_;
  buffered_id_.assign(id);
  return buffer_.size() < kBufferBytes || WriteThrough();
}

bool OutputSink::WriteThrough() {
  if (failed_ || file_ == nullptr) return !failed_;
  if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
    Fail();
    return false;
  }
  if (std::fflush(file_) != 0) {
    Fail();
    return false;
  }
  committed_ += buffer_.size();
  records_ += buffered_records_;
  if (buffered_records_ > 0) last_id_.swap(buffered_id_);
  buffered_records_ = 0;
  buffer_.clear();
  return true;
}

// A write failed: no more writing; a file is cut back to its last whole record, so that a
// reader (or `--resume`) finds no torn one at its end.
void OutputSink::Fail() {
  const int err = errno;
  failed_ = true;
  reader_gone_ = err == EPIPE && !owned_;
  error_ = "cannot write " + path_ + ": " + std::strerror(err);
  if (regular_) {
    std::clearerr(file_);
    const bool cut = ftruncate(fileno(file_), static_cast<off_t>(committed_)) == 0;
    error_ += records_ == 0 ? std::string("; it holds no record of this run")
                            : "; it ends with the record of document " + last_id_ + " (" +
                                  std::to_string(records_) + " records)";
    if (!cut) error_ += ", followed by part of the next";
  }
  buffer_.clear();
  buffered_records_ = 0;
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
