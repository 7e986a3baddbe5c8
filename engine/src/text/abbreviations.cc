#include "text/abbreviations.h"

#include "base/word_set.h"

namespace claimscope::internal {
namespace {

// Sorted for binary search; case-sensitive as written in news text.
constexpr std::array<std::string_view, 52> kTitles = {
    "Adm",  "Ald",  "Amb",    "Atty",  "Brig", "Capt", "Cdr",  "Cmdr", "Col", "Comdr", "Cpl",
    "Cpt",  "Det",  "Dr",     "Drs",   "Fr",   "Gen",  "Gens", "Gov",  "Hon", "Insp",  "Lieut",
    "Lt",   "Maj",  "Messrs", "Mlle",  "Mme",  "Mmes", "Mr",   "Mrs",  "Ms",  "Msgr",  "Mt",
    "Pfc",  "Pres", "Prof",   "Profs", "Pte",  "Pvt",  "Rep",  "Reps", "Rev", "Revd",  "Sen",
    "Sens", "Sgt",  "Spc",    "Sra",   "Srta", "St",   "Ste",  "Supt"};

constexpr std::array<std::string_view, 56> kOthers = {
    "Apr",  "Assn", "Aug",   "Ave", "Bhd",  "Blvd", "Bros", "Calif", "Co", "Conn",   "Corp", "Cos",
    "Dec",  "Dept", "Esq",   "Feb", "Fla",  "Ga",   "Inc",  "Jan",   "Jr", "Jul",    "Jun",  "Ltd",
    "Mar",  "Mass", "Mich",  "Nov", "Oct",  "Pa",   "Plc",  "Pty",   "Rd", "Sep",    "Sept", "Sr",
    "Thu",  "Thur", "Thurs", "Tue", "Tues", "Va",   "Wash", "Wed",   "al", "approx", "ca",   "cf",
    "dept", "est",  "etc",   "fig", "incl", "mln",  "vol",  "vs"};

constexpr std::array<std::string_view, 4> kNumerals = {"No", "Nos", "no", "nos"};

constexpr std::array<std::string_view, 60> kStarters = {
    "A",      "After", "Also",  "An",    "And",   "As",        "At",   "Before", "But",     "By",
    "During", "Each",  "For",   "From",  "He",    "Her",       "His",  "How",    "However", "I",
    "If",     "In",    "It",    "Its",   "Many",  "Meanwhile", "More", "Most",   "Mr",      "Mrs",
    "Ms",     "No",    "Now",   "On",    "One",   "Our",       "She",  "Since",  "So",      "Some",
    "That",   "The",   "Their", "There", "These", "They",      "This", "Those",  "Thus",    "To",
    "Two",    "Under", "We",    "What",  "When",  "While",     "Who",  "Why",    "With",    "Yet"};

static_assert(IsSorted(kTitles) && IsSorted(kOthers) && IsSorted(kNumerals) && IsSorted(kStarters));

}  // namespace

AbbreviationKind LookUpAbbreviation(std::string_view word) {
  if (Contains<kTitles>(word)) return AbbreviationKind::kTitle;
  if (Contains<kOthers>(word)) return AbbreviationKind::kOther;
  if (Contains<kNumerals>(word)) return AbbreviationKind::kNumeral;
  return AbbreviationKind::kNone;
}

bool IsSentenceStarter(std::string_view word) { return Contains<kStarters>(word); }

}  // namespace claimscope::internal
