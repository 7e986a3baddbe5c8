// Units carried between amounts of one thing. Market reports give the unit once for a pair or
// a chain of figures: "yields eased to 15.48/53 pct from 15.60", "raised from 50 mln dlrs to
// 60 mln", "Shr 1.20 dlrs vs 1.10". A bare number (a COUNT with no counted noun) joined to a
// percentage or an amount of money by a connector (word.value_connector: from, to, vs) and
// nothing else is a figure of the same kind, in the same unit.
#ifndef CLAIMSCOPE_SRC_QUANTITIES_UNIT_CARRY_H_
#define CLAIMSCOPE_SRC_QUANTITIES_UNIT_CARRY_H_

#include <string_view>
#include <vector>

#include "claimscope/record.h"
#include "claimscope/tokenizer.h"
#include "lexicon/word_lists.h"

namespace claimscope::internal {

// `quantities` are in text order, over `text`; the bare numbers among them take the type and
// unit of the neighbour they are joined to (the one before first), and its subunit and scale
// (CarriedValue). A bare number with a scale word of its own ("from 4.1 billion in 1985")
// joined to nothing takes the unit of the closest amount of money before it in its sentence
// that has one too ("4.9 billion dlrs in 1986").
void CarryUnits(std::string_view text, const TextAnalysis& analysis, const WordLists& words,
                std::vector<Quantity>* quantities);

// The value of a bare figure in the unit of the amount `from` that gives it its unit: in
// hundredths when `from` is in a subunit ("44 cents vs 32" is 0.32), times the scale of
// `from` when the figure has none and is under 1,000 ("15.6 mln dlrs vs 12.3"); else as is.
double CarriedValue(std::string_view text, const Quantity& from, const Quantity& bare);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_QUANTITIES_UNIT_CARRY_H_
