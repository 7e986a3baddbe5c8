// Pounds of weight or of money. "pound" names a currency and a unit of mass, and news writes
// both after a number: "a budget deficit of 2.86 billion pounds", "2.3 mln pounds of peanut
// products", "the unit weighs 17 pounds". Where the unit says nothing ("pounds sterling",
// "Egyptian pounds", "£5") the lexicon decides; these amounts need their context.
#ifndef CLAIMSCOPE_SRC_QUANTITIES_POUND_SENSE_H_
#define CLAIMSCOPE_SRC_QUANTITIES_POUND_SENSE_H_

#include <string_view>

#include "claimscope/record.h"
#include "claimscope/tokenizer.h"
#include "lexicon/word_lists.h"

namespace claimscope::internal {

enum class PoundSense { kMoney, kWeight };

// The sense of the amount at `amount` (its number and "pounds"), read in this order:
//   1. the words right after it: "of" and a noun ("pounds of flour" weight, "pounds of
//      taxpayers' money" money), "per" or "a" and a unit of weight ("pounds per tonne", a
//      price: money), "each" (weight);
//   2. the words of its sentence on word.amount_context (sense=weight: "weighs", "tonnes",
//      "capacity"; sense=money: "budget", "cost", "dollar"), the more numerous sense; on a
//      tie, those of its paragraph;
//   3. the document: money when it writes sterling another way too (`sterling_elsewhere`:
//      "£", "stg", "sterling", "pence"), else weight (American and wire copy give money in
//      dollars and sterling as "stg").
// A letter multiplier ("5m pounds") is money: weights are written with "million".
PoundSense SenseOfPounds(std::string_view text, const TextAnalysis& analysis,
                         const WordLists& words, Span amount, bool letter_multiplier,
                         bool sterling_elsewhere);

// Does the text write sterling amounts with "£", "stg", "sterling" or "pence"?
bool WritesSterling(std::string_view text);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_QUANTITIES_POUND_SENSE_H_
