// The document as the attribution parts read it: its tokens with the sentence, paragraph,
// entity and quote each belongs to, the quotes found from quotation marks, and the questions
// every part asks of a token ("the next word in the sentence", "a comma?", "which entity?").
// Built once per document (Index), then read by the parts; reused between documents, so that
// only its capacity stays.
#ifndef CLAIMSCOPE_SRC_CLAIMS_CLAIM_TEXT_H_
#define CLAIMSCOPE_SRC_CLAIMS_CLAIM_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "claims/claim_draft.h"
#include "claimscope/record.h"
#include "claimscope/tokenizer.h"
#include "lexicon/lexicon_matcher.h"
#include "lexicon/token_word_lists.h"
#include "lexicon/word_lists.h"

namespace claimscope::internal {

// The tokens of a lexicon hit.
inline Range HitTokens(const LexiconHit& h, const LexiconScratch& units) {
  return {units.units[h.first].token, units.units[h.end - 1].token + 1};
}

class ClaimText {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFF;

  // Indexes the tokens of `analysis` (of `text`) by sentence, paragraph, the entity of
  // `record` they are part of and the quote of record.quotes (from quotation marks) they are
  // inside, and makes a MarkQuote of each such quote (marks(), in text order). `lists` holds
  // the word lists of analysis's tokens; it and `record` must outlive the use of this object
  // for the document.
  void Index(std::string_view text, const TextAnalysis& analysis, const TokenWordLists& lists,
             const Record& record);

  // --- the document -----------------------------------------------------------------------
  std::string_view text() const { return text_; }
  const std::vector<Token>& tokens() const { return *tokens_; }
  const std::vector<Segment>& sentences() const { return analysis_->sentences; }
  const std::vector<Segment>& paragraphs() const { return analysis_->paragraphs; }
  const Record& record() const { return *record_; }
  const std::vector<Entity>& entities() const { return record_->entities; }
  const WordLists& words() const { return lists_->words(); }

  uint32_t sentence_of(uint32_t k) const { return sentence_of_[k]; }
  uint32_t paragraph_of(uint32_t k) const { return paragraph_of_[k]; }
  // The index of the entity token k is part of, or -1.
  int entity_of(uint32_t k) const { return entity_of_[k]; }
  // The mark quote whose content holds token k, or -1.
  int quote_of(uint32_t k) const { return quote_of_[k]; }
  bool InsideQuote(uint32_t k) const { return quote_of_[k] >= 0; }

  // The quotes from quotation marks; a part that claims one sets its `claimed` and `claim`.
  std::vector<MarkQuote>& marks() { return marks_; }
  const std::vector<MarkQuote>& marks() const { return marks_; }
  // The mark quote whose opening (closing) mark is token k, or -1.
  int QuoteOpeningAt(uint32_t k) const { return k < opening_mark_.size() ? opening_mark_[k] : -1; }
  int QuoteClosingAt(uint32_t k) const { return k < closing_mark_.size() ? closing_mark_[k] : -1; }

  // --- tokens -----------------------------------------------------------------------------
  std::string_view Text(uint32_t k) const { return (*tokens_)[k].Text(text_); }
  std::string LowerText(uint32_t k) const { return AsciiLower(Text(k)); }
  // LowerText(k) == lower, without the copy. (LowerIs and IsPunct are always inlined: the
  // rules ask them with a literal some 220,000 and 80,000 times a megabyte, and GCC left
  // them calls: 1,199.9M -> 1,191.4M instructions for 1.4 MB of Reuters, cold.)
  [[gnu::always_inline]] bool LowerIs(uint32_t k, std::string_view lower) const {
    return EqualsAsciiLower(Text(k), lower);
  }
  // Is the word on the list?
  bool Is(WordList list, uint32_t k) const { return lists_->Is(list, k); }
  // A personal pronoun, but not in capitals: "US" and "IT" are acronyms.
  bool IsPronoun(uint32_t k) const {
    return Is(WordList::kPronoun, k) && !(Has(k, kAllCaps) && Text(k).size() > 1);
  }
  // Does the word end in "ing" (any case) after at least two more letters: "saying".
  bool IsIngForm(uint32_t k) const {
    return Text(k).size() > 4 && EndsWithAsciiLower(Text(k), "ing");
  }
  bool IsWord(uint32_t k) const { return (*tokens_)[k].kind == TokenKind::kWord; }
  // A dash that may set off a parenthetical or end a dateline: "-", "—" or "–".
  bool IsDash(uint32_t k) const {
    return IsPunct(k, "-") || IsPunct(k, "\u2014") || IsPunct(k, "\u2013");
  }
  // A lower-case word in -ly outside any name ("sharply", "widely"): an adverb; but not the
  // nouns and verbs in -ly ("his family announced", "a daily said").
  bool IsAdverb(uint32_t k) const {
    return !Has(k, kCapitalised) && Text(k).size() > 4 && Text(k).ends_with("ly") &&
           entity_of(k) < 0 && !IsLyNounOrVerb(Text(k));
  }
  static bool IsLyNounOrVerb(std::string_view word);
  // Does an organisation's name stand in r?
  bool OrganisationIn(Range r) const;
  // "compiled", "written", "broadcast": a past participle (regular, in -en, or common).
  static bool IsPastParticiple(std::string_view word);
  // A headline: the first sentence, a paragraph of its own before more text, when it ends
  // without a full stop ("Brown hits back in row", "Holmes urged to compete at Worlds").
  bool IsHeadline(uint32_t sentence) const;
  bool IsSpace(uint32_t k) const { return (*tokens_)[k].IsSpace(); }
  bool Has(uint32_t k, TokenFlag flag) const { return (*tokens_)[k].Has(flag); }
  [[gnu::always_inline]] bool IsPunct(uint32_t k, std::string_view p) const {
    return (*tokens_)[k].kind == TokenKind::kPunctuation && Text(k) == p;
  }
  // A quotation mark, not the apostrophe of a plural possessive ("Ms Hughes' resignation",
  // "ITV Wales' programme").
  bool IsQuoteMark(uint32_t k) const {
    return (*tokens_)[k].kind == TokenKind::kQuote && !IsPluralPossessive(k);
  }
  bool IsPluralPossessive(uint32_t k) const;
  // The possessive "'s" (or "’s"), a token of its own: "Okafor's", "the rapper's".
  bool IsPossessiveS(uint32_t k) const {
    const std::string_view w = Text(k);
    return w == "'s" || w == "’s";
  }
  bool IsOpening(uint32_t k) const {
    return IsQuoteMark(k) && (*tokens_)[k].quote_role != QuoteRole::kClosing;
  }
  bool IsClosing(uint32_t k) const {
    return IsQuoteMark(k) && (*tokens_)[k].quote_role != QuoteRole::kOpening;
  }
  // The next / previous non-space token within the sentence of k, or kNone.
  uint32_t Next(uint32_t k) const;
  uint32_t Prev(uint32_t k) const;
  // The token that holds byte `byte`.
  uint32_t TokenAt(uint32_t byte) const;
  Span SpanOf(Range r) const { return {(*tokens_)[r.begin].start, (*tokens_)[r.end - 1].end}; }
  std::string_view Slice(Range r) const { return record_->Slice(SpanOf(r)); }
  // The tokens of entity e.
  Range TokensOf(const Entity& e) const {
    return {TokenAt(e.span.start), TokenAt(e.span.end - 1) + 1};
  }
  // Trims white space and outer punctuation (but not quote marks) off a range.
  Range Trim(Range r) const;
  // Words and numbers in r.
  int WordCount(Range r) const;
  // The noun that heads a speaker phrase: its last word before a postmodifier ("a senior
  // official in the campaign", "people familiar with the talks", "the Ministry of Health"),
  // or kNone.
  uint32_t Head(Range r) const;

 private:
  void IndexQuotes();

  std::string_view text_;
  const TextAnalysis* analysis_ = nullptr;
  const std::vector<Token>* tokens_ = nullptr;
  const TokenWordLists* lists_ = nullptr;
  const Record* record_ = nullptr;
  std::vector<uint32_t> sentence_of_;
  std::vector<uint32_t> paragraph_of_;
  std::vector<int> entity_of_;
  std::vector<int> quote_of_;
  std::vector<MarkQuote> marks_;
  std::vector<int> opening_mark_;  // by token: the mark quote it opens, or -1
  std::vector<int> closing_mark_;  // by token: the mark quote it closes, or -1
};

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_CLAIMS_CLAIM_TEXT_H_
