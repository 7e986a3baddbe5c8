// Anonymity (engine/src/claims/anonymity.h): the sentences that grant it, and who speaks
// anonymously, on small sentences.
#include "claims/anonymity.h"

#include <doctest/doctest.h>

#include "claim_fixture.h"
#include "doctest_printers.h"

namespace claimscope::internal {
namespace {

// Which sentences of the text grant anonymity: "01" for a second sentence that does.
std::string Granted(const std::string& text) {
  ClaimFixture f(text);
  Anonymity anonymity;
  anonymity.Find(f.text(), f.lexicons(), f.units, f.hits);
  std::string out;
  for (uint32_t s = 0; s < f.text().sentences().size(); ++s) {
    out += anonymity.GrantedIn(s) ? '1' : '0';
  }
  return out;
}

TEST_CASE("the formulas by which a story grants anonymity") {
  CHECK(Granted("An official, speaking on condition of anonymity, said the plan failed.") == "1");
  CHECK(Granted("The minister spoke. A source who was not authorised to speak publicly said "
                "more.") == "01");
  CHECK(Granted("The minister said the plan failed.") == "0");
}

TEST_CASE("descriptions without a name speak anonymously; organisations never do") {
  CHECK(Anonymity::ByDescription(SpeakerKind::kRole));
  CHECK(Anonymity::ByDescription(SpeakerKind::kGroup));
  CHECK_FALSE(Anonymity::ByDescription(SpeakerKind::kPerson));
  CHECK_FALSE(Anonymity::ByDescription(SpeakerKind::kOrganisation));
  CHECK_FALSE(Anonymity::ByDescription(SpeakerKind::kDocument));
  CHECK_FALSE(Anonymity::ByDescription(SpeakerKind::kUnknown));
}

TEST_CASE("in a sentence that grants anonymity, all but organisations, places and documents") {
  ClaimFixture f("One person, speaking on condition of anonymity, said it. Another said so.");
  Anonymity anonymity;
  anonymity.Find(f.text(), f.lexicons(), f.units, f.hits);
  for (SpeakerKind kind : {SpeakerKind::kUnknown, SpeakerKind::kPerson, SpeakerKind::kRole}) {
    Speaker s{.kind = kind};
    anonymity.Apply(0, &s);
    CHECK(s.anonymous);
    Speaker later{.kind = kind};
    anonymity.Apply(1, &later);
    CHECK_FALSE(later.anonymous);
  }
  for (SpeakerKind kind :
       {SpeakerKind::kOrganisation, SpeakerKind::kPlace, SpeakerKind::kDocument}) {
    Speaker s{.kind = kind};
    anonymity.Apply(0, &s);
    CHECK_FALSE(s.anonymous);
  }
}

}  // namespace
}  // namespace claimscope::internal
