// Direct and partial quotes from paired quotation marks.
#ifndef CLAIMSCOPE_SRC_CLAIMS_QUOTE_MARKS_H_
#define CLAIMSCOPE_SRC_CLAIMS_QUOTE_MARKS_H_

#include <string_view>
#include <vector>

#include "claims/posts.h"
#include "claimscope/record.h"
#include "claimscope/tokenizer.h"

namespace claimscope::internal {

// Pairs opening and closing marks of one family (double: " “ ” „ « »; single: ' ‘ ’ ‚ ‹ ›)
// inside each paragraph, innermost first. A quote that opens a paragraph and does not close
// there continues into the next paragraph when that one opens with a mark too (the news
// convention for long quotes); any other unclosed mark is bounded to its paragraph and
// yields nothing. Appends one Quote per pair, spanning the content between the marks, kind
// "direct" when the content reads as a statement (five words or more) and "partial"
// otherwise. Speakers are left empty. No quote runs into or out of a line of `posts`.
void FindQuotedSpans(std::string_view text, const TextAnalysis& analysis,
                     const std::vector<Post>& posts, std::vector<Quote>* quotes);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_CLAIMS_QUOTE_MARKS_H_
