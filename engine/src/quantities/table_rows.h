// Rows of the wire's earnings tables. Reuters gives a company's results as lines of a label
// and its figures, this period's "vs" the last's:
//
//   Shr 35 cts vs 29 cts
//   Net 797,000 vs 403,000
//   Revs 30.8 mln vs 27.3 mln
//   Avg shrs 3,029,930 vs 2,764,544
//
// Net and Revs are amounts of money with no currency written; Avg shrs counts shares.
#ifndef CLAIMSCOPE_SRC_QUANTITIES_TABLE_ROWS_H_
#define CLAIMSCOPE_SRC_QUANTITIES_TABLE_ROWS_H_

#include <string_view>
#include <vector>

#include "claimscope/record.h"
#include "lexicon/word_lists.h"

namespace claimscope::internal {

// A row is a line (or the part of a dateline's line after " - ") whose text before its first
// figure is a label made of words on word.table_label ("Oper shr profit", "Avg shrs",
// "Final div \"A\""). Each quantity on a row takes the label (Quantity::label); in a row whose
// label has a word of kind=money, a bare number (a COUNT with no counted noun) becomes money
// in the table's currency (that of the first amount of money on its row, else in a row, else
// in the document, else the US dollar: the wire's tables are in dollars unless they say
// otherwise); kind=shares makes it a count of "shares". `quantities` are in text order.
void ReadTableRows(std::string_view text, const WordLists& words,
                   std::vector<Quantity>* quantities);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_QUANTITIES_TABLE_ROWS_H_
