#include "entities/name_cues.h"

#include "base/word_set.h"

namespace claimscope::internal {
namespace {

constexpr std::array<std::string_view, 127> kOrgSuffixes = {"Academy",
                                                            "Administration",
                                                            "Agency",
                                                            "Airlines",
                                                            "Airways",
                                                            "Alliance",
                                                            "Army",
                                                            "Assembly",
                                                            "Associates",
                                                            "Association",
                                                            "Authority",
                                                            "Bancorp",
                                                            "Bank",
                                                            "Bankers",
                                                            "Biosciences",
                                                            "Biotech",
                                                            "Board",
                                                            "Brigade",
                                                            "Brigades",
                                                            "Broadcasting",
                                                            "Bureau",
                                                            "Cabinet",
                                                            "Capital",
                                                            "Chamber",
                                                            "Church",
                                                            "Club",
                                                            "Co",
                                                            "Coalition",
                                                            "College",
                                                            "Command",
                                                            "Commission",
                                                            "Committee",
                                                            "Communications",
                                                            "Company",
                                                            "Congress",
                                                            "Conservancy",
                                                            "Consortium",
                                                            "Cooperative",
                                                            "Corp",
                                                            "Corporation",
                                                            "Council",
                                                            "Court",
                                                            "Department",
                                                            "Directorate",
                                                            "Electric",
                                                            "Energy",
                                                            "Enterprises",
                                                            "Exchange",
                                                            "FC",
                                                            "Federation",
                                                            "Force",
                                                            "Forces",
                                                            "Foundation",
                                                            "Front",
                                                            "Fund",
                                                            "Gazette",
                                                            "Group",
                                                            "Guard",
                                                            "Herald",
                                                            "Holdings",
                                                            "Hospice",
                                                            "Hospital",
                                                            "Inc",
                                                            "Incorporated",
                                                            "Industries",
                                                            "Institute",
                                                            "Insurance",
                                                            "Investments",
                                                            "Journal",
                                                            "LLC",
                                                            "Laboratories",
                                                            "Labs",
                                                            "League",
                                                            "Limited",
                                                            "Ltd",
                                                            "Media",
                                                            "Medical",
                                                            "Ministry",
                                                            "Motors",
                                                            "Movement",
                                                            "Navy",
                                                            "Network",
                                                            "News",
                                                            "Office",
                                                            "Organisation",
                                                            "Organization",
                                                            "PLC",
                                                            "Parliament",
                                                            "Partners",
                                                            "Party",
                                                            "Patrol",
                                                            "Petroleum",
                                                            "Pharma",
                                                            "Pharmaceuticals",
                                                            "Plc",
                                                            "Police",
                                                            "Post",
                                                            "Press",
                                                            "Radio",
                                                            "Railways",
                                                            "Regiment",
                                                            "Reserve",
                                                            "School",
                                                            "Secretariat",
                                                            "Securities",
                                                            "Senate",
                                                            "Service",
                                                            "Services",
                                                            "Society",
                                                            "Squad",
                                                            "Studios",
                                                            "Systems",
                                                            "TV",
                                                            "Technologies",
                                                            "Technology",
                                                            "Telecom",
                                                            "Telegraph",
                                                            "Television",
                                                            "Therapeutics",
                                                            "Times",
                                                            "Tribunal",
                                                            "Tribune",
                                                            "Trust",
                                                            "Union",
                                                            "United",
                                                            "University",
                                                            "Ventures"};

constexpr std::array<std::string_view, 28> kOrgHeads = {
    "Academy", "Agency",     "Association", "Bank",         "Board",        "Bureau",
    "Chamber", "Church",     "College",     "Commission",   "Committee",    "Council",
    "Court",   "Department", "Directorate", "Federation",   "Government",   "Institute",
    "League",  "Ministry",   "Office",      "Organisation", "Organization", "Party",
    "Port",    "Society",    "Union",       "University"};

constexpr std::array<std::string_view, 59> kPlaceSuffixes = {
    "Airport",    "Arena",    "Avenue",  "Basin",   "Bay",       "Beach",     "Boulevard",
    "Bridge",     "Camp",     "Canal",   "Canyon",  "Castle",    "Cathedral", "Coast",
    "County",     "Dam",      "Delta",   "Desert",  "District",  "Falls",     "Forest",
    "Glacier",    "Gorge",    "Hall",    "Harbor",  "Harbour",   "Heights",   "Highway",
    "Hills",      "Island",   "Islands", "Lake",    "Mosque",    "Mountain",  "Mountains",
    "Oblast",     "Ocean",    "Palace",  "Park",    "Peninsula", "Plateau",   "Plaza",
    "Prefecture", "Province", "Range",   "Region",  "Reservoir", "River",     "Road",
    "Sea",        "Square",   "Stadium", "Station", "Strait",    "Street",    "Temple",
    "Territory",  "Valley",   "Village"};

constexpr std::array<std::string_view, 10> kPlaceHeads = {
    "Bay", "Cape", "Gulf", "Isle", "Lake", "Mount", "Mt.", "Port", "Sea", "Strait"};

constexpr std::array<std::string_view, 20> kConnectors = {
    "al", "da", "das", "de", "del", "della", "der", "di",  "do",  "dos",
    "du", "el", "for", "la", "le",  "of",    "the", "van", "von", "y"};

constexpr std::array<std::string_view, 22> kNonNames = {
    "April",    "August",    "Christmas", "December", "February", "Friday",   "God",      "I",
    "January",  "July",      "June",      "March",    "May",      "Monday",   "November", "October",
    "Saturday", "September", "Sunday",    "Thursday", "Tuesday",  "Wednesday"};

constexpr std::array<std::string_view, 15> kLocatives = {
    "across", "along",   "around",  "at", "from",   "in",      "inside", "into",
    "near",   "outside", "through", "to", "toward", "towards", "within"};

constexpr std::array<std::string_view, 10> kPlaceClassNouns = {
    "city",     "county", "district", "island", "municipality",
    "province", "region", "state",    "town",   "village"};

// Frequent English words and company suffixes: written in capitals they are headline
// words or suffixes, not acronyms ("TO", "NOTE", "INC").
constexpr std::array<std::string_view, 124> kCommonWords = {
    "a",       "about", "after",   "again",  "against", "all",     "also",  "an",     "and",
    "any",     "are",   "as",      "at",     "be",      "because", "been",  "before", "being",
    "between", "both",  "but",     "by",     "can",     "co",      "corp",  "could",  "did",
    "do",      "does",  "down",    "during", "each",    "few",     "for",   "from",   "further",
    "had",     "has",   "have",    "having", "he",      "her",     "here",  "hers",   "him",
    "his",     "how",   "if",      "in",     "inc",     "into",    "is",    "it",     "its",
    "just",    "llc",   "ltd",     "me",     "more",    "most",    "my",    "net",    "new",
    "no",      "nor",   "not",     "note",   "now",     "of",      "off",   "on",     "once",
    "only",    "or",    "other",   "our",    "out",     "over",    "own",   "plc",    "said",
    "same",    "say",   "says",    "sets",   "she",     "should",  "so",    "some",   "such",
    "than",    "that",  "the",     "their",  "them",    "then",    "there", "these",  "they",
    "this",    "those", "through", "to",     "too",     "under",   "until", "up",     "very",
    "was",     "we",    "were",    "what",   "when",    "where",   "which", "while",  "who",
    "whom",    "why",   "will",    "with",   "would",   "you",     "your"};

static_assert(IsSorted(kCommonWords));
static_assert(IsSorted(kOrgSuffixes) && IsSorted(kOrgHeads) && IsSorted(kPlaceSuffixes) &&
              IsSorted(kPlaceHeads) && IsSorted(kConnectors) && IsSorted(kNonNames) &&
              IsSorted(kLocatives) && IsSorted(kPlaceClassNouns));

// The word without a final abbreviation period ("Corp." is "Corp").
std::string_view Bare(std::string_view w) {
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  return w;
}

}  // namespace

bool IsOrgSuffix(std::string_view w) { return Contains<kOrgSuffixes>(Bare(w)); }
bool IsOrgHead(std::string_view w) { return Contains<kOrgHeads>(w); }
bool IsPlaceSuffix(std::string_view w) { return Contains<kPlaceSuffixes>(w); }
bool IsPlaceHead(std::string_view w) { return Contains<kPlaceHeads>(w); }
bool IsNameConnector(std::string_view w) { return Contains<kConnectors>(w); }
bool IsCapitalisedNonName(std::string_view w) { return Contains<kNonNames>(Bare(w)); }
bool IsLocativePreposition(std::string_view w) { return Contains<kLocatives>(w); }
bool IsPlaceClassNoun(std::string_view w) { return Contains<kPlaceClassNouns>(w); }

bool IsCommonWordInCapitals(std::string_view w) { return ContainsAsciiLower<kCommonWords>(w); }

}  // namespace claimscope::internal
