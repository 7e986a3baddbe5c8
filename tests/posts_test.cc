// Social posts (engine/src/claims/posts.h): which lines are posts, who wrote them and what
// they say; and the claims and quotes around them (attribution).
#include "claims/posts.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "claim_drafts.h"
#include "doctest_printers.h"

namespace claimscope::internal {
namespace {

using V = std::vector<std::string>;

// "author|words" of every post in `text`.
V Posts(std::string_view text) {
  std::vector<Post> posts;
  FindPosts(text, &posts);
  V out;
  for (const Post& p : posts) {
    out.push_back(std::string(text.substr(p.author.start, p.author.end - p.author.start)) + "|" +
                  std::string(text.substr(p.words.start, p.words.end - p.words.start)));
  }
  return out;
}

TEST_CASE("posts: a handle before a colon, a repost, links, an embed credit") {
  CHECK(Posts("@elonmusk: We will go to Mars. https://t.co/abc123") ==
        V{"@elonmusk|We will go to Mars."});
  CHECK(Posts("RT @bbcnews: Storm warning issued. https://t.co/x pic.twitter.com/y") ==
        V{"@bbcnews|Storm warning issued."});
  CHECK(Posts("Coming September 30th.https://t.co/hbaW pic.twitter.com/P2q— Apple Music "
              "(@AppleMusic) September 27, 2016.") == V{"Apple Music|Coming September 30th."});
  // A link alone makes a post of no named author.
  CHECK(Posts("The bill is a disaster https://t.co/a1") == V{"|The bill is a disaster"});
  // An address or a handle inside a sentence is no post.
  CHECK(Posts("Write to editor@example.com or follow @bbcnews for news.").empty());
  CHECK(Posts("No post here.\nNor here.").empty());
}

TEST_CASE("a post is its author's claim unless a cue in it gives it to another") {
  ClaimDrafts d(
      "Musk wrote on Twitter:\n\n@elonmusk: We will go to Mars by 2030. https://t.co/abc\n"
      "@nasa: Artemis launches next week, says the agency chief. https://t.co/def");
  CHECK(d.Summary() ==
        V{"Artemis launches next week|the agency chief", "We will go to Mars by 2030.|@elonmusk"});
  CHECK(d.claims[1].direct);
  CHECK(d.claims[1].how == "speaker:post_author");
}

TEST_CASE("no quote or claim runs from one post into the next") {
  ClaimDrafts d(
      "The senator posted: \"The bill is a disaster for working families https://t.co/a1\n"
      "\"We will fight it every step of the way https://t.co/b2\n"
      "\"Call your representative today\" https://t.co/c3");
  const V summary = d.Summary();
  REQUIRE(summary.size() == 2);
  // The first line's claim ends before its link; the third line's quote is its own.
  CHECK(summary[0] == "The bill is a disaster for working families|The senator");
  CHECK(summary[1] == "Call your representative today|The senator");
}

}  // namespace
}  // namespace claimscope::internal
