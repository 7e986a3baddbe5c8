// The article text of a web page (cli/html_article.h): what is kept, what is left out, on
// small pages laid out as news sites lay theirs out.
#include "html_article.h"

#include <doctest/doctest.h>

#include <string>

namespace claimscope::cli {
namespace {

TEST_CASE("the article's paragraphs, headline first, a blank line between") {
  CHECK(ArticleText("<html><body><h1>Port strike</h1><article><p>Dockworkers walked out.</p>"
                    "<p>Talks resume  next\nweek.</p></article></body></html>") ==
        "Port strike\n\nDockworkers walked out.\n\nTalks resume next week.\n");
  // Entities are decoded; a line break parts words.
  CHECK(ArticleText("<p>Caf&eacute; owners &amp; staff<br>met on Monday.</p>") ==
        "Café owners & staff met on Monday.\n");
}

TEST_CASE("navigation, scripts, captions, bylines, related lists and adverts are left out") {
  const std::string page =
      "<html><head><title>Story - Site</title><script>var x = 1;</script></head><body>"
      "<nav><a>Home</a></nav><main><article><h1>Strike ends</h1>"
      "<p class=\"byline\">By A Reporter</p>"
      "<figure><img src=\"a.jpg\"><figcaption>Pickets at the gate</figcaption></figure>"
      "<p>The strike ended on Friday.</p><div class=\"ad-slot\">Advertisement</div>"
      "<div class=\"share-tools\">Share</div>"
      "<section class=\"related-stories\"><ul><li>Other story</li></ul></section>"
      "</article></main><footer>Copyright</footer></body></html>";
  CHECK(ArticleText(page) == "Strike ends\n\nThe strike ended on Friday.\n");
  // "ad" only as a word of its own: a "lead" paragraph stays.
  CHECK(ArticleText("<article><p class=\"lead\">The lead.</p></article>") == "The lead.\n");
}

TEST_CASE("a pull quote repeating the body is left out; one that does not is kept") {
  const std::string body =
      "<article><p>\"We have waited 18 months for a fair offer,\" said Ines Marlow.</p>";
  CHECK(ArticleText(body + "<blockquote class=\"pull-quote\">\"We have waited 18 months for a "
                           "fair offer\"</blockquote></article>") ==
        "\"We have waited 18 months for a fair offer,\" said Ines Marlow.\n");
  CHECK(ArticleText(body + "<aside class=\"pullquote\">Nobody wanted this strike</aside>"
                           "</article>") ==
        "\"We have waited 18 months for a fair offer,\" said Ines Marlow.\n\nNobody wanted "
        "this strike\n");
}

TEST_CASE("a list's items are paragraphs; broken markup reads as a browser reads it") {
  CHECK(ArticleText("<div class=\"entry-content\"><p>A list:<ul><li>one</li><li>two</li></ul>"
                    "</div>") == "A list:\n\none\n\ntwo\n");
  CHECK(ArticleText("<p>Unclosed <b>bold").find("Unclosed bold") == 0);
  CHECK(ArticleText("").empty());
  CHECK(ArticleText("just text, no tags") == "just text, no tags\n");
}

}  // namespace
}  // namespace claimscope::cli
