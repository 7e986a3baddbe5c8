#include "claims/posts.h"

#include <cstdint>

namespace claimscope::internal {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; }

bool IsHandleByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool StartsWith(std::string_view s, size_t at, std::string_view prefix) {
  return s.size() >= at + prefix.size() && s.substr(at, prefix.size()) == prefix;
}

// A link to a post or its picture: "https://t.co/x1", "pic.twitter.com/x1".
bool IsLink(std::string_view chunk) {
  return StartsWith(chunk, 0, "http://") || StartsWith(chunk, 0, "https://") ||
         StartsWith(chunk, 0, "pic.twitter.com/");
}

bool LinksToPost(std::string_view line) {
  // From each "/" back: a slash is rare in news, where "t" (the search for "t.co/" by its
  // first byte) is every twentieth byte.
  for (size_t slash = line.find('/'); slash != std::string_view::npos;
       slash = line.find('/', slash + 1)) {
    const std::string_view before = line.substr(0, slash);
    if (before.ends_with("t.co") || before.ends_with("twitter.com")) return true;
  }
  return false;
}

// The end of a handle that starts with "@" at `at`, or `at` when there is none.
size_t HandleEnd(std::string_view s, size_t at) {
  if (at >= s.size() || s[at] != '@') return at;
  size_t end = at + 1;
  while (end < s.size() && IsHandleByte(s[end])) ++end;
  return end > at + 1 ? end : at;
}

// "@handle:" or "RT @handle:" opening the line: the handle, and where the words start.
bool AuthorPrefix(std::string_view s, size_t* handle_begin, size_t* handle_end,
                  size_t* words_begin) {
  size_t at = StartsWith(s, 0, "RT ") ? 3 : 0;
  while (at < s.size() && IsSpaceByte(s[at])) ++at;
  const size_t end = HandleEnd(s, at);
  if (end == at) return false;
  size_t colon = end;
  while (colon < s.size() && IsSpaceByte(s[colon])) ++colon;
  if (colon >= s.size() || s[colon] != ':') return false;
  *handle_begin = at;
  *handle_end = end;
  *words_begin = colon + 1;
  return true;
}

// "words— Apple Music (@AppleMusic) September 27, 2016": the credit's name and the dash
// that opens it.
bool EmbedCredit(std::string_view s, size_t* name_begin, size_t* name_end, size_t* dash) {
  constexpr size_t kMaxName = 60;
  constexpr size_t kMaxDate = 40;
  const size_t open = s.rfind("(@");
  if (open == std::string_view::npos || open == 0) return false;
  const size_t close = HandleEnd(s, open + 1);
  if (close == open + 1 || close >= s.size() || s[close] != ')') return false;
  if (s.size() - close > kMaxDate) return false;
  // Back from the parenthesis to a dash: "—", "–" or " - ".
  for (size_t k = open; k > 0 && open - k <= kMaxName;) {
    --k;
    const bool em = StartsWith(s, k, "\u2014") || StartsWith(s, k, "\u2013");
    const bool hyphen = s[k] == '-' && k > 0 && IsSpaceByte(s[k - 1]);
    if (!em && !hyphen) continue;
    size_t b = k + (em ? 3 : 1);
    while (b < open && IsSpaceByte(s[b])) ++b;
    size_t e = open;
    while (e > b && IsSpaceByte(s[e - 1])) --e;
    if (e == b) return false;
    *name_begin = b;
    *name_end = e;
    *dash = k;
    return true;
  }
  return false;
}

// The end of the words before the links that close them ("...30th.https://t.co/x pic...").
size_t BeforeTrailingLinks(std::string_view s, size_t begin, size_t end) {
  for (size_t p = begin; p < end; ++p) {
    if (s[p] != 'h' && s[p] != 'p') continue;
    if (!IsLink(s.substr(p, end - p))) continue;
    // Only links and spaces from here to the end?
    bool links_only = true;
    for (size_t q = p; q < end && links_only;) {
      while (q < end && IsSpaceByte(s[q])) ++q;
      if (q >= end) break;
      size_t chunk_end = q;
      while (chunk_end < end && !IsSpaceByte(s[chunk_end])) ++chunk_end;
      links_only = IsLink(s.substr(q, chunk_end - q));
      q = chunk_end;
    }
    if (!links_only) continue;
    while (p > begin && IsSpaceByte(s[p - 1])) --p;
    return p;
  }
  return end;
}

Span Shifted(size_t base, size_t b, size_t e) {
  return {static_cast<uint32_t>(base + b), static_cast<uint32_t>(base + e)};
}

}  // namespace

void FindPosts(std::string_view text, std::vector<Post>* posts) {
  posts->clear();
  // Most news has neither an "@" nor a link to a post: two scans of the whole text spare the
  // line-by-line look (wire text breaks its lines every 70 bytes).
  if (text.find('@') == std::string_view::npos && !LinksToPost(text)) return;
  size_t line_begin = 0;
  while (line_begin < text.size()) {
    size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    size_t b = line_begin;
    size_t e = line_end;
    while (b < e && IsSpaceByte(text[b])) ++b;
    while (e > b && IsSpaceByte(text[e - 1])) --e;
    const std::string_view s = text.substr(b, e - b);
    const bool links = LinksToPost(s);
    if (links || s.find('@') != std::string_view::npos) {
      Post post;
      size_t hb = 0, he = 0, words_begin = 0, words_end = s.size(), dash = 0;
      bool is_post = links;
      if (AuthorPrefix(s, &hb, &he, &words_begin)) {
        post.author = Shifted(b, hb, he);
        is_post = true;
      }
      if (EmbedCredit(s, &hb, &he, &dash)) {
        if (post.author.start == post.author.end) post.author = Shifted(b, hb, he);
        words_end = dash;
        is_post = true;
      }
      if (is_post) {
        while (words_begin < words_end && IsSpaceByte(s[words_begin])) ++words_begin;
        words_end = BeforeTrailingLinks(s, words_begin, words_end);
        post.line = Shifted(b, 0, s.size());
        post.words = Shifted(b, words_begin, words_end);
        posts->push_back(post);
      }
    }
    line_begin = line_end + 1;
  }
}

}  // namespace claimscope::internal
