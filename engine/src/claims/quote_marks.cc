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

}  // namespace

void FindQuotedSpans(std::string_view text, const TextAnalysis& a, std::vector<Quote>* quotes) {
  std::vector<Open> open;
  const size_t first_new = quotes->size();
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
        uint32_t begin = match->token + 1;
        uint32_t end = k;
        open.erase(std::next(match).base(), open.end());
        while (begin < end && a.tokens[begin].IsSpace()) ++begin;
        while (end > begin && a.tokens[end - 1].IsSpace()) --end;
        if (begin == end) continue;  // "" holds nothing
        Quote q;
        q.span = {a.tokens[begin].start, a.tokens[end - 1].end};
        q.kind =
            CountWords(a, begin, end) >= kStatementWords ? QuoteKind::kDirect : QuoteKind::kPartial;
        q.source = "quote_marks";
        quotes->push_back(std::move(q));
        continue;
      }
      // An ambiguous single mark with nothing to close is far more often an apostrophe.
      const bool opens = t.quote_role == QuoteRole::kOpening ||
                         (t.quote_role == QuoteRole::kAmbiguous && family == Family::kDouble);
      if (opens) open.push_back({k, family});
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
