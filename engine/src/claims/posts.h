// Social posts quoted in news text, one line each: "@handle: words", "RT @handle: words",
// words that end in a link to the post ("... https://t.co/x1y2"), or an embedded post with
// its credit ("words— Apple Music (@AppleMusic) September 27, 2016"). A post is its
// author's words; no quote or claim runs from a post into the next line.
#ifndef CLAIMSCOPE_SRC_CLAIMS_POSTS_H_
#define CLAIMSCOPE_SRC_CLAIMS_POSTS_H_

#include <string_view>
#include <vector>

#include "claimscope/record.h"

namespace claimscope::internal {

struct Post {
  Span line;    // the whole line, without surrounding white space
  Span author;  // "@handle", or the name of an embed credit; empty when the line names none
  Span words;   // what the post says: without the author, the "RT", the links or the credit
};

// The posts of `text`, in text order, into `posts` (cleared first). Only lines with an "@"
// or a link to a post are looked at.
void FindPosts(std::string_view text, std::vector<Post>* posts);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_CLAIMS_POSTS_H_
