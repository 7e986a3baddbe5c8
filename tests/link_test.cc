// Links (docs/output.md, "Link"): the stable identifier of what an entity names, and which
// of the places that share a name the document means (engine/src/entities/links.cc). Each
// case is a construction of news English written for this test.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "claimscope/engine.h"
#include "doctest_printers.h"
#include "shared_engine.h"

namespace claimscope {
namespace {

Record Extract(std::string_view text) {
  Workspace ws;
  return testing::SharedEngine().Extract({.text = text, .id = "t"}, &ws);
}

// The link id of the first entity written `words`, "none" without a link, "absent" when no
// entity is written so.
std::string LinkOf(std::string_view text, std::string_view words) {
  const Record r = Extract(text);
  for (const Entity& e : r.entities) {
    if (r.Slice(e.span) == words) return e.link ? e.link->id : "none";
  }
  return "absent";
}

constexpr std::string_view kParisFrance = "geonames:2988507";
constexpr std::string_view kParisTexas = "geonames:4717560";
constexpr std::string_view kBirminghamEngland = "geonames:2655603";
constexpr std::string_view kBirminghamAlabama = "geonames:4049979";

TEST_CASE("a city's link: its GeoNames id, country, admin1 code and coordinates") {
  const Record r = Extract("The attack on a concert hall near Moscow killed dozens of people.");
  REQUIRE(r.entities.size() == 1);
  REQUIRE(r.entities[0].link);
  const Link& l = *r.entities[0].link;
  CHECK(l.id == "geonames:524901");
  CHECK(l.geonames == 524901);
  CHECK(l.country == "RU");
  CHECK(l.admin1 == "48");
  CHECK(l.lat == doctest::Approx(55.75222));
  CHECK(l.lon == doctest::Approx(37.61556));
}

TEST_CASE("a country's link: its ISO codes; every name of it shares one link") {
  const Record r =
      Extract("The United States sent aid. US officials said the shipment left on Monday.");
  REQUIRE(r.entities.size() == 2);
  REQUIRE(r.entities[0].link);
  REQUIRE(r.entities[1].link);
  CHECK(r.entities[0].link->id == "iso3166:US");
  CHECK(r.entities[1].link->id == "iso3166:US");
  CHECK(r.entities[0].cluster == r.entities[1].cluster);
  CHECK(r.entities[0].link->iso3 == "USA");
  CHECK(r.entities[0].link->iso_numeric == "840");
}

TEST_CASE("a subdivision's link: its ISO 3166-2 code and country") {
  const Record r = Extract("Floods closed roads across Texas on Sunday.");
  REQUIRE(r.entities.size() == 1);
  REQUIRE(r.entities[0].link);
  CHECK(r.entities[0].link->id == "iso3166-2:US-TX");
  CHECK(r.entities[0].link->iso3166_2 == "US-TX");
  CHECK(r.entities[0].link->country == "US");
}

TEST_CASE("an outlet's link: its lexicon id and country") {
  const Record r = Extract("The mayor told the Associated Press that the bridge would reopen.");
  REQUIRE(!r.entities.empty());
  REQUIRE(r.entities[0].link);
  CHECK(r.entities[0].link->id == "media:associated-press");
  CHECK(r.entities[0].link->country == "US");
}

TEST_CASE("the most prominent place of a name, without other evidence") {
  CHECK(LinkOf("Ministers met in Paris on Tuesday to discuss the budget.", "Paris") ==
        kParisFrance);
  // A US story is no reason to take a town of 25,000 for a capital of millions.
  CHECK(LinkOf("US officials said Moscow had been warned.", "Moscow") == "geonames:524901");
}

TEST_CASE("\"X, Texas\": a state or country after the name says which") {
  CHECK(LinkOf("The tornado struck Paris, Texas, late on Friday.", "Paris") == kParisTexas);
  CHECK(LinkOf("Fans gathered in Birmingham, Alabama, for the parade.", "Birmingham") ==
        kBirminghamAlabama);
  CHECK(LinkOf("Fans gathered in Birmingham, England, for the parade.", "Birmingham") ==
        kBirminghamEngland);
  // Every mention of the place shares the link its qualified mention chose.
  const Record r =
      Extract("The tornado struck Paris, Texas, late on Friday. Paris had not seen such a storm.");
  std::vector<std::string> paris;
  for (const Entity& e : r.entities) {
    if (r.Slice(e.span) == "Paris") paris.push_back(e.link ? e.link->id : "none");
  }
  CHECK(paris == std::vector<std::string>(2, std::string(kParisTexas)));
}

TEST_CASE("a state or country the document names elsewhere") {
  CHECK(LinkOf("The governor of Alabama visited Birmingham on Monday.", "Birmingham") ==
        kBirminghamAlabama);
  CHECK(LinkOf("Britain's biggest carmaker will close its plant in Birmingham.", "Birmingham") ==
        kBirminghamEngland);
}

TEST_CASE("a dateline with no state names the best-known place of the name") {
  CHECK(LinkOf("BIRMINGHAM, March 3 (Reuters) - The council approved the budget.", "BIRMINGHAM") ==
        kBirminghamEngland);
}

TEST_CASE("a dateline's state says which, as after any mention") {
  CHECK(LinkOf("PARIS, Texas (AP) - The council approved the budget.", "PARIS") == kParisTexas);
}

TEST_CASE("a name two places of like size share gets no link without evidence") {
  CHECK(LinkOf("Officials in Birmingham said the plan was ready.", "Birmingham") == "none");
}

TEST_CASE("a minor town whose country nothing else in the story names gets no link") {
  // Whitehall, the government in London, is no town of 19,000 in Ohio.
  CHECK(LinkOf("Jobs will move from London and Whitehall to Leeds and Manchester in England.",
               "Whitehall") == "none");
}

TEST_CASE("a minor town named like a state or country gets no link") {
  // The city reading outranks the state's, but the town in Ohio is seldom what is meant.
  CHECK(LinkOf("The company is incorporated in Delaware, its filing shows.", "Delaware") == "none");
}

TEST_CASE("a town read as a team in a sports report has no place's link") {
  const Record r = Extract(
      "CRICKET - KENT WIN AGAIN.\n"
      "LEEDS 2001-06-14\n"
      "Kent beat Essex by six wickets at Canterbury on Thursday, and the captain said his "
      "batsmen had won the match. Essex were bowled out in their second innings.\n");
  for (const Entity& e : r.entities) {
    if (e.subtype == "team") CHECK_FALSE(e.link);
  }
}

TEST_CASE("a place named like a team the sports report names elsewhere gets no link") {
  // "Liverpool drew": the club; "took over at Liverpool": read as the place, but the club is
  // as likely meant, so no town's link. Paris, never a team here, keeps its link.
  const Record r = Extract(
      "FOOTBALL - LIVERPOOL HOLD EVERTON.\n"
      "Liverpool drew 1-1 with Everton in the Premiership on Saturday. The striker scored a "
      "goal in the first half and the goalkeeper made three saves. The manager, who took over "
      "at Liverpool last summer after a spell in Paris, said the match was hard.\n");
  int places = 0;
  for (const Entity& e : r.entities) {
    if (e.type != EntityType::kPlace) continue;
    const std::string_view text = r.Slice(e.span);
    if (text == "Liverpool") {
      ++places;
      CHECK_FALSE(e.link);
    }
    if (text == "Paris") {
      ++places;
      REQUIRE(e.link);
      CHECK(e.link->id == kParisFrance);
    }
  }
  CHECK(places == 2);
}

}  // namespace
}  // namespace claimscope
