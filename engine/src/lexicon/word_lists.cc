#include "lexicon/word_lists.h"

#include <bit>

#include "base/ascii.h"
#include "base/flat_hash.h"

namespace claimscope::internal {

const std::array<std::string_view, kWordListCount> kWordListNames = {
    "word.org_suffix",       "word.org_head",          "word.org_prefix",
    "word.place_suffix",     "word.place_head",        "word.name_connector",
    "word.non_name",         "word.place_preposition", "word.place_class_noun",
    "word.common_word",      "word.event_word",        "word.common_acronym",
    "word.work_noun",        "word.band_noun",         "word.org_context",
    "word.before_cue",       "word.subordinator",      "word.adverbial_start",
    "word.pronoun",          "word.org_noun",          "word.media_word",
    "word.determiner",       "word.auxiliary",         "word.passive_auxiliary",
    "word.postmodifier",     "word.outlet_noun",       "word.noun_stop",
    "word.irregular_plural", "word.approximate",       "word.value_connector",
    "word.amount_context",   "word.table_label",       "word.said_noun",
    "word.gender_noun"};

bool IsWordListClass(std::string_view list_class) { return list_class.starts_with("word."); }

void WordLists::Table::Add(std::string_view form, const LexiconEntry* entry) {
  forms_.push_back(
      {static_cast<uint32_t>(keys_.size()), static_cast<uint32_t>(form.size()), entry});
  keys_.append(form);
}

void WordLists::Table::Index(bool fold) {
  if (fold) {
    for (char& c : keys_) c = AsciiLowerChar(c);
  }
  const size_t size = std::bit_ceil(2 * forms_.size() + 1);
  slots_.assign(size, Slot());
  for (const Slot& form : forms_) {
    const std::string_view key(keys_.data() + form.begin, form.size);
    if (Find(key, /*fold=*/false) != nullptr) continue;  // the first of equal forms stays
    lengths_ |= LengthBit(form.size);
    size_t slot = HashBytes(key) & (size - 1);
    while (slots_[slot].entry != nullptr) slot = (slot + 1) & (size - 1);
    slots_[slot] = form;
  }
}

const LexiconEntry* WordLists::Table::FindSlot(std::string_view word, bool fold) const {
  const size_t mask = slots_.size() - 1;
  for (size_t slot = (fold ? HashBytesAsciiLower(word) : HashBytes(word)) & mask;
       slots_[slot].entry != nullptr; slot = (slot + 1) & mask) {
    const Slot& s = slots_[slot];
    const std::string_view key(keys_.data() + s.begin, s.size);
    if (key.size() == word.size() && (fold ? EqualsAsciiLower(word, key) : key == word)) {
      return s.entry;
    }
  }
  return nullptr;
}

void WordLists::AddKey(std::string_view form, size_t list, bool fold) {
  const std::string key = AsciiLower(form);
  const auto [id, added] =
      key_index_.FindOrAdd(HashBytes(key), static_cast<uint32_t>(keys_.size()),
                           [&](uint32_t k) { return BytesOf(keys_[k].key) == key; });
  if (added) {
    keys_.push_back(
        {{static_cast<uint32_t>(key_bytes_.size()), static_cast<uint32_t>(key.size())}});
    key_bytes_.append(key);
    key_lengths_ |= LengthBit(key.size());
    if (!key.empty()) key_starts_[static_cast<uint8_t>(key[0])] = true;
  }
  Key& k = keys_[id];
  if (fold) {
    k.folded |= WordListBit(static_cast<WordList>(list));
    return;
  }
  for (uint32_t e = k.exact; e != FlatIndex::kNone; e = exact_forms_[e].next) {
    if (BytesOf(exact_forms_[e].form) == form) {
      exact_forms_[e].lists |= WordListBit(static_cast<WordList>(list));
      return;
    }
  }
  exact_forms_.push_back(
      {{static_cast<uint32_t>(key_bytes_.size()), static_cast<uint32_t>(form.size())},
       WordListBit(static_cast<WordList>(list)),
       k.exact});
  key_bytes_.append(form);
  k.exact = static_cast<uint32_t>(exact_forms_.size() - 1);
}

uint64_t WordLists::FindLists(std::string_view word) const {
  const uint32_t id =
      FindAsciiLowered(key_index_, word, [this](uint32_t k) { return BytesOf(keys_[k].key); });
  return id == FlatIndex::kNone ? 0 : ListsOfKey(id, word);
}

uint64_t WordLists::ExactListsOf(const Key& k, std::string_view word) const {
  uint64_t lists = 0;
  for (uint32_t e = k.exact; e != FlatIndex::kNone; e = exact_forms_[e].next) {
    if (BytesOf(exact_forms_[e].form) == word) lists |= exact_forms_[e].lists;
  }
  return lists;
}

Status WordLists::Build(const std::vector<LexiconFile>& files) {
  for (const LexiconFile& file : files) {
    if (!IsWordListClass(file.list_class)) continue;
    size_t list = 0;
    while (list < kWordListCount && kWordListNames[list] != file.list_class) ++list;
    if (list == kWordListCount) {
      return Status::AtLocation(StatusCode::kParseError,
                                "unknown word list (docs/lexicons.md lists the engine's)",
                                file.name, 2, 0, file.list_class);
    }
    if (file.case_mode == CaseMode::kSmart) {
      return Status::AtLocation(StatusCode::kParseError,
                                "a word list's case is exact or fold, not smart", file.name, 3);
    }
    ++files_;
    Table& table = (file.case_mode == CaseMode::kFold ? folded_ : exact_)[list];
    for (size_t k = 0; k < file.entry_count(); ++k) {
      const LexiconEntry& e = file.entry(k);
      for (const std::string_view form : e.forms) {
        if (LengthBit(form.size()) == 0) {
          return Status::AtLocation(StatusCode::kParseError,
                                    "a word list's forms are shorter than 64 bytes", file.name,
                                    e.line, 1, std::string(form));
        }
        table.Add(form, &e);
        AddKey(form, list, file.case_mode == CaseMode::kFold);
        ++forms_;
      }
    }
  }
  for (size_t list = 0; list < kWordListCount; ++list) {
    exact_[list].Index(/*fold=*/false);
    folded_[list].Index(/*fold=*/true);
  }
  // At most three eighths full, not three quarters: most words asked are on no list, and the
  // probe for one ends at the first empty slot.
  key_index_.Reserve(2 * keys_.size());
  return Status();
}

}  // namespace claimscope::internal
