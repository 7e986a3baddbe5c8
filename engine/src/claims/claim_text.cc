#include "claims/claim_text.h"

#include <algorithm>

namespace claimscope::internal {

// Words in -ly that are no adverbs: nouns ("family", "assembly") and verbs ("reply",
// "supply"), singular; lower case, sorted for the binary search.
bool ClaimText::IsLyNounOrVerb(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "anomaly", "apply",     "assembly", "comply", "daily", "family", "homily", "monopoly",
      "monthly", "quarterly", "rally",    "rely",   "reply", "supply", "weekly",
  };
  static_assert(std::is_sorted(std::begin(kWords), std::end(kWords)));
  return std::binary_search(std::begin(kWords), std::end(kWords), word);
}

using namespace std::string_view_literals;  // "’s"sv: compared by size first

bool ClaimText::IsHeadline(uint32_t sentence) const {
  // A paragraph of its own, with more text after it.
  if (sentence != 0 || sentences().size() < 2 ||
      !Has(sentences()[1].first_token, kParagraphStart)) {
    return false;
  }
  const Segment& sent = sentences()[0];
  uint32_t last = sent.end_token;
  while (last > sent.first_token && IsSpace(last - 1)) --last;
  if (last == sent.first_token) return false;
  // (Nor one that introduces what follows: "The senator continued:".)
  return !IsPunct(last - 1, ".") && !IsPunct(last - 1, "!") && !IsPunct(last - 1, "?") &&
         !IsPunct(last - 1, ":") && !IsQuoteMark(last - 1);
}

namespace {

// The segment (sentence or paragraph) of each of `tokens` tokens: white space before the
// first segment counts as the first's, and white space after a segment as that segment's.
void IndexSegments(const std::vector<Segment>& segments, size_t tokens, std::vector<uint32_t>* of) {
  of->assign(tokens, 0);
  for (uint32_t s = 0; s < segments.size(); ++s) {
    const uint32_t begin = s == 0 ? 0 : segments[s].first_token;
    const uint32_t end =
        s + 1 < segments.size() ? segments[s + 1].first_token : static_cast<uint32_t>(tokens);
    for (uint32_t k = begin; k < end; ++k) (*of)[k] = s;
  }
}

}  // namespace

void ClaimText::Index(std::string_view text, const TextAnalysis& analysis,
                      const TokenWordLists& lists, const Record& record) {
  text_ = text;
  analysis_ = &analysis;
  tokens_ = &analysis.tokens;
  lists_ = &lists;
  record_ = &record;
  const std::vector<Token>& tokens = analysis.tokens;
  IndexSegments(analysis.sentences, tokens.size(), &sentence_of_);
  IndexSegments(analysis.paragraphs, tokens.size(), &paragraph_of_);
  entity_of_.assign(tokens.size(), -1);
  for (size_t e = 0; e < record.entities.size(); ++e) {
    const Span s = record.entities[e].span;
    for (uint32_t k = TokenAt(s.start); k < tokens.size() && tokens[k].start < s.end; ++k) {
      entity_of_[k] = static_cast<int>(e);
    }
  }
  IndexQuotes();
}

void ClaimText::IndexQuotes() {
  const std::vector<Token>& tokens = *tokens_;
  quote_of_.assign(tokens.size(), -1);
  marks_.clear();
  for (size_t q = 0; q < record_->quotes.size(); ++q) {
    const Span s = record_->quotes[q].span;
    MarkQuote m;
    m.quote = q;
    m.content = {TokenAt(s.start), TokenAt(s.end - 1) + 1};
    // (Any mark: the quote's own closing mark may look like a possessive, "targets’".)
    auto mark = [&tokens](uint32_t k) { return tokens[k].kind == TokenKind::kQuote; };
    m.open = m.content.begin;
    while (m.open > 0 && !mark(m.open - 1)) --m.open;
    m.open = m.open > 0 ? m.open - 1 : 0;
    m.close = m.content.end;
    while (m.close < tokens.size() && !mark(m.close)) ++m.close;
    for (uint32_t k = m.content.begin; k < m.content.end; ++k) {
      if (quote_of_[k] < 0) quote_of_[k] = static_cast<int>(marks_.size());
    }
    marks_.push_back(m);
  }
  opening_mark_.assign(tokens.size(), -1);
  closing_mark_.assign(tokens.size(), -1);
  for (size_t m = 0; m < marks_.size(); ++m) {
    if (marks_[m].open < tokens.size()) opening_mark_[marks_[m].open] = static_cast<int>(m);
    if (marks_[m].close < tokens.size()) closing_mark_[marks_[m].close] = static_cast<int>(m);
  }
}

uint32_t ClaimText::Next(uint32_t k) const {
  const uint32_t end = sentences()[sentence_of_[k]].end_token;
  for (uint32_t j = k + 1; j < end; ++j) {
    if (!IsSpace(j)) return j;
  }
  return kNone;
}

uint32_t ClaimText::Prev(uint32_t k) const {
  const uint32_t begin = sentences()[sentence_of_[k]].first_token;
  for (uint32_t j = k; j > begin;) {
    --j;
    if (!IsSpace(j)) return j;
  }
  return kNone;
}

uint32_t ClaimText::TokenAt(uint32_t byte) const {
  const auto it = std::lower_bound(tokens_->begin(), tokens_->end(), byte,
                                   [](const Token& t, uint32_t b) { return t.end <= b; });
  return static_cast<uint32_t>(it - tokens_->begin());
}

bool ClaimText::IsPluralPossessive(uint32_t k) const {
  const std::vector<Token>& tokens = *tokens_;
  // (A mark that closes a quote is one: "Millions 'to lose textile jobs'".)
  if (tokens[k].quote_role != QuoteRole::kAmbiguous || k == 0 ||
      tokens[k - 1].kind != TokenKind::kWord || tokens[k].end - tokens[k].start > 3 ||
      QuoteClosingAt(k) >= 0 || QuoteOpeningAt(k) >= 0) {
    return false;
  }
  const std::string_view before = Text(k - 1);
  const std::string_view mark = Text(k);
  return (mark == "'" || mark == "\u2019") && !before.empty() &&
         (before.back() == 's' || before.back() == 'S') &&
         (k + 1 == tokens.size() || tokens[k + 1].IsSpace());
}

Range ClaimText::Trim(Range r) const {
  while (r.begin < r.end && (IsSpace(r.begin) || IsPunct(r.begin, ",") || IsPunct(r.begin, ":") ||
                             IsPunct(r.begin, "—"))) {
    ++r.begin;
  }
  while (r.end > r.begin &&
         (IsSpace(r.end - 1) || ((*tokens_)[r.end - 1].kind == TokenKind::kPunctuation &&
                                 !IsPunct(r.end - 1, ")") && !IsPunct(r.end - 1, "%")))) {
    --r.end;
  }
  return r;
}

int ClaimText::WordCount(Range r) const {
  int n = 0;
  for (uint32_t k = r.begin; k < r.end; ++k) {
    n += IsWord(k) || (*tokens_)[k].kind == TokenKind::kNumber;
  }
  return n;
}

bool ClaimText::OrganisationIn(Range r) const {
  for (uint32_t k = r.begin; k < r.end; ++k) {
    if (entity_of_[k] >= 0 && entities()[entity_of_[k]].type == EntityType::kOrg) return true;
  }
  return false;
}

bool ClaimText::IsPastParticiple(std::string_view w) {
  if (w.size() > 3 && (EndsWithAsciiLower(w, "ed") || EndsWithAsciiLower(w, "en"))) return true;
  static constexpr std::string_view kIrregular[] = {
      "made", "broadcast", "paid", "sold", "bought", "held",  "led",  "run",  "set",
      "put",  "told",      "said", "sent", "built",  "found", "done", "shot", "brought"};
  for (const std::string_view irregular : kIrregular) {
    if (w.size() == irregular.size() && EndsWithAsciiLower(w, irregular)) return true;
  }
  return false;
}

uint32_t ClaimText::Head(Range r) const {
  uint32_t end = r.end;
  for (uint32_t k = r.begin + 1; k < r.end; ++k) {
    if (IsWord(k) && !Has(k, kCapitalised) && Is(WordList::kPostmodifier, k) && entity_of_[k] < 0) {
      // ("figures compiled by the Tories", "research carried out by Ofcom", "a poll broadcast
      // by TVN24": the agent of a participle heads the words; "a report by Demos": the report.)
      const uint32_t before = Prev(k);
      const uint32_t verb = before != kNone && LowerIs(before, "out") ? Prev(before) : before;
      if (LowerIs(k, "by") && verb != kNone && IsWord(verb) && IsPastParticiple(Text(verb))) {
        continue;
      }
      // ("estimates by the Chamber of Commerce": a named body is the source of its text.)
      if (LowerIs(k, "by") && OrganisationIn({k + 1, r.end})) continue;
      end = k;
      break;
    }
  }
  for (uint32_t k = end; k > r.begin;) {
    --k;
    // "Geonex Corp <GEOX>": a ticker in angle brackets names the name before it.
    if (Text(k) == ">"sv) {
      while (k > r.begin && Text(k) != "<"sv) --k;
      continue;
    }
    if ((IsWord(k) || IsPunct(k, ")")) && !IsPossessiveS(k)) {
      if (IsPunct(k, ")")) continue;  // "The Ministry of Health (Minsa)"
      return k;
    }
  }
  return kNone;
}

}  // namespace claimscope::internal
