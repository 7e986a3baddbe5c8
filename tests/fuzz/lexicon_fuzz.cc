// Fuzzes the lexicon file parser (docs/lexicons.md). When the input parses, its entries are
// compiled into a LexiconMatcher, which is matched over a fixed news text and over the input
// itself (which holds the surface forms, so that matches happen). Checks: an error has a
// message; every entry has its surface form first; every hit names a valid entry and a
// non-empty, in-range run of units whose byte spans lie within the text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimscope/tokenizer.h"
#include "fuzz_check.h"
#include "lexicon/lexicon_file.h"
#include "lexicon/lexicon_matcher.h"

namespace {

using namespace claimscope;
using namespace claimscope::internal;

constexpr std::string_view kText =
    "LONDON (Reuters) - Acme Corp. said on Tuesday that New York-based Globex and the WHO "
    "would meet in São Paulo. \"We are ready,\" said Dr. Ana Ortiz, adding that 3 of the "
    "firm's 12 plants in north-east Ohio were closed.\n\nBoston-based analysts were less sure.";

void MatchAndCheck(const LexiconMatcher& matcher, std::string_view text) {
  TextAnalysis analysis;
  Tokenize(text, &analysis);
  LexiconScratch scratch;
  std::vector<LexiconHit> hits;
  matcher.Match(text, analysis, &scratch, &hits);
  const std::vector<MatchUnit>& units = scratch.units;
  for (const MatchUnit& u : units) {
    FUZZ_CHECK(u.start <= u.end);
    FUZZ_CHECK(u.end <= text.size());
    FUZZ_CHECK(u.token < analysis.tokens.size());
  }
  uint32_t prev_first = 0;
  for (const LexiconHit& h : hits) {
    FUZZ_CHECK(h.first < h.end);
    FUZZ_CHECK(h.end <= units.size());
    FUZZ_CHECK(h.entry < matcher.entry_count());
    FUZZ_CHECK(h.first >= prev_first);  // sorted by first unit
    prev_first = h.first;
    FUZZ_CHECK(units[h.first].start <= units[h.end - 1].end);
    (void)matcher.class_of(h.entry);
    (void)matcher.entry(h.entry).Attribute("gender");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  LexiconFile file;
  const Status s = ParseLexiconFile("fuzz.tsv", input, &file);
  if (!s.ok()) {
    FUZZ_CHECK(!s.message().empty());
    (void)s.ToString();
    return 0;
  }
  for (const LexiconEntry& e : file.entries) {
    FUZZ_CHECK(!e.forms.empty());
    (void)e.Attribute("lang");
  }
  LexiconMatcher matcher;
  matcher.Add(std::move(file));
  FUZZ_CHECK(matcher.files().size() == 1);
  (void)matcher.MemoryBytes();
  MatchAndCheck(matcher, kText);
  MatchAndCheck(matcher, input);
  return 0;
}
