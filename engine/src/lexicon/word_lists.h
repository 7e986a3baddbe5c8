// The engine's word lists: lexicon classes under "word." that the rules of the later stages
// read one word (or one short phrase) at a time, such as the last words of organisations'
// names (word.org_suffix), the words between a speaker and a speech verb (word.before_cue)
// or the words that end a counted noun (word.noun_stop). They are data (lexicons/words/,
// docs/lexicons.md "Word lists"), so a user's --lexicon-dir adds to them; they are never
// matched as names, and the lexicon automaton leaves them out.
//
//   WordLists words;
//   Status s = words.Build(matcher.files());             // once, when the engine is built
//   if (words.Has(WordList::kOrgSuffix, "Therapeutics")) ...
//   const LexiconEntry* he = words.Find(WordList::kPronoun, "He");  // its attributes
//
// A list takes its entries from every file of its class, in load order (the first of equal
// forms wins a Find). An `exact` file's forms match as written; a `fold` file's forms match
// whatever the case of their ASCII letters. Lookups are a hash and a compare, most words
// rejected by their length alone; thread-safe once built. ListsOf answers every list at once,
// for one hash: TokenWordLists (lexicon/token_word_lists.h) asks it once of a document's token,
// so that the rules read bits instead of hashing the token again and again.
#ifndef CLAIMSCOPE_SRC_LEXICON_WORD_LISTS_H_
#define CLAIMSCOPE_SRC_LEXICON_WORD_LISTS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "base/flat_hash.h"
#include "base/word_set.h"
#include "claimscope/status.h"
#include "lexicon/lexicon_file.h"

namespace claimscope::internal {

// The lists the engine reads, by class "word.<name>" (kWordListNames below).
enum class WordList : uint8_t {
  // Names (entities): what a capitalised sequence is.
  kOrgSuffix,         // "Therapeutics", "Corp"
  kOrgHead,           // "Ministry" (of Health)
  kOrgPrefix,         // "Real" (Betis), "FC"
  kPlaceSuffix,       // "River", "Square"
  kPlaceHead,         // "Mount", "Gulf" (of Aden)
  kNameConnector,     // "of", "van", "al"
  kNonName,           // months, weekdays, "I"
  kPlacePreposition,  // "in", "near": a place may follow
  kPlaceClassNoun,    // "city" (of Lisk)
  kCommonWord,        // frequent words and suffixes: in capitals no acronym ("NOTE", "INC")
  kEventWord,         // "Cup", "Plan", "War": the name is an event, law or plan, no entity
  kCommonAcronym,     // "TV", "GDP", "MP": acronyms that are common nouns, no bodies
  kWorkNoun,          // "film", "album": the name beside it is a work's
  kBandNoun,          // "band", "group": the name after it is a band's
  kOrgContext,        // "shares", "analysts": around a one-word name, a company's
  // Claims: speakers, cues and what is said.
  kBeforeCue,         // "further", "has": between a speaker and the cue
  kSubordinator,      // "while", "because"
  kAdverbialStart,    // "on", "in", "yesterday": after a cue, no clause
  kPronoun,           // "he", "it", "they"; attribute refers=person|thing|group
  kOrgNoun,           // "company", "firms"
  kMediaWord,         // "Herald", "Radio": an outlet's name
  kDeterminer,        // "a", "the", "his": a cue word after one is a noun
  kAuxiliary,         // "had", "would": a clause follows
  kPassiveAuxiliary,  // "is", "were": the passive names no speaker before the cue
  kPostmodifier,      // "in", "familiar": what follows a speaker's head noun
  kOutletNoun,        // "newspaper", "broadcaster"
  // Quantities.
  kNounStop,         // "at", "the": the end of a counted noun phrase
  kIrregularPlural,  // "people", "gunmen"
  kApproximate,      // "about", "close to"
  kValueConnector,   // "from", "vs": between two amounts of one thing
  kAmountContext,    // "weighs", "budget": pounds of weight or of money; attribute sense=
  kTableLabel,       // "Shr", "Net", "Avg shrs": earnings table rows; attribute kind=
  kSaidNoun,         // "allegations", "claims": what a denial's object must be to be a claim
  // Speaker gender.
  kGenderNoun,  // "spokeswoman", "husband": a person's sex beside the name; attribute gender=
};
inline constexpr size_t kWordListCount = static_cast<size_t>(WordList::kGenderNoun) + 1;

// The bit of a list in a set of lists (ListsOf).
constexpr uint64_t WordListBit(WordList list) { return uint64_t{1} << static_cast<int>(list); }
static_assert(kWordListCount <= 64, "a set of lists is 64 bits");

// The class names, in the order of WordList.
extern const std::array<std::string_view, kWordListCount> kWordListNames;

// True for the classes of word lists ("word." and a name), which are no names to match.
bool IsWordListClass(std::string_view list_class);

class WordLists {
 public:
  // Indexes the entries of every word-list file in `files`, which must outlive this object.
  // Errors name the file: a word-list class the engine does not read (a misspelt name would
  // otherwise do nothing), a `smart` case mode, a form of 64 bytes or more.
  Status Build(const std::vector<LexiconFile>& files);

  size_t file_count() const { return files_; }
  size_t form_count() const { return forms_; }
  size_t key_count() const { return keys_.size(); }  // forms with A-Z lowered, each once

  // Is `word` (a token's text, or a phrase with single spaces) on the list?
  bool Has(WordList list, std::string_view word) const { return Find(list, word) != nullptr; }
  // The entry of `word` on the list, for its attributes; null when it is not on it.
  const LexiconEntry* Find(WordList list, std::string_view word) const {
    const auto i = static_cast<size_t>(list);
    const LexiconEntry* e = exact_[i].Find(word, /*fold=*/false);
    return e != nullptr ? e : folded_[i].Find(word, /*fold=*/true);
  }
  // The lists `word` is on, as WordListBit bits: Has of every list at once. Some words on
  // none are rejected by their length or first byte alone (white space, punctuation).
  uint64_t ListsOf(std::string_view word) const {
    if ((key_lengths_ & LengthBit(word.size())) == 0) return 0;
    if (!word.empty() && !key_starts_[static_cast<uint8_t>(AsciiLowerChar(word[0]))]) return 0;
    return FindLists(word);
  }
  // ListsOf's keys, for TokenVocabulary: f(key, id) for each (a form with A-Z lowered, each
  // once). ListsOfKey(id, word) is ListsOf(word) for a word whose lowered form is key id.
  template <typename F>
  void ForEachKey(F f) const {
    for (uint32_t id = 0; id < keys_.size(); ++id) f(BytesOf(keys_[id].key), id);
  }
  uint64_t ListsOfKey(uint32_t id, std::string_view word) const {
    const Key& k = keys_[id];
    return k.exact == FlatIndex::kNone ? k.folded : k.folded | ExactListsOf(k, word);
  }

 private:
  // An open-addressing table of forms (lowered for a fold table), at most half full.
  class Table {
   public:
    void Add(std::string_view form, const LexiconEntry* entry);
    void Index(bool fold);  // after the last Add
    // Inline: the rules ask for most tokens, and most are rejected by their length alone.
    const LexiconEntry* Find(std::string_view word, bool fold) const {
      if ((lengths_ & LengthBit(word.size())) == 0) return nullptr;
      return FindSlot(word, fold);
    }

   private:
    const LexiconEntry* FindSlot(std::string_view word, bool fold) const;
    struct Slot {
      uint32_t begin = 0;  // the form is keys_[begin, begin + size)
      uint32_t size = 0;
      const LexiconEntry* entry = nullptr;  // null: an empty slot
    };
    std::string keys_;
    std::vector<Slot> forms_;  // in the order added
    std::vector<Slot> slots_;
    uint64_t lengths_ = 0;  // LengthBit of every form
  };
  // ListsOf's table: every form of every list under its key, the form lowered. A key holds
  // the lists whose fold forms it is, and a chain of the exact forms with that key, each
  // with the lists it is on as written.
  struct Bytes {
    uint32_t begin = 0;  // in key_bytes_
    uint32_t size = 0;
  };
  struct Key {
    Bytes key;
    uint64_t folded = 0;
    uint32_t exact = FlatIndex::kNone;  // the first of the chain in exact_forms_
  };
  struct ExactForm {
    Bytes form;
    uint64_t lists = 0;
    uint32_t next = FlatIndex::kNone;
  };
  void AddKey(std::string_view form, size_t list, bool fold);
  uint64_t FindLists(std::string_view word) const;
  // The lists of the `exact` forms of key k that are `word` as written.
  uint64_t ExactListsOf(const Key& k, std::string_view word) const;
  std::string_view BytesOf(Bytes b) const { return {key_bytes_.data() + b.begin, b.size}; }

  size_t files_ = 0;
  size_t forms_ = 0;
  std::array<Table, kWordListCount> exact_;
  std::array<Table, kWordListCount> folded_;
  std::string key_bytes_;
  std::vector<Key> keys_;
  std::vector<ExactForm> exact_forms_;
  FlatIndex key_index_;
  uint64_t key_lengths_ = 0;               // LengthBit of every key
  std::array<bool, 256> key_starts_ = {};  // the first byte of every key
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_LEXICON_WORD_LISTS_H_
