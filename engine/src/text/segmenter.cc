#include "text/segmenter.h"

#include <cstdint>
#include <vector>

#include "claimscope/utf8.h"
#include "text/abbreviations.h"
#include "text/char_class.h"

namespace claimscope::internal {
namespace {

bool IsTerminator(std::string_view t) {
  if (t.empty()) return false;
  if (t[0] == '.' || t[0] == '!' || t[0] == '?') return true;
  return t == "\u2026" || t == "\u3002" || t == "\uFF01" || t == "\uFF1F" || t == "\u061F" ||
         t == "\u0964";
}

bool IsWideTerminator(std::string_view t) {
  return t == "\u3002" || t == "\uFF01" || t == "\uFF1F";
}

bool IsClosingBracket(std::string_view t) { return t == ")" || t == "]" || t == "}"; }

bool CanOpenSentence(const Token& t, std::string_view text) {
  switch (t.kind) {
    case TokenKind::kWord: {
      if (t.Has(kIdeographic)) return true;
      size_t p = 0;
      const int32_t cp = DecodeUtf8(reinterpret_cast<const uint8_t*>(text.data()), text.size(), &p);
      return !IsLowerCodePoint(cp);  // capitalised, or a script without case
    }
    case TokenKind::kNumber:
    case TokenKind::kSymbol:
      return true;
    case TokenKind::kQuote:
      return t.quote_role != QuoteRole::kClosing;
    case TokenKind::kPunctuation:
      return text == "(" || text == "[" || text == "\u00BF" || text == "\u00A1";
    default:
      return false;
  }
}

class Segmenter {
 public:
  Segmenter(std::string_view input, TextAnalysis* out)
      : input_(input), tokens_(out->tokens), out_(out) {}

  void Run() {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    uint32_t para_begin = 0;
    uint32_t prev_indent = LeadingIndent(0);
    for (uint32_t k = 0; k < n; ++k) {
      k = NextOfKind(k, n, TokenKind::kNewline);
      if (k == n) break;
      uint32_t m = k + 1;
      const uint32_t indent = LeadingIndent(m);
      while (m < n && tokens_[m].kind == TokenKind::kSpace) ++m;
      const bool blank = m < n && tokens_[m].kind == TokenKind::kNewline;
      const bool indented = m < n && !blank && indent > prev_indent;
      if (!blank) prev_indent = indent;
      if (blank || indented) {
        AddParagraph(para_begin, k);
        para_begin = k + 1;
      }
    }
    AddParagraph(para_begin, n);
  }

 private:
  // Width in bytes of the space token at `k` (the start of a line), or 0.
  uint32_t LeadingIndent(uint32_t k) const {
    if (k < tokens_.size() && tokens_[k].kind == TokenKind::kSpace) {
      return tokens_[k].end - tokens_[k].start;
    }
    return 0;
  }

  std::string_view Text(uint32_t k) const { return tokens_[k].Text(input_); }

  // The first token in [k, end) of the given kind, or end. (Through a local pointer: the
  // vector's, reloaded at every step, would double the cost of these scans over every token.)
  uint32_t NextOfKind(uint32_t k, uint32_t end, TokenKind kind) const {
    const Token* tokens = tokens_.data();
    while (k < end && tokens[k].kind != kind) ++k;
    return k;
  }

  // The first token in [k, end) that may end a sentence (terminal punctuation, an
  // abbreviation; see SentenceEndAt), or end.
  uint32_t NextSentenceEndCandidate(uint32_t k, uint32_t end) const {
    const Token* tokens = tokens_.data();
    while (k < end && tokens[k].kind != TokenKind::kPunctuation &&
           !(tokens[k].kind == TokenKind::kWord && tokens[k].Has(kAbbreviation))) {
      ++k;
    }
    return k;
  }

  // Appends [begin, end) without its outer white space, if anything is left.
  static bool Trim(const std::vector<Token>& tokens, uint32_t* begin, uint32_t* end) {
    while (*begin < *end && tokens[*begin].IsSpace()) ++*begin;
    while (*end > *begin && tokens[*end - 1].IsSpace()) --*end;
    return *begin < *end;
  }

  void Add(std::vector<Segment>* list, uint32_t begin, uint32_t end, TokenFlag flag) {
    if (!Trim(tokens_, &begin, &end)) return;
    list->push_back({begin, end, tokens_[begin].start, tokens_[end - 1].end});
    tokens_[begin].flags |= flag;
  }

  void AddParagraph(uint32_t begin, uint32_t end) {
    Add(&out_->paragraphs, begin, end, kParagraphStart);
    uint32_t sentence_begin = begin;
    for (uint32_t k = begin; k < end; ++k) {
      k = NextSentenceEndCandidate(k, end);
      if (k == end) break;
      const uint32_t stop = SentenceEndAt(k, end);
      if (stop > k) {
        Add(&out_->sentences, sentence_begin, stop, kSentenceStart);
        sentence_begin = stop;
        k = stop - 1;
      }
    }
    Add(&out_->sentences, sentence_begin, end, kSentenceStart);
  }

  // If a sentence ends at token k, returns the index just past its last token (after closing
  // quotes and brackets); otherwise returns k.
  uint32_t SentenceEndAt(uint32_t k, uint32_t end) const {
    const Token& t = tokens_[k];
    const bool punct = t.kind == TokenKind::kPunctuation && IsTerminator(Text(k));
    const bool abbreviation = t.kind == TokenKind::kWord && t.Has(kAbbreviation);
    if (!punct && !abbreviation) return k;
    uint32_t j = k + 1;
    while (j < end && ((tokens_[j].kind == TokenKind::kQuote &&
                        tokens_[j].quote_role != QuoteRole::kOpening) ||
                       (tokens_[j].kind == TokenKind::kPunctuation &&
                        (IsClosingBracket(Text(j)) || IsTerminator(Text(j)))))) {
      ++j;
    }
    uint32_t m = j;
    while (m < end && tokens_[m].IsSpace()) ++m;
    if (m >= end) return k;  // the paragraph ends here anyway
    if (m == j && !(punct && IsWideTerminator(Text(k)))) return k;  // "3.5", "example.com"
    if (!CanOpenSentence(tokens_[m], Text(m))) return k;
    if (abbreviation) {
      std::string_view word = Text(k);
      word.remove_suffix(1);
      if (LookUpAbbreviation(word) == AbbreviationKind::kTitle) return k;
      if (tokens_[m].kind != TokenKind::kWord || !IsSentenceStarter(Text(m))) return k;
    }
    return j;
  }

  std::string_view input_;
  std::vector<Token>& tokens_;
  TextAnalysis* out_;
};

}  // namespace

void FindSentencesAndParagraphs(std::string_view input, TextAnalysis* out) {
  Segmenter(input, out).Run();
}

}  // namespace claimscope::internal
