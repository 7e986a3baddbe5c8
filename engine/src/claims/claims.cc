#include "claims/claims.h"

#include <algorithm>
#include <string>

#include "base/record_ids.h"

namespace claimscope::internal {
namespace {

constexpr uint32_t kNone = ClaimText::kNone;

// A marked quote is direct when it is a statement of its own: attributed next to its marks,
// opening its sentence or paragraph; partial when it sits inside other words.
QuoteKind KindOfMarked(const ClaimText& t, const MarkQuote& m, const Claim& claim) {
  const uint32_t before = m.open > 0 ? t.Prev(m.open) : kNone;
  const bool opens = before == kNone || t.IsPunct(before, ":") || t.IsPunct(before, ",") ||
                     t.Has(m.open, kSentenceStart) || t.Has(m.open, kParagraphStart);
  const uint32_t after = t.Next(m.close) == kNone ? kNone : t.Next(m.close);
  const bool closes =
      after == kNone || t.IsPunct(after, ".") || t.IsPunct(after, ",") ||
      (!claim.cue.empty() && after >= claim.cue.begin && after <= claim.speaker.end);
  if (before != kNone && t.IsPunct(before, ":")) return QuoteKind::kDirect;  // “No comment.”
  if (opens && (closes || t.WordCount(m.content) >= 5)) return QuoteKind::kDirect;
  return t.WordCount(m.content) >= 8 ? QuoteKind::kDirect : QuoteKind::kPartial;
}

// The mentions wholly inside a quote (entities and quantities are in text order).
template <typename Mention>
void Inside(const std::vector<Mention>& mentions, Span s, std::vector<std::string>* ids) {
  auto it = std::lower_bound(mentions.begin(), mentions.end(), s.start,
                             [](const Mention& m, uint32_t at) { return m.span.start < at; });
  for (; it != mentions.end() && it->span.start < s.end; ++it) {
    if (it->span.end <= s.end) ids->push_back(it->id);
  }
}

// The record's quotes from the claims: a quote a claim, with its speaker and outlets, and
// the mark quotes no claim took (partial quotes of a claim take its speaker).
void WriteQuotes(AttributionScratch& s, Record* r) {
  const ClaimText& t = s.text;
  s.outlets.FindParagraphCredits(s.claims);
  s.resolver.ResolveAll(t, s.anonymity, s.claims, &s.speakers);
  std::vector<Quote> out;
  s.used.assign(r->quotes.size(), 0);
  for (size_t c = 0; c < s.claims.size(); ++c) {
    const Claim& claim = s.claims[c];
    Quote q;
    if (claim.mark >= 0) {
      const MarkQuote& m = t.marks()[claim.mark];
      q = r->quotes[m.quote];
      s.used[m.quote] = 1;
      q.kind = claim.direct ? QuoteKind::kDirect : KindOfMarked(t, m, claim);
    } else {
      // A post's words are its author's own; other words are reported.
      q.kind = claim.direct ? QuoteKind::kDirect : QuoteKind::kIndirect;
      q.span = t.SpanOf(claim.content);
      q.source = claim.direct ? "rule:post" : "rule:reported_speech";
    }
    if (!claim.cue.empty()) q.cue = t.SpanOf(claim.cue);
    if (claim.rejects) q.stance = "rejects";
    q.speaker = s.speakers[c].speaker;
    s.outlets.SetMedia(s.cues, s.claims, c, &q);
    q.source.append(";").append(claim.how);
    if (claim.cited) q.source.append(";speaker:cited");
    if (!q.media.empty()) q.source.append(";media:").append(s.outlets.how());
    out.push_back(std::move(q));
  }
  for (const MarkQuote& mark : t.marks()) {
    if (s.used[mark.quote]) continue;
    Quote q = r->quotes[mark.quote];
    if (mark.claim >= 0) {
      q.speaker = s.speakers[mark.claim].speaker;
      q.kind = QuoteKind::kPartial;
    } else {
      q.kind = KindOfMarked(t, mark, Claim());
    }
    out.push_back(std::move(q));
  }
  std::sort(out.begin(), out.end(), [](const Quote& x, const Quote& y) {
    return x.span.start != y.span.start ? x.span.start < y.span.start : x.span.end > y.span.end;
  });
  int n = 0;
  for (Quote& q : out) {
    q.id = MakeId('q', ++n);
    Inside(r->entities, q.span, &q.entities);
    Inside(r->quantities, q.span, &q.quantities);
  }
  r->quotes = std::move(out);
}

}  // namespace

void AttributeClaims(const AttributionInput& in, AttributionScratch* scratch, Record* record) {
  AttributionScratch& s = *scratch;
  s.text.Index(in.text, *in.analysis, *in.word_lists, *record);
  s.cues.Find(s.text, *in.lexicons, *in.units, *in.hits);
  s.anonymity.Find(s.text, *in.lexicons, *in.units, *in.hits);
  s.resolver.Index(s.text, *in.lexicons, *in.units, *in.hits);
  s.outlets.Reset(s.text);
  s.outlets.FindCredit(s.text, record);
  ClaimFinder(s.text, s.cues, s.outlets, s.posts, &s.finder, &s.claims).FindAll();
  WriteQuotes(s, record);
}

}  // namespace claimscope::internal
