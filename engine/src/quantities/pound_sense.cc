#include "quantities/pound_sense.h"

#include <algorithm>
#include <vector>

#include "base/ascii.h"

namespace claimscope::internal {
namespace {

using namespace std::string_view_literals;

// The sense= attribute of a word on word.amount_context, or empty.
std::string_view SenseOf(const WordLists& words, std::string_view word) {
  const LexiconEntry* e = words.Find(WordList::kAmountContext, word);
  return e == nullptr ? std::string_view() : e->Attribute("sense");
}

bool IsUnitOfWeight(const WordLists& words, std::string_view word) {
  const LexiconEntry* e = words.Find(WordList::kAmountContext, word);
  return e != nullptr && e->Attribute("unit") == "1"sv;
}

// The first two words after byte `end`, past spaces (and not past other punctuation).
void WordsAfter(std::string_view text, const TextAnalysis& a, uint32_t end, std::string_view* first,
                std::string_view* second) {
  const auto& tokens = a.tokens;
  auto k =
      static_cast<size_t>(std::lower_bound(tokens.begin(), tokens.end(), end,
                                           [](const Token& t, uint32_t b) { return t.start < b; }) -
                          tokens.begin());
  std::string_view* slots[] = {first, second};
  for (std::string_view* slot : slots) {
    while (k < tokens.size() && tokens[k].kind == TokenKind::kSpace) ++k;
    if (k >= tokens.size() || tokens[k].kind != TokenKind::kWord) return;
    *slot = tokens[k].Text(text);
    ++k;
  }
}

// Money words less weight words, over the segment that holds `amount` (the amount's own
// words left out).
int Lean(std::string_view text, const TextAnalysis& a, const WordLists& words,
         const std::vector<Segment>& segments, Span amount) {
  const auto s = std::upper_bound(segments.begin(), segments.end(), amount.start,
                                  [](uint32_t b, const Segment& seg) { return b < seg.end; });
  if (s == segments.end()) return 0;
  int lean = 0;
  for (uint32_t k = s->first_token; k < s->end_token; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::kWord || (t.start >= amount.start && t.end <= amount.end)) continue;
    const std::string_view sense = SenseOf(words, t.Text(text));
    lean += sense == "money"sv ? 1 : sense == "weight"sv ? -1 : 0;
  }
  return lean;
}

}  // namespace

PoundSense SenseOfPounds(std::string_view text, const TextAnalysis& analysis,
                         const WordLists& words, Span amount, bool letter_multiplier,
                         bool sterling_elsewhere) {
  if (letter_multiplier) return PoundSense::kMoney;
  std::string_view next, after;
  WordsAfter(text, analysis, amount.end, &next, &after);
  if (EqualsAsciiLower(next, "of") && !after.empty()) {
    return SenseOf(words, after) == "money"sv ? PoundSense::kMoney : PoundSense::kWeight;
  }
  if ((EqualsAsciiLower(next, "per") || EqualsAsciiLower(next, "a")) &&
      IsUnitOfWeight(words, after)) {
    return PoundSense::kMoney;  // a price: "200 pounds per tonne"
  }
  if (EqualsAsciiLower(next, "each")) return PoundSense::kWeight;
  // The sentence, then the paragraph: the first that leans one way decides.
  for (const std::vector<Segment>* segments : {&analysis.sentences, &analysis.paragraphs}) {
    const int lean = Lean(text, analysis, words, *segments, amount);
    if (lean != 0) return lean > 0 ? PoundSense::kMoney : PoundSense::kWeight;
  }
  return sterling_elsewhere ? PoundSense::kMoney : PoundSense::kWeight;
}

bool WritesSterling(std::string_view text) {
  if (text.find("£") != std::string_view::npos) return true;
  for (std::string_view word : {"stg"sv, "sterling"sv, "pence"sv, "Sterling"sv, "STG"sv}) {
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      const bool starts = at == 0 || !IsAsciiLetter(static_cast<uint8_t>(text[at - 1]));
      const size_t end = at + word.size();
      if (starts && (end == text.size() || !IsAsciiLetter(static_cast<uint8_t>(text[end])))) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace claimscope::internal
