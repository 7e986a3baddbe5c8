#include "lexicon/image_entries.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace claimscope::internal {

namespace {

std::string_view ViewOf(TextSpan s, std::string_view text) {
  if (s.offset > text.size() || s.size > text.size() - s.offset) return {};
  return text.substr(s.offset, s.size);
}

}  // namespace

ImageEntries::ImageEntries(std::span<const EntryRecord> records, std::span<const TextSpan> forms,
                           std::string_view text)
    : records_(records),
      forms_(forms),
      text_(text),
      pages_(std::make_unique<std::atomic<Page*>[]>(PageCount(records.size()))) {}

ImageEntries::ImageEntries(ImageEntries&& other) noexcept { *this = std::move(other); }

ImageEntries& ImageEntries::operator=(ImageEntries&& other) noexcept {
  if (this == &other) return *this;
  Clear();
  records_ = std::exchange(other.records_, {});
  forms_ = std::exchange(other.forms_, {});
  text_ = std::exchange(other.text_, {});
  pages_ = std::move(other.pages_);
  return *this;
}

ImageEntries::~ImageEntries() { Clear(); }

void ImageEntries::Clear() {
  if (pages_ == nullptr) return;
  for (size_t p = 0; p < PageCount(records_.size()); ++p) {
    delete pages_[p].load(std::memory_order_acquire);
  }
  pages_.reset();
}

const ImageEntries::Page* ImageEntries::MakePage(size_t p) const {
  auto page = std::make_unique<Page>();
  const size_t first = p * kPageEntries;
  const size_t end = std::min(records_.size(), first + kPageEntries);
  // The page's forms are one run of the file's: each entry's follow the one before.
  const size_t forms_begin = std::min<size_t>(records_[first].forms_begin, forms_.size());
  size_t forms_end = forms_begin;
  for (size_t k = first; k < end; ++k) {
    const EntryRecord& r = records_[k];
    if (r.forms_begin >= forms_begin && r.forms_begin <= forms_.size() &&
        r.forms_size <= forms_.size() - r.forms_begin) {
      forms_end = std::max<size_t>(forms_end, r.forms_begin + r.forms_size);
    }
  }
  page->forms.reserve(forms_end - forms_begin);
  for (size_t f = forms_begin; f < forms_end; ++f) page->forms.push_back(ViewOf(forms_[f], text_));
  for (size_t k = first; k < end; ++k) {
    const EntryRecord& r = records_[k];
    LexiconEntry& e = page->entries[k - first];
    e.canonical = ViewOf(r.canonical, text_);
    e.id = ViewOf(r.id, text_);
    e.attributes = ViewOf(r.attributes, text_);
    e.key_bits = uint64_t{r.key_bits_high} << 32 | r.key_bits_low;
    e.line = r.line;
    if (r.forms_begin >= forms_begin && r.forms_begin + size_t{r.forms_size} <= forms_end) {
      e.forms = std::span(page->forms.data() + (r.forms_begin - forms_begin), r.forms_size);
    }
  }
  Page* expected = nullptr;
  Page* made = page.get();
  if (!pages_[p].compare_exchange_strong(expected, made, std::memory_order_acq_rel,
                                         std::memory_order_acquire)) {
    return expected;  // another thread made it first; ours goes
  }
  page.release();
  return made;
}

}  // namespace claimscope::internal
