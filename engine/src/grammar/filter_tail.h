// A filter pattern without the parts at its end that may match nothing: for the combined
// automaton (grammar_set.h), which asks only whether some prefix of the text from a token
// matches a rule's filter. "P(?:\s(?P<scale>mln|bln))?" and "P" have some prefix of a text
// match alike, but the automaton that reads the first has to go on through " mln" and keep
// the states of that, where the second stops after P. So do a filter and the filter with its
// last optional parts left off, recursively: a trailing X? or X* goes, X+ reads as X, and of
// a last group (?:A|B) each branch is cut so (a group a branch of which may match nothing
// goes as a whole). What is kept is the pattern's own text, flags and all, so every
// assertion and class stays as it was. Patterns in syntax this does not follow (\Q...\E, octal
// escapes, malformed text) and patterns that may match nothing at all are returned as they are.
#ifndef CLAIMSCOPE_SRC_GRAMMAR_FILTER_TAIL_H_
#define CLAIMSCOPE_SRC_GRAMMAR_FILTER_TAIL_H_

#include <string>
#include <string_view>

namespace claimscope::internal {

// `pattern` (RE2 syntax) without its optional tail: for every text, some prefix matches the
// result exactly when some prefix matches `pattern`.
std::string WithoutOptionalTail(std::string_view pattern);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_GRAMMAR_FILTER_TAIL_H_
