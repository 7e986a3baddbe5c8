// A lexicon file's entries (lexicon_file.h) as an image holds them (lexicon_image.h): records of
// offsets into the file's text, made into LexiconEntry views a page at a time, the first time an
// entry of the page is asked for. An engine with the default lexicons holds some 60,000 entries,
// and a run asks for a few hundred: writing them all out at start-up (4.4 MB of entries, 1.2 MB of
// form views) was most of what an engine's start-up still wrote, each page of it a page fault.
// Pages are made by whichever thread asks first, without a lock.
#ifndef CLAIMSCOPE_SRC_LEXICON_IMAGE_ENTRIES_H_
#define CLAIMSCOPE_SRC_LEXICON_IMAGE_ENTRIES_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "lexicon/lexicon_entry.h"

namespace claimscope::internal {

// A view of a file's text as offset and size.
struct TextSpan {
  uint32_t offset = 0;
  uint32_t size = 0;
};

// An entry as an image holds it.
struct EntryRecord {
  TextSpan canonical;
  TextSpan id;
  TextSpan attributes;
  int32_t line = 0;
  uint32_t forms_begin = 0;  // in the file's forms, in the order of the entries
  uint32_t forms_size = 0;
  // LexiconEntry::key_bits, worked out when the image is made (in two halves: a 64-bit field
  // would pad the record to 48 bytes)
  uint32_t key_bits_low = 0;
  uint32_t key_bits_high = 0;
};

class ImageEntries {
 public:
  ImageEntries() = default;
  // `records`, `forms` and `text` must outlive this object (an image the program embeds, and
  // its text). Spans outside `text` are read as empty: the image is one the build made.
  ImageEntries(std::span<const EntryRecord> records, std::span<const TextSpan> forms,
               std::string_view text);
  ImageEntries(ImageEntries&& other) noexcept;
  ImageEntries& operator=(ImageEntries&& other) noexcept;
  ~ImageEntries();

  size_t size() const { return records_.size(); }
  size_t form_count() const { return forms_.size(); }

  // Entry k: thread-safe; the reference stays valid as long as this object (moved or not).
  const LexiconEntry& operator[](size_t k) const {
    const Page* page = pages_[k / kPageEntries].load(std::memory_order_acquire);
    if (page == nullptr) page = MakePage(k / kPageEntries);
    return page->entries[k % kPageEntries];
  }

 private:
  static constexpr size_t kPageEntries = 64;  // 4.6 KB of entries
  struct Page {
    std::array<LexiconEntry, kPageEntries> entries;
    std::vector<std::string_view> forms;  // the page's entries' forms, end to end
  };

  static size_t PageCount(size_t entries) { return (entries + kPageEntries - 1) / kPageEntries; }
  const Page* MakePage(size_t p) const;
  void Clear();

  std::span<const EntryRecord> records_;
  std::span<const TextSpan> forms_;
  std::string_view text_;
  std::unique_ptr<std::atomic<Page*>[]> pages_;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_LEXICON_IMAGE_ENTRIES_H_
