// Outlets and credit (engine/src/claims/outlets.h): datelines, credits closing a paragraph,
// outlets addressed, reporting or cited, on small texts.
#include "claims/outlets.h"

#include <doctest/doctest.h>

#include "claim_drafts.h"
#include "doctest_printers.h"

namespace claimscope::internal {
namespace {

// The outlets of claim c of the drafts, by their words.
std::vector<std::string> MediaOf(ClaimDrafts& d, size_t c) {
  Quote q;
  d.outlets.SetMedia(d.cues, d.claims, c, &q);
  std::vector<std::string> out;
  for (const Media& m : q.media) out.emplace_back(d.f.record.Slice(m.span));
  return out;
}

using V = std::vector<std::string>;

TEST_CASE("a dateline credits the article, and the claims of its sentence") {
  ClaimDrafts d("SEVILLE, Spain (AP) — The mayor said the fair would open on time.");
  CHECK(d.f.record.credit == "AP");
  REQUIRE(d.claims.size() == 1);
  CHECK(MediaOf(d, 0) == V{"AP"});
  CHECK(d.outlets.credit_dash() == d.f.Find("—"));
  ClaimDrafts none("SEVILLE, Spain — The mayor said the fair would open on time.");
  CHECK(none.f.record.credit.empty());
  CHECK(none.outlets.credit_dash() == ClaimText::kNone);
}

TEST_CASE("outlets addressed, reporting and credited in brackets") {
  ClaimDrafts told("The minister told The Washington Post that the talks had failed.");
  REQUIRE(told.claims.size() == 1);
  CHECK(MediaOf(told, 0) == V{"The Washington Post"});
  CHECK(told.outlets.how() == "addressed");
  ClaimDrafts reported("Officials expect a deal within weeks, NPR reported.");
  REQUIRE(reported.claims.size() == 1);
  CHECK(reported.f.Words(reported.claims[0].speaker) == "Officials");  // "expect" is a cue
  CHECK(MediaOf(reported, 0) == V{"NPR"});
  CHECK(reported.outlets.how() == "in_sentence_or_credit");
  ClaimDrafts closing("The coach said the team was ready. (AP)");
  REQUIRE(closing.claims.size() == 1);
  CHECK(MediaOf(closing, 0) == V{"AP"});
}

TEST_CASE("an outlet citing officials: the officials speak, the outlet carries it") {
  ClaimDrafts d("Al-Ahram reported that the talks had stalled, citing officials at the ministry.");
  REQUIRE(d.claims.size() == 1);
  CHECK(d.f.Words(d.claims[0].speaker) == "officials at the ministry");
  CHECK(d.claims[0].cited);
  CHECK(MediaOf(d, 0) == V{"Al-Ahram"});
}

TEST_CASE("an organisation named like an outlet is one") {
  ClaimFixture f("The Valdera Herald and the Valdera Dockworkers Union met.");
  Outlets outlets;
  outlets.Reset(f.text());
  REQUIRE(f.record.entities.size() >= 2);
  CHECK(outlets.IsMedia(0));
  CHECK_FALSE(outlets.IsMedia(1));
  CHECK(outlets.LastMediaBefore(f.Find("met")) == 0);
  CHECK(outlets.LastMediaBefore(f.Find("Valdera")) == -1);
}

}  // namespace
}  // namespace claimscope::internal
