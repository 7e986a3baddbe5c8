// Fuzzes the grammar language (docs/grammars.md) and its compiled form. The input is split at
// the first NUL byte, or failing that at the first line "%%": the part before is a grammar
// file, the part after a text (a fixed news text when there is no delimiter). The grammar is
// parsed with a class expander that knows one class, {@unit.colour}; when it parses, the rules
// are compiled with GrammarSet::Build and matched over the text. Checks: errors have a
// message; every match names a valid rule, lies within the text with start <= end, and so do
// its captures, which are as many as the rule has named groups; matching at token starts
// behind the combined automata and the start gate finds exactly what one scan per rule
// finds (spans and captures), with the grammar's seeds; the capture cache answers as the
// capture search does, and so does a match with the digits its key makes alike put in.
// Keep inputs small (-max_len): RE2 compilation is the expensive part.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimscope/tokenizer.h"
#include "fuzz_check.h"
#include "grammar/digit_classes.h"
#include "grammar/grammar_file.h"
#include "grammar/grammar_set.h"

namespace {

using namespace claimscope;
using namespace claimscope::internal;

constexpr std::string_view kDefaultText =
    "About 1,200 people, or 15% of the town, left on March 3, 2024, officials said. \"It cost "
    "$4.5 million,\" she said of the red and green paint.";

bool Classes(std::string_view cls, std::string* regex) {
  if (cls != "unit.colour") return false;
  *regex = "red|green|blue";
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string_view grammar = input;
  std::string_view text = kDefaultText;
  if (size_t nul = input.find('\0'); nul != std::string_view::npos) {
    grammar = input.substr(0, nul);
    text = input.substr(nul + 1);
  } else if (input.substr(0, 3) == "%%\n") {
    grammar = {};
    text = input.substr(3);
  } else if (size_t d = input.find("\n%%\n"); d != std::string_view::npos) {
    grammar = input.substr(0, d + 1);
    text = input.substr(d + 4);
  }

  GrammarMacros macros;
  std::vector<GrammarRule> rules;
  std::vector<std::string> seeds;
  const Status parsed = ParseGrammarFile("fuzz.grammar", grammar, Classes, &macros, &rules, &seeds);
  if (!parsed.ok()) {
    FUZZ_CHECK(!parsed.message().empty());
    (void)parsed.ToString();
    return 0;
  }
  const size_t rule_count = rules.size();
  // A filter is the grammar author's promise that it matches at least what its macro does;
  // the fuzzer writes filters that break it, and then the two strategies may differ.
  const bool exact = std::all_of(rules.begin(), rules.end(),
                                 [](const GrammarRule& r) { return r.filter == r.pattern; });
  GrammarSet scan;
  const Status scan_built = scan.Build(rules, seeds, GrammarSet::Strategy::kScan);
  GrammarSet set;
  const Status built = set.Build(std::move(rules), seeds);
  // The scan compiles no filters, so only the combined set refuses a broken one.
  FUZZ_CHECK(built.ok() == scan_built.ok() || (!exact && scan_built.ok()));
  if (!built.ok()) {
    FUZZ_CHECK(!built.message().empty());
    FUZZ_CHECK(!scan_built.ok() ? built.ToString() == scan_built.ToString() : !exact);
    return 0;
  }
  FUZZ_CHECK(set.size() == rule_count);
  set.WaitForGate();  // match through the start gate (start_gate.h), which must lose nothing

  TextAnalysis analysis;
  Tokenize(text, &analysis);
  GrammarScratch scratch;
  std::vector<GrammarMatch> matches;
  set.Match(text, analysis, &scratch, &matches);
  for (const GrammarMatch& m : matches) {
    FUZZ_CHECK(m.rule < set.size());
    FUZZ_CHECK(m.span.start <= m.span.end);
    FUZZ_CHECK(m.span.end <= text.size());
    for (const Span& c : m.captures) {
      FUZZ_CHECK(c.start <= c.end);
      FUZZ_CHECK(c.end <= text.size());
    }
    (void)set.CaptureIndex(m.rule, "number");
  }
  // Matching again with the same scratch gives as many matches.
  std::vector<GrammarMatch> again;
  set.Match(text, analysis, &scratch, &again);
  FUZZ_CHECK(again.size() == matches.size());
  // One scan per rule finds the same matches with the same captures.
  std::vector<GrammarMatch> scanned;
  scan.Match(text, analysis, &scratch, &scanned);
  FUZZ_CHECK(!exact || scanned.size() == matches.size());
  for (size_t i = 0; exact && i < matches.size() && i < scanned.size(); ++i) {
    FUZZ_CHECK(scanned[i].rule == matches[i].rule);
    FUZZ_CHECK(scanned[i].span == matches[i].span);
    FUZZ_CHECK(scanned[i].captures == matches[i].captures);
  }
  // The capture cache, asked twice, gives what the search gave.
  set.MatchSpans(text, analysis, &scratch, &again);
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < again.size() && i < matches.size(); ++i) {
      set.FindCaptures(text, &again[i], &scratch.captures);
      FUZZ_CHECK(again[i].captures == matches[i].captures);
    }
  }
  // A match's key (digit_classes.h), put in place of its bytes, searches as they do: the
  // digits the key made alike are alike to the rule there.
  std::string key;
  for (const GrammarMatch& m : matches) {
    const std::string_view bytes = text.substr(m.span.start, m.span.end - m.span.start);
    if (!DigitClasses(set.rule(m.rule).pattern).Key(bytes, &key)) continue;
    std::string variant(text);
    variant.replace(m.span.start, bytes.size(), key);
    GrammarMatch alike = m;
    set.FindCaptures(variant, &alike);
    FUZZ_CHECK(alike.captures == m.captures);
  }
  return 0;
}
