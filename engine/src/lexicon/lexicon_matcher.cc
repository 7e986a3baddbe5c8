#include "lexicon/lexicon_matcher.h"

#include <algorithm>

#include "base/ascii.h"
#include "claimscope/utf8.h"
#include "lexicon/word_lists.h"
#include "text/char_class.h"
#include "text/token_key.h"
#include "text/token_scanner.h"

namespace claimscope::internal {
namespace {

bool IsShortCapitals(std::string_view form) {
  int letters = 0;
  for (char c : form) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters > 0 && letters <= 5;
}

bool HasLowerAscii(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

LexiconMatcher::LexiconMatcher() = default;
LexiconMatcher::~LexiconMatcher() = default;
LexiconMatcher::LexiconMatcher(LexiconMatcher&&) noexcept = default;
LexiconMatcher& LexiconMatcher::operator=(LexiconMatcher&&) noexcept = default;

uint32_t LexiconMatcher::Intern(std::string_view key) {
  const auto [id, added] =
      key_index_.FindOrAdd(HashBytes(key), static_cast<uint32_t>(key_starts_.size() - 1),
                           [&](uint32_t other) { return KeyOf(other) == key; });
  if (added) {
    key_bytes_.append(key);
    key_starts_.push_back(static_cast<uint32_t>(key_bytes_.size()));
    root_children_.push_back(kNoId);
  }
  return id;
}

uint32_t LexiconMatcher::LookUp(std::string_view key) const {
  return key_index_.Find(HashBytes(key), [&](uint32_t other) { return KeyOf(other) == key; });
}

uint32_t LexiconMatcher::LookUpToken(std::string_view token, std::string* buffer) const {
  const std::string_view key = WithoutKeyPeriod(token);
  // TokenKey would lower A-Z of an ASCII token and change nothing else: such a token is
  // hashed and compared as it is read (a word of up to eight bytes, most, in one load, which
  // the test for ASCII shares).
  const size_t n = key.size();
  if (n >= 1 && n <= 8 ? IsAsciiBytes(LoadWord(key.data(), n)) : IsAscii(key)) {
    return FindAsciiLowered(key_index_, key, [this](uint32_t id) { return KeyOf(id); });
  }
  return LookUp(TokenKey(token, /*fold=*/true, buffer));
}

namespace {

uint32_t EdgeHash(uint32_t node, uint32_t word) { return HashU64((uint64_t{node} << 32) | word); }

}  // namespace

uint32_t LexiconMatcher::Child(uint32_t node, uint32_t word) const {
  if (node == 0) return root_children_[word];
  return children_.Find(EdgeHash(node, word), [&](uint32_t child) {
    return nodes_[child].parent == node && nodes_[child].word == word;
  });
}

uint32_t LexiconMatcher::AddChild(uint32_t node, uint32_t word) {
  if (node == 0) {
    uint32_t& child = root_children_.Mutable(word);
    if (child == kNoId) {
      child = static_cast<uint32_t>(nodes_.size());
      nodes_.push_back({node, word, kNoId});
    }
    return child;
  }
  const auto [child, added] = children_.FindOrAdd(
      EdgeHash(node, word), static_cast<uint32_t>(nodes_.size()),
      [&](uint32_t other) { return nodes_[other].parent == node && nodes_[other].word == word; });
  if (added) nodes_.push_back({node, word, kNoId});
  return child;
}

void LexiconMatcher::Index() {
  if (indexed_files_ == files_.size()) return;  // (and arrays of an image stay where they are)
  // Room for what is to come at once: growing by doubling would copy (and touch) each array
  // several times over.
  size_t entries = 0;
  size_t forms = 0;
  for (size_t f = indexed_files_; f < files_.size(); ++f) {
    entries += files_[f].entry_count();
    forms += files_[f].form_count();
  }
  entries_.reserve(entries_.size() + entries);
  forms_.reserve(forms_.size() + forms);
  nodes_.reserve(nodes_.size() + forms);
  for (; indexed_files_ < files_.size(); ++indexed_files_) {
    // Word lists are read a word at a time by the rules (word_lists.h), never matched.
    if (IsWordListClass(files_[indexed_files_].list_class)) continue;
    IndexFile(static_cast<uint32_t>(indexed_files_));
  }
  // Every token of every document is looked up, and most are in no name: at the index's
  // load of up to 3/4 a miss probes some eight slots, at 3/8 under two.
  key_index_.Reserve(2 * key_index_.size());
}

void LexiconMatcher::IndexFile(uint32_t file_index) {
  const LexiconFile& f = files_[file_index];
  const bool names_place_or_org =
      f.list_class.starts_with("place.") || f.list_class.starts_with("org.");
  if (f.text != nullptr) entry_bytes_ += f.text->capacity();  // read, not the program's
  TextAnalysis analysis;
  std::string key;
  std::string exact_key;
  for (uint32_t k = 0; k < f.entry_count(); ++k) {
    const auto entry_index = static_cast<uint32_t>(entries_.size());
    entries_.push_back({file_index, k});
    const LexiconEntry& e = f.entry(k);
    entry_bytes_ += sizeof(LexiconEntry) + e.forms.size() * sizeof(std::string_view);
    for (const std::string_view form : e.forms) {
      const bool sensitive = f.case_mode == CaseMode::kExact ||
                             (f.case_mode == CaseMode::kSmart && IsShortCapitals(form));
      const auto exact_begin = static_cast<uint32_t>(exact_keys_.size());
      ScanTokens(form, &analysis);  // the tokens alone: sentences do not matter here
      uint32_t node = 0;
      uint32_t word = kNoId;
      int words = 0;
      for (const Token& t : analysis.tokens) {
        if (t.IsSpace()) continue;
        ++words;
        key.clear();  // (not TokenKey: most forms are capitalised, so it would copy anyway)
        AppendTokenKey(t.Text(form), /*fold=*/true, &key);
        word = Intern(key);
        node = AddChild(node, word);
        if (!sensitive) continue;
        if (exact_keys_.size() > exact_begin) exact_keys_.push_back(' ');
        exact_key.clear();
        AppendTokenKey(t.Text(form), /*fold=*/false, &exact_key);
        exact_keys_.append(exact_key);
      }
      if (node == 0) continue;  // nothing to match
      if (words == 1 && names_place_or_org) {
        if (names_place_or_org_.size() <= word) names_place_or_org_.resize(word + 1, 0);
        names_place_or_org_.Mutable(word) = 1;
      }
      // Appended last in the node's list, so that forms stay in the order added.
      const auto form_index = static_cast<uint32_t>(forms_.size());
      uint32_t* link = &nodes_.Mutable(node).first_form;
      while (*link != kNoId) link = &forms_.Mutable(*link).next;
      *link = form_index;
      forms_.push_back(
          {entry_index, kNoId, exact_begin, static_cast<uint32_t>(exact_keys_.size()), sensitive});
    }
  }
}

bool LexiconMatcher::CaseMatches(const Form& form, std::string_view text,
                                 const std::vector<MatchUnit>& units, uint32_t first, uint32_t end,
                                 std::string* buffer) const {
  if (!form.case_sensitive) return true;
  // Word by word, a text word matches its form word when it is written the same, or in
  // capitals ("LONDON", "The POST"), or - the first word - capitalised where the form has
  // it in lower case ("The Times" for "the Times"). The trie already matched the folded
  // words.
  std::string_view form_key =
      std::string_view(exact_keys_.data() + form.exact_begin, form.exact_end - form.exact_begin);
  for (uint32_t i = first; i < end; ++i) {
    const size_t space = form_key.find(' ');
    const std::string_view form_word = form_key.substr(0, space);
    form_key = space == std::string_view::npos ? std::string_view() : form_key.substr(space + 1);
    const MatchUnit& u = units[i];
    const std::string_view unit_text = text.substr(u.start, u.end - u.start);
    const std::string_view key =
        (u.flags & kUnitPlainKey) != 0 ? unit_text : TokenKey(unit_text, /*fold=*/false, buffer);
    if (key == form_word) continue;
    if ((u.flags & kAllCaps) != 0 && HasLowerAscii(form_word)) continue;
    const bool first_lowered = i == first && end - first > 1 && !key.empty() &&
                               !form_word.empty() && form_word[0] >= 'a' && form_word[0] <= 'z' &&
                               key[0] == form_word[0] - 32 && key.substr(1) == form_word.substr(1);
    if (!first_lowered) return false;
  }
  return true;
}

namespace {

// Shape flags of a part of a token, from its own letters.
uint16_t PartShape(std::string_view part) {
  uint16_t flags = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(part.data());
  size_t i = 0;
  bool first = true;
  int upper = 0;
  int lower = 0;
  while (i < part.size()) {
    const int32_t cp = DecodeUtf8(s, part.size(), &i);
    const bool up = IsUpperCodePoint(cp);
    upper += up ? 1 : 0;
    lower += IsLowerCodePoint(cp) ? 1 : 0;
    if (first && up) flags |= kCapitalised;
    if (cp >= '0' && cp <= '9') flags |= kHasDigit;
    first = false;
  }
  if (upper > 0 && lower == 0) flags |= kAllCaps;
  return flags;
}

}  // namespace

void LexiconMatcher::BuildUnits(std::string_view text, const TextAnalysis& a,
                                std::span<const uint32_t> token_keys,
                                LexiconScratch* scratch) const {
  std::vector<MatchUnit>& units = scratch->units;
  std::vector<uint32_t>& ids = scratch->unit_ids;
  units.clear();
  ids.clear();
  scratch->paragraph_ends.clear();
  for (const Segment& para : a.paragraphs) {
    bool newline = false;
    bool sentence_start = false;
    for (uint32_t k = para.first_token; k < para.end_token; ++k) {
      const Token& t = a.tokens[k];
      if (t.Has(kSentenceStart)) sentence_start = true;
      if (t.IsSpace()) {
        newline = newline || t.kind == TokenKind::kNewline;
        continue;
      }
      const std::string_view word = t.Text(text);
      uint32_t id = kNoId;
      uint16_t plain_key = 0;
      if (t.kind != TokenKind::kSymbol && !word.empty()) {
        id = token_keys.empty() ? kUnknownKey : token_keys[k];
        if (id == kUnknownKey) {
          id = LookUpToken(word, &scratch->key);
        } else {
          plain_key = kUnitPlainKey;
        }
      }
      const uint16_t word_unit = t.kind == TokenKind::kWord && !t.Has(kIdeographic) ? kUnitWord : 0;
      const uint16_t extra = static_cast<uint16_t>((newline ? kUnitNewlineBefore : 0) |
                                                   (sentence_start ? kUnitFirstInSentence : 0));
      newline = false;
      sentence_start = false;
      const size_t first_unit = units.size();
      bool split = false;
      if (id == kNoId && t.Has(kHasHyphen) && t.kind == TokenKind::kWord) {
        // Split "US-Mexico" into its parts when a part is a one-word place or organisation.
        size_t start = 0;
        while (start <= word.size()) {
          size_t dash = word.find('-', start);
          if (dash == std::string_view::npos) dash = word.size();
          const std::string_view part = word.substr(start, dash - start);
          const uint32_t part_id = LookUpToken(part, &scratch->key);
          split = split || (part_id != kNoId && part_id < names_place_or_org_.size() &&
                            names_place_or_org_[part_id] && (PartShape(part) & kCapitalised));
          units.push_back({t.start + static_cast<uint32_t>(start),
                           t.start + static_cast<uint32_t>(dash), k,
                           static_cast<uint16_t>(PartShape(part) | word_unit), true});
          ids.push_back(part_id);
          start = dash + 1;
        }
        if (!split) {
          units.resize(first_unit);
          ids.resize(first_unit);
        }
      }
      if (!split) {
        units.push_back(
            {t.start, t.end, k, static_cast<uint16_t>(t.flags | word_unit | plain_key), false});
        ids.push_back(id);
      }
      units[first_unit].flags |= extra;
    }
    scratch->paragraph_ends.push_back(static_cast<uint32_t>(units.size()));
  }
}

void LexiconMatcher::Match(std::string_view text, const TextAnalysis& a, LexiconScratch* scratch,
                           std::vector<LexiconHit>* hits,
                           std::span<const uint32_t> token_keys) const {
  hits->clear();
  BuildUnits(text, a, token_keys, scratch);
  const std::vector<MatchUnit>& units = scratch->units;
  const std::vector<uint32_t>& ids = scratch->unit_ids;
  uint32_t para_begin = 0;
  for (const uint32_t para_end : scratch->paragraph_ends) {
    for (uint32_t i = para_begin; i < para_end; ++i) {
      uint32_t node = 0;
      for (uint32_t j = i; j < para_end && ids[j] != kNoId; ++j) {
        node = Child(node, ids[j]);
        if (node == kNoId) break;
        for (uint32_t f = nodes_[node].first_form; f != kNoId; f = forms_[f].next) {
          if (CaseMatches(forms_[f], text, units, i, j + 1, &scratch->key)) {
            hits->push_back({i, j + 1, forms_[f].entry});
          }
        }
      }
    }
    para_begin = para_end;
  }
  std::sort(hits->begin(), hits->end(), [](const LexiconHit& x, const LexiconHit& y) {
    if (x.first != y.first) return x.first < y.first;
    if (x.end != y.end) return x.end > y.end;
    return x.entry < y.entry;
  });
  hits->erase(std::unique(hits->begin(), hits->end(),
                          [](const LexiconHit& x, const LexiconHit& y) {
                            return x.first == y.first && x.end == y.end && x.entry == y.entry;
                          }),
              hits->end());
}

size_t LexiconMatcher::MemoryBytes() const {
  // (The arrays of an image are the program's own: only copies count.)
  size_t bytes = key_bytes_.HeapBytes() + key_starts_.HeapBytes() + key_index_.MemoryBytes() +
                 nodes_.HeapBytes() + root_children_.HeapBytes() + children_.MemoryBytes() +
                 forms_.HeapBytes() + exact_keys_.HeapBytes() + entries_.HeapBytes() +
                 names_place_or_org_.HeapBytes();
  return bytes + entry_bytes_;
}

}  // namespace claimscope::internal
