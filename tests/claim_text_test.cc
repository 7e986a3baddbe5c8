// The document as the attribution parts read it (engine/src/claims/claim_text.h): tokens by
// sentence, paragraph, entity and quote, and the questions the parts ask of them.
#include "claims/claim_text.h"

#include <doctest/doctest.h>

#include "claim_fixture.h"
#include "doctest_printers.h"

namespace claimscope::internal {
namespace {

TEST_CASE("tokens by sentence, paragraph, entity and quote") {
  ClaimFixture f("Lena Okoro spoke. She said “we won the cup” twice.\n\nNew paragraph.");
  const ClaimText& t = f.text();
  CHECK(t.sentence_of(f.Find("Lena")) == 0);
  CHECK(t.sentence_of(f.Find("She")) == 1);
  CHECK(t.paragraph_of(f.Find("She")) == 0);
  CHECK(t.paragraph_of(f.Find("New")) == 1);
  CHECK(t.entity_of(f.Find("Okoro")) == 0);
  CHECK(t.entity_of(f.Find("spoke")) == -1);
  REQUIRE(t.marks().size() == 1);
  const MarkQuote& m = t.marks()[0];
  CHECK(f.Words(m.content) == "we won the cup");
  CHECK(t.QuoteOpeningAt(m.open) == 0);
  CHECK(t.QuoteClosingAt(m.close) == 0);
  CHECK(t.InsideQuote(f.Find("won")));
  CHECK_FALSE(t.InsideQuote(f.Find("twice")));
}

TEST_CASE("next and previous words stay in their sentence") {
  ClaimFixture f("It rained. Then it stopped.");
  const ClaimText& t = f.text();
  CHECK(t.Text(t.Next(f.Find("It"))) == "rained");
  CHECK(t.Text(t.Next(f.Find("rained"))) == ".");
  CHECK(t.Next(f.Find(".")) == ClaimText::kNone);
  CHECK(t.Prev(f.Find("Then")) == ClaimText::kNone);
}

TEST_CASE("trimming, word counts and the head of a speaker phrase") {
  ClaimFixture f(", a senior official in the campaign, ");
  const ClaimText& t = f.text();
  const Range all{0, static_cast<uint32_t>(f.analysis.tokens.size())};
  const Range trimmed = t.Trim(all);
  CHECK(f.Words(trimmed) == "a senior official in the campaign");
  CHECK(t.WordCount(trimmed) == 6);
  CHECK(t.Text(t.Head(trimmed)) == "official");  // word.postmodifier: "in"
  ClaimFixture g("The Ministry of Health (Minsa)");
  const Range name{0, static_cast<uint32_t>(g.analysis.tokens.size())};
  CHECK(g.text().Text(g.text().Head(name)) == "Minsa");
  // A ticker in angle brackets names the name before it.
  ClaimFixture h("Geonex Corp <GEOX.N>");
  const Range ticked{0, static_cast<uint32_t>(h.analysis.tokens.size())};
  CHECK(h.text().Text(h.text().Head(ticked)) == "Corp");
  // "a report by X": the report; "figures compiled by X", "a poll broadcast by X": X.
  ClaimFixture by("a report by the think-tank Demos");
  CHECK(by.text().Text(by.text().Head({0, static_cast<uint32_t>(by.analysis.tokens.size())})) ==
        "report");
  ClaimFixture agent("a poll broadcast by the channel");
  CHECK(agent.text().Text(agent.text().Head(
            {0, static_cast<uint32_t>(agent.analysis.tokens.size())})) == "channel");
  CHECK(ClaimText::IsPastParticiple("compiled"));
  CHECK_FALSE(ClaimText::IsPastParticiple("report"));
}

}  // namespace
}  // namespace claimscope::internal
