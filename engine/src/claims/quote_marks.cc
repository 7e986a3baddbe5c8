#include "claims/quote_marks.h"

#include <algorithm>
#include <cstdint>

namespace claimscope::internal {
namespace {

enum class Family { kDouble, kSingle };

Family FamilyOf(std::string_view mark) {
  if (mark == "'" || mark == "\u2018" || mark == "\u2019" || mark == "\u201A" || mark == "\u201B" ||
      mark == "\u2039" || mark == "\u203A" || mark == "\u300E" || mark == "\u300F" ||
      mark == "\uFF07") {
    return Family::kSingle;
  }
  return Family::kDouble;
}

struct Open {
  uint32_t token;
  Family family;
};

constexpr int kStatementWords = 5;

int CountWords(const TextAnalysis& a, uint32_t begin, uint32_t end) {
  int words = 0;
  for (uint32_t k = begin; k < end; ++k) {
    const TokenKind kind = a.tokens[k].kind;
    if (kind == TokenKind::kWord || kind == TokenKind::kNumber) ++words;
  }
  return words;
}

// The quote between the marks at tokens `open` and `close` (exclusive), if it holds words.
void AddQuote(const TextAnalysis& a, uint32_t open, uint32_t close, std::vector<Quote>* quotes) {
  uint32_t begin = open + 1;
  uint32_t end = close;
  while (begin < end && a.tokens[begin].IsSpace()) ++begin;
  while (end > begin && a.tokens[end - 1].IsSpace()) --end;
  if (begin == end) return;  // "" holds nothing
  Quote q;
  q.span = {a.tokens[begin].start, a.tokens[end - 1].end};
  q.kind = CountWords(a, begin, end) >= kStatementWords ? QuoteKind::kDirect : QuoteKind::kPartial;
  q.source = "quote_marks";
  quotes->push_back(std::move(q));
}

// Does a sentence end just before token k (its last non-space token ". ? ! …")?
bool AfterSentenceEnd(std::string_view text, const TextAnalysis& a, uint32_t k, uint32_t from) {
  while (k > from && a.tokens[k - 1].IsSpace()) --k;
  if (k == from) return false;
  const std::string_view last = a.tokens[k - 1].Text(text);
  return last == "." || last == "?" || last == "!" || last == "\u2026";
}

}  // namespace

void FindQuotedSpans(std::string_view text, const TextAnalysis& a, const std::vector<Post>& posts,
                     std::vector<Quote>* quotes) {
  std::vector<Open> open;
  const size_t first_new = quotes->size();
  size_t post = 0;  // the first post that does not end before the token looked at
  for (size_t p = 0; p < a.paragraphs.size(); ++p) {
    const Segment& para = a.paragraphs[p];
    // A quote running over paragraphs: each paragraph opens with a mark and only the last
    // closes. The open quote carries into this paragraph, whose opening mark is skipped.
    const bool continues = open.size() == 1 && p > 0 &&
                           open[0].token == a.paragraphs[p - 1].first_token &&
                           a.tokens[para.first_token].kind == TokenKind::kQuote &&
                           a.tokens[para.first_token].quote_role != QuoteRole::kClosing &&
                           FamilyOf(a.tokens[para.first_token].Text(text)) == open[0].family;
    if (!continues) open.clear();
    for (uint32_t k = para.first_token + (continues ? 1 : 0); k < para.end_token; ++k) {
      const Token& t = a.tokens[k];
      if (t.kind != TokenKind::kQuote) continue;
      // A post is a line of its own: marks open before it or in it close there.
      while (post < posts.size() && posts[post].line.end <= t.start) {
        ++post;
        open.clear();
      }
      if (post < posts.size() && posts[post].line.start <= t.start && !open.empty() &&
          a.tokens[open.back().token].start < posts[post].line.start) {
        open.clear();
      }
      const Family family = FamilyOf(t.Text(text));
      const auto match = std::find_if(open.rbegin(), open.rend(),
                                      [family](const Open& o) { return o.family == family; });
      // „…“ and ‚…‘ (German style) close with the marks that open elsewhere.
      const bool low_pair = match != open.rend() &&
                            (a.tokens[match->token].Text(text) == "\u201E" ||
                             a.tokens[match->token].Text(text) == "\u201A") &&
                            (t.Text(text) == "\u201C" || t.Text(text) == "\u2018");
      const bool can_close =
          match != open.rend() && (t.quote_role != QuoteRole::kOpening || low_pair);
      if (can_close) {
        const uint32_t from = match->token;
        open.erase(std::next(match).base(), open.end());
        AddQuote(a, from, k, quotes);
        continue;
      }
      // An ambiguous single mark with nothing to close is far more often an apostrophe.
      const bool opens = t.quote_role == QuoteRole::kOpening ||
                         (t.quote_role == QuoteRole::kAmbiguous && family == Family::kDouble);
      if (!opens) continue;
      // `said: "It is done. "We go on."`: a quoted sentence that ends where the next quoted
      // sentence opens, without its own closing mark (BBC style), is a quote of its own.
      if (match != open.rend() && t.quote_role == QuoteRole::kOpening &&
          AfterSentenceEnd(text, a, k, match->token + 1)) {
        const uint32_t from = match->token;
        open.erase(std::next(match).base(), open.end());
        AddQuote(a, from, k, quotes);
      }
      open.push_back({k, family});
    }
    // A quote opened inside the paragraph and still open at its end ends there when the next
    // paragraph opens with a mark of its family and this one ends a sentence: the same style
    // across paragraphs. (One opened at the paragraph start carries on, above.)
    const bool next_opens =
        p + 1 < a.paragraphs.size() &&
        a.tokens[a.paragraphs[p + 1].first_token].kind == TokenKind::kQuote &&
        a.tokens[a.paragraphs[p + 1].first_token].quote_role == QuoteRole::kOpening;
    if (open.size() == 1 && open[0].token != para.first_token && next_opens &&
        FamilyOf(a.tokens[a.paragraphs[p + 1].first_token].Text(text)) == open[0].family &&
        AfterSentenceEnd(text, a, para.end_token, open[0].token + 1)) {
      AddQuote(a, open[0].token, para.end_token, quotes);
      open.clear();
    }
  }
  // Inner pairs close first; the output is in text order.
  std::sort(quotes->begin() + static_cast<std::ptrdiff_t>(first_new), quotes->end(),
            [](const Quote& x, const Quote& y) {
              return x.span.start != y.span.start ? x.span.start < y.span.start
                                                  : x.span.end > y.span.end;
            });
}

}  // namespace claimscope::internal
