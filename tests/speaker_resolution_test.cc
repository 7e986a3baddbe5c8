// Speaker resolution (engine/src/claims/speaker_resolution.h): who the words naming a speaker
// stand for, on small texts and on hand-made speakers.
#include "claims/speaker_resolution.h"

#include <doctest/doctest.h>

#include "claim_drafts.h"
#include "doctest_printers.h"

namespace claimscope::internal {
namespace {

// The resolved speakers of every claim of `d`.
std::vector<SpeakerInfo> ResolveSpeakers(const ClaimDrafts& d) {
  Anonymity anonymity;
  anonymity.Find(d.f.text(), d.f.lexicons(), d.f.units, d.f.hits);
  SpeakerResolver resolver;
  resolver.Index(d.f.text(), d.f.lexicons(), d.f.units, d.f.hits);
  std::vector<SpeakerInfo> speakers;
  resolver.ResolveAll(d.f.text(), anonymity, d.claims, &speakers);
  return speakers;
}

// "words -> resolved (kind, anonymous|named)" for every claim's speaker.
std::vector<std::string> Speakers(std::string text) {
  const ClaimDrafts d(std::move(text));
  std::vector<std::string> out;
  for (const SpeakerInfo& info : ResolveSpeakers(d)) {
    const Speaker& s = info.speaker;
    out.push_back(std::string(d.f.record.Slice(s.span)) + " -> " + s.resolved + " (" +
                  SpeakerKindName(s.kind) + ", " + (s.anonymous ? "anonymous" : "named") + ")");
  }
  return out;
}

using V = std::vector<std::string>;

// "words: gender [evidence ...]" for every person speaker (the others have none).
std::vector<std::string> Genders(std::string text) {
  const ClaimDrafts d(std::move(text));
  std::vector<std::string> out;
  for (const SpeakerInfo& info : ResolveSpeakers(d)) {
    const Speaker& s = info.speaker;
    if (s.kind != SpeakerKind::kPerson) continue;
    std::string line = std::string(d.f.record.Slice(s.span)) + ": " + GenderName(s.gender);
    for (const GenderEvidence bit : kGenderEvidenceKinds) {
      if ((s.gender_evidence & bit) != 0) line.append(" ").append(GenderEvidenceName(bit));
    }
    out.push_back(line);
  }
  return out;
}

TEST_CASE("named people, organisations and places speak as themselves") {
  CHECK(Speakers("Lena Okoro said the rate would rise.") ==
        V{"Lena Okoro -> Lena Okoro (person, named)"});
  CHECK(Speakers("Russia said the talks would resume soon.") ==
        V{"Russia -> Russia (place, named)"});
}

TEST_CASE("pronouns stand for the last compatible speaker") {
  CHECK(Speakers("Lena Okoro said the rate would rise. She said inflation had peaked.") ==
        V{"Lena Okoro -> Lena Okoro (person, named)", "She -> Lena Okoro (person, named)"});
  // No speaker before it: the pronoun stays unknown.
  CHECK(Speakers("He said the rate would rise.") == V{"He ->  (unknown, named)"});
}

TEST_CASE("a personal pronoun is the person the narration named last, of its gender") {
  // Named but not yet a speaker: the subject of the sentence before.
  CHECK(Speakers("Prime Minister Yasuhiro Nakasone called for action against members who oppose "
                 "the tax. \"There are some who object,\" he told a meeting.")
            .back() == "he -> Yasuhiro Nakasone (person, named)");
  // Closer than the last speaker.
  CHECK(Speakers("Rei Shiratori said the tax was dead. Seizaburo Sato thought otherwise. "
                 "\"The vote will pass,\" he said.")
            .back() == "he -> Seizaburo Sato (person, named)");
  // The subject, not a person named later in its sentence.
  CHECK(Speakers("Mr Brown met President Bush on Monday. He said the talks went well.") ==
        V{"He -> Brown (person, named)"});
  // "she" passes over a man; names in what a claim reports are no antecedents.
  CHECK(Speakers("Mrs Okoro met Mr Tanaka. She said the rate would rise.") ==
        V{"She -> Okoro (person, named)"});
  CHECK(
      Speakers("Lena Okoro said Tomas Reyes would resign. She said the rate would rise.").back() ==
      "She -> Lena Okoro (person, named)");
  // A surname alone says nothing of gender ("Kennedy" is a woman's given name too).
  CHECK(Speakers("Kennedy's optimism\n\nCharles Kennedy is canny. \"We will win,\" he said.")
            .back() == "he -> Charles Kennedy (person, named)");
  // Where languages disagree on a given name's gender, English decides ("Michael").
  CHECK(Speakers("Michael Howard met Sarah Teather. \"We will win,\" she said.").back() ==
        "she -> Sarah Teather (person, named)");
  // The first person stands for no one the narration names: its author.
  CHECK(Speakers("Lena Okoro left. I said the rate would rise.") ==
        V{"I -> the author (author, named)"});
  // Nor is a person named in a participle phrase that opens the sentence the pronoun after
  // it ("Commenting on Mr Makarov's case, he said"); "According to" names a source.
  CHECK(Speakers("Oleg Gordievsky defected in 1985. Commenting on Mr Makarov's case, he said the "
                 "state was fair.")
            .back() == "he -> Oleg Gordievsky (person, named)");
}

TEST_CASE("descriptions: roles, groups, documents and the organisation behind its staff") {
  CHECK(Speakers("A source said the deal was close.") ==
        V{"A source -> A source (role, anonymous)"});
  CHECK(Speakers("Experts said the dam was safe enough.") ==
        V{"Experts -> Experts (group, anonymous)"});
  CHECK(Speakers("Court documents said the firm paid the fines.") ==
        V{"Court documents -> Court documents (document, named)"});
}

TEST_CASE("a definite description is the person introduced with its title") {
  CHECK(Speakers("Judge Miriam Okafor opened the hearing. The judge said the case was closed.") ==
        V{"The judge -> Miriam Okafor (person, named)"});
  // A title that is no anonymous source's role names an office.
  CHECK(Speakers("Home Secretary Charles Clarke visited the prison.\n\nThe home secretary "
                 "confirmed the review was to get under way.") ==
        V{"The home secretary -> Charles Clarke (person, named)"});
  // An age stands for the person the narration named last.
  CHECK(Speakers("Greek sprinter Kostas Kenteris missed the Games.\n\nThe 31-year-old "
                 "insisted he would be happy to clear his name.") ==
        V{"The 31-year-old -> Kostas Kenteris (person, named)"});
  // An organisation's description is no person described with its name ("Vince Cable, the
  // party's spokesman").
  CHECK(Speakers("Vince Cable, the party's Treasury spokesman, said the plan would work. The "
                 "party said the plan needed explaining.")
            .back() == "The party -> The party (organisation, named)");
}

TEST_CASE("anonymity granted in the sentence, but not to a named person") {
  CHECK(Speakers("Speaking on condition of anonymity, an official said talks had stalled.") ==
        V{"an official -> an official (role, anonymous)"});
  CHECK(Speakers("Speaking on condition of anonymity, Lena Okoro said talks had stalled.") ==
        V{"Lena Okoro -> Lena Okoro (person, named)"});
}

TEST_CASE("Antecedent: by what the pronoun refers to, at most 40 speakers back") {
  auto info = [](SpeakerKind kind, std::string resolved, bool plural = false) {
    SpeakerInfo i;
    i.valid = true;
    i.plural = plural;
    i.speaker.kind = kind;
    i.speaker.resolved = std::move(resolved);
    return i;
  };
  const std::vector<SpeakerInfo> earlier = {
      info(SpeakerKind::kPerson, "Lena Okoro"), info(SpeakerKind::kOrganisation, "Acme"),
      info(SpeakerKind::kGroup, "experts", true), info(SpeakerKind::kUnknown, "?")};
  CHECK(Antecedent("person", earlier, 4)->speaker.resolved == "Lena Okoro");
  CHECK(Antecedent("thing", earlier, 4)->speaker.resolved == "Acme");
  CHECK(Antecedent("group", earlier, 4)->speaker.resolved == "experts");
  CHECK(Antecedent("person", earlier, 0) == nullptr);
  std::vector<SpeakerInfo> far = earlier;
  far.resize(45, info(SpeakerKind::kPlace, "Russia"));
  CHECK(Antecedent("person", far, 45) == nullptr);  // Lena Okoro is 45 speakers back
  CHECK(Antecedent("thing", far, 45)->speaker.resolved == "Russia");
}

TEST_CASE("a claim that inherits its speaker shares it") {
  CHECK(Speakers("Petra Halvorsen said the team was ready. “We trained all winter for this.”")
            .back() == "Petra Halvorsen -> Petra Halvorsen (person, named)");
}

TEST_CASE("a story's lead: an office is its protagonist, a role the person named next") {
  // "Jack Straw has attacked ... The foreign secretary said": the body's first subject.
  CHECK(Speakers("Lords wrong on detainees\n\nJack Straw has attacked the ruling.\n\nThe "
                 "foreign secretary said the right to life mattered most.")
            .back() == "The foreign secretary -> Jack Straw (person, named)");
  CHECK(Speakers("Gordon Brown has criticised a union leader. Jonathan Baume spoke of rifts. "
                 "But the chancellor said Mr Baume was never at the meetings.")
            .back() == "the chancellor -> Gordon Brown (person, named)");
  // A role that opens the story is the person the next claim names: no anonymous source.
  CHECK(Speakers("The former chief financial officer at WorldCom has admitted he lied to the "
                 "board. Speaking at the trial, Scott Sullivan said he had covered up the "
                 "losses.")
            .front() ==
        "The former chief financial officer at WorldCom -> Scott Sullivan (person, named)");
}

TEST_CASE("\"it\" is no organisation named inside the sentence of the speaker before") {
  CHECK(Speakers("Shares in Vardex rose. Vardex shares had fallen. The firm, reporting its "
                 "first results since listing on the London Stock Exchange, said sales had grown "
                 "by 8%. It "
                 "said a new range had boosted sales.")
            .back() == "It -> Vardex (organisation, named)");
}

TEST_CASE("a lead role is no person named after it when the story named one before") {
  // A trade ("coach", occupation=1) is the one person named in the sentence before.
  CHECK(Speakers("The referee has defended his handling of the game after criticism by Matt "
                 "Rowley. The Scotland coach said his side were robbed. But Nigel Hart said the "
                 "game was handled correctly.")
            .front() == "The Scotland coach -> Matt Rowley (person, named)");
  // An office is not; nor is a trade where two people were named, or someone's spokesman.
  CHECK(Speakers("The referee has defended his handling of the game after criticism by Matt "
                 "Rowley. The prime minister said his side were robbed. But Nigel Hart said the "
                 "game was handled correctly.")
            .front() == "The prime minister -> The prime minister (role, anonymous)");
  CHECK(Speakers("The referee was criticised by Matt Rowley and Tom Dale. The Scotland coach said "
                 "his side were robbed.")
            .front() == "The Scotland coach -> The Scotland coach (role, anonymous)");
  CHECK(Speakers("US rapper Snoop Dogg has been sued. The rapper's spokesman said the allegations "
                 "were false.")
            .front() == "The rapper's spokesman -> The rapper's spokesman (role, anonymous)");
}

TEST_CASE("a pronoun is no person named in what it says") {
  CHECK(Speakers("Mr Brown met Tony Blair. Mr Blair dismissed the talk of splits. Mr Brown was "
                 "asked about it and he insisted he still trusted Mr Blair.")
            .back() == "he -> Brown (person, named)");
}

TEST_CASE("a pronoun is no speaker of the other sex; a place after an organisation is its branch") {
  CHECK(Speakers("Mr Jim Parton said the plans were weak. Theresa May said the law would change. "
                 "She said the courts would be reformed.")
            .back() == "She -> Theresa May (person, named)");
  CHECK(Speakers("Amnesty International UK said the decisions were based on torture evidence.")
            .front() == "Amnesty International UK -> Amnesty International (organisation, named)");
}

TEST_CASE("\"it\" is the organisation the narration named last, when closer than a speaker") {
  CHECK(Speakers("Shares in American Express surged after it said it would spin off a unit.")
            .front() == "it -> American Express (organisation, named)");
}

TEST_CASE("\"it\" or \"they\" inside a sentence that an organisation opens is that organisation") {
  CHECK(Speakers("Labour said the tax was unfair. The Tories have promised cuts for pensioners, "
                 "who they say have been hit hardest.")
            .back() == "they -> Conservative Party (organisation, named)");
  // "they" only for a name in the plural; and not when the organisation is what is said.
  CHECK(Speakers("The Tories said the tax was unfair. Acme Corp has published what they say are "
                 "the full costings.")
            .back() == "they -> Conservative Party (organisation, named)");
  CHECK(Speakers("The SEC said rules were tighter. The European Union was imposing new rules, it "
                 "noted.")
            .back() == "it -> Securities and Exchange Commission (organisation, named)");
}

TEST_CASE("\"I\" and \"we\" in the narration are its author; inside a quote, no one") {
  CHECK(Speakers("I think the award went to the wrong song.") ==
        V{"I -> the author (author, named)"});
  CHECK(Speakers("Lena Okoro said: \"I think the rate will rise, I told them.\"") ==
        V{"Lena Okoro -> Lena Okoro (person, named)"});
}

TEST_CASE("\"the company\" is the company the story is about, where no company spoke") {
  CHECK(Speakers("Shares in Vardex rose on Monday. Vardex shares had fallen in May. The company "
                 "said it would close a plant.")
            .back() == "The company -> Vardex (organisation, named)");
  // Words that set it apart name another company; one mention makes no story's company.
  CHECK(Speakers("Shares in Vardex rose. Vardex shares had fallen. The US firm said it would "
                 "sue.")
            .back() == "The US firm -> The US firm (organisation, named)");
  CHECK(Speakers("Shares in Vardex rose. The company said it would close a plant.").back() ==
        "The company -> The company (organisation, named)");
}

TEST_CASE("a one-word name no list knows is a person when its claims say \"he\"") {
  // "Parry said he ...": the document shows a person, whom the next "he" stands for, and not
  // the man named in the narration before him.
  CHECK(Speakers("Brian Okafor signed for the club. Parry said he was delighted with the deal. "
                 "He said the fee was fair.")
            .back() == "He -> Parry (person, named)");
  // "Zentrix said it ...": no person.
  CHECK(Speakers("Zentrix said it would cut costs.") == V{"Zentrix -> Zentrix (unknown, named)"});
}

TEST_CASE("a person named in a participle phrase that opens the sentence is its object") {
  CHECK(Speakers("Rick Parry met the press. And responding to criticism from pundit Alan Hansen, "
                 "he insisted talks are ongoing.")
            .back() == "he -> Rick Parry (person, named)");
}

TEST_CASE("speaker gender: a title, a given name, a role noun beside the name") {
  CHECK(Genders("Mrs Okoro said the rate would rise.") == V{"Mrs Okoro: female title"});
  CHECK(Genders("Lena Okoro said the rate would rise.") == V{"Lena Okoro: female given_name"});
  // A title anywhere in the cluster: "Mr Reyes" names Tomas Reyes.
  CHECK(Genders("Tomas Reyes arrived. Mr Reyes said the rate would rise.") ==
        V{"Mr Reyes: male title given_name"});
  // A role noun before the name, or heading an apposition after it, past a possessor.
  CHECK(Genders("Spokeswoman Chidera Okoro said the rate would rise.") ==
        V{"Spokeswoman Chidera Okoro: female role_noun"});
  CHECK(Genders("Jamie Okoro, the boy's mother, said the school had failed him.") ==
        V{"Jamie Okoro: female role_noun"});
  // But not a noun the apposition's preposition or clause governs.
  CHECK(Genders("Jamie Okoro, a friend of the husband, said the school had failed.") ==
        V{"Jamie Okoro: unknown"});
  // A name the lists do not know, with nothing else, is unknown: never guessed.
  CHECK(Genders("Chidera Okoro said the rate would rise.") == V{"Chidera Okoro: unknown"});
}

TEST_CASE("speaker gender: he or she, only where it surely stands for the person") {
  // Continuing the person's own claim, or opening what the person says.
  CHECK(Genders("Chidera Okoro said the rate would rise. She said inflation had peaked.") ==
        V{"Chidera Okoro: female pronoun", "She: female pronoun"});
  CHECK(Genders("Chidera Okoro said he would stay.") == V{"Chidera Okoro: male pronoun"});
  // A bare name the lists do not know is a person by "he" alone.
  CHECK(Genders("Parry said he would stay.") == V{"Parry: male pronoun"});
  // "told him he": the listener may be the one meant.
  CHECK(Genders("Chidera Okoro told the minister he would stay.") == V{"Chidera Okoro: unknown"});
  // A pronoun resolved to whom the narration named last, for want of a gender, says nothing
  // of that person ("he" may be anyone).
  CHECK(Genders("Chidera Okoro called for action. \"We will win,\" he told a meeting.") ==
        V{"he: unknown"});
}

TEST_CASE("speaker gender: disagreement is unknown, but a title outweighs a given name") {
  CHECK(Genders("Mrs Okoro said he would stay.") == V{"Mrs Okoro: unknown pronoun title"});
  // "Robin" is a woman's name on the lists, and Robin Cook a man.
  CHECK(Genders("Mr Robin Cook said the war was wrong.") == V{"Mr Robin Cook: male title"});
  // Only people: an organisation has no gender.
  CHECK(Genders("The ministry said the rate would rise.").empty());
}

}  // namespace
}  // namespace claimscope::internal
