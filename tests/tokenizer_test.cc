// The tokenizer as a specification: what a token is, what kind and shape it has, and where
// sentences and paragraphs end.
#include "claimscope/tokenizer.h"

#include <doctest/doctest.h>

#include "doctest_printers.h"
#include "test_util.h"

namespace claimscope {
namespace {

using testing::Paragraphs;
using testing::Sentences;
using testing::Words;
using V = std::vector<std::string>;

// The first token whose text is `text`.
Token Find(std::string_view input, std::string_view text) {
  TextAnalysis a;
  Tokenize(input, &a);
  for (const Token& t : a.tokens) {
    if (t.Text(input) == text) return t;
  }
  FAIL("no token " << text);
  return {};
}

TEST_CASE("tokens cover the input without gaps and in order") {
  const std::string text =
      "Mr. Ortiz said: “We won 3.5%.” \n\n  (AP) — 155,221 bags; ünïcødé 🙂!";
  TextAnalysis a;
  Tokenize(text, &a);
  uint32_t at = 0;
  for (const Token& t : a.tokens) {
    CHECK(t.start == at);
    CHECK(t.end > t.start);
    at = t.end;
  }
  CHECK(at == text.size());
}

TEST_CASE("empty input has no tokens, sentences or paragraphs") {
  TextAnalysis a;
  Tokenize("", &a);
  CHECK(a.tokens.empty());
  CHECK(a.sentences.empty());
  CHECK(a.paragraphs.empty());
  Tokenize(" \n\t\n", &a);
  CHECK(a.sentences.empty());
  CHECK(a.paragraphs.empty());
}

TEST_CASE("ASCII words, numbers and punctuation") {
  CHECK(Words("The 2 firms paid $7.25 million, or 155,221 bags.") ==
        V{"The", "2", "firms", "paid", "$", "7.25", "million", ",", "or", "155,221", "bags", "."});
  CHECK(Find("at 10:30 today", "10:30").kind == TokenKind::kNumber);
  CHECK(Words("the 1990s and 20th") == V{"the", "1990s", "and", "20th"});
  CHECK(Words("wait... what?!") == V{"wait", "...", "what", "?!"});
  CHECK(Find("x = 3", "=").kind == TokenKind::kSymbol);
  CHECK(Find("a, b", ",").kind == TokenKind::kPunctuation);
}

TEST_CASE("shape flags") {
  const Token nato = Find("NATO met", "NATO");
  CHECK(nato.Has(kAllCaps));
  CHECK(nato.Has(kCapitalised));
  const Token moscow = Find("in Moscow", "Moscow");
  CHECK(moscow.Has(kCapitalised));
  CHECK_FALSE(moscow.Has(kAllCaps));
  CHECK(Find("the ISIS-K branch", "ISIS-K").Has(kHasHyphen));
  CHECK(Find("a G7 summit", "G7").Has(kHasDigit));
  CHECK(Find("the result is ¾", "¾").Has(kHasDigit));  // a number symbol of its own
  CHECK_FALSE(Find("a © sign", "©").Has(kHasDigit));
  CHECK(Find("they’re here", "they’re").Has(kHasApostrophe));
  CHECK_FALSE(Find("the cat", "cat").Has(kCapitalised));
}

TEST_CASE("hyphens join word parts, dashes do not") {
  CHECK(Words("al-Qaida and the US-Mexico border") ==
        V{"al-Qaida", "and", "the", "US-Mexico", "border"});
  CHECK(Words("well-known - yes — no") == V{"well-known", "-", "yes", "—", "no"});
  CHECK(Words("COVID-19 cases") == V{"COVID-19", "cases"});
  CHECK(Words("pre- and post-war") == V{"pre", "-", "and", "post-war"});
}

TEST_CASE("accents and other scripts") {
  CHECK(Words("Małgorzata Wiśniewska won in Toruń.") ==
        V{"Małgorzata", "Wiśniewska", "won", "in", "Toruń", "."});
  CHECK(Find("João Assunção", "Assunção").Has(kCapitalised));
  CHECK(Words("ŁUKASZ") == V{"ŁUKASZ"});
  CHECK(Find("ŁUKASZ", "ŁUKASZ").Has(kAllCaps));
  // Combining marks stay inside the word: "e" + U+0301.
  CHECK(Words("cafe\xCC\x81 noir") == V{"cafe\xCC\x81", "noir"});
  CHECK(Words("Москва заявила") == V{"Москва", "заявила"});
  CHECK(Words("قال المتحدث") == V{"قال", "المتحدث"});
}

TEST_CASE("CJK ideographs are one token each; kana too") {
  CHECK(Words("東京都") == V{"東", "京", "都"});
  CHECK(Find("東京", "東").Has(kIdeographic));
  CHECK(Words("首相は「増税」と述べた。") ==
        V{"首", "相", "は", "「", "増", "税", "」", "と", "述", "べ", "た", "。"});
  CHECK(Sentences("首相が来た。次に行く。") == V{"首相が来た。", "次に行く。"});
}

TEST_CASE("emoji with modifiers, joiners and flags are one symbol") {
  CHECK(Words("great 👍🏽 news") == V{"great", "👍🏽", "news"});
  CHECK(Words("👩‍👩‍👧 family") == V{"👩‍👩‍👧", "family"});
  CHECK(Words("🇺🇦🇵🇱") == V{"🇺🇦", "🇵🇱"});
  CHECK(Words("❤️ it") == V{"❤️", "it"});
  CHECK(Find("a 🙂 b", "🙂").kind == TokenKind::kSymbol);
}

TEST_CASE("curly quotes have their direction") {
  const std::string text = "He said: “They hate us” and ‘fine’.";
  CHECK(Find(text, "“").quote_role == QuoteRole::kOpening);
  CHECK(Find(text, "”").quote_role == QuoteRole::kClosing);
  CHECK(Find(text, "‘").quote_role == QuoteRole::kOpening);
  CHECK(Find(text, "’").quote_role == QuoteRole::kClosing);
  CHECK(Find(text, "“").kind == TokenKind::kQuote);
}

TEST_CASE("guillemets and low quotes") {
  CHECK(Find("il a dit « non » hier", "«").quote_role == QuoteRole::kOpening);
  CHECK(Find("il a dit « non » hier", "»").quote_role == QuoteRole::kClosing);
  CHECK(Find("er sagte „nein“ dazu", "„").quote_role == QuoteRole::kOpening);
  CHECK(Find("‹oui› dit-il", "‹").quote_role == QuoteRole::kOpening);
  CHECK(Find("‹oui› dit-il", "›").quote_role == QuoteRole::kClosing);
}

TEST_CASE("straight quotes take their role from their neighbours") {
  const std::string text = "He called it \"very seriously\", then: \"Go.\" Done";
  TextAnalysis a;
  Tokenize(text, &a);
  std::vector<QuoteRole> roles;
  for (const Token& t : a.tokens) {
    if (t.kind == TokenKind::kQuote) roles.push_back(t.quote_role);
  }
  CHECK(roles == std::vector<QuoteRole>{QuoteRole::kOpening, QuoteRole::kClosing,
                                        QuoteRole::kOpening, QuoteRole::kClosing});
  CHECK(Find("said:\"They", "\"").quote_role == QuoteRole::kOpening);
  CHECK(Find("a\"b", "\"").quote_role == QuoteRole::kAmbiguous);
  // The mismatched pair of the reference article: “…" .
  CHECK(Find("“They hate us, and everything we stand for\".(AP)", "\"").quote_role ==
        QuoteRole::kClosing);
}

TEST_CASE("apostrophes are not quote marks") {
  CHECK(Words("they’re bold and don't stop") == V{"they’re", "bold", "and", "don't", "stop"});
  // Possessives are split off as a word of their own.
  CHECK(Words("Moscow’s concert hall") == V{"Moscow", "’s", "concert", "hall"});
  CHECK(Words("the country's border") == V{"the", "country", "'s", "border"});
  CHECK(Find("Moscow’s hall", "’s").kind == TokenKind::kWord);
  CHECK(Words("O'Brien said") == V{"O'Brien", "said"});
  // A decade.
  CHECK(Words("in the ’90s, and '98") == V{"in", "the", "’90s", ",", "and", "'98"});
  CHECK(Find("in the ’90s", "’90s").kind == TokenKind::kNumber);
  // A plural possessive cannot be told from a closing quote.
  CHECK(Find("the players’ union", "’").quote_role == QuoteRole::kAmbiguous);
}

TEST_CASE("abbreviations keep their period") {
  CHECK(Words("Mr. Smith of Acme Corp. met U.S. officials at 5 p.m. today") ==
        V{"Mr.", "Smith", "of", "Acme", "Corp.", "met", "U.S.", "officials", "at", "5", "p.m.",
          "today"});
  CHECK(Find("Gen. Ortiz", "Gen.").Has(kAbbreviation));
  CHECK(Find("P. Simmons", "P.").Has(kAbbreviation));
  // An initial has one letter, of any script, counted at its period: "É." (two bytes) and
  // "B2." (digits are no letters) are initials, "Ed." is not.
  CHECK(Find("É. Zola", "É.").Has(kAbbreviation));
  CHECK(Words("B2. Then") == V{"B2.", "Then"});
  CHECK(Words("Ed. Zola") == V{"Ed", ".", "Zola"});
  CHECK(Words("No. 10 Downing") == V{"No.", "10", "Downing"});
  CHECK(Words("He said no. Then") == V{"He", "said", "no", ".", "Then"});
  CHECK(Words("the end.") == V{"the", "end", "."});
}

TEST_CASE("sentences end at terminators, not at abbreviations") {
  CHECK(Sentences("Mr. Smith arrived on Oct. 5 at Acme Corp. headquarters. He left.") ==
        V{"Mr. Smith arrived on Oct. 5 at Acme Corp. headquarters.", "He left."});
  CHECK(Sentences("Gen. Ortiz spoke. Then P. Simmons did.") ==
        V{"Gen. Ortiz spoke.", "Then P. Simmons did."});
  CHECK(Sentences("It rose 3.5 percent. Shares fell!") ==
        V{"It rose 3.5 percent.", "Shares fell!"});
  CHECK(Sentences("Visit example.com today. Why? Because.") ==
        V{"Visit example.com today.", "Why?", "Because."});
  // A non-title abbreviation ends a sentence before a frequent opener.
  CHECK(Sentences("He moved to the U.S. The move was hard.") ==
        V{"He moved to the U.S.", "The move was hard."});
  CHECK(Sentences("He met U.S. officials.") == V{"He met U.S. officials."});
  // Lower case after a period: no boundary.
  CHECK(Sentences("approx. two hours") == V{"approx. two hours"});
}

TEST_CASE("closing quotes and brackets stay with their sentence") {
  CHECK(Sentences("He said: “We won.” Then he left.") == V{"He said: “We won.”", "Then he left."});
  CHECK(Sentences("(It was late.) We slept.") == V{"(It was late.)", "We slept."});
  CHECK(Sentences("\"Stop!\" she cried. \"Now.\"") == V{"\"Stop!\" she cried.", "\"Now.\""});
}

TEST_CASE("paragraphs split at blank lines and indented lines") {
  CHECK(Paragraphs("One.\n\nTwo.\n  \nThree.") == V{"One.", "Two.", "Three."});
  // Newswire: continuation lines are flush left, new paragraphs are indented.
  CHECK(Paragraphs("First line\nstill first.\n    Second starts\nand goes on.\n    Third.") ==
        V{"First line\nstill first.", "Second starts\nand goes on.", "Third."});
  // Equal indentation on every line is not a paragraph break.
  CHECK(Paragraphs("  a line\n  another") == V{"a line\n  another"});
  // Sentences never cross a paragraph.
  CHECK(Sentences("A headline\n\nBody text here") == V{"A headline", "Body text here"});
  CHECK(Paragraphs("Windows\r\n\r\nline endings") == V{"Windows", "line endings"});
}

TEST_CASE("sentence and paragraph starts are flagged") {
  const std::string text = "One. Two.\n\nThree.";
  TextAnalysis a;
  Tokenize(text, &a);
  REQUIRE(a.sentences.size() == 3);
  CHECK(a.tokens[a.sentences[1].first_token].Has(kSentenceStart));
  CHECK(a.tokens[a.paragraphs[1].first_token].Has(kParagraphStart));
  CHECK_FALSE(a.tokens[a.sentences[1].first_token].Has(kParagraphStart));
}

TEST_CASE("invalid UTF-8 never shifts offsets and is reported") {
  // \xC3 alone (truncated), \xC0\xAF (overlong), \xED\xA0\x80 (surrogate), \xFF.
  const std::string text = "ab\xC3 cd \xC0\xAF ef \xED\xA0\x80 gh\xFF";
  TextAnalysis a;
  Tokenize(text, &a);
  uint32_t at = 0;
  for (const Token& t : a.tokens) {
    CHECK(t.start == at);
    at = t.end;
  }
  CHECK(at == text.size());
  REQUIRE(a.invalid_utf8.size() ==
          7);  // each maximal invalid subpart: C3 | C0 | AF | ED | A0 | 80 | FF
  CHECK(a.invalid_utf8[0].start == 2);
  CHECK(a.invalid_utf8[0].end == 3);
  int invalid_tokens = 0;
  for (const Token& t : a.tokens) {
    if (t.Has(kInvalidUtf8)) {
      ++invalid_tokens;
      CHECK(t.kind == TokenKind::kSymbol);
    }
  }
  CHECK(invalid_tokens == 7);
  CHECK(Words("x\xE2\x82") == V{"x", "\xE2\x82"});  // a truncated 3-byte sequence is one subpart
}

TEST_CASE("line breaks of every kind are newline tokens") {
  TextAnalysis a;
  const std::string text = "a\r\nb\rc\u2028d";
  Tokenize(text, &a);
  int newlines = 0;
  for (const Token& t : a.tokens) newlines += t.kind == TokenKind::kNewline;
  CHECK(newlines == 3);
}

TEST_CASE("names of kinds and roles") {
  CHECK(std::string(TokenKindName(TokenKind::kQuote)) == "quote");
  CHECK(std::string(QuoteRoleName(QuoteRole::kAmbiguous)) == "ambiguous");
}

}  // namespace
}  // namespace claimscope
