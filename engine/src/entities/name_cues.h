// Words that tell what a capitalised name is: "Ministry of ...", "... Therapeutics",
// "... River", and words that are capitalised without being names (months, weekdays). They
// are the word lists of lexicons/words/ (lexicon/word_lists.h); this names the questions the
// name rules ask of them, of a unit of lexicon matching by its index.
#ifndef CLAIMSCOPE_SRC_ENTITIES_NAME_CUES_H_
#define CLAIMSCOPE_SRC_ENTITIES_NAME_CUES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "lexicon/lexicon_matcher.h"
#include "lexicon/token_word_lists.h"
#include "lexicon/word_lists.h"

namespace claimscope::internal {

class NameCues {
 public:
  // Asks of the units of lexicon matching over `text`: a unit that is a whole token reads the
  // lists of `lists` (looked up once a token), a part of a hyphenated token looks its text up.
  // All three must outlive this object.
  NameCues(std::string_view text, const std::vector<MatchUnit>& units, const TokenWordLists& lists)
      : text_(text), units_(units), lists_(lists) {}

  // The last word of an organisation's name: "Corp" (or "Corp."), "Ministry", "Court".
  bool IsOrgSuffix(uint32_t u) const { return Is(WordList::kOrgSuffix, u, /*bare=*/true); }
  // The first word of "X of Y" organisations: "Ministry", "University", "Port", "Bank".
  bool IsOrgHead(uint32_t u) const { return Is(WordList::kOrgHead, u); }
  // A first word that makes a club or company of a name: "Real" Betis, "FC" Porto.
  bool IsOrgPrefix(uint32_t u) const { return Is(WordList::kOrgPrefix, u); }
  // The last word of a place's name: "River", "Province", "Square", "Dam".
  bool IsPlaceSuffix(uint32_t u) const { return Is(WordList::kPlaceSuffix, u); }
  // The first word of a place's name: "Mount", "Lake", "Gulf" (as in "Gulf of Aden").
  bool IsPlaceHead(uint32_t u) const { return Is(WordList::kPlaceHead, u); }
  // Lower-case words that may stand inside a name: "of", "de", "van", "al".
  bool IsNameConnector(uint32_t u) const { return Is(WordList::kNameConnector, u); }
  // Capitalised words that are not names: months, weekdays, "I".
  bool IsCapitalisedNonName(uint32_t u) const { return Is(WordList::kNonName, u, /*bare=*/true); }
  // Prepositions after which a capitalised word is often a place: "in", "near", "from".
  bool IsLocativePreposition(uint32_t u) const { return Is(WordList::kPlacePreposition, u); }
  // The same in any case: "AT" in a line written in capitals.
  bool IsLocativePrepositionAnyCase(uint32_t u) const {
    if (IsLocativePreposition(u)) return true;
    const std::string_view w = Text(u);
    char lower[16];
    if (w.size() > sizeof lower) return false;
    for (size_t i = 0; i < w.size(); ++i) lower[i] = AsciiLowerChar(w[i]);
    const std::string_view lowered(lower, w.size());
    // (A word without capitals was asked above.)
    return lowered != w && lists_.words().Has(WordList::kPlacePreposition, lowered);
  }
  // A frequent English word or company suffix, whatever its case ("TO", "NOTE", "INC").
  bool IsCommonWordInCapitals(uint32_t u) const { return Is(WordList::kCommonWord, u); }
  // An acronym that is a common noun, not a body: "TV", "GDP", "MPs".
  bool IsCommonAcronym(uint32_t u) const { return Is(WordList::kCommonAcronym, u); }
  // A noun beside a work's title ("the film Vera Drake"), before a band's ("the band Queen").
  // `before`: the noun stands before the title ("the film Vera Drake"); some stand only
  // after it (side=after: "Vera Drake star", where "star Imelda Staunton" is a person).
  bool IsWorkNoun(uint32_t u, bool before) const {
    const LexiconEntry* e = Find(WordList::kWorkNoun, u);
    return e != nullptr && (!before || e->Attribute("side") != "after");
  }
  bool IsBandNoun(uint32_t u) const { return Is(WordList::kBandNoun, u); }
  // A noun that makes a one-word name beside it a company's: before it with one of its
  // prepositions ("shares in X": `prep` "in"), or after it ("X shares": `prep` empty).
  bool IsOrgContext(uint32_t u, std::string_view prep) const {
    const LexiconEntry* e = Find(WordList::kOrgContext, u);
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
  bool IsEventWord(uint32_t u) const { return Is(WordList::kEventWord, u); }
  // Nouns before "of X" naming a place: "city", "town", "province" ("the city of Lisk").
  bool IsPlaceClassNoun(uint32_t u) const { return Is(WordList::kPlaceClassNoun, u); }

 private:
  std::string_view Text(uint32_t u) const {
    return text_.substr(units_[u].start, units_[u].end - units_[u].start);
  }
  // Is the unit's text (`bare`: without a final abbreviation period, "Corp." as "Corp") on
  // the list?
  bool Is(WordList list, uint32_t u, bool bare = false) const {
    const MatchUnit& unit = units_[u];
    if (unit.part) return IsPart(list, u, bare);
    return bare ? lists_.BareIs(list, unit.token) : lists_.Is(list, unit.token);
  }
  bool IsPart(WordList list, uint32_t u, bool bare) const;
  // The unit's entry on the list, for its attributes; null when it is not on it.
  const LexiconEntry* Find(WordList list, uint32_t u) const {
    return Is(list, u) ? lists_.words().Find(list, Text(u)) : nullptr;
  }

  std::string_view text_;
  const std::vector<MatchUnit>& units_;
  const TokenWordLists& lists_;
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_ENTITIES_NAME_CUES_H_
