// Words that tell what a capitalised name is: "Ministry of ...", "... Therapeutics",
// "... River", and words that are capitalised without being names (months, weekdays).
#ifndef CLAIMSCOPE_SRC_ENTITIES_NAME_CUES_H_
#define CLAIMSCOPE_SRC_ENTITIES_NAME_CUES_H_

#include <string_view>

namespace claimscope::internal {

// The last word of an organisation's name: "Corp", "Ministry", "Therapeutics", "Court".
bool IsOrgSuffix(std::string_view word);
// The first word of "X of Y" organisations: "Ministry", "University", "Port", "Bank".
bool IsOrgHead(std::string_view word);
// The last word of a place's name: "River", "Province", "Square", "Dam".
bool IsPlaceSuffix(std::string_view word);
// The first word of a place's name: "Mount", "Lake", "Gulf" (as in "Gulf of Aden").
bool IsPlaceHead(std::string_view word);
// Lower-case words that may stand inside a name: "of", "de", "van", "al".
bool IsNameConnector(std::string_view word);
// Capitalised words that are not names: months, weekdays, "I".
bool IsCapitalisedNonName(std::string_view word);
// Prepositions after which a capitalised word is often a place: "in", "near", "from".
bool IsLocativePreposition(std::string_view word);
// A frequent English word or company suffix, whatever its case ("TO", "NOTE", "INC").
bool IsCommonWordInCapitals(std::string_view word);
// Nouns before "of X" naming a place: "city", "town", "province" ("the city of Lisk").
bool IsPlaceClassNoun(std::string_view word);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_ENTITIES_NAME_CUES_H_
