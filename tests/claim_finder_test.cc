// Claim finding (engine/src/claims/claim_finder.h): what is said next to each cue, and the
// quotes that carry a claim on, on small texts.
#include "claims/claim_finder.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "claim_drafts.h"
#include "doctest_printers.h"

namespace claimscope::internal {
namespace {

using V = std::vector<std::string>;

std::vector<std::string> Claims(std::string text) { return ClaimDrafts(std::move(text)).Summary(); }

TEST_CASE("what is said after the cue") {
  CHECK(Claims("The minister said the plan had failed.") == V{"the plan had failed|The minister"});
  CHECK(Claims("The minister said on Monday that the plan had failed.") ==
        V{"the plan had failed|The minister"});
  CHECK(Claims("The minister told The Post that the branch was becoming bolder.") ==
        V{"the branch was becoming bolder|The minister"});
  // A verb that does not drop "that" takes an object: nothing is reported.
  CHECK(Claims("The minister announced a new budget for the schools.") == V{});
  // Too short to be a claim.
  CHECK(Claims("The minister said so.") == V{});
}

TEST_CASE("a cue inside what another claim reports is part of that claim") {
  CHECK(Claims("Jeremy Souza said on Sunday he could not confirm whether the bill would pass.") ==
        V{"he could not confirm whether the bill would pass|Jeremy Souza"});
  CHECK(Claims("Mr Peston said the pair argued and that Mr Blair felt he had lost trust.") ==
        V{"the pair argued and that Mr Blair felt he had lost trust|Mr Peston"});
}

TEST_CASE("a claim ends before a clause with a cue of its own") {
  CHECK(Claims("Forecasters expect the rain to ease by Sunday, but the agency warned that the "
               "river could keep rising.") ==
        V{"the rain to ease by Sunday|Forecasters", "the river could keep rising|the agency"});
  // A relative clause is no clause of its own: it stays in the claim.
  CHECK(Claims("Denman told reporters that retaliation, which he warned of in a letter, would "
               "not be product for product.")[0] ==
        "retaliation, which he warned of in a letter, would not be product for product|Denman");
}

TEST_CASE("after the cue: adverbials, and an adverbial that opens the clause") {
  CHECK(Claims("The minister said on Sunday he could not go.") ==
        V{"he could not go|The minister"});
  CHECK(Claims("He said in the case of textiles, however, retaliation would follow.") ==
        V{"in the case of textiles, however, retaliation would follow|He"});
  // Not when the words before the speaker are the claim.
  CHECK(Claims("The striker is out for six weeks, the club said on Thursday, a blow that "
               "could cost it dearly.") == V{"The striker is out for six weeks|the club"});
}

TEST_CASE("speakers: a name and its apposition, subordinate clauses, inverted cues") {
  ClaimDrafts d("Paul Dales, UK economist for Capital Economics, said the figures were good.");
  REQUIRE(d.claims.size() == 1);
  CHECK(d.Summary() == V{"the figures were good|Paul Dales"});
  CHECK(d.f.Words(d.claims[0].apposition) == "UK economist for Capital Economics");
  CHECK(Claims("He made an appeal for unity after reports claimed Mr Blair went back on a "
               "pledge.") == V{"Mr Blair went back on a pledge|reports"});
  // After the cue stands a noun phrase, not a clause.
  CHECK(Claims("Paul Dales, an economist, said the figures represented an improvement.") ==
        V{"the figures represented an improvement|Paul Dales"});
  CHECK(Claims("Prices rose sharply, said the figures represented by the index.") == V{});
}

TEST_CASE("speakers of relative clauses and coordinated verbs") {
  // "who" speaks for the person before it, past an apposition; the clause ends at its comma.
  CHECK(Claims("Mitch McConnell, who said the bill would fail, voted no.") ==
        V{"the bill would fail|who=Mitch McConnell"});
  ClaimDrafts app(
      "Mitch McConnell, now the Senate majority leader, who said the bill would fail, voted no.");
  CHECK(app.Summary() == V{"the bill would fail|who=Mitch McConnell"});
  CHECK(app.f.Words(app.claims[0].apposition) == "now the Senate majority leader");
  // An organisation right before the comma is what "who" would stand for: no person.
  CHECK(Claims("Mitch McConnell, a spokesman for Acme Corp, who said the bill would fail, "
               "voted no.") == V{});
  // Without a comma: the noun phrase before it, or the person a description is said of.
  CHECK(Claims("It was backed by voters who said the economy was their main concern.") ==
        V{"the economy was their main concern|who=voters"});
  ClaimDrafts kamin(
      "The plan was praised by David Kamin, a law professor who said the plan would simplify "
      "returns.");
  CHECK(kamin.Summary() == V{"the plan would simplify returns|who=David Kamin"});
  CHECK(kamin.f.Words(kamin.claims[0].apposition) == "a law professor");
  // A relative clause before the cue is no speaker's, nor its words a clause of its cue.
  CHECK(Claims("A senior diplomat who observed the talks said the mood was grim.") ==
        V{"the mood was grim|A senior diplomat"});
  // "which X says": the words after the pronoun speak, and nothing before it is claimed.
  ClaimDrafts which("The tax, which Nakasone says is needed to balance the budget, will pass.");
  REQUIRE(which.claims.size() == 1);
  CHECK(which.f.Words(which.claims[0].speaker) == "Nakasone");
  CHECK(which.claims[0].how == "speaker:in_relative_clause");
  // The subject of coordinated verbs speaks for the second one.
  CHECK(Claims("Mr Smith arrived late on Monday and said the talks had failed.") ==
        V{"the talks had failed|Mr Smith"});
  // A lone pronoun after "but" goes on with the same claim's speaker.
  CHECK(Claims("She hopes the talks will go on, but she knows that the gap is wide.").size() == 2);
}

TEST_CASE("a name heads the appositions and relative clauses before its cue") {
  ClaimDrafts d(
      "Kevin Barrett, a lawyer at Bailey & Glasser, who represents the state in the cases, "
      "said the company had failed.");
  CHECK(d.Summary() == V{"the company had failed|Kevin Barrett"});
  CHECK(d.f.Words(d.claims[0].apposition) ==
        "a lawyer at Bailey & Glasser, who represents the state in the cases");
  // A party in parentheses after the name.
  ClaimDrafts rep(
      "Rep. Joseph Crowley (D-N.Y.), a leading advocate for human rights, said the visit "
      "mattered.");
  CHECK(rep.Summary() == V{"the visit mattered|Rep. Joseph Crowley"});
  CHECK(rep.f.Words(rep.claims[0].apposition) == "(D-N.Y.), a leading advocate for human rights");
  // After the cue, likewise.
  ClaimDrafts after(
      "\"We will win,\" said Rep. Joseph Crowley (D-N.Y.), a leading advocate, who spoke on "
      "Monday.");
  REQUIRE(after.claims.size() == 1);
  CHECK(after.f.Words(after.claims[0].apposition) ==
        "(D-N.Y.), a leading advocate, who spoke on Monday");
}

TEST_CASE("quotes introduced by a participle, a colon or credited after a dash") {
  // ", saying" with no claim before it in the sentence: the sentence's subject.
  CHECK(Claims("During a speech on Monday, Trump attacked the plan, saying, \"It is a disaster "
               "for the country.\"") == V{"It is a disaster for the country.|Trump"});
  // A cue and a colon end a paragraph: the quoted paragraph after it.
  CHECK(Claims("The senator continued:\n\n\"The health issue is very much a partisan issue, "
               "but that does not account for it.\"") ==
        V{"The health issue is very much a partisan issue, but that does not account for "
          "it.|The senator"});
  // A name after a dash, ending its line.
  CHECK(Claims("“He cannot answer a question without scaring people.” ― Esther Tapia\n\n"
               "“Mostly he promotes ignorance.” ― Krystal Correa") ==
        V{"He cannot answer a question without scaring people.|Esther Tapia",
          "Mostly he promotes ignorance.|Krystal Correa"});
  // A dash before words that go on is no credit.
  CHECK(Claims("“He cannot answer a question,” — Esther Tapia and her sister were sure of it.") ==
        V{});
}

TEST_CASE("verbs whose object is what is said") {
  CHECK(Claims("The union denied the allegations of fraud by its leaders.") ==
        V{"the allegations of fraud by its leaders|The union"});
  CHECK(Claims("The senator urged lawmakers to reject the bill.") ==
        V{"to reject the bill|The senator"});
  // Other verbs take an object that is no claim.
  CHECK(Claims("The minister announced a new budget for the schools.") == V{});
  // One word is too short to be what is said.
  CHECK(Claims("The union denied it.") == V{});
  // What is denied is a claim when a noun of what is said heads it (word.said_noun), a gerund
  // or "as" ("dismissed the plan as desperate"); a rejected bid or appeal is none.
  CHECK(Claims("Blackburn rejected a third bid from Rangers for their captain.") == V{});
  CHECK(Claims("The judge dismissed both appeals in the case.") == V{});
  // A verb of denial drops "that", but words without a verb after it are its object.
  CHECK(Claims("Paulo Ferreira denied Gerrard with a last-ditch tackle.") == V{});
  CHECK(Claims("Sky denied the programme breached broadcasting guidelines.") ==
        V{"the programme breached broadcasting guidelines|Sky"});
  // A question put is no claim, after a listener or none.
  CHECK(Claims("Amnesty questioned whether the decisions had been based on torture.") == V{});
  CHECK(Claims("He dismissed Tory fears of a tax rise.") == V{"Tory fears of a tax rise|He"});
  CHECK(Claims("She denied ever taking banned substances.") ==
        V{"ever taking banned substances|She"});
  CHECK(Claims("The Tories dismissed the pay plan as a desperate gimmick.") ==
        V{"the pay plan as a desperate gimmick|The Tories"});
}

TEST_CASE("a possessive in capitals is part of a name, no clause after a listener") {
  CHECK(Claims("\"They have expressed worry,\" Weitz told a His Dark Materials fans' website.") ==
        V{"They have expressed worry,|Weitz"});
}

TEST_CASE("a relative pronoun that is the subject of what is said brings its noun along") {
  CHECK(Claims("Officials are seizing large rural estates, which the government says are lying "
               "idle.") == V{"large rural estates, which the government says are lying idle|the "
                             "government"});
  CHECK(Claims("He set out plans to tackle what he says are crippling skills shortages.") ==
        V{"what he says are crippling skills shortages|he"});
  // Not a clause before the pronoun.
  CHECK(Claims("He decided for himself, which I think is the right thing to do.") ==
        V{"is the right thing to do|I"});
}

TEST_CASE("what is said before the cue") {
  CHECK(Claims("The plan had failed, the ministry said.") == V{"The plan had failed|the ministry"});
  CHECK(Claims("The plan had failed, said the ministry.") == V{"The plan had failed|the ministry"});
  // A phrase that opens the sentence, with no verb of its own, is no clause.
  CHECK(Claims("In addition to the penalty, the firm agreed to the monitoring of its sales.") ==
        V{});
  CHECK(Claims("In the long run the deal will pay, he said.") ==
        V{"In the long run the deal will pay|he"});
}

TEST_CASE("\"to\" before a plural or an amount opens no infinitive but a listener") {
  CHECK(Claims("The founder has apologised to investors who lost money in the collapse.") == V{});
  CHECK(Claims("The government has written to two of the men freed from the camp.") == V{});
  CHECK(Claims("He agreed to discuss the plan with the unions.") ==
        V{"to discuss the plan with the unions|He"});
}

TEST_CASE("a cue in an infinitive reports nothing; the main verb's claim keeps it") {
  CHECK(Claims("The regulator said the bank failed to promptly inform shareholders that it had "
               "begun talks.") ==
        V{"the bank failed to promptly inform shareholders that it had begun talks|The regulator"});
  CHECK(Claims("He declined to confirm or deny that the council had recommended the plan.") == V{});
}

TEST_CASE("according to, before and after the claim") {
  CHECK(Claims("According to the police, two men were held overnight.") ==
        V{"two men were held overnight|the police"});
  CHECK(Claims("Two men were held overnight, according to the police.") ==
        V{"Two men were held overnight|the police"});
}

TEST_CASE("a participle's clause is the claim of the main clause's subject") {
  CHECK(Claims("Stressing that the deal was fair, the officer said it would last.")[0] ==
        "the deal was fair|the officer");
}

TEST_CASE("quotes next to their cue are direct claims of its speaker") {
  ClaimDrafts d("“We will win the final,” said Petra Halvorsen.");
  REQUIRE(d.claims.size() == 1);
  CHECK(d.claims[0].mark == 0);
  CHECK(d.claims[0].direct);
  CHECK(d.Summary() == V{"We will win the final,|Petra Halvorsen"});
  CHECK(d.f.text().marks()[0].claimed);
}

TEST_CASE("a quote inside a reported clause is a partial quote of the same claim") {
  ClaimDrafts d("The officer told The Post that the branch is becoming “bolder” every year.");
  REQUIRE(d.claims.size() == 1);
  CHECK(d.claims[0].mark == -1);
  REQUIRE(d.f.text().marks().size() == 1);
  CHECK(d.f.text().marks()[0].claimed);
  CHECK(d.f.text().marks()[0].claim == 0);
}

TEST_CASE("a quote no cue claims carries on its paragraph's claim") {
  ClaimDrafts d(
      "Petra Halvorsen said the team was ready. “We trained all winter for this.”\n\n"
      "“Nobody expected it,” she added.");
  const V summary = d.Summary();
  REQUIRE(summary.size() == 3);
  CHECK(summary[0] == "the team was ready|Petra Halvorsen");
  CHECK(summary[1] == "Nobody expected it,|she");
  CHECK(summary[2] == "We trained all winter for this.|Petra Halvorsen");
  CHECK(d.claims[2].inherit_from == 0);
  CHECK(d.claims[2].how == "speaker:continues_quote");
}

TEST_CASE("speakers past adverbs, shared by coordinated cues; no list items") {
  CHECK(Claims("Trump has sharply criticized free-trade deals and called for steep new tariffs "
               "on goods.") == V{"free-trade deals|Trump", "steep new tariffs on goods|Trump"});
  CHECK(Claims("Lisa Power, head of policy at the Terrence Higgins Trust said the policy was "
               "wrong.") == V{"the policy was wrong|Lisa Power"});
  // A speaker's words do not run into a list item.
  CHECK(Claims("The plan includes more hearings before court cases\n - Better access to legal "
               "disputes for parents who need them") == V{});
  // "described" without quotes says its object.
  CHECK(Claims("Jo-Renee Formicola, a professor, described Trump's approach as lowering "
               "expectations.") ==
        V{"Trump's approach as lowering expectations|Jo-Renee Formicola"});
}

TEST_CASE("speakers: dashes, connectives, times, names with postmodifiers; no listeners") {
  ClaimDrafts dashed(
      "But the figures - revised after an audit which led to the sacking of the chief - showed "
      "revenue was about 4% higher than first thought.");
  CHECK(dashed.Summary() == V{"revenue was about 4% higher than first thought|the figures"});
  CHECK(dashed.f.Words(dashed.claims[0].apposition) ==
        "revised after an audit which led to the sacking of the chief");
  CHECK(Claims("However, their losses were smaller, saying that reinsurers would pay.") ==
        V{"reinsurers would pay|their losses"});
  CHECK(Claims("Mr Howard last week said his team had reached a view.") ==
        V{"his team had reached a view|Mr Howard"});
  ClaimDrafts from(
      "\"Everything is going digital,\" Kirsten Pfeifer from the Consumer Electronics "
      "Association, told the BBC News website.");
  CHECK(from.Summary() == V{"Everything is going digital,|Kirsten Pfeifer"});
  // After "told" stands the listener: no speaker there.
  CHECK(Claims("\"Everything is going digital,\" told the BBC News website.") == V{});
  // A listener's clause opens at its pronoun.
  CHECK(Claims("Lindsay told the BBC it was not yet a done deal.") ==
        V{"it was not yet a done deal|Lindsay"});
  // An amount is no object of what is said.
  CHECK(Claims("The British public has pledged £76m in aid.") == V{});
}

TEST_CASE("frames, according to after a conjunction, coordinated cues report after") {
  // "It is understood that": the subject after the frame.
  CHECK(Claims("It is understood that the board also considered the offer and asked him to "
               "stay on.") == V{"to stay on|the board"});
  CHECK(Claims("Cable firms are bound to increase bandwidth and, according to an ntl "
               "spokesman, the firm will test faster services soon.") ==
        V{"the firm will test faster services soon|an ntl spokesman"});
  // "said ... and thanked fans": nothing before the speaker is the second cue's.
  CHECK(Claims("In an interview with Cadena SER, Assuncao said he hoped to return soon and "
               "thanked fans for hundreds of messages of support.") ==
        V{"he hoped to return soon|Assuncao"});
}

TEST_CASE("words before a cue that are a clause make no speaker, before or after it") {
  CHECK(Claims("Charles Kennedy is far too canny to make any grand claims about how his party "
               "may fare at the election.") == V{});
}

TEST_CASE("a few quoted words inside an apposition stay in it") {
  ClaimDrafts d(
      "The author's sources, all unnamed \"allies\" of the minister, said the two men "
      "argued.");
  CHECK(d.Summary() == V{"the two men argued|The author's sources", "allies|The author's sources"});
}

TEST_CASE("relative clauses with a subject of their own, between dashes; pronoun subjects") {
  CHECK(Claims("The SEC filed charges against James Tambone, who it says headed the sales "
               "operations.") == V{"headed the sales operations|it"});
  CHECK(Claims("The IAAF - which said it was very surprised by the decision - is deciding "
               "whether to appeal.") == V{"it was very surprised by the decision|The IAAF"});
  CHECK(Claims("He was sharp and she still thinks he is in great shape.") ==
        V{"he is in great shape|she"});
}

TEST_CASE("an interrupting attribution, \"that\" as an object, infinitives, listeners") {
  // The attribution interrupts the clause: the whole sentence is the claim.
  CHECK(Claims("The problem with the film, he believed, was that the panel may have been "
               "cautious.") ==
        V{"The problem with the film, he believed, was that the panel may have been "
          "cautious|he"});
  CHECK(Claims("It is the prime minister who, he claims, is ramming the measures through.") ==
        V{"It is the prime minister who, he claims, is ramming the measures through|he"});
  // No clause after a dash: the words before the speaker.
  CHECK(Claims("The economy picked up speed in 2004, official figures show - but still fell "
               "short.") == V{"The economy picked up speed in 2004|official figures"});
  // "denied that," reports nothing; the participle's clause is the claim.
  CHECK(Claims("But he denied that, saying he was happy to take on the challenge.") ==
        V{"he was happy to take on the challenge|he"});
  // A listener ends where a possessive opens a clause.
  CHECK(Claims("David Davis told BBC Radio Four's the World at One his primary concern was "
               "justice.") == V{"his primary concern was justice|David Davis"});
  // "promised to increase ...": no listener to skip.
  CHECK(Claims("He promised to increase free nursery education for three-year-olds to 15 "
               "hours.") ==
        V{"to increase free nursery education for three-year-olds to 15 hours|He"});
  // A clause before the commas: the speaker follows the cue.
  CHECK(Claims("Sales have tripled since launch, outstripping the Xbox, said market analysts "
               "Chart-Track.") ==
        V{"Sales have tripled since launch, outstripping the Xbox|market analysts Chart-Track"});
}

TEST_CASE("questions, subordinate speakers, prepositions, appositions after according to") {
  CHECK(Claims("A hearing next month will rule whether the US court has jurisdiction.") == V{});
  CHECK(Claims("Sales rose by 40% in 2004 although the firm warned of lower margins this year.") ==
        V{});
  CHECK(Claims("Of those 300 Department of Health posts will go to Yorkshire.") == V{});
  ClaimDrafts d("According to Pat Ferguson, President of AMBO, work on the pipeline will begin.");
  CHECK(d.Summary() == V{"work on the pipeline will begin|Pat Ferguson"});
  CHECK(d.f.Words(d.claims[0].apposition) == "President of AMBO");
  CHECK(Claims("According to officials, the plan, which cost millions, failed.") ==
        V{"the plan, which cost millions, failed|officials"});
  // "added" with an object and no clause is no speech.
  CHECK(Claims("Roger Federer added the Dubai trophy to his long list of successes.") == V{});
  CHECK(Claims("He added the company would cut 500 jobs.") ==
        V{"the company would cut 500 jobs|He"});
}

TEST_CASE("relative clauses after a cue, unfinished clauses, questions, inclusions") {
  CHECK(Claims("Supplies stopped in a price dispute that threatened the economy.") == V{});
  CHECK(Claims("The economy is expanding at a healthy rate, with 7.9% growth expected this "
               "year.") == V{});
  CHECK(Claims("Asked if he would quit, he said no.") == V{});
  ClaimDrafts d(
      "US companies, including those in the airline, car-making and steel industries, had "
      "argued the rule change would cost jobs.");
  CHECK(d.Summary() == V{"the rule change would cost jobs|US companies"});
  CHECK(d.f.Words(d.claims[0].apposition) ==
        "including those in the airline, car-making and steel industries");
  // A three-letter participle opens a parenthetical too.
  CHECK(Claims("The company, led by Gerry Spindler, said it hoped to return to profit.") ==
        V{"it hoped to return to profit|The company"});
}

TEST_CASE("clause-only verbs report a clause, no object, nothing before, no speaker after") {
  CHECK(Claims("The court ruled the country for years.") == V{});
  CHECK(Claims("The court ruled that the law was unlawful.") ==
        V{"the law was unlawful|The court"});
  CHECK(Claims("The plan will fail, the court ruled.") == V{});
  CHECK(Claims("Rangers boss Alex McLeish accepted referee Dallas had no option.") ==
        V{"referee Dallas had no option|Rangers boss Alex McLeish"});
  // A clause has its subject before its verb: no infinitive, no auxiliary first, and not
  // the auxiliary of a relative clause after an object.
  CHECK(Claims("The awards proved to be a ratings loser for the network.") == V{});
  CHECK(Claims("The boom reflects optimism about the economy, which could grow by 4%.") == V{});
  CHECK(Claims("The survey proved that most firms were at risk.") ==
        V{"most firms were at risk|The survey"});
}

TEST_CASE("a long listener that ends the sentence; a description opened by where") {
  CHECK(
      Claims("\"The effect is the perception of the infallibility of science,\" he told the annual "
             "meeting of the American Association for the Advancement of Science.") ==
      V{"The effect is the perception of the infallibility of science,|he"});
  CHECK(Claims("They want a new house where social workers tell people how much money is "
               "available.") == V{});
}

TEST_CASE("no claim: nothing said, a question put, what one knows of a question") {
  CHECK(Claims("G20 finance ministers said nothing about supporting the dollar.") == V{});
  CHECK(Claims("The president was asked whether he thought the war had made the world less "
               "safe.") == V{});
  CHECK(Claims("You understand why the scenes were deleted from the film.") == V{});
  CHECK(Claims("Nicola Sturgeon has demanded to know who was responsible for the leave.") == V{});
  CHECK(Claims("He spoke of his grandmother, whom he described as his first acting teacher.") ==
        V{});
  CHECK(Claims("As an employer you will know that the tax take will rise.") == V{});
  CHECK(Claims("Every parent knows there are ingenious solutions to arguments.") == V{});
  CHECK(Claims("It came to the point where the gaming world felt more real than the real one.") ==
        V{});
  CHECK(Claims("Critics think that Angels is not really that good a song.") ==
        V{"Angels is not really that good a song|Critics"});
}

TEST_CASE("verbs of blame and praise: what the preposition after the object governs") {
  CHECK(Claims("Nicola Sturgeon accused Mr McLetchie of failing to properly serve his "
               "constituents.") == V{"failing to properly serve his constituents|Nicola Sturgeon"});
  CHECK(Claims("Dominic Grieve criticised the government on its plans to change the office.") ==
        V{"its plans to change the office|Dominic Grieve"});
  CHECK(Claims("MPs urged the head of the BBC to give watchdogs more freedom.") ==
        V{"to give watchdogs more freedom|MPs"});
}

TEST_CASE("an adverb before \"that\"; a time that opens the speaker's words") {
  CHECK(Claims("Microsoft has said repeatedly that it wants to be first to the market.") ==
        V{"it wants to be first to the market|Microsoft"});
  CHECK(Claims("This week opposition politicians had said the airline needed a decision.") ==
        V{"the airline needed a decision|opposition politicians"});
  CHECK(Claims("He resigned, and on Wednesday Prime Minister Yulia Tymoshenko said the government "
               "would act.") == V{"the government would act|Prime Minister Yulia Tymoshenko"});
}

TEST_CASE("no clause from an object joined to another clause; an adjective is no subject") {
  CHECK(Claims("Germany proposed a freeze last week and Canada has begun its own moratorium.") ==
        V{});
  CHECK(Claims("A previous estimate of 0.1% growth was downgraded to a 0.3% decline.") == V{});
}

TEST_CASE("an agreement is no claim; agreeing that a clause holds is") {
  CHECK(Claims("It agreed a content deal with video recorder company TiVo.") == V{});
  CHECK(Claims("SBC Communications agreed to buy its former parent AT&T for about $16bn.") == V{});
  // Writing a song is no claim; writing that a clause holds is.
  CHECK(Claims("He wrote a song about the singer and her husband in the 1960s.") == V{});
  CHECK(Claims("He wrote the band had split in 1998.") == V{"the band had split in 1998|He"});
  // A speaker after the cue is a noun phrase, never one opened by a preposition.
  CHECK(Claims("It will not be in place before the election, widely predicted for May.") == V{});
  CHECK(Claims("The panel agreed the plan would work.") == V{"the plan would work|The panel"});
}

TEST_CASE("a negated infinitive after a listener; an apposition after an inverted speaker") {
  CHECK(Claims("In an open letter, he called on them not to turn the election into a contest.") ==
        V{"not to turn the election into a contest|he"});
  CHECK(Claims("Investment from abroad is still warmly welcomed, insists Mr Hadi, an Iraqi who "
               "left the country three decades ago.") ==
        V{"Investment from abroad is still warmly welcomed|Mr Hadi"});
  // A clause of its own opens after "and" only with a subject of words alone before its cue.
  CHECK(Claims("He believes the rivalry between Google and Yahoo is overblown and instead thinks "
               "the real battle is between Yahoo and MSN.") ==
        V{"the rivalry between Google and Yahoo is overblown|He",
          "the real battle is between Yahoo and MSN|He"});
}

TEST_CASE("a place before lower-case words up to a plural noun modifies them") {
  CHECK(Claims("UK critics favour The Aviator, but believe the director title will be close.") ==
        V{"the director title will be close|UK critics"});
}

TEST_CASE("speakers: nouns in -ly, a passive's agent; no speaker cut by a quote") {
  CHECK(Claims("The actor has died in a London hospice, his family has announced.") ==
        V{"The actor has died in a London hospice|his family"});
  CHECK(Claims("He announced plans to merge 35 agencies - described by one civil service union "
               "as a \"bonfire of the quangos\".") ==
        V{"bonfire of the quangos|one civil service union"});
  CHECK(Claims("Alastair Campbell, now at Labour, says a \"touchy-feely\" image does not fit.") !=
        V{"Alastair Campbell, now at Labour|a"});
  CHECK(Claims("He was confident, saying in an interview with the Financial Times that the "
               "case had no legs.") == V{"the case had no legs|He"});
}

TEST_CASE("listeners end before a determiner; speakers hold no verb phrase nor another cue") {
  CHECK(Claims("Michael Ancram told MPs a new White Paper was part of a plan to soften up "
               "opinion.") == V{"a new White Paper was part of a plan to soften up opinion|Michael "
                                "Ancram"});
  CHECK(Claims("She told reporters at the White House the plan would fail.") ==
        V{"the plan would fail|She"});
  CHECK(Claims("And he again heaped praise on Mr Brown saying he was doing a great job.") ==
        V{"he was doing a great job|he"});
  // ("Brown's Britain" between commas is the book's title: the book speaks.)
  CHECK(Claims("The book, Brown's Britain, said Tony Blair felt by November he had lost "
               "voters' trust.")
            .front() == "Tony Blair felt by November he had lost voters' trust|The book");
  // Interrupted after a subject clause: the whole sentence is what is believed.
  CHECK(Claims("What this is really about, believes Mr Blair, is the Tories spotting a chance.") ==
        V{"What this is really about, believes Mr Blair, is the Tories spotting a chance|Mr "
          "Blair"});
}

TEST_CASE("a dateline with its date is no part of the speaker") {
  CHECK(Claims("LONDON, March 14 (Reuters) - The Chamber of Commerce said the strike could cost "
               "millions.") == V{"the strike could cost millions|The Chamber of Commerce"});
}

TEST_CASE("a claim before its source ends at a comma, a dash or a quotation mark") {
  // Words that run into the cue are its subject: no claim, and no speaker after it.
  CHECK(Claims("The confectionery firm, Cadbury Schweppes, has reported a modest rise in "
               "profits.") == V{});
  CHECK(Claims("The figures were twice what it estimated.") == V{});
  CHECK(Claims("The plan will fail, the minister said.") == V{"The plan will fail|the minister"});
  // A few words after the closing mark describe the speaker.
  CHECK(Claims("\"The index is the only instrument,\" CME special counsel Leo Melamed said.")
            .size() == 1);
  // An apposition before the name is the speaker's, not the claim's.
  CHECK(Claims("The woman waited two years to sue, her lawyer, Perry Wander, said.") ==
        V{"The woman waited two years to sue|Perry Wander"});
}

TEST_CASE("speakers after a participle phrase and before a subordinate clause") {
  CHECK(Claims("Looking further ahead, the MDA's chairman Mike Short, has predicted that more "
               "people will go online.") ==
        V{"more people will go online|the MDA's chairman Mike Short"});
  CHECK(Claims("\"The White House needs all the strength it can get,\" said one source when "
               "asked about it.")
            .size() == 1);
}

TEST_CASE("a wire story's headline and dateline are no part of its first claim") {
  CHECK(Claims("GREECE PLANS TO REDUCE BORROWING\nATHENS, March 4 - Greece aims to reduce "
               "foreign borrowing this year, the governor said.") ==
        V{"Greece aims to reduce foreign borrowing this year|the governor"});
  CHECK(Claims("JAPAN WILL NOT EASE CREDIT - OFFICIALS\nTOKYO, April 24 - The Bank of Japan "
               "does not intend to ease credit, officials said.") ==
        V{"The Bank of Japan does not intend to ease credit|officials"});
  CHECK(Claims("SWAP DEALERS UNVEIL CONTRACT\nLondon, March 4 - The dealers have developed a "
               "standard contract, a spokesman said.") ==
        V{"The dealers have developed a standard contract|a spokesman"});
  // A score is no dateline.
  CHECK(Claims("The score was 3 - 1 at half time, the club said.") ==
        V{"The score was 3 - 1 at half time|the club"});
}

TEST_CASE("an object after a comma, a listener after \"to\", a noun after \"that\"") {
  // The verb after a comma and a pronoun is another clause's.
  CHECK(Claims("Michael Howard has now accepted the MP's resignation, it has been announced.") ==
        V{});
  // "to" before a noun phrase is a preposition: a listener, then what is said, or nothing.
  CHECK(Claims("But Mr Caborn responded to the concerns raised by the committee.") == V{});
  CHECK(Claims("The athlete complained to her coach after the race that she could not breathe.") ==
        V{"she could not breathe|The athlete"});
  CHECK(Claims("The union agreed to a contract that cuts pay by nearly 10%.") == V{});
  // "Describing that first meeting": "that" opens a noun phrase, not a clause.
  CHECK(Claims("Describing that first meeting at the station, he said it was a shock.") ==
        V{"it was a shock|he"});
}

TEST_CASE("who says it after \"by\": a passive's agent, and \"by saying\"") {
  CHECK(Claims("The bill was backed by some hi-tech firms, saying they needed its protections.") ==
        V{"they needed its protections|some hi-tech firms"});
  CHECK(Claims("The guitarist is being sued by his ex-girlfriend for $10 million, claiming he "
               "broke a promise.") == V{"he broke a promise|his ex-girlfriend"});
  CHECK(Claims("The president responded to a mother by saying his policy was working.") ==
        V{"his policy was working|The president"});
  // Not a verb that takes an object: "cooperate by disclosing".
  CHECK(Claims("The exchange will cooperate with regulators by disclosing its orders.") == V{});
  // A noun cue inside a speaker: "the first grand slam of 2005".
  CHECK(Claims("The organisers of the first grand slam of 2005, which begins in January, said "
               "the American has a problem.") ==
        V{"the American has a problem|The organisers of the first grand slam of 2005"});
}

TEST_CASE("no claim in a purpose clause or after a passive participle with \"with\"") {
  CHECK(Claims("A student has developed software that turns colours into musical notes so that "
               "he can read weather maps.") == V{});
  CHECK(Claims("The trend will continue, with shipments of consumer technologies expected to "
               "grow by 11% again in 2005.") == V{});
  // An absolute phrase with a verb of speech in -ing still reports.
  CHECK(Claims("Berlin welcomed the decision, with finance minister Hans Eichel saying it "
               "showed the policy was right.") ==
        V{"it showed the policy was right|finance minister Hans Eichel"});
}

TEST_CASE("speakers: a title between an organisation and a name, and after \"why\"") {
  CHECK(Claims("Liberal Democrat spokesman Mark Oaten called the change pragmatic and argued "
               "it gave a better chance of a solution.")
            .back() ==
        "it gave a better chance of a solution|Liberal Democrat spokesman Mark Oaten");
  CHECK(Claims("That's why the Kok report recommends that the targets be narrowed down.") ==
        V{"the targets be narrowed down|the Kok report"});
  // A clause inside the reason of a verb of blame is part of it.
  CHECK(Claims("Unions accuse Wal-Mart of paying staff less than its rivals do.") ==
        V{"paying staff less than its rivals do|Unions"});
}

TEST_CASE("\"that\" as a determiner; a phrase between commas before \"that\"; \"how much\"") {
  CHECK(Claims("Mr Blair directly denied that quote on Wednesday.") == V{});
  CHECK(Claims("The study found that one in five post something on the net every day.") ==
        V{"one in five post something on the net every day|The study"});
  CHECK(Claims("Apple said in the complaint, filed on 13 December, that it did not know the "
               "names.") == V{"it did not know the names|Apple"});
  CHECK(Claims("Ben Love did not elaborate on how much the bank expected earnings to increase.") ==
        V{});
}

TEST_CASE("\"that\" as a subject; a participle's object; a possessive apostrophe") {
  CHECK(Claims("He feels that is now coming back to haunt him.") ==
        V{"that is now coming back to haunt him|He"});
  CHECK(Claims("Economists suggested that should markets slump, rates may have to fall.") ==
        V{"should markets slump, rates may have to fall|Economists"});
  CHECK(Claims("Echoing Secretary of State Condoleezza Rice, the prime minister said there has "
               "been a clear change of policy.") ==
        V{"there has been a clear change of policy|the prime minister"});
  const V told = Claims("He told ITV Wales' Waterfront programme: \"That contest is far away.\"");
  REQUIRE(told.size() == 1);
  CHECK(told[0].find("Waterfront") == std::string::npos);
}

TEST_CASE("what a cue is about, and a comparison, are no claim") {
  CHECK(Claims("Investors worried about the costs of rebuilding the region.") == V{});
  CHECK(Claims("This perhaps said more about how people perceive the technology.") == V{});
  CHECK(Claims("McAuliffe said about 20 people have indicated an interest.") ==
        V{"about 20 people have indicated an interest|McAuliffe"});
}

TEST_CASE("a claim keeps its per cent sign; two cue words; a listener that ends the sentence") {
  CHECK(Claims("Sales rose 12.4%, the company said.") == V{"Sales rose 12.4%|the company"});
  CHECK(Claims("It will also see more jobs created in India, advocates argue.") ==
        V{"It will also see more jobs created in India|advocates"});
  CHECK(Claims("\"It is hard to put a date on it,\" a spokesman confirmed to BBC Sport.") ==
        V{"It is hard to put a date on it,|a spokesman"});
}

TEST_CASE("a verb that characterises its object makes no claim (describes=1)") {
  CHECK(Claims("Azmat Begg thanked his lawyers for the support he had received while "
               "campaigning.") == V{});
  CHECK(Claims("Smith thanked the fans for the support they had given him.") == V{});
}

TEST_CASE("another sense before a particle (other_sense=), and a negation in one word") {
  CHECK(Claims("David Klein, who often argued with the Finance Ministry, steps down.") == V{});
  CHECK(Claims("I don't recall the invitation to vote for this bland rubbish.") == V{});
  CHECK(Claims("I cannot think of a single example where this has made any difference.") == V{});
  CHECK(Claims("He argued that the plan would fail.") == V{"the plan would fail|He"});
}

TEST_CASE("a plural possessive's apostrophe is no quotation mark; a speaker is no preposition") {
  CHECK(Claims("Investigations carried out in the wake of Ms Hughes' resignation found more "
               "than 7,000 people had entered.")
            .front()
            .ends_with("|Investigations carried out in the wake of Ms Hughes' resignation"));
  CHECK(Claims("Jones' lawyer Richard Nicholls said the claims were not credible.") ==
        V{"the claims were not credible|Jones' lawyer Richard Nicholls"});
  CHECK(Claims("The department suffered from an \"unusually high turnover\" of staff, which had "
               "\"seriously interfered\" with its work, said the committee.")
            .front()
            .ends_with("|the committee"));
}

TEST_CASE("\"according to\" without a comma; a semicolon for a colon; a noun cue that ends") {
  CHECK(Claims("According to Microsoft the messages were sent via compromised addresses.") ==
        V{"the messages were sent via compromised addresses|Microsoft"});
  CHECK(Claims("The children have failed in their asylum claims.") == V{});
  CHECK(Claims("The plan will fail, a new book about the chancellor claims.") ==
        V{"The plan will fail|a new book about the chancellor"});
}

TEST_CASE("the speaker of \"what X says\", \"in what X calls\"") {
  CHECK(Claims("It opened missions in response to what the government says are changing "
               "needs.") == V{"what the government says are changing needs|the government"});
}

TEST_CASE("\"according to\" between commas inside a clause that goes on") {
  CHECK(Claims("Among the biggest laggards, according to the report, were Italy and Spain.") ==
        V{"Among the biggest laggards, according to the report, were Italy and Spain|the report"});
  CHECK(Claims("Prices rose sharply, according to the report.") ==
        V{"Prices rose sharply|the report"});
}

TEST_CASE("a relative clause's claim that opens with a conditional runs past its comma") {
  CHECK(Claims("He answered people who said that if there had been a quota, his parents would "
               "not have come, and left.")
            .front() == "if there had been a quota, his parents would not have come|who=people");
}

TEST_CASE("an interrupted clause after a name; hyphens and ages in a subject") {
  CHECK(Claims("For BT Retail, she said, the service could be a way of gaining share.") ==
        V{"For BT Retail, she said, the service could be a way of gaining share|she"});
  CHECK(Claims("A chief constable has backed 24-hour drinking, saying police had a duty to act.") ==
        V{"police had a duty to act|A chief constable"});
  CHECK(Claims("The 28-year-old believes his decision will bring the rewards.") ==
        V{"his decision will bring the rewards|The 28-year-old"});
}

TEST_CASE("\"maintain\" reports a clause, not an object") {
  CHECK(Claims("Wales maintained their superb start to this year's tournament.") == V{});
  CHECK(Claims("Yukos maintains the forced auction is illegal.") ==
        V{"the forced auction is illegal|Yukos"});
}

TEST_CASE("a place that modifies words before a verb; \"with\" opens no claim") {
  const V lending = Claims(
      "UK mortgage lending showed a lull in January, indicating a slowing "
      "housing market, lenders have said.");
  CHECK(std::find(lending.begin(), lending.end(), "a slowing housing market|UK mortgage lending") !=
        lending.end());
  CHECK(Claims("The code matches the information they expect with the customer's unique key.") ==
        V{});
}

TEST_CASE("a phrase before a speaker's name that no comma sets off is no part of it") {
  CHECK(Claims("During the interview Mr Blair said the plan would work.") ==
        V{"the plan would work|Mr Blair"});
  CHECK(Claims("Outgoing Leeds chairman Gerald Krasner said the club would survive.") ==
        V{"the club would survive|Outgoing Leeds chairman Gerald Krasner"});
}

TEST_CASE("the words after a cue: a subject in a determiner, a relative clause, a topic") {
  // "this" opens the reported clause's subject, not an adverbial ("this week").
  CHECK(Claims("Mr Herren says this would vastly improve the schools.") ==
        V{"this would vastly improve the schools|Mr Herren"});
  CHECK(Claims("Funaro said this attitude would not help resolve the crisis.") ==
        V{"this attitude would not help resolve the crisis|Funaro"});
  // An object with a relative clause is no reported clause.
  CHECK(Claims("Yesterday someone e-mailed me a document that had been compressed.") == V{});
  // After a listener and an adverbial, "that was ..." is a relative clause.
  CHECK(Claims("Ms Merkel told reporters after the meeting that was held on a boat.") == V{});
  // What a story tells "of" is its topic, not a claim; "said of X: “...”" quotes.
  CHECK(Claims("The books tell of a battle against the church and a fight to overthrow God.") ==
        V{});
  CHECK(Claims("Mr Straw said of the Tory leader: \"He is clever, but he is not wise.\"") ==
        V{"He is clever, but he is not wise.|Mr Straw"});
  CHECK(Claims("\"Money seems to be chasing yields,\" William Byers said of the rate.") ==
        V{"Money seems to be chasing yields,|William Byers"});
}

TEST_CASE("the words before a speaker: a colon ends them, a number runs into the speaker") {
  CHECK(Claims("Melancholia looks at the war in Chechnya: The Journey tells the story of a UN "
               "mission.") == V{});
  CHECK(Claims("But in 1946 Winston Churchill told us.") == V{});
  CHECK(Claims("But in 1946 Winston Churchill told us - an Iron Curtain has descended.") ==
        V{"an Iron Curtain has descended|Winston Churchill"});
}

TEST_CASE("the cues inside what is rejected or refuted make no claims") {
  // (The rejected words are a claim with the stance "rejects": attribution_test.cc.)
  CHECK(Claims("Mr Sullivan rejects a suggestion that he had once told board member Bert Roberts "
               "that Mr Ebbers was unaware of the fraud.")
            .size() == 1);
  CHECK(Claims("Mr Sullivan refutes a suggestion that he had once told board member Bert Roberts "
               "that Mr Ebbers was unaware of the fraud.") == V{});
  // A relative clause after a comma has a speaker of its own.
  CHECK(Claims("The office refuted Biogen's claim, which Biogen said it will appeal once it "
               "receives an opinion.") == V{"it will appeal once it receives an opinion|Biogen"});
}

TEST_CASE("a clause of time after the cue says when, not what") {
  CHECK(Claims("He said as he left the court that he was innocent.") == V{});
  CHECK(Claims("Morgan has had no contact, blaming indecision at board level as he withdrew his "
               "offer.") == V{});
  CHECK(Claims("He said although the plan was good it would fail.") ==
        V{"although the plan was good it would fail|He"});
  CHECK(Claims("Bank of Tokyo said as lead manager.") == V{});
  CHECK(Claims("Gros said when asked about the prospect of loans.") == V{});
  // A clause after the phrase's comma, or an amount, is what is said.
  CHECK(Claims("Taylor said before last week's fire, the company had had one accident.") ==
        V{"before last week's fire, the company had had one accident|Taylor"});
  CHECK(Claims("He said as many as 3,000 firms could be included.") ==
        V{"as many as 3,000 firms could be included|He"});
}

TEST_CASE("the subject of a sentence says what its participle reports") {
  CHECK(Claims("Morgan, however, has had no contact, blaming indecision at board level.") ==
        V{"indecision at board level|Morgan"});
  CHECK(Claims("A New York judge has closed the divorce file, saying the courts have no "
               "business deciding it.") ==
        V{"the courts have no business deciding it|A New York judge"});
}

TEST_CASE("a speaker's relative clause and possessive") {
  CHECK(Claims("A 2014 study that appeared in the British Medical Journal found that research "
               "contradicted his advice.") == V{"research contradicted his advice|A 2014 study"});
  CHECK(Claims("Hillary Clinton's campaign manager Robby Mook said nothing, arguing that Trump "
               "lashed out at generals.") ==
        V{"Trump lashed out at generals|Hillary Clinton's campaign manager Robby Mook"});
}

TEST_CASE("no speaker opens with a participle or with amid, despite, against, without") {
  CHECK(Claims("The newspaper said it was in the public interest, based on documents found in "
               "Baghdad.") == V{"it was in the public interest|The newspaper"});
  CHECK(Claims("Airlines have faced tough conditions in recent years, amid terrorism fears since "
               "the attack.") == V{});
}

TEST_CASE("a cue after a plural possessive is a noun; an organisation's people speak") {
  CHECK(Claims("The government shunned opponents' calls for free long-term care.") == V{});
  CHECK(Claims("Investors' worries over the twin deficits have intensified.") == V{});
  // After a preposition and an adjective too; not after "of" and a plural.
  CHECK(Claims("All this came amid fresh claims Mr Brown was still seething at his exclusion.") ==
        V{});
  CHECK(Claims("A number of fans questioned Gerrard's commitment and branded his goal a "
               "disaster.")
            .size() == 1);
  CHECK(Claims("It was 'the end of the good times' said Mr Brown.") ==
        V{"the end of the good times|Mr Brown"});
  CHECK(Claims("Tory delegates are gathering for their last conference, declaring Britain needs "
               "a change at the top.") == V{"Britain needs a change at the top|Tory delegates"});
  // Not a verb in -s: "The Senate takes up".
  CHECK(Claims("The Fed lifted borrowing costs, citing evidence the recovery was robust.") ==
        V{"evidence the recovery was robust|The Fed"});
}

TEST_CASE("claim ends: an opening adverbial's comma, an apposition after but, a dateline") {
  CHECK(Claims("She told the court that in the aftermath of the broadcast, a lawyer had told her "
               "the mother would be smeared.") ==
        V{"in the aftermath of the broadcast, a lawyer had told her the mother would be "
          "smeared|She"});
  CHECK(Claims("US Customs claimed Mr Griffiths was one of the leaders but his lawyer, Antony "
               "Townsden, told the BBC it was a laughable suggestion.") ==
        V{"Mr Griffiths was one of the leaders|US Customs",
          "it was a laughable suggestion|Antony Townsden"});
  // A dateline is no claim of the speaker after it.
  CHECK(Claims("ROCKWELL IN PACT\nCHICAGO, June 2 - Rockwell International Corp said it and "
               "U S West Inc, a subsidiary, agreed.") == V{});
}

TEST_CASE("a verb that describes says something of its object only with as") {
  CHECK(Claims("Its text bears all the bad spelling that characterises many other phishing "
               "attempts.") == V{});
  CHECK(Claims("He characterised the plan as a failure of nerve.") ==
        V{"the plan as a failure of nerve|He"});
}

TEST_CASE("nouns in -s before a comma, 'find out', a relative clause with its own subject") {
  CHECK(Claims("These came as forays into dance music, plus wildly extravagant stage shows, while "
               "still trying to retain their appeal.") == V{});
  CHECK(
      Claims("It is the prime minister who, he claims, is ramming the measures through.").size() ==
      1);
  CHECK(Claims("Paul Bosvelt will find out within a month whether he is to be offered a deal.") ==
        V{});
  CHECK(Claims("They lack control over their operations, a situation which critics say is more "
               "transparent.") == V{});
}

TEST_CASE("'says so' reports nothing; 'I' in a quote left open is no source") {
  CHECK(Claims("He says so himself in a matter-of-fact way as he recalls the accident.") == V{});
  CHECK(Claims("He said so far 20 people had died in the floods.") ==
        V{"so far 20 people had died in the floods|He"});
  CHECK(Claims("\"It is hard,\" he said.\n\n\"What does not kill you makes you stronger. I know I "
               "can come back from this and that is all that matters.\n") == V{"It is hard,|he"});
  // The writer's own "I think" is the writer's claim.
  CHECK(Claims("I think the plan will fail badly.") == V{"the plan will fail badly|I"});
  CHECK(Claims("We said the plan would fail badly.") == V{"the plan would fail badly|We"});
}

TEST_CASE("an object's relative clause with a cue is the claim; a question after a listener") {
  CHECK(Claims("Gordon Brown has criticised a union leader who said conflict between himself and "
               "Tony Blair was harming the government.") ==
        V{"conflict between himself and Tony Blair was harming the government|who=a union leader"});
  CHECK(Claims("Michael Fallon asked Mr Brown whether the Treasury had leaned on the ONS.") == V{});
}

TEST_CASE("evidence shows; a person who shows something demonstrates it") {
  CHECK(Claims("Figures gathered by Continental Research showed that 36% of users never sent "
               "a message.") ==
        V{"36% of users never sent a message|Figures gathered by Continental Research"});
  CHECK(Claims("The report was published on Monday. It showed that sales had fallen sharply.") ==
        V{"sales had fallen sharply|It"});
  CHECK(Claims("Wayne Rooney showed that he can still score from a free kick.") == V{});
  CHECK(Claims("The captain was superb. He showed he can control a game.") == V{});
}

TEST_CASE("a name before a noun is no clause's subject") {
  CHECK(Claims("The Peter Hain \"mongrel\" attack, he says, is just the latest example of the "
               "party getting the tone wrong.")[0] ==
        "The Peter Hain \"mongrel\" attack, he says, is just the latest example of the party "
        "getting the tone wrong|he");
}

}  // namespace
}  // namespace claimscope::internal
