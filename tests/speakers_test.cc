// Speaker finding (engine/src/claims/speakers.h): the words that name who speaks, around a
// cue, on small sentences.
#include "claims/speakers.h"

#include <doctest/doctest.h>

#include "claim_fixture.h"
#include "doctest_printers.h"

namespace claimscope::internal {
namespace {

// "speaker|apposition|how" of the speaker before the cue word `cue`, or "none".
std::string Before(const std::string& text, std::string_view cue = "said",
                   bool* subordinate = nullptr) {
  ClaimFixture f(text);
  const std::vector<Claim> claims;
  const SpeakerFinder finder(f.text(), claims);
  Claim claim;
  bool sub = false;
  if (!finder.Before(f.Find(cue), &claim, &sub)) return "none";
  if (subordinate != nullptr) *subordinate = sub;
  return f.Words(claim.speaker) + "|" + f.Words(claim.apposition) + "|" + std::string(claim.how);
}

// "speaker|apposition" after the cue word `cue`, or "none".
std::string After(const std::string& text, std::string_view cue = "said") {
  ClaimFixture f(text);
  const std::vector<Claim> claims;
  const SpeakerFinder finder(f.text(), claims);
  Claim claim;
  if (!finder.After(f.Find(cue) + 1, &claim)) return "none";
  return f.Words(claim.speaker) + "|" + f.Words(claim.apposition);
}

TEST_CASE("the subject before the cue") {
  CHECK(Before("The ministry said the plan had failed.") == "The ministry||speaker:before_cue");
  CHECK(Before("Prosecutor Anna Lenz further said the case was closed.") ==
        "Prosecutor Anna Lenz||speaker:before_cue");  // word.before_cue: "further"
  CHECK(Before("A senior diplomat who observed the talks said they failed.") ==
        "A senior diplomat||speaker:before_cue");  // the relative clause cut off
}

TEST_CASE("parentheticals and appositions between commas") {
  CHECK(Before("Lena Okoro, the bank's deputy governor, said rates would rise.") ==
        "Lena Okoro|the bank's deputy governor|speaker:name_with_apposition");
  CHECK(Before("An SFO spokesman, who declined to be named, said the case was open.") ==
        "An SFO spokesman|who declined to be named|speaker:before_parenthetical");
  CHECK(Before("Thwaite's barrister, Tomasz Kędzierski, said the fine was unjust.") ==
        "Tomasz Kędzierski|Thwaite's barrister|speaker:named_apposition");
}

TEST_CASE("a subordinate clause is flagged; no speaker after a closing quote") {
  bool subordinate = false;
  CHECK(Before("While experts said the dam was safe, residents left.", "said", &subordinate) ==
        "experts||speaker:before_cue");
  CHECK(subordinate);
  CHECK(Before("“It is safe,” said the engineer.") == "none");
  CHECK(Before("Said the engineer: it is safe.", "Said") == "none");
}

TEST_CASE("the speaker after an inverted cue, with its apposition") {
  CHECK(After("The plan had failed, said Energy Minister Tomas Reyes, the party's leader.") ==
        "Energy Minister Tomas Reyes|the party's leader");
  CHECK(After("“It is safe,” said the engineer.") == "the engineer|");
  CHECK(After("The dam is safe, said on Monday the engineer.") == "none");  // "on": adverbial
}

TEST_CASE("a cue coordinated with the sentence's earlier one shares its speaker") {
  ClaimFixture f("The union said it wanted talks, and proposed that the strike end.");
  std::vector<Claim> claims(1);
  claims[0].speaker = {f.Find("The"), f.Find("union") + 1};
  claims[0].sentence = 0;
  const SpeakerFinder finder(f.text(), claims);
  Claim claim;
  bool subordinate = false;
  REQUIRE(finder.Before(f.Find("proposed"), &claim, &subordinate));
  CHECK(f.Words(claim.speaker) == "The union");
  CHECK(claim.inherit_from == 0);
  CHECK(claim.how == "speaker:coordinated_cue");
}

TEST_CASE("noun phrases: leading conjunctions dropped, long regions refused") {
  ClaimFixture f("But the two ministers of the coastal region.");
  const std::vector<Claim> claims;
  const SpeakerFinder finder(f.text(), claims);
  bool subordinate = false;
  const uint32_t end = f.Find(".");
  CHECK(f.Words(finder.NounPhrase({0, end}, &subordinate)) ==
        "the two ministers of the coastal region");
  CHECK_FALSE(subordinate);
  // More words than a speaker's name has: no speaker.
  ClaimFixture g("The many people in the towns and villages along the river and the coast here.");
  const SpeakerFinder long_finder(g.text(), claims);
  CHECK(g.Words(long_finder.NounPhrase({0, g.Find("towns")}, &subordinate)) ==
        "The many people in the");
  CHECK(long_finder.NounPhrase({0, g.Find(".")}, &subordinate).empty());
  CHECK_FALSE(finder.IsRelativePronoun(f.Find("But")));
}

TEST_CASE("an adverbial without its comma is no part of the speaker") {
  CHECK(Before("In a separate statement British Telecommunications said it had signed.") ==
        "British Telecommunications||speaker:after_adverbial");
  CHECK(Before("Yesterday Mr Blair said it was over.") == "Mr Blair||speaker:after_adverbial");
  // After a comma the words describe the name before it.
  CHECK(Before("The Federation, in London said it had advised traders.") !=
        "London||speaker:after_adverbial");
  // A description after the adverbial, from its determiner (not the one "to" takes).
  CHECK(Before("In a filing to the regulators the airline warned it had debts.", "warned") ==
        "the airline||speaker:after_adverbial");
  CHECK(Before("Earlier this month the firm said it had earned $10m.") ==
        "the firm||speaker:after_adverbial");
  // A connective without its comma.
  CHECK(Before("However a spokesman said there were difficulties.") ==
        "a spokesman||speaker:before_cue");
  CHECK(Before("Meanwhile Ms Hutt said the trust had turned the corner.") ==
        "Ms Hutt||speaker:before_cue");
}

TEST_CASE("a comparison or a phrase opened by \"like\" is no speaker") {
  CHECK(Before("As a rule, the more extreme the fear felt, the more force can be used.", "felt") ==
        "none");
  CHECK(Before("Like many readers, I think the plan is right.", "think") ==
        "I||speaker:before_cue");
}

TEST_CASE("a possessive name between commas is an apposition of the words before it") {
  CHECK(After("The plan has failed, says Mr Blair.", "says") == "Mr Blair|");
  CHECK(Before("A new book, Brown's Britain by journalist Robert Peston, says Mr Blair went back "
               "on a pledge.",
               "says") ==
        "A new book|Brown's Britain by journalist Robert Peston|speaker:before_parenthetical");
}

TEST_CASE("the subject of a sentence after its opening phrase says the participle's words") {
  ClaimFixture f(
      "Despite his background, President Lula pursued a cautious policy, arguing "
      "that growth came first.");
  const std::vector<Claim> claims;
  const SpeakerFinder finder(f.text(), claims);
  CHECK(f.Words(finder.SubjectOf(0, f.Find("arguing"))) == "President Lula");
}

}  // namespace
}  // namespace claimscope::internal
