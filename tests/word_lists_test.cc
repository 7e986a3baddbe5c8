// The engine's word lists: exact and fold lists, attributes, several files of one class, the
// errors that name the file, and that the lexicon automaton never matches their words; and
// the lists of each token of a document (TokenWordLists), which must answer as Has does.
#include "lexicon/word_lists.h"

#include <doctest/doctest.h>

#include "doctest_printers.h"
#include "lexicon/lexicon_matcher.h"
#include "lexicon/token_word_lists.h"
#include "test_lexicon.h"
#include "text/token_key.h"

namespace claimscope::internal {
namespace {

LexiconFile List(std::string cls, CaseMode mode, std::vector<std::string> words,
                 std::string attributes = "") {
  std::vector<std::pair<std::string, std::vector<std::string>>> entries;
  for (std::string& w : words) entries.push_back({w, {w}});
  return TestLexicon(cls, mode, entries, attributes);
}

TEST_CASE("an exact list matches as written, a fold list in any ASCII case") {
  const std::vector<LexiconFile> files =
      TestLexicons(List("word.org_suffix", CaseMode::kExact, {"Corp", "Therapeutics", "PLC"}),
                   List("word.noun_stop", CaseMode::kFold, {"at", "the", "including"}));
  WordLists words;
  REQUIRE(words.Build(files).ok());
  CHECK(words.Has(WordList::kOrgSuffix, "Therapeutics"));
  CHECK(words.Has(WordList::kOrgSuffix, "PLC"));
  CHECK_FALSE(words.Has(WordList::kOrgSuffix, "corp"));
  CHECK_FALSE(words.Has(WordList::kOrgSuffix, "CORP"));
  CHECK(words.Has(WordList::kNounStop, "at"));
  CHECK(words.Has(WordList::kNounStop, "The"));
  CHECK(words.Has(WordList::kNounStop, "INCLUDING"));
  CHECK_FALSE(words.Has(WordList::kNounStop, "a"));
  CHECK_FALSE(words.Has(WordList::kNounStop, "thee"));
  // Lists are apart: a word on one is on no other.
  CHECK_FALSE(words.Has(WordList::kOrgSuffix, "at"));
  CHECK_FALSE(words.Has(WordList::kPronoun, "the"));
  CHECK(words.file_count() == 2);
  CHECK(words.form_count() == 6);
}

TEST_CASE("phrases, non-ASCII words and long words") {
  WordLists words;
  REQUIRE(words
              .Build(TestLexicons(
                  List("word.approximate", CaseMode::kFold, {"close to", "an estimated"}),
                  List("word.org_prefix", CaseMode::kExact, {"Atlético"})))
              .ok());
  CHECK(words.Has(WordList::kApproximate, "close to"));
  CHECK(words.Has(WordList::kApproximate, "An Estimated"));
  CHECK_FALSE(words.Has(WordList::kApproximate, "close  to"));
  CHECK(words.Has(WordList::kOrgPrefix, "Atlético"));
  CHECK_FALSE(words.Has(WordList::kOrgPrefix, "Atletico"));
  CHECK_FALSE(words.Has(WordList::kOrgPrefix, std::string(100, 'x')));
}

TEST_CASE("ListsOf answers every list at once, exact forms as written, fold ones in any case") {
  WordLists words;
  REQUIRE(words
              .Build(TestLexicons(
                  List("word.org_suffix", CaseMode::kExact, {"Corp", "PLC", "Therapeutics"}),
                  List("word.noun_stop", CaseMode::kFold, {"corp", "the", "including"}),
                  List("word.common_word", CaseMode::kExact, {"corp", "Corp"}),
                  List("word.approximate", CaseMode::kFold, {"close to"})))
              .ok());
  const uint64_t suffix = WordListBit(WordList::kOrgSuffix);
  const uint64_t stop = WordListBit(WordList::kNounStop);
  const uint64_t common = WordListBit(WordList::kCommonWord);
  CHECK(words.ListsOf("Corp") == (suffix | stop | common));
  CHECK(words.ListsOf("corp") == (stop | common));
  CHECK(words.ListsOf("CORP") == stop);
  CHECK(words.ListsOf("Corp.") == 0);
  CHECK(words.ListsOf("THE") == stop);
  CHECK(words.ListsOf("plc") == 0);
  // Longer than eight bytes.
  CHECK(words.ListsOf("Therapeutics") == suffix);
  CHECK(words.ListsOf("THERAPEUTICS") == 0);
  CHECK(words.ListsOf("INCLUDING") == stop);
  CHECK(words.ListsOf("Close to") == WordListBit(WordList::kApproximate));
  CHECK(words.ListsOf("close") == 0);
  CHECK(words.ListsOf("") == 0);
  CHECK(words.ListsOf(std::string(100, 'c')) == 0);
}

TEST_CASE("a token's lists are its text's; BareIs reads it without a final period") {
  WordLists words;
  REQUIRE(words
              .Build(TestLexicons(List("word.org_suffix", CaseMode::kExact, {"Corp", "Inc"}),
                                  List("word.non_name", CaseMode::kFold, {"may", "i"}),
                                  List("word.noun_stop", CaseMode::kFold, {"the", "\u2019s"}),
                                  List("word.place_head", CaseMode::kExact, {"St."}),
                                  List("word.org_prefix", CaseMode::kExact, {"Atl\u00e9tico"}),
                                  List("word.approximate", CaseMode::kFold, {"close to"})))
              .ok());
  const std::string text =
      "The Corp. and corp or CORP Inc, May and MAY at St. Atl\u00e9tico\u2019s close to i.";
  TextAnalysis a;
  Tokenize(text, &a);
  TokenWordLists lists;
  lists.Index(text, a.tokens, words);
  CHECK(&lists.words() == &words);
  // Every token, every list: as Has says of its text (and of its text without a period).
  for (uint32_t k = 0; k < a.tokens.size(); ++k) {
    const std::string_view w = a.tokens[k].Text(text);
    for (size_t list = 0; list < kWordListCount; ++list) {
      const auto l = static_cast<WordList>(list);
      CHECK_MESSAGE(lists.Is(l, k) == words.Has(l, w), w, " ", kWordListNames[list]);
      CHECK_MESSAGE(lists.BareIs(l, k) == words.Has(l, WithoutKeyPeriod(w)), w);
    }
  }
  const auto at = [&](std::string_view w) {
    uint32_t k = 0;
    while (k < a.tokens.size() && a.tokens[k].Text(text) != w) ++k;
    REQUIRE_MESSAGE(k < a.tokens.size(), w);
    return k;
  };
  CHECK_FALSE(lists.Is(WordList::kOrgSuffix, at("Corp.")));
  CHECK(lists.BareIs(WordList::kOrgSuffix, at("Corp.")));
  CHECK_FALSE(lists.BareIs(WordList::kOrgSuffix, at("corp")));  // exact
  CHECK_FALSE(lists.BareIs(WordList::kOrgSuffix, at("CORP")));
  CHECK(lists.Is(WordList::kOrgSuffix, at("Inc")));
  CHECK(lists.Is(WordList::kNonName, at("May")));  // fold
  CHECK(lists.Is(WordList::kNonName, at("MAY")));
  CHECK(lists.Is(WordList::kNounStop, at("The")));
  CHECK(lists.Is(WordList::kPlaceHead, at("St.")));  // a form with its period
  CHECK_FALSE(lists.BareIs(WordList::kPlaceHead, at("St.")));
  CHECK(lists.Is(WordList::kOrgPrefix, at("Atl\u00e9tico")));
  CHECK(lists.Is(WordList::kNounStop, at("\u2019s")));
  CHECK_FALSE(lists.Is(WordList::kApproximate, at("close")));  // a phrase is no token's
  CHECK_FALSE(lists.Is(WordList::kNonName, at(".")));
}

TEST_CASE("entries carry their attributes; several files add to one list") {
  std::vector<LexiconFile> files =
      TestLexicons(List("word.pronoun", CaseMode::kFold, {"he", "she"}, "refers=person"),
                   List("word.pronoun", CaseMode::kFold, {"it"}, "refers=thing"),
                   List("word.pronoun", CaseMode::kFold, {"he"}, "refers=group"));  // later: loses
  WordLists words;
  REQUIRE(words.Build(files).ok());
  REQUIRE(words.Find(WordList::kPronoun, "He") != nullptr);
  CHECK(words.Find(WordList::kPronoun, "He")->Attribute("refers") == "person");
  CHECK(words.Find(WordList::kPronoun, "IT")->Attribute("refers") == "thing");
  CHECK(words.Find(WordList::kPronoun, "they") == nullptr);
}

TEST_CASE("errors name the file: unknown list, smart case, over-long form") {
  WordLists unknown;
  const Status u = unknown.Build(TestLexicons(List("word.org_sufix", CaseMode::kExact, {"Corp"})));
  CHECK(u.ToString() ==
        "word.org_sufix.tsv:2: unknown word list (docs/lexicons.md lists the engine's): "
        "word.org_sufix");
  WordLists smart;
  CHECK(smart.Build(TestLexicons(List("word.org_suffix", CaseMode::kSmart, {"Corp"}))).ToString() ==
        "word.org_suffix.tsv:3: a word list's case is exact or fold, not smart");
  WordLists long_form;
  const Status l = long_form.Build(
      TestLexicons(List("word.noun_stop", CaseMode::kFold, {std::string(64, 'a')})));
  CHECK(l.ToString().find("word.noun_stop.tsv:6:1: a word list's forms are shorter than 64") == 0);
}

TEST_CASE("the lexicon automaton leaves word lists out") {
  LexiconMatcher m;
  m.Add(List("word.org_suffix", CaseMode::kExact, {"Corp"}));
  m.Add(List("org.company", CaseMode::kExact, {"Acme Corp"}));
  CHECK(m.entry_count() == 1);
  const std::string text = "Acme Corp and Corp";
  TextAnalysis a;
  Tokenize(text, &a);
  LexiconScratch scratch;
  std::vector<LexiconHit> hits;
  m.Match(text, a, &scratch, &hits);
  REQUIRE(hits.size() == 1);
  CHECK(m.class_of(hits[0].entry) == "org.company");
}

TEST_CASE("every list the engine reads has a class name, and every name is a word list") {
  for (std::string_view name : kWordListNames) {
    CHECK(IsWordListClass(name));
  }
  CHECK_FALSE(IsWordListClass("org.media"));
  CHECK_FALSE(IsWordListClass("words"));
}

TEST_CASE("each list's class name stands at its enum's place") {
  CHECK(kWordListNames[static_cast<size_t>(WordList::kOrgSuffix)] == "word.org_suffix");
  CHECK(kWordListNames[static_cast<size_t>(WordList::kCommonWord)] == "word.common_word");
  CHECK(kWordListNames[static_cast<size_t>(WordList::kEventWord)] == "word.event_word");
  CHECK(kWordListNames[static_cast<size_t>(WordList::kCommonAcronym)] == "word.common_acronym");
  CHECK(kWordListNames[static_cast<size_t>(WordList::kBeforeCue)] == "word.before_cue");
  CHECK(kWordListNames[static_cast<size_t>(WordList::kPronoun)] == "word.pronoun");
  CHECK(kWordListNames[static_cast<size_t>(WordList::kOutletNoun)] == "word.outlet_noun");
  CHECK(kWordListNames[static_cast<size_t>(WordList::kApproximate)] == "word.approximate");
  // Every name once: a list named twice would leave another without its words.
  for (size_t i = 0; i < kWordListCount; ++i) {
    for (size_t j = i + 1; j < kWordListCount; ++j) CHECK(kWordListNames[i] != kWordListNames[j]);
  }
}

}  // namespace
}  // namespace claimscope::internal
