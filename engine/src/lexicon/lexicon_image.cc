#include "lexicon/lexicon_image.h"

#include <cstdint>

#include "base/image_io.h"
#include "lexicon/image_entries.h"

namespace claimscope::internal {
namespace {

constexpr std::string_view kMagic = "claimscope-lexicon-image 2";

TextSpan SpanOf(std::string_view view, std::string_view text) {
  if (view.empty()) return {};
  return {static_cast<uint32_t>(view.data() - text.data()), static_cast<uint32_t>(view.size())};
}

// The layout the arrays are read in: an image of another layout is refused.
struct Layout {
  uint32_t entry_record = sizeof(EntryRecord);
  uint32_t size_t_size = sizeof(size_t);
  uint32_t check = 0x01020304;  // byte order
};

}  // namespace

void LexiconImage::Save(const LexiconMatcher& m, std::span<const LexiconText> texts,
                        std::span<const std::string> digests, std::string* out) {
  out->clear();
  ImageWriter w(out);
  w.Bytes(kMagic);
  w.Value(Layout());
  w.Value(static_cast<uint64_t>(m.files_.size()));
  for (size_t i = 0; i < m.files_.size(); ++i) {
    const LexiconFile& f = m.files_[i];
    const std::string_view text = texts[i].text;
    w.Bytes(f.name);
    w.Bytes(f.list_class);
    w.Value(static_cast<uint8_t>(f.case_mode));
    w.Bytes(f.source);
    w.Value(static_cast<uint64_t>(text.size()));
    w.Bytes(digests[i]);
    std::vector<EntryRecord> entries;
    std::vector<TextSpan> forms;
    entries.reserve(f.entry_count());
    forms.reserve(f.form_count());
    for (size_t k = 0; k < f.entry_count(); ++k) {
      const LexiconEntry& e = f.entry(k);
      entries.push_back({SpanOf(e.canonical, text), SpanOf(e.id, text), SpanOf(e.attributes, text),
                         e.line, static_cast<uint32_t>(forms.size()),
                         static_cast<uint32_t>(e.forms.size()), static_cast<uint32_t>(e.key_bits),
                         static_cast<uint32_t>(e.key_bits >> 32)});
      for (const std::string_view form : e.forms) forms.push_back(SpanOf(form, text));
    }
    w.Array(std::span<const EntryRecord>(entries));
    w.Array(std::span<const TextSpan>(forms));
  }
  w.Value(static_cast<uint64_t>(m.indexed_files_));
  w.Value(static_cast<uint64_t>(m.entry_bytes_));
  w.Array(m.entries_.span());
  w.Array(m.forms_.span());
  w.Array(m.exact_keys_.span());
  w.Array(m.key_bytes_.span());
  w.Array(m.key_starts_.span());
  m.key_index_.Save(&w);
  w.Array(m.nodes_.span());
  w.Array(m.root_children_.span());
  m.children_.Save(&w);
  w.Array(m.names_place_or_org_.span());
  w.Bytes(kMagic);
}

bool LexiconImage::Load(std::string_view image, std::span<const LexiconText> texts,
                        LexiconMatcher* matcher, std::vector<std::string>* digests) {
  ImageReader r(image);
  LexiconMatcher m;
  std::vector<std::string> file_digests;
  const auto load = [&]() -> bool {
    std::string_view magic;
    Layout layout;
    const Layout ours;
    uint64_t files = 0;
    if (!r.View(&magic) || magic != kMagic || !r.Value(&layout) ||
        layout.entry_record != ours.entry_record || layout.size_t_size != ours.size_t_size ||
        layout.check != ours.check || !r.Value(&files) || files != texts.size()) {
      return false;
    }
    std::span<const EntryRecord> entries;
    std::span<const TextSpan> forms;
    for (const LexiconText& t : texts) {
      LexiconFile& f = m.files_.emplace_back();
      uint8_t case_mode = 0;
      uint64_t size = 0;
      std::string& digest = file_digests.emplace_back();
      if (!r.Bytes(&f.name) || f.name != t.name || !r.Bytes(&f.list_class) ||
          !r.Value(&case_mode) || case_mode > static_cast<uint8_t>(CaseMode::kSmart) ||
          !r.Bytes(&f.source) || !r.Value(&size) || size != t.text.size() || !r.Bytes(&digest) ||
          !r.View(&entries) || !r.View(&forms)) {
        return false;
      }
      f.case_mode = static_cast<CaseMode>(case_mode);
      // Made into entries as they are asked for (image_entries.h).
      f.image_entries = ImageEntries(entries, forms, t.text);
    }
    // The automaton's arrays are used where they are, in the image.
    uint64_t indexed = 0;
    uint64_t entry_bytes = 0;
    std::string_view end;
    if (!r.Value(&indexed) || indexed > files || !r.Value(&entry_bytes) ||
        !ViewInto(&r, &m.entries_) || !ViewInto(&r, &m.forms_) || !ViewInto(&r, &m.exact_keys_) ||
        !ViewInto(&r, &m.key_bytes_) || !ViewInto(&r, &m.key_starts_) || !m.key_index_.Load(&r) ||
        !ViewInto(&r, &m.nodes_) || !ViewInto(&r, &m.root_children_) || !m.children_.Load(&r) ||
        !ViewInto(&r, &m.names_place_or_org_) || !r.View(&end) || end != kMagic || !r.done()) {
      return false;
    }
    m.indexed_files_ = indexed;
    m.entry_bytes_ = entry_bytes;
    return true;
  };
  if (!load()) return false;
  *matcher = std::move(m);
  *digests = std::move(file_digests);
  return true;
}

}  // namespace claimscope::internal
