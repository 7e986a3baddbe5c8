// The grammar language (docs/grammars.md): macros and rules whose patterns are RE2 regular
// expressions that may refer to macros and to lexicon classes.
//
//   # a comment
//   define NUM = \d+(?:\.\d+)?
//   filter NUM = [\d.]+           <- optional: matches at least what NUM matches, compiles
//                                    smaller; the combined automaton uses it in NUM's place
//   rule percent_sign -> PERCENT priority 5 = (?P<number>{NUM})\s?%
//       (?P<tail>...)            <- a line that starts with white space continues the last one
//
// {NAME} is a macro defined earlier (in this file or an earlier one), {@class} every form of
// the lexicon entries of that class, longest first.
#ifndef CLAIMSCOPE_SRC_GRAMMAR_GRAMMAR_FILE_H_
#define CLAIMSCOPE_SRC_GRAMMAR_GRAMMAR_FILE_H_

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claimscope/status.h"

namespace claimscope::internal {

struct GrammarRule {
  std::string name;
  std::string label;    // what the match becomes, e.g. MONEY
  int priority = 0;     // higher wins an overlap
  std::string pattern;  // expanded: no macros or class references left
  // The pattern with each macro that has a filter expanded to its filter: it matches at least
  // what `pattern` matches. The combined automaton is built from these (grammar_set.h).
  std::string filter;
  // "unless-followed-by MACRO": the macro, expanded. A match that this matches right after
  // (anchored at the match's end) is no match: RE2 has no lookahead.
  std::string unless_followed_by;
  // "hyphen-end": a match may also end at a hyphen inside a word ("2.4bn euros-worth").
  bool hyphen_end = false;
  bool seeded = false;  // its file declares seeds: it runs only near them (docs/grammars.md)
  std::string file;
  int line = 0;
  int column = 0;  // where the pattern starts
};

// Expands a lexicon class reference to a regular expression, or returns false when no
// lexicon has that class.
using ClassExpander = std::function<bool(std::string_view cls, std::string* regex)>;

// A macro, expanded; `filter` is its filter (or, without one, its expansion with the filters
// of the macros it refers to).
struct GrammarMacro {
  std::string pattern;
  std::string filter;
};

// Macros shared by the files of one grammar set, in load order.
using GrammarMacros = std::map<std::string, GrammarMacro, std::less<>>;

// `pattern` as a group, "(?:pattern)", with the \Q...\E quote it may leave open closed first
// (else the quote would take the group's ")" as a literal).
std::string AsGroup(std::string_view pattern);

// Parses one grammar file, appending its rules to `rules`, its macros to `macros` and the
// words of its `seeds` lines (lower case) to `seeds`, when given. Errors name the file, line
// and column and quote the offending fragment.
Status ParseGrammarFile(std::string_view name, std::string_view contents,
                        const ClassExpander& classes, GrammarMacros* macros,
                        std::vector<GrammarRule>* rules, std::vector<std::string>* seeds = nullptr);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_GRAMMAR_GRAMMAR_FILE_H_
