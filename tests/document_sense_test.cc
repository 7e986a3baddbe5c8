// The document decides the reading of a name (engine/src/entities/document_sense.cc): in a
// sports report a club named after its town is an organisation, the dateline's town a place.
// Each case is a construction of news English written for this test.
#include <doctest/doctest.h>

#include "claimscope/engine.h"
#include "doctest_printers.h"
#include "shared_engine.h"

namespace claimscope {
namespace {

// "TYPE text" for every entity, in order.
std::vector<std::string> Entities(std::string_view text) {
  Workspace ws;
  const Record r = testing::SharedEngine().Extract({.text = text, .id = "t"}, &ws);
  std::vector<std::string> out;
  for (const Entity& e : r.entities) {
    out.push_back(std::string(EntityTypeName(e.type)) + " " + std::string(r.Slice(e.span)));
  }
  return out;
}

using V = std::vector<std::string>;

constexpr std::string_view kCricket =
    "CRICKET - KENT WIN AGAIN.\n"
    "LEEDS 2001-06-14\n"
    "Kent beat Essex by six wickets at Canterbury on Thursday, and the captain said his "
    "batsmen had won the match. Essex were bowled out in their second innings.\n";

TEST_CASE("in a sports report, towns and counties named as sides are teams") {
  const V e = Entities(kCricket);
  CHECK(e ==
        V{"ORG KENT", "PLACE LEEDS", "ORG Kent", "ORG Essex", "PLACE Canterbury", "ORG Essex"});
}

TEST_CASE("the same sentence outside a sports report keeps its places") {
  CHECK(Entities("Kent and Essex will share the cost of the new road, officials said.") ==
        V{"PLACE Kent", "PLACE Essex"});
}

TEST_CASE("a sports report names a nation's side by the nation: it stays a place") {
  CHECK(Entities("England beat Scotland in the final. The striker scored two goals and the "
                 "goalkeeper saved a penalty in the match.")
            .front() == "PLACE England");
}

TEST_CASE("one word of sport is no sports report") {
  CHECK(Entities("A captain who once played baseball told Chicago police he saw the attack.") ==
        V{"PLACE Chicago"});
}

TEST_CASE("a person the story names in full is meant by the family name, not a town") {
  CHECK(Entities("President Bill Clinton met Bob Dole. Clinton said Dole was wrong.") ==
        V{"PERSON Bill Clinton", "PERSON Bob Dole", "PERSON Clinton", "PERSON Dole"});
  // A preposition of place keeps the town: "in Clinton".
  CHECK(Entities("Bill Clinton spoke in Clinton, Iowa.")[1] == "PLACE Clinton");
}

TEST_CASE("a company named after its founder stays the company") {
  CHECK(Entities("Bill Ford said Ford would cut jobs.") == V{"PERSON Bill Ford", "ORG Ford"});
}

TEST_CASE("a dateline names a place, known or not; a topic before a dash does not") {
  CHECK(Entities("Strike ends\nMARLOWE, Norland (Reuters) - Dockers went back.").front() ==
        "PLACE MARLOWE");
  CHECK(Entities("SOCCER - SHEARER NAMED AS CAPTAIN.\nThe team met in Leeds.") == V{"PLACE Leeds"});
}

TEST_CASE("a wire headline in capitals has only strong names") {
  CHECK(Entities("COCOA STOCK TALKS CLOSE MIXED\nLONDON, March 3 - Talks on cocoa went on.") ==
        V{"PLACE LONDON"});
}

TEST_CASE("a long wrapped line does not cut a name in two") {
  CHECK(Entities("The compromise was put to delegates by the International Cocoa\n"
                 "Organization on Friday after a week of talks in the city.")
            .front() == "ORG International Cocoa\nOrganization");
}

TEST_CASE("a title set beside a work noun once is a work everywhere in the story") {
  CHECK(Entities("Vera Drake won. The film Vera Drake had eleven nominations, and Vera Drake star "
                 "Imelda Staunton was there.") == V{"PERSON Imelda Staunton"});
  CHECK(Entities("The band Franz Ferdinand played. Franz Ferdinand won two awards.") ==
        V{"ORG Franz Ferdinand", "ORG Franz Ferdinand"});
}

}  // namespace
}  // namespace claimscope
