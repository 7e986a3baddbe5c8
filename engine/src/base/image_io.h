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
//   std::span<const Node> nodes;               // a view of the image
//   if (!r.Value(&n) || !r.View(&nodes)) ...   // a short or damaged image
#ifndef CLAIMSCOPE_SRC_BASE_IMAGE_IO_H_
#define CLAIMSCOPE_SRC_BASE_IMAGE_IO_H_

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace claimscope::internal {

// Arrays in an image start at multiples of this from its start, which must itself be so
// aligned for them to be used in place.
inline constexpr size_t kImageAlign = 8;

class ImageWriter {
 public:
  explicit ImageWriter(std::string* out) : out_(out) {}

  template <typename T>
  void Value(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_->append(reinterpret_cast<const char*>(&v), sizeof(T));
  }
  // The count, then the elements, from an offset that is a multiple of kImageAlign (so that a
  // reader may use them in place, ImageReader::View).
  template <typename T>
  void Array(std::span<const T> a) {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= kImageAlign);
    Value(static_cast<uint64_t>(a.size()));
    out_->append((kImageAlign - out_->size() % kImageAlign) % kImageAlign, '\0');
    out_->append(reinterpret_cast<const char*>(a.data()), a.size_bytes());
  }
  void Bytes(std::string_view s) { Array(std::span<const char>(s.data(), s.size())); }

 private:
  std::string* out_;
};

class ImageReader {
 public:
  explicit ImageReader(std::string_view image) : image_(image) {}

  // Each returns false, and reads nothing, when the image is too short (or, for a view, not
  // aligned).
  template <typename T>
  bool Value(T* v) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (image_.size() - at_ < sizeof(T)) return false;
    std::memcpy(v, image_.data() + at_, sizeof(T));
    at_ += sizeof(T);
    return true;
  }
  // An array in the image itself, not copied: the image must outlive the view.
  template <typename T>
  bool View(std::span<const T>* a) {
    std::string_view bytes;
    if (!Span(sizeof(T), &bytes) || reinterpret_cast<uintptr_t>(bytes.data()) % alignof(T) != 0) {
      return false;
    }
    *a = std::span(reinterpret_cast<const T*>(bytes.data()), bytes.size() / sizeof(T));
    return true;
  }
  bool Bytes(std::string* s) {
    std::string_view bytes;
    if (!Span(1, &bytes)) return false;
    s->assign(bytes);
    return true;
  }
  bool View(std::string_view* s) { return Span(1, s); }
  bool done() const { return at_ == image_.size(); }

 private:
  bool Span(size_t element, std::string_view* bytes) {
    uint64_t n = 0;
    const size_t at = at_;
    if (!Value(&n)) return false;
    const size_t pad = (kImageAlign - at_ % kImageAlign) % kImageAlign;
    if (pad > image_.size() - at_ || n > (image_.size() - at_ - pad) / element) {
      at_ = at;
      return false;
    }
    *bytes = image_.substr(at_ + pad, n * element);
    at_ += pad + n * element;
    return true;
  }

  std::string_view image_;
  size_t at_ = 0;
};

// An array that is its own (a vector) or a view of an image (ImageReader::View), read the
// same way. Writing to a view copies it first. Moved, never copied.
template <typename T>
class ImageVector {
 public:
  ImageVector() = default;
  ImageVector(std::initializer_list<T> init) : owned_(init) { Sync(); }
  ImageVector(ImageVector&& o) noexcept { *this = std::move(o); }
  ImageVector& operator=(ImageVector&& o) noexcept {
    owned_ = std::move(o.owned_);  // (a vector moves its buffer: the view stays good)
    view_ = o.view_;
    borrowed_ = o.borrowed_;
    o.owned_.clear();
    o.view_ = {};
    o.borrowed_ = false;
    return *this;
  }
  ImageVector(const ImageVector&) = delete;
  ImageVector& operator=(const ImageVector&) = delete;

  size_t size() const { return view_.size(); }
  bool empty() const { return view_.empty(); }
  const T* data() const { return view_.data(); }
  const T& operator[](size_t i) const { return view_[i]; }
  auto begin() const { return view_.begin(); }
  auto end() const { return view_.end(); }
  std::span<const T> span() const { return view_; }
  // Heap bytes held (none for a view).
  size_t HeapBytes() const { return owned_.capacity() * sizeof(T); }

  // Makes it a view of `image`, which must outlive it.
  void Borrow(std::span<const T> image) {
    owned_ = {};
    view_ = image;
    borrowed_ = true;
  }
  void push_back(const T& v) {
    Edit().push_back(v);
    Sync();
  }
  void reserve(size_t n) {
    Edit().reserve(n);
    Sync();
  }
  void resize(size_t n, const T& v = T()) {
    Edit().resize(n, v);
    Sync();
  }
  void assign(size_t n, const T& v) {
    Edit().assign(n, v);
    Sync();
  }
  void append(std::span<const T> a) {
    std::vector<T>& owned = Edit();
    owned.insert(owned.end(), a.begin(), a.end());
    Sync();
  }
  T& Mutable(size_t i) { return Edit()[i]; }  // (no reallocation: the view stays good)

 private:
  std::vector<T>& Edit() {
    if (borrowed_) {
      owned_.assign(view_.begin(), view_.end());
      borrowed_ = false;
      Sync();
    }
    return owned_;
  }
  void Sync() { view_ = std::span<const T>(owned_); }

  std::vector<T> owned_;
  std::span<const T> view_;
  bool borrowed_ = false;
};

// Reads an array of the image into `v` as a view (ImageReader::View).
template <typename T>
bool ViewInto(ImageReader* r, ImageVector<T>* v) {
  std::span<const T> view;
  if (!r->View(&view)) return false;
  v->Borrow(view);
  return true;
}

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_BASE_IMAGE_IO_H_
