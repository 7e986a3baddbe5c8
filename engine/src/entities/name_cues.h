// Words that tell what a capitalised name is: "Ministry of ...", "... Therapeutics",
// "... River", and words that are capitalised without being names (months, weekdays). They
// are the word lists of lexicons/words/ (lexicon/word_lists.h); this names the questions the
// name rules ask of them.
#ifndef CLAIMSCOPE_SRC_ENTITIES_NAME_CUES_H_
#define CLAIMSCOPE_SRC_ENTITIES_NAME_CUES_H_

#include <string_view>

#include "base/ascii.h"
#include "lexicon/word_lists.h"

namespace claimscope::internal {

class NameCues {
 public:
  // `words` must outlive this object.
  explicit NameCues(const WordLists& words) : words_(words) {}

  // The last word of an organisation's name: "Corp" (or "Corp."), "Ministry", "Court".
  bool IsOrgSuffix(std::string_view w) const { return Is(WordList::kOrgSuffix, Bare(w)); }
  // The first word of "X of Y" organisations: "Ministry", "University", "Port", "Bank".
  bool IsOrgHead(std::string_view w) const { return Is(WordList::kOrgHead, w); }
  // A first word that makes a club or company of a name: "Real" Betis, "FC" Porto.
  bool IsOrgPrefix(std::string_view w) const { return Is(WordList::kOrgPrefix, w); }
  // The last word of a place's name: "River", "Province", "Square", "Dam".
  bool IsPlaceSuffix(std::string_view w) const { return Is(WordList::kPlaceSuffix, w); }
  // The first word of a place's name: "Mount", "Lake", "Gulf" (as in "Gulf of Aden").
  bool IsPlaceHead(std::string_view w) const { return Is(WordList::kPlaceHead, w); }
  // Lower-case words that may stand inside a name: "of", "de", "van", "al".
  bool IsNameConnector(std::string_view w) const { return Is(WordList::kNameConnector, w); }
  // Capitalised words that are not names: months, weekdays, "I".
  bool IsCapitalisedNonName(std::string_view w) const { return Is(WordList::kNonName, Bare(w)); }
  // Prepositions after which a capitalised word is often a place: "in", "near", "from".
  bool IsLocativePreposition(std::string_view w) const {
    return Is(WordList::kPlacePreposition, w);
  }
  // The same in any case: "AT" in a line written in capitals.
  bool IsLocativePrepositionAnyCase(std::string_view w) const {
    if (IsLocativePreposition(w)) return true;
    char lower[16];
    if (w.size() > sizeof lower) return false;
    for (size_t i = 0; i < w.size(); ++i) lower[i] = AsciiLowerChar(w[i]);
    return IsLocativePreposition(std::string_view(lower, w.size()));
  }
  // A frequent English word or company suffix, whatever its case ("TO", "NOTE", "INC").
  bool IsCommonWordInCapitals(std::string_view w) const { return Is(WordList::kCommonWord, w); }
  // An acronym that is a common noun, not a body: "TV", "GDP", "MPs".
  bool IsCommonAcronym(std::string_view w) const { return Is(WordList::kCommonAcronym, w); }
  // A noun beside a work's title ("the film Vera Drake"), before a band's ("the band Queen").
  // `before`: the noun stands before the title ("the film Vera Drake"); some stand only
  // after it (side=after: "Vera Drake star", where "star Imelda Staunton" is a person).
  bool IsWorkNoun(std::string_view w, bool before) const {
    const LexiconEntry* e = words_.Find(WordList::kWorkNoun, w);
    return e != nullptr && (!before || e->Attribute("side") != "after");
  }
  bool IsBandNoun(std::string_view w) const { return Is(WordList::kBandNoun, w); }
  // A noun that makes a one-word name beside it a company's: before it with one of its
  // prepositions ("shares in X": `prep` "in"), or after it ("X shares": `prep` empty).
  bool IsOrgContext(std::string_view w, std::string_view prep) const {
    const LexiconEntry* e = words_.Find(WordList::kOrgContext, w);
    if (e == nullptr) return false;
    const std::string_view side = e->Attribute("side");
    if (prep.empty()) return side == "after" || side == "both";
    if (side == "after") return false;
    const std::string_view preps = e->Attribute("prep");
    for (size_t start = 0; start <= preps.size();) {
      size_t comma = preps.find(',', start);
      if (comma == std::string_view::npos) comma = preps.size();
      if (preps.substr(start, comma - start) == prep) return true;
      start = comma + 1;
    }
    return false;
  }
  // The last word of an event's, law's or plan's name: "Davis Cup", "Marshall Plan".
  bool IsEventWord(std::string_view w) const { return Is(WordList::kEventWord, w); }
  // Nouns before "of X" naming a place: "city", "town", "province" ("the city of Lisk").
  bool IsPlaceClassNoun(std::string_view w) const { return Is(WordList::kPlaceClassNoun, w); }

 private:
  bool Is(WordList list, std::string_view w) const { return words_.Has(list, w); }
  // The word without a final abbreviation period ("Corp." is "Corp").
  static std::string_view Bare(std::string_view w) {
    if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
    return w;
  }

  const WordLists& words_;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_ENTITIES_NAME_CUES_H_
