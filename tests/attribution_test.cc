// Quotes, claims and their sources, construction by construction, on sentences written for
// these tests.
#include <doctest/doctest.h>

#include "claimscope/engine.h"
#include "doctest_printers.h"
#include "shared_engine.h"

namespace claimscope {
namespace {

Record Extract(std::string_view text) {
  Workspace ws;
  return testing::SharedEngine().Extract({.text = text, .id = "t", .date = "2024-05-02"}, &ws);
}

// "kind|content|speaker text|resolved|anonymous|media,..." for every quote.
std::vector<std::string> Claims(std::string_view text) {
  const Record r = Extract(text);
  std::vector<std::string> out;
  for (const Quote& q : r.quotes) {
    std::string s = std::string(QuoteKindName(q.kind)) + "|" + std::string(r.Slice(q.span)) + "|";
    if (q.speaker) {
      s += std::string(r.Slice(q.speaker->span)) + "|" + q.speaker->resolved + "|" +
           (q.speaker->anonymous ? "anon" : "named");
    } else {
      s += "-";
    }
    for (const Media& m : q.media) s += "|" + std::string(r.Slice(m.span));
    out.push_back(s);
  }
  return out;
}

using V = std::vector<std::string>;

TEST_CASE("a claim the speaker denies or rejects carries the stance \"rejects\"") {
  const Record r = Extract(
      "Lord Browne rejected calls for a windfall tax. The club denied that the manager had "
      "resigned. The club said the manager was ill.");
  REQUIRE(r.quotes.size() == 3);
  CHECK(r.Slice(r.quotes[0].span) == "calls for a windfall tax");
  CHECK(r.quotes[0].stance == "rejects");
  CHECK(r.quotes[1].stance == "rejects");
  CHECK(r.quotes[2].stance.empty());
}

TEST_CASE("direct quotes in every common style") {
  CHECK(Claims("“We will win,” said Petra Halvorsen.") ==
        V{"direct|We will win,|Petra Halvorsen|Petra Halvorsen|named"});
  CHECK(Claims("\"We will win,\" Petra Halvorsen said.") ==
        V{"direct|We will win,|Petra Halvorsen|Petra Halvorsen|named"});
  CHECK(Claims("Petra Halvorsen said: «Nous gagnerons».") ==
        V{"direct|Nous gagnerons|Petra Halvorsen|Petra Halvorsen|named"});
  CHECK(Claims("Petra Halvorsen said: „Wir gewinnen.“") ==
        V{"direct|Wir gewinnen.|Petra Halvorsen|Petra Halvorsen|named"});
  // A mismatched pair, as news text often has.
  CHECK(Claims("The officer said: “They hate us, and everything we stand for\".") ==
        V{"direct|They hate us, and everything we stand for|The officer|The officer|anon"});
}

TEST_CASE("apostrophes are no quote marks; unclosed quotes stay in their paragraph") {
  CHECK(Claims("They’re in Moscow’s centre since the ’90s, officials said.") ==
        V{"indirect|They’re in Moscow’s centre since the ’90s|officials|officials|anon"});
  CHECK(Claims("\"This never closes, he said.\n\nA new paragraph, officials said.") ==
        V{"indirect|This never closes|he||named",
          "indirect|A new paragraph|officials|officials|anon"});
}

TEST_CASE("BBC style: a quoted sentence that ends where the next one opens") {
  CHECK(Claims("Mr Blair said: \"I've dealt with this. I said then you don't do deals. \"What "
               "matters are the issues.\"") ==
        V{"direct|I've dealt with this. I said then you don't do deals.|Mr Blair|Mr Blair|named",
          "direct|What matters are the issues.|Mr Blair|Mr Blair|named"});
  // The sentence before the attributed one speaks for the same speaker.
  CHECK(Claims("\"He was sent off in the 90th minute. \"We don't know how many cards he was "
               "shown,\" said an SFA statement.")
            .front() ==
        "direct|He was sent off in the 90th minute.|an SFA statement|an SFA "
        "statement|named");
}

TEST_CASE("a quote running over paragraphs, and the paragraph that carries on") {
  const V claims = Claims(
      "Sentencing him, Judge Mara Linde said the harm was lasting.\n\n"
      "“You were trusted with money raised by bake sales.\n\n"
      "“There is no sentence that will repair that damage,” the judge said.");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0] == "indirect|the harm was lasting|Judge Mara Linde|Judge Mara Linde|named");
  CHECK(claims[1].rfind("direct|You were trusted with money raised by bake sales.", 0) == 0);
  CHECK(claims[1].find("repair that damage,|the judge|Judge Mara Linde|named") !=
        std::string::npos);
}

TEST_CASE("partial quotes inside other words take the sentence's speaker") {
  CHECK(Claims("An army captain called the open border a \"huge concern\" for the region.") ==
        V{"partial|huge concern|An army captain|An army captain|anon"});
  // Inside a reported clause they stay part of it.
  CHECK(
      Claims("A federal official told The Post that the branch is becoming \"bolder\".") ==
      V{"indirect|the branch is becoming \"bolder\"|A federal official|A federal official|anon|The "
        "Post",
        "partial|bolder|A federal official|A federal official|anon"});
}

TEST_CASE("indirect speech: said that, said, told, warned, according to, inverted") {
  CHECK(Claims("Russia said it has arrested 11 people.") ==
        V{"indirect|it has arrested 11 people|Russia|Russia|named"});
  CHECK(Claims("The ministry said on Monday that the bridge would reopen in June.") ==
        V{"indirect|the bridge would reopen in June|The ministry|The ministry|named"});
  CHECK(Claims("The bridge will reopen in June, the ministry said.") ==
        V{"indirect|The bridge will reopen in June|the ministry|the ministry|named"});
  CHECK(Claims("Prices will rise again next year, said Energy Minister Tomas Reyes.") ==
        V{"indirect|Prices will rise again next year|Energy Minister Tomas Reyes|Energy Minister "
          "Tomas Reyes|named"});
  CHECK(Claims("According to court documents, about £900,000 has been frozen.") ==
        V{"indirect|about £900,000 has been frozen|court documents|court documents|named"});
  CHECK(Claims("About £900,000 has been frozen, according to court documents.") ==
        V{"indirect|About £900,000 has been frozen|court documents|court documents|named"});
  CHECK(Claims("A US official warned that the group could strike again.") ==
        V{"indirect|the group could strike again|A US official|A US official|anon"});
  CHECK(Claims("US officials claimed to have issued a warning to Russia.") ==
        V{"indirect|to have issued a warning to Russia|US officials|US officials|anon"});
}

TEST_CASE("speakers with appositives, relative clauses and introductory phrases") {
  CHECK(
      Claims("Lena Okoro, the bank's deputy governor, said inflation was cooling.") ==
      V{"indirect|inflation was cooling|Lena Okoro|Lena Okoro, the bank's deputy governor|named"});
  CHECK(Claims("An SFO spokesman, who declined to be named, said the search went on.") ==
        V{"indirect|the search went on|An SFO spokesman|An SFO spokesman, who declined to be "
          "named|anon"});
  CHECK(
      Claims("Speaking on the condition of anonymity, a current federal official told "
             "reporters that the threat was real.") ==
      V{"indirect|the threat was real|a current federal official|a current federal official|anon"});
  CHECK(Claims("Thwaite's barrister, Tomasz Kowal, said his client was sorry.") ==
        V{"indirect|his client was sorry|Tomasz Kowal|Tomasz Kowal, Thwaite's barrister|named"});
  // A relative pronoun speaks as the person it refers to, with what is said of the person.
  CHECK(Claims("Mitch McConnell, now the Senate majority leader, who said the bill would fail, "
               "voted no.") ==
        V{"indirect|the bill would fail|who|Mitch McConnell, now the Senate majority "
          "leader|named"});
  CHECK(Claims("Rep. Joseph Crowley (D-N.Y.), a leading advocate for human rights, said the "
               "visit mattered.") ==
        V{"indirect|the visit mattered|Rep. Joseph Crowley|Rep. Joseph Crowley (D-N.Y.), a "
          "leading advocate for human rights|named"});
}

TEST_CASE("pronouns and definite descriptions resolve to earlier speakers") {
  const V claims = Claims(
      "A US counter-terrorism official warned that the group could strike. "
      "The counterterrorism officer said the threat was rising. "
      "He further said that members came from abroad.");
  REQUIRE(claims.size() == 3);
  CHECK(claims[1] ==
        "indirect|the threat was rising|The counterterrorism officer|A US "
        "counter-terrorism official|anon");
  CHECK(claims[2] == "indirect|members came from abroad|He|A US counter-terrorism official|anon");
}

TEST_CASE("groups, documents and organisations; anonymity") {
  CHECK(Claims("Experts believe that the glacier will shrink.") ==
        V{"indirect|the glacier will shrink|Experts|Experts|anon"});
  CHECK(Claims("People familiar with the talks said a deal was close.") ==
        V{"indirect|a deal was close|People familiar with the talks|People familiar with the "
          "talks|anon"});
  CHECK(Claims("A police report said the driver was speeding.") ==
        V{"indirect|the driver was speeding|A police report|A police report|named"});
  CHECK(Claims("The Interior Ministry said the border was closed.") ==
        V{"indirect|the border was closed|The Interior Ministry|Interior Ministry|named"});
  CHECK(Claims("A source said that \"an attack is possible\".") ==
        V{"direct|an attack is possible|A source|A source|anon"});
}

TEST_CASE("outlets: told, interview, reported, credits and datelines") {
  CHECK(Claims("In an interview with the BBC, Mara Linde said the plan had failed.") ==
        V{"indirect|the plan had failed|Mara Linde|Mara Linde|named|the BBC"});
  CHECK(Claims("Officials claimed the plan had failed, NPR reported.") ==
        V{"indirect|the plan had failed|Officials|Officials|anon|NPR"});
  CHECK(Claims("“We have rebuilt,” she said outside court. (AP)") ==
        V{"direct|We have rebuilt,|she||named|AP"});
  const Record r =
      Extract("LIMA (EFE) - The health ministry said cases were rising in nine regions.");
  CHECK(r.credit == "EFE");
  REQUIRE(r.quotes.size() == 1);
  REQUIRE(r.quotes[0].media.size() == 1);
  CHECK(r.Slice(r.quotes[0].media[0].span) == "EFE");
}

TEST_CASE("outlets: quotes run on share them, an outlet speaking is one, journals are none") {
  // The sentences of one quoted statement share its outlet.
  const V run = Claims(
      "In an interview with the BBC, Mr Brown said: \"We will win. \"The "
      "country knows it.\"");
  REQUIRE(run.size() == 2);
  CHECK(run[1] == "direct|The country knows it.|Mr Brown|Mr Brown|named|the BBC");
  // A pronoun that stands for an outlet makes it one.
  CHECK(Claims("The plan is to go ahead, according to The Mail on Sunday. It says the Treasury "
               "will pay.")
            .back() ==
        "indirect|the Treasury will pay|It|The Mail on Sunday|named|The Mail on Sunday");
  // A journal publishes the study; it carries no news.
  CHECK(Claims("Ice loss doubled, according to a study in the journal Nature Geoscience.") ==
        V{"indirect|Ice loss doubled|a study in the journal Nature Geoscience|a study in the "
          "journal Nature Geoscience|named"});
  // "according to" carries its own claim only.
  CHECK(Claims("According to Marca, Betis asked Lyon about a loan, although a source said no "
               "offer had been made.")
            .back() == "indirect|no offer had been made|a source|a source|anon");
}

TEST_CASE("an acronym the text defines is its long form's, whatever a list says") {
  const Record r = Extract(
      "The Palestinian Authority (PA) condemned the raid. The PA said it "
      "would appeal.");
  for (const Entity& e : r.entities) {
    if (r.Slice(e.span) == "PA") CHECK(e.canonical == "Palestinian Authority");
  }
}

TEST_CASE("no claims from nouns, names, infinitives or passives") {
  CHECK(Claims("The Islamic State claimed the lives of 183 people.") == V{});
  CHECK(Claims("He was not authorised to brief reporters.") == V{});
  CHECK(Claims("The company declined to comment.") == V{});
  CHECK(Claims("Her reply was short.") == V{});
  CHECK(Claims("It is reported that profits fell.") == V{});
}

TEST_CASE("each claim lists the entities and quantities inside it") {
  const Record r = Extract("Russia said it has arrested 11 people in Moscow.");
  REQUIRE(r.quotes.size() == 1);
  REQUIRE(r.quotes[0].entities.size() == 1);
  CHECK(r.quotes[0].entities[0] == r.entities[1].id);  // Moscow, not Russia
  REQUIRE(r.quotes[0].quantities.size() == 1);
  CHECK(r.quotes[0].quantities[0] == r.quantities[0].id);
  CHECK(r.quotes[0].speaker->entity == r.entities[0].id);
  CHECK(r.quotes[0].speaker->kind == SpeakerKind::kPlace);
}

}  // namespace
}  // namespace claimscope
