// Cue finding (engine/src/claims/cues.h): which speech words are cues, on small sentences.
#include "claims/cues.h"

#include <doctest/doctest.h>

#include "claim_fixture.h"
#include "doctest_printers.h"

namespace claimscope::internal {
namespace {

// The words of every cue, and "+according" for "according to".
std::vector<std::string> CuesOf(const std::string& text) {
  ClaimFixture f(text);
  Cues cues;
  cues.Find(f.text(), f.lexicons(), f.units, f.hits);
  std::vector<std::string> out;
  for (const Cue& c : cues.all()) {
    out.push_back(f.Words(c.tokens) + (c.according ? "+according" : ""));
    CHECK(cues.At(c.tokens.begin));
  }
  return out;
}

using V = std::vector<std::string>;

TEST_CASE("verbs of speech are cues, with what their entries say of them") {
  CHECK(CuesOf("The minister said the plan had failed.") == V{"said"});
  CHECK(CuesOf("Officials told reporters the talks would resume.") == V{"told"});
  CHECK(CuesOf("According to the police, two men were held.") == V{"According to+according"});
  ClaimFixture f("She told The Post that it was over, and added that the town was calm.");
  Cues cues;
  cues.Find(f.text(), f.lexicons(), f.units, f.hits);
  REQUIRE(cues.all().size() == 2);
  CHECK(cues.all()[0].takes_object);  // told X that
  CHECK(cues.all()[0].drops_that);    // "told him it was over"
  CHECK_FALSE(cues.all()[1].takes_object);
  CHECK_FALSE(cues.At(f.Find("Post")));
}

TEST_CASE("speech words that are not used as verbs of speech are no cues") {
  CHECK(CuesOf("The warning came too late for the town.") == V{});       // a noun after "the"
  CHECK(CuesOf("It was reported that the bridge had closed.") == V{});   // the passive
  CHECK(CuesOf("A spokesman declined to comment on the case.") == V{});  // "to comment"
  CHECK(CuesOf("Okafor's reply was brief.") == V{});                     // after "'s"
  CHECK(CuesOf("They met in the Warning Room.") == V{});  // capitalised inside a sentence
}

TEST_CASE("the base form of a cue that is a noun too is a verb only after its subject") {
  CHECK(CuesOf("Ethiopian state broadcaster EBC said the dam was ready.") == V{"said"});
  CHECK(CuesOf("He sent unsolicited e-mail messages to subscribers.") == V{});
  CHECK(CuesOf("They claim the dam was ready.") == V{"claim"});
  CHECK(CuesOf("Officials state that the dam was ready.") == V{"state"});
  CHECK(CuesOf("The firm will report that sales fell.") == V{"report"});
}

TEST_CASE("the -s form of a cue that is a noun too is a plural noun before a verb or \"of\"") {
  CHECK(CuesOf("Jobless figures are still below their highs.") == V{});
  CHECK(CuesOf("Full details of the plan will follow.") == V{});
  CHECK(CuesOf("Based on 2004 figures the firm would have sales of $5bn.") == V{});
  CHECK(CuesOf("Consumer comments and reviews were popular.") == V{});
  CHECK(CuesOf("The rule states that the state can borrow.") == V{"states"});
  CHECK(CuesOf("BT reports more people signed up.") == V{"reports"});
  // Ending the sentence after another cue, the noun is that cue's subject.
  CHECK(CuesOf("The coach has turned down the offer, say reports.") == V{"say"});
  // Past an adverb; before "under" or "without".
  CHECK(CuesOf("The terror suspects currently detained are held at Belmarsh.") == V{});
  CHECK(CuesOf("It lets him place suspects under house arrest.") == V{});
  CHECK(CuesOf("England's defensive worries have deepened.") == V{});
}

TEST_CASE("verbs that are nouns too: stress, venture, dispute") {
  CHECK(CuesOf("WorldCom found itself under growing financial stress.") == V{"found"});
  CHECK(CuesOf("The joint venture was set up in May.") == V{});
  CHECK(CuesOf("She stressed that the plan would work.") == V{"stressed"});
}

TEST_CASE("a participle before \"to be\" of a verb with no infinitive of its own is passive") {
  CHECK(CuesOf("It sued banks over 4bn euros thought to be held offshore.") == V{});
  CHECK(CuesOf("Officials claimed to have issued a warning.") == V{"claimed"});
}

TEST_CASE("a headline's participles are passives; a plural noun before a past verb") {
  CHECK(CuesOf("Holmes urged to compete at Worlds\n\nKelly Holmes has been urged to race.") == V{});
  CHECK(CuesOf("Thompson says Gerrard should stay\n\nThe coach was in Cardiff.") == V{"says"});
  CHECK(CuesOf("Henman hopes ended in Dubai on Friday.") == V{});
}

TEST_CASE("a cue after \"help\" is no speech: \"helped write Kokomo\"") {
  CHECK(CuesOf("He helped write Kokomo for the Beach Boys.") == V{});
  CHECK(CuesOf("He wrote that the band had split.") == V{"wrote"});
  // A participle that is no past tense is active only after "have".
  CHECK(CuesOf("He had one song written with more meaning than intended.") == V{});
  CHECK(CuesOf("She has written that the band had split.") == V{"written"});
}

TEST_CASE("a cue's verb with the particle of another sense is no cue") {
  CHECK(CuesOf("Nintendo leads the market thanks to the GameBoy.") == V{});
  CHECK(CuesOf("He thanked fans for their support.") == V{"thanked"});
  // Several words of the other sense: a shot "blasted wide", "blasted over".
  CHECK(CuesOf("Van Persie blasted over a good opportunity.") == V{});
  CHECK(CuesOf("He blasted wide when clear.") == V{});
  CHECK(CuesOf("He blasted the plan as a disgrace.") == V{"blasted"});
  // A participle with its agent after a plural of people: "Britons held by the US".
  CHECK(CuesOf("All four Britons held by the US will be freed.") == V{});
}

TEST_CASE("negated cues and passive participles before \"of\" are no cues") {
  CHECK(CuesOf("The chancellor would not comment on the reports.") == V{});
  CHECK(CuesOf("She never claimed the plan would work.") == V{});
  CHECK(CuesOf("It fined those suspected of abusing the system.") == V{});
  CHECK(CuesOf("The men accused of fraud were freed.") == V{});
  CHECK(CuesOf("It could easily boomerang, he warned of the tariffs.") == V{"warned"});
}

TEST_CASE("of two cue words in a row the first is a noun") {
  CHECK(CuesOf("A police report said the fire spread quickly.") == V{"said"});
}

TEST_CASE("a participle is a cue at a sentence start or after a comma only") {
  CHECK(CuesOf("Stressing that the deal was fair, the officer said it would last.") ==
        V{"Stressing", "said"});
  CHECK(CuesOf("The mayor left, saying the vote was rigged.") == V{"saying"});
  CHECK(CuesOf("The mayor kept saying nothing at all.") == V{});
}

TEST_CASE("cue verbs in another sense, or under a modal, are no cues") {
  // "add to", "ask for": another verb than the speech verb.
  CHECK(CuesOf("Prices rose again, adding to concern that inflation could return.") == V{});
  CHECK(CuesOf("She asked for them to be returned to her friend.") == V{});
  CHECK(CuesOf("I agree with Mr Forsyth's views.") == V{});
  CHECK(CuesOf("Voters take their support for granted.") == V{});
  // A participle after a common noun with its agent: a reduced relative clause.
  CHECK(CuesOf("The total cost of fraud reported by consumers was high.") == V{});
  CHECK(CuesOf("Smith said by phone that the deal was done.") == V{"said"});
  // What someone should, could or may say.
  CHECK(CuesOf("Prince Harry should personally make clear how sorry he is.") == V{});
  CHECK(CuesOf("The minister could say the plan had failed.") == V{});
  CHECK(CuesOf("The minister would say the plan had failed.") == V{"say"});
}

TEST_CASE("the longest cue at a position; capitalised cues in title-case headlines") {
  CHECK(CuesOf("Axelrod calls on Dean to apologize for the remark.") == V{"calls on"});
  CHECK(CuesOf("Health Problems Were Hidden From The Public, Doctor Says") == V{"Says"});
  CHECK(CuesOf("The Hill Report was published on Monday.") == V{});
}

TEST_CASE("a cue word that is a noun too is one after a verb; passives past adverbs") {
  CHECK(CuesOf("Addressing claims that the law was unenforceable, he left.") == V{});
  CHECK(CuesOf("Websites started getting reports of the problem.") == V{});
  CHECK(CuesOf("The SEC filing shows that the board rejected the offer.") ==
        V{"shows", "rejected"});
  CHECK(CuesOf("The FSA was widely reported as having asked firms to pay.") == V{"asked"});
  CHECK(CuesOf("It was also agreed that a programme was a priority.") == V{});
  // An adverb and a participle after "of" or a determiner make an adjective.
  CHECK(CuesOf("Their blend of emotionally charged rock was warmly received.") == V{});
  CHECK(CuesOf("He shot wide in determined fashion.") == V{});
  CHECK(CuesOf("Stern continues to be one of the most popular hosts.") == V{});
  CHECK(CuesOf("Chelsea pressed to win the game late on.") == V{});
  CHECK(CuesOf("The GDP figure, announced by the Commerce Department, topped forecasts.") == V{});
  // A word that is a noun too and ends its sentence is one, unless a comma opens its subject.
  CHECK(CuesOf("Paris promise raises Welsh hopes") == V{});
  CHECK(CuesOf("The plan will fail, the report claims.") == V{"claims"});
  // "feel" is a noun too: a verb after a subject that takes it.
  CHECK(CuesOf("The director brings a bleak and cold feel that is gorgeous.") == V{});
  CHECK(CuesOf("Many feel the plan will fail, and those who fear it say so.") ==
        V{"feel", "fear", "say"});
  CHECK(CuesOf("He would quit if he felt like a liability.") == V{});
  CHECK(CuesOf("Growth was better than expected this year.") == V{});
  CHECK(CuesOf("The move comes amid claims the poll could be marred.") == V{});
  // After a verb in the past the second of two cue words is a participle.
  CHECK(CuesOf("SBC said estimated cost savings were a main driver.") == V{"said"});
  CHECK(CuesOf("A police report said the driver was drunk.") == V{"said"});
  CHECK(CuesOf("Lord Browne rejected calls for a windfall tax.") == V{"rejected"});
  CHECK(CuesOf("He was upbeat despite his other comments on the show.") == V{});
  // A clause-only verb is a cue, but reports only a clause ("ruled that").
  CHECK(CuesOf("The court ruled the country for years.") == V{"ruled"});
  CHECK(CuesOf("The influence of US broadcasting regulator Ofcom grew.") == V{});
  CHECK(CuesOf("They use a technology known as Wap-push.") == V{});
  CHECK(CuesOf("It hurts more established companies.") == V{});
  CHECK(CuesOf("Phishing e-mails try to steal details as soon as one is opened.") == V{});
}

}  // namespace
}  // namespace claimscope::internal
