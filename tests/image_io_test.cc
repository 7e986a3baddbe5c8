// Images of built data: arrays written aligned, read back in place, refused when
// short; an ImageVector that views an image and copies it when written to; a FlatIndex
// loaded from an image.
#include "base/image_io.h"

#include <doctest/doctest.h>

#include "base/flat_hash.h"

namespace claimscope::internal {
namespace {

struct Pair {
  uint32_t a;
  uint32_t b;
};

TEST_CASE("values and arrays come back as written; views are aligned and in place") {
  std::string image;
  ImageWriter w(&image);
  w.Value(uint8_t{7});
  const std::vector<uint64_t> numbers = {1, 2, 3};
  w.Array(std::span<const uint64_t>(numbers));
  w.Bytes("abc");
  const std::vector<Pair> pairs = {{1, 2}, {3, 4}};
  w.Array(std::span<const Pair>(pairs));

  ImageReader r(image);
  uint8_t seven = 0;
  std::span<const uint64_t> viewed_numbers;
  std::string abc;
  std::span<const Pair> viewed;
  REQUIRE(r.Value(&seven));
  REQUIRE(r.View(&viewed_numbers));
  REQUIRE(r.Bytes(&abc));
  REQUIRE(r.View(&viewed));
  CHECK(r.done());
  CHECK(seven == 7);
  CHECK(std::vector(viewed_numbers.begin(), viewed_numbers.end()) == numbers);
  CHECK(abc == "abc");
  REQUIRE(viewed.size() == 2);
  CHECK(viewed[1].b == 4);
  CHECK(reinterpret_cast<const char*>(viewed.data()) >= image.data());
  CHECK(reinterpret_cast<const char*>(viewed.data()) < image.data() + image.size());
  CHECK(reinterpret_cast<uintptr_t>(viewed.data()) % alignof(Pair) == 0);

  // A short image reads nothing more.
  ImageReader short_image(std::string_view(image).substr(0, image.size() - 3));
  REQUIRE(short_image.Value(&seven));
  REQUIRE(short_image.View(&viewed_numbers));
  REQUIRE(short_image.Bytes(&abc));
  CHECK_FALSE(short_image.View(&viewed));
  CHECK_FALSE(short_image.done());
}

TEST_CASE("an ImageVector reads its view, and copies it before a write") {
  const std::vector<uint32_t> image = {10, 20, 30};
  ImageVector<uint32_t> v;
  v.Borrow(image);
  CHECK(v.size() == 3);
  CHECK(v.data() == image.data());
  CHECK(v.HeapBytes() == 0);
  v.push_back(40);
  CHECK(v.data() != image.data());
  CHECK(image.size() == 3);  // the image is never written
  CHECK(std::vector<uint32_t>(v.begin(), v.end()) == std::vector<uint32_t>{10, 20, 30, 40});
  v.Mutable(0) = 11;
  CHECK(v[0] == 11);
  CHECK(image[0] == 10);
  ImageVector<uint32_t> moved = std::move(v);
  CHECK(moved.size() == 4);
  CHECK(moved[3] == 40);
}

TEST_CASE("a FlatIndex saved and loaded finds what it found, and grows from its view") {
  std::vector<std::string> words = {"alpha", "beta", "gamma"};
  FlatIndex index;
  for (uint32_t i = 0; i < words.size(); ++i) {
    index.FindOrAdd(HashBytes(words[i]), i, [&](uint32_t id) { return words[id] == words[i]; });
  }
  std::string image;
  ImageWriter w(&image);
  index.Save(&w);
  ImageReader r(image);
  FlatIndex loaded;
  REQUIRE(loaded.Load(&r));
  CHECK(loaded.size() == 3);
  CHECK(loaded.MemoryBytes() == 0);  // a view
  const auto find = [&](const FlatIndex& x, const std::string& word) {
    return x.Find(HashBytes(word), [&](uint32_t id) { return words[id] == word; });
  };
  CHECK(find(loaded, "beta") == 1);
  CHECK(find(loaded, "delta") == FlatIndex::kNone);
  words.push_back("delta");
  const auto [id, added] =
      loaded.FindOrAdd(HashBytes("delta"), 3, [&](uint32_t i) { return words[i] == "delta"; });
  CHECK(added);
  CHECK(find(loaded, "delta") == 3);
  CHECK(find(loaded, "gamma") == 2);
}

}  // namespace
}  // namespace claimscope::internal
