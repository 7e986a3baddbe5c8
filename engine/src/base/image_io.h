// A binary image of built data: plain values and arrays of trivially copyable values written
// end to end, read back in the same order by a program of the same build (no byte order or
// layout is converted: an image is made at build time for the build that embeds it).
//
//   std::string image;
//   ImageWriter w(&image);
//   w.Value(uint32_t{7});
//   w.Array(std::span<const Node>(nodes));
//
//   ImageReader r(image);
//   uint32_t n;
//   std::vector<Node> nodes;
//   if (!r.Value(&n) || !r.Array(&nodes)) ...  // a short or damaged image
#ifndef CLAIMSCOPE_SRC_BASE_IMAGE_IO_H_
#define CLAIMSCOPE_SRC_BASE_IMAGE_IO_H_

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace claimscope::internal {

class ImageWriter {
 public:
  explicit ImageWriter(std::string* out) : out_(out) {}

  template <typename T>
  void Value(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_->append(reinterpret_cast<const char*>(&v), sizeof(T));
  }
  // The count, then the elements.
  template <typename T>
  void Array(std::span<const T> a) {
    static_assert(std::is_trivially_copyable_v<T>);
    Value(static_cast<uint64_t>(a.size()));
    out_->append(reinterpret_cast<const char*>(a.data()), a.size_bytes());
  }
  void Bytes(std::string_view s) { Array(std::span<const char>(s.data(), s.size())); }

 private:
  std::string* out_;
};

class ImageReader {
 public:
  explicit ImageReader(std::string_view image) : rest_(image) {}

  // Each returns false, and reads nothing, when the image is too short.
  template <typename T>
  bool Value(T* v) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (rest_.size() < sizeof(T)) return false;
    std::memcpy(v, rest_.data(), sizeof(T));
    rest_.remove_prefix(sizeof(T));
    return true;
  }
  template <typename T>
  bool Array(std::vector<T>* a) {
    std::string_view bytes;
    if (!Span(sizeof(T), &bytes)) return false;
    a->resize(bytes.size() / sizeof(T));
    if (!bytes.empty()) std::memcpy(a->data(), bytes.data(), bytes.size());
    return true;
  }
  bool Bytes(std::string* s) {
    std::string_view bytes;
    if (!Span(1, &bytes)) return false;
    s->assign(bytes);
    return true;
  }
  // The bytes in the image itself, not copied.
  bool View(std::string_view* s) { return Span(1, s); }
  bool done() const { return rest_.empty(); }

 private:
  bool Span(size_t element, std::string_view* bytes) {
    uint64_t n = 0;
    if (!Value(&n) || n > rest_.size() / element) return false;
    *bytes = rest_.substr(0, n * element);
    rest_.remove_prefix(n * element);
    return true;
  }

  std::string_view rest_;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_BASE_IMAGE_IO_H_
