// The article text of a news web page, for `claimscope extract --input html`. The page is
// parsed with Gumbo (Debian libgumbo-dev: Google's HTML5 parser, the algorithm browsers use,
// so that broken markup reads as a browser reads it); the text is taken from the article's
// element (<article>, <main>, an articleBody or story-body block, else <body>): the headline
// (an <h1>, not the <title> that names the site too), paragraphs, headings, list items and
// block quotes, a paragraph each, separated by a blank line. Scripts, styles, navigation, forms,
// comments, asides, figure captions and blocks whose class or id says what they are (related
// stories, share buttons, newsletters, cookie notices, adverts, bylines) are left out, and so is a
// pull quote that repeats words of the body (it would be a second claim of the same quote).
#ifndef CLAIMSCOPE_CLI_HTML_ARTICLE_H_
#define CLAIMSCOPE_CLI_HTML_ARTICLE_H_

#include <string>
#include <string_view>

namespace claimscope::cli {

// The article text of `html` (UTF-8; invalid bytes are read as U+FFFD by the parser).
std::string ArticleText(std::string_view html);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_HTML_ARTICLE_H_
