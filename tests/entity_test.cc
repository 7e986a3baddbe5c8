// Entities with the built-in lexicons: the rules for names no list holds, conflicts, and
// clusters. Each case is a construction of news English, not a test document.
#include <doctest/doctest.h>

#include <map>

#include "claimscope/engine.h"
#include "doctest_printers.h"
#include "shared_engine.h"

namespace claimscope {
namespace {

Record Extract(std::string_view text) {
  Workspace ws;
  return testing::SharedEngine().Extract({.text = text, .id = "t"}, &ws);
}

// "TYPE text" for every entity, in order.
std::vector<std::string> Entities(std::string_view text) {
  const Record r = Extract(text);
  std::vector<std::string> out;
  for (const Entity& e : r.entities)
    out.push_back(std::string(EntityTypeName(e.type)) + " " + std::string(r.Slice(e.span)));
  return out;
}

using V = std::vector<std::string>;

TEST_CASE("countries, cities, organisations and outlets from the lexicons") {
  CHECK(Entities("Russia said the attack in Moscow was planned, NPR reported.") ==
        V{"PLACE Russia", "PLACE Moscow", "ORG NPR"});
  CHECK(Entities("Talks between Egypt and Ethiopia resumed in Geneva.") ==
        V{"PLACE Egypt", "PLACE Ethiopia", "PLACE Geneva"});
  CHECK(Entities("He told The Post that the Taliban and al-Qaida split.") ==
        V{"ORG The Post", "ORG the Taliban", "ORG al-Qaida"});
}

TEST_CASE("names inside hyphenated words") {
  CHECK(Entities("the Boston-based firm") == V{"PLACE Boston"});
  CHECK(Entities("disarray at the US-Mexico border") == V{"PLACE US", "PLACE Mexico"});
}

TEST_CASE("people: title, given name, role, age; the title is not part of the name") {
  CHECK(Entities("said Energy Minister Tomas Reyes on Monday") == V{"PERSON Tomas Reyes"});
  CHECK(Entities("The decision was taken by Gen. Halvard Ostby.") == V{"PERSON Halvard Ostby"});
  CHECK(Entities("Ines Marlow, the union's general secretary, spoke.") == V{"PERSON Ines Marlow"});
  CHECK(Entities("said chief executive Zorvan Kettleby.") == V{"PERSON Zorvan Kettleby"});
  CHECK(Entities("Orrin Blackwater, 58, pleaded guilty.") == V{"PERSON Orrin Blackwater"});
  CHECK(Entities("West Indian all-rounder P. Simmons took four wickets.") ==
        V{"PERSON P. Simmons"});
  // A word that opens sentences ends a name where a full stop was lost; an initial does not.
  CHECK(Entities("said analyst Vadim Mitroshin The dispute goes on.") ==
        V{"PERSON Vadim Mitroshin"});
  CHECK(Entities("said lawyer Charles A Blixt on Monday.") == V{"PERSON Charles A Blixt"});
}

TEST_CASE("organisations and places by their words") {
  CHECK(Entities("Corvane Therapeutics agreed to buy Lindqvar Biosciences.") ==
        V{"ORG Corvane Therapeutics", "ORG Lindqvar Biosciences"});
  CHECK(Entities("The Ministry of Disaster Management and Relief said") ==
        V{"ORG Ministry of Disaster Management and Relief"});
  CHECK(Entities("cargo at the Port of Valdera stopped") == V{"ORG Port of Valdera"});
  CHECK(Entities("the water in the Orma River rose") == V{"PLACE Orma River"});
  CHECK(Entities("the attack on Moscow's Crocus City Hall") ==
        V{"PLACE Moscow", "PLACE Crocus City Hall"});
  CHECK(Entities("residents of the town of Lisk fled") == V{"PLACE Lisk"});
  // A name rule beats a shorter lexicon phrase inside it.
  CHECK(Entities("The National Electoral Commission said") ==
        V{"ORG National Electoral Commission"});
}

TEST_CASE("ordinary words that are also names need the look of a name") {
  CHECK(Entities("Police said the road was closed.") == V{});
  CHECK(Entities("On March 22 the talks began.") == V{});
  CHECK(Entities("He ate an orange in Reading.") == V{"PLACE Reading"});
}

TEST_CASE("acronyms defined in the text join their long form") {
  const Record r = Extract(
      "According to Customs and Border Patrol (CPB) officials, arrests rose. CPB said more.");
  std::vector<std::string> got;
  for (const Entity& e : r.entities) got.push_back(std::string(r.Slice(e.span)));
  CHECK(got == V{"Customs and Border Patrol", "CPB", "CPB"});
  REQUIRE(r.entities.size() == 3);
  CHECK(r.entities[0].cluster == r.entities[1].cluster);
  CHECK(r.entities[1].cluster == r.entities[2].cluster);
  CHECK(r.entities[2].type == EntityType::kOrg);
  CHECK(r.entities[2].canonical == "Customs and Border Patrol");
}

TEST_CASE("an acronym spelling a name the text gives is that name's, over a list's sense") {
  // "LSE" is the London School of Economics in the lists; here the exchange's initials.
  const Record r =
      Extract("Deutsche Boerse has bid for the London Stock Exchange. The LSE rejected the offer.");
  std::map<std::string, std::string> canonical;
  std::map<std::string, int> cluster;
  for (const Entity& e : r.entities) {
    canonical[std::string(r.Slice(e.span))] = std::string(e.canonical);
    cluster[std::string(r.Slice(e.span))] = e.cluster;
  }
  REQUIRE(canonical.count("LSE") == 1);
  CHECK(canonical["LSE"] == canonical["London Stock Exchange"]);
  CHECK(cluster["LSE"] == cluster["London Stock Exchange"]);
  // A list's reading that the text spells out stays the list's.
  const Record oecd = Extract(
      "The Organisation for Economic Cooperation and Development met. The OECD said growth "
      "would slow.");
  for (const Entity& e : oecd.entities) {
    if (oecd.Slice(e.span) == "OECD") {
      CHECK(e.canonical == "Organisation for Economic Co-operation and Development");
    }
  }
}

TEST_CASE("a month after a given name is a family name, not a date") {
  CHECK(Entities("Theresa May told the programme the plans were weak.") == V{"PERSON Theresa May"});
  // Alone, or before a day's number, it is the month.
  CHECK(Entities("Theresa May spoke. In May the vote was held, on Sunday May 5.") ==
        V{"PERSON Theresa May"});
}

TEST_CASE("a word opening the sentence before a given name and family name describes them") {
  CHECK(Entities("The hunt met. Farmer Geoff Brooks told the radio the ban was wrong.") ==
        V{"PERSON Geoff Brooks"});
  // Not an initial.
  CHECK(Entities("The fund met. C. Fred Bergsten told the radio the plan was wrong.") ==
        V{"PERSON C. Fred Bergsten"});
}

TEST_CASE("a name broken across lines of wire text has a canonical name on one line") {
  const Record r = Extract(
      "The talks were led by Federal Reserve chairman Paul\nVolcker, who said "
      "rates would hold. Volcker left early.");
  bool seen = false;
  for (const Entity& e : r.entities) {
    if (e.type != EntityType::kPerson) continue;
    CHECK(e.canonical == "Paul Volcker");
    seen = true;
  }
  CHECK(seen);
}

TEST_CASE("later short forms join the full name's cluster") {
  const Record r = Extract(
      "Margaret Harrowgate won the vote. Harrowgate said she was grateful. "
      "Corvane Therapeutics rose; Corvane's rival fell.");
  std::map<std::string, int> cluster;
  for (const Entity& e : r.entities) {
    cluster[std::string(r.Slice(e.span))] = e.cluster;
    if (r.Slice(e.span) == "Harrowgate") {
      CHECK(e.type == EntityType::kPerson);
      CHECK(e.canonical == "Margaret Harrowgate");
    }
  }
  CHECK(cluster.at("Harrowgate") == cluster.at("Margaret Harrowgate"));
  CHECK(cluster.at("Corvane") == cluster.at("Corvane Therapeutics"));
  CHECK(cluster.at("Corvane") != cluster.at("Harrowgate"));
}

TEST_CASE("lexicon mentions of one entry share a cluster and its canonical name") {
  const Record r = Extract("The US and the U.S. Army met ISIS-K fighters. The US left.");
  REQUIRE(r.entities.size() == 4);
  CHECK(r.entities[0].canonical == "United States");
  CHECK(r.entities[0].cluster == r.entities[3].cluster);
  CHECK(r.entities[1].type == EntityType::kOrg);
}

TEST_CASE("entities never overlap and their text is their slice") {
  const std::string text =
      "Prime Minister Tomas Reyes of the New York City Council met officials of the "
      "U.S. Securities and Exchange Commission (SEC) in Washington, D.C., on Oct. 5.";
  const Record r = Extract(text);
  uint32_t last_end = 0;
  for (const Entity& e : r.entities) {
    CHECK(e.span.start >= last_end);
    CHECK(e.span.end > e.span.start);
    last_end = e.span.end;
  }
  CHECK_FALSE(r.entities.empty());
}

TEST_CASE("capitals headlines: lexicon names only") {
  CHECK(Entities("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY.\nLONDON "
                 "1996-08-30") == V{"PLACE LEICESTERSHIRE", "PLACE LONDON"});
}

TEST_CASE("events, competitions, laws and plans are no entities") {
  CHECK(Entities("Spain won the Davis Cup under the Marshall Plan of the New Year.") ==
        V{"PLACE Spain"});
}

TEST_CASE("a name with no cue is a person only with evidence around it") {
  CHECK(Entities("Grey Lantern topped the poll of rock fans.") == V{"ORG Grey Lantern"});
  CHECK(Entities("Kenenisa Bekele broke the record. Bekele said he was tired.") ==
        V{"PERSON Kenenisa Bekele", "PERSON Bekele"});
  CHECK(Entities("The prize went to Seizaburo Sato, and Mr Sato thanked the jury.")[0] ==
        "PERSON Seizaburo Sato");
}

TEST_CASE("a demonym before a person's name is no part of it, but is of a body's") {
  CHECK(Entities("American Nate Miller kept his title.") == V{"PERSON Nate Miller"});
  CHECK(Entities("The Norwegian Polar Institute said so.") == V{"ORG Norwegian Polar Institute"});
}

TEST_CASE("a one-word company by its shape or by the words around it") {
  CHECK(Entities("Losses at DaimlerChrysler grew, and so did those in WorldCom's accounts.") ==
        V{"ORG DaimlerChrysler", "ORG WorldCom"});
  CHECK(Entities("Analysts at Nomura cut their forecast for Investcorp shares.") ==
        V{"ORG Nomura", "ORG Investcorp"});
  // Shown once by the words around it, the company is the same word where it opens a
  // sentence or a headline.
  CHECK(Entities("Vardex cuts jobs\n\nVardex said on Monday it would close a plant. Vardex "
                 "shares fell.") == V{"ORG Vardex", "ORG Vardex", "ORG Vardex"});
  // No company where a list names a place, nor a person's name with Mc.
  CHECK(Entities("About 1,100 employees in Aarhus kept their jobs, McDonald said.") ==
        V{"PLACE Aarhus"});
}

TEST_CASE("social handles are no entities, nor RT before one") {
  CHECK(Entities("RT @ValderaHerald: Ferries will run until Friday.") == V{});
  CHECK(Entities("@ValderaMayor: Thank you to the crews.") == V{});
  CHECK(Entities("RT reported that the talks had failed.") == V{"ORG RT"});
}

TEST_CASE("a name that opens with a demonym is no person's, even beside a cue") {
  CHECK(Entities("The minister praised Scottish Water for flying generators out.") ==
        V{"ORG Scottish Water"});
  CHECK(Entities("He thanked Welsh Water.") == V{"ORG Welsh Water"});
}

}  // namespace
}  // namespace claimscope
