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

TEST_CASE("of two cue words in a row the first is a noun") {
  CHECK(CuesOf("A police report said the fire spread quickly.") == V{"said"});
}

TEST_CASE("a participle is a cue at a sentence start or after a comma only") {
  CHECK(CuesOf("Stressing that the deal was fair, the officer said it would last.") ==
        V{"Stressing", "said"});
  CHECK(CuesOf("The mayor left, saying the vote was rigged.") == V{"saying"});
  CHECK(CuesOf("The mayor kept saying nothing at all.") == V{});
}

}  // namespace
}  // namespace claimscope::internal
