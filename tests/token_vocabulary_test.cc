// The one table of words a token is looked up in (lexicon/token_vocabulary.h) must answer what
// the three tables it stands for answer: the word lists (ListsOf, with exact forms in every
// case), the grammars' seeds and the lexicon automaton's keys; and a document read through it
// (TokenWordLists with a vocabulary) must give the same lists, lexicon hits and grammar
// matches as one read without it.
#include "lexicon/token_vocabulary.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "base/ascii.h"
#include "claim_fixture.h"
#include "doctest_printers.h"
#include "lexicon/token_word_lists.h"
#include "test_lexicon.h"
#include "text/token_key.h"

namespace claimscope::internal {
namespace {

LexiconFile List(std::string cls, CaseMode mode, std::vector<std::string> words) {
  std::vector<std::pair<std::string, std::vector<std::string>>> entries;
  for (std::string& w : words) entries.push_back({w, {w}});
  return TestLexicon(cls, mode, entries);
}

TEST_CASE("the vocabulary answers as the word lists, the seeds and the lexicon keys do") {
  WordLists words;
  REQUIRE(words
              .Build(TestLexicons(List("word.org_suffix", CaseMode::kExact, {"Corp", "US", "May"}),
                                  List("word.common_acronym", CaseMode::kExact, {"us", "IT"}),
                                  List("word.non_name", CaseMode::kFold, {"may", "the", "it"}),
                                  List("word.org_prefix", CaseMode::kExact, {"Atl\u00e9tico"}),
                                  List("word.approximate", CaseMode::kFold, {"close to"})))
              .ok());
  LexiconMatcher lexicons;
  lexicons.Add(TestLexicon("place.city", CaseMode::kSmart,
                           {{"New York", {"New York"}}, {"S\u00e3o Paulo", {"S\u00e3o Paulo"}}}));
  lexicons.Add(TestLexicon("org.company", CaseMode::kSmart, {{"Corp Co", {"Corp Co"}}}));
  const std::vector<std::string> seeds = {"one", "twenty", "may"};
  TokenVocabulary vocabulary;
  vocabulary.Build(lexicons, seeds, words);

  for (const std::string& word : std::vector<std::string>{"US",
                                                          "us",
                                                          "Us",
                                                          "uS",
                                                          "May",
                                                          "may",
                                                          "MAY",
                                                          "it",
                                                          "It",
                                                          "IT",
                                                          "iT",
                                                          "the",
                                                          "THE",
                                                          "Corp",
                                                          "corp",
                                                          "CORP",
                                                          "co",
                                                          "new",
                                                          "New",
                                                          "york",
                                                          "YORK",
                                                          "paulo",
                                                          "S\u00e3o",
                                                          "s\u00e3o",
                                                          "Atl\u00e9tico",
                                                          "atl\u00e9tico",
                                                          "ATL\u00e9TICO",
                                                          "one",
                                                          "One",
                                                          "ONE",
                                                          "twenty",
                                                          "two",
                                                          "close",
                                                          "close to",
                                                          "zebra",
                                                          "a",
                                                          ".",
                                                          "Corp.",
                                                          std::string(100, 'x')}) {
    const TokenVocabulary::Word* w = vocabulary.Find(word);
    const uint64_t lists = w == nullptr || w->list_key == TokenVocabulary::kNone
                               ? 0
                               : words.ListsOfKey(w->list_key, word);
    CHECK_MESSAGE(lists == words.ListsOf(word), word);
    const bool seed = std::find(seeds.begin(), seeds.end(), AsciiLower(word)) != seeds.end();
    CHECK_MESSAGE((w != nullptr && w->seed) == seed, word);
    // A lexicon key, for an ASCII word: the word lowered, and every such key is found.
    if (w != nullptr && w->lexicon_key != LexiconMatcher::kNoId) {
      CHECK_MESSAGE(lexicons.key(w->lexicon_key) == AsciiLower(word), word);
    }
  }
  for (const std::string_view key : {"new", "york", "corp", "co", "paulo"}) {
    const TokenVocabulary::Word* w = vocabulary.Find(key);
    REQUIRE_MESSAGE(w != nullptr, key);
    CHECK_MESSAGE(w->lexicon_key != LexiconMatcher::kNoId, key);
  }
  // A key that is not ASCII is left to the automaton's own lookup (its key is case-folded).
  CHECK(vocabulary.Find("s\u00e3o") == nullptr);
  CHECK(vocabulary.Find("the")->lexicon_key == LexiconMatcher::kNoId);
  CHECK(vocabulary.size() > 0);
  CHECK(vocabulary.MemoryBytes() > 0);
}

bool SameMatches(const std::vector<GrammarMatch>& a, const std::vector<GrammarMatch>& b) {
  return std::equal(
      a.begin(), a.end(), b.begin(), b.end(), [](const GrammarMatch& x, const GrammarMatch& y) {
        return x.rule == y.rule && x.span.start == y.span.start && x.span.end == y.span.end;
      });
}

bool SameHits(const std::vector<LexiconHit>& a, const std::vector<LexiconHit>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const LexiconHit& x, const LexiconHit& y) {
                      return x.first == y.first && x.end == y.end && x.entry == y.entry;
                    });
}

TEST_CASE("a document read through the vocabulary: the same lists, lexicon hits and matches") {
  const Resources& r = ClaimFixture::resources();
  const std::string text =
      "The U.S. Corp. said on May 3 that US and EU officials, twenty-five of them, met in "
      "S\u00e3o Paulo and NEW YORK. \u00c9COLE sales rose 12 pct to 1.5 mln dlrs; one "
      "analyst, O'Neill, said it\u2019s \u201cabout a third\u201d of the U.S.-Mexico trade "
      "with the IT firm, Atl\u00e9tico and Mr. Smith of Reuters. May may MAY it IT.";
  TextAnalysis a;
  Tokenize(text, &a);
  TokenWordLists plain;
  plain.Index(text, a.tokens, r.words);
  TokenWordLists read;
  read.Index(text, a.tokens, r.words, &r.vocabulary);
  REQUIRE(plain.seeds().empty());
  REQUIRE(read.seeds().size() == a.tokens.size());
  REQUIRE(read.lexicon_keys().size() == a.tokens.size());
  for (uint32_t k = 0; k < a.tokens.size(); ++k) {
    for (size_t list = 0; list < kWordListCount; ++list) {
      const auto l = static_cast<WordList>(list);
      CHECK_MESSAGE(read.Is(l, k) == plain.Is(l, k), a.tokens[k].Text(text));
      CHECK_MESSAGE(read.BareIs(l, k) == plain.BareIs(l, k), a.tokens[k].Text(text));
    }
  }

  LexiconScratch units;
  std::vector<LexiconHit> hits;
  r.lexicons.Match(text, a, &units, &hits);
  LexiconScratch read_units;
  std::vector<LexiconHit> read_hits;
  r.lexicons.Match(text, a, &read_units, &read_hits, read.lexicon_keys());
  CHECK(hits.size() > 3);
  CHECK(SameHits(hits, read_hits));
  CHECK(units.unit_ids == read_units.unit_ids);

  GrammarScratch scratch;
  std::vector<GrammarMatch> matches;
  r.grammars.MatchSpans(text, a, &scratch, &matches);
  const std::vector<Span> windows = scratch.windows;
  std::vector<GrammarMatch> read_matches;
  r.grammars.MatchSpans(text, a, &scratch, &read_matches, read.seeds());
  CHECK(matches.size() > 3);
  CHECK(SameMatches(matches, read_matches));
  CHECK(std::equal(windows.begin(), windows.end(), scratch.windows.begin(), scratch.windows.end(),
                   [](Span x, Span y) { return x.start == y.start && x.end == y.end; }));

  // With no digit, the only windows are the seed words': "twenty-five" (a seed by its parts,
  // asked of the grammars) and "third" (read from the vocabulary).
  for (const std::string words_only :
       {"Officials said twenty-five people had left.", "About a third of them had left."}) {
    TextAnalysis b;
    Tokenize(words_only, &b);
    TokenWordLists lists;
    lists.Index(words_only, b.tokens, r.words, &r.vocabulary);
    r.grammars.MatchSpans(words_only, b, &scratch, &matches);
    const std::vector<Span> plain_windows = scratch.windows;
    r.grammars.MatchSpans(words_only, b, &scratch, &read_matches, lists.seeds());
    CHECK_MESSAGE(plain_windows.size() == 1, words_only);
    CHECK_MESSAGE(scratch.windows.size() == 1, words_only);
    CHECK(SameMatches(matches, read_matches));
  }
}

}  // namespace
}  // namespace claimscope::internal
