#include "quantities/unit_carry.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "base/ascii.h"
#include "quantities/number_words.h"

namespace claimscope::internal {
namespace {

bool IsBare(const Quantity& q) {
  return q.type == QuantityType::kCount && q.unit.empty() && q.qualifier.empty() && !q.low;
}

bool CarriesUnit(const Quantity& q) {
  return q.type == QuantityType::kPercent || q.type == QuantityType::kMoney;
}

// Are spans a (first) and b joined by a connector alone ("from", "vs"), across white space?
bool Joined(std::string_view text, const WordLists& words, const Quantity& a, const Quantity& b) {
  if (b.span.start < a.span.end || b.span.start - a.span.end > 24) return false;
  const std::string between = CollapseSpaces(text.substr(a.span.end, b.span.start - a.span.end));
  return !between.empty() && words.Has(WordList::kValueConnector, between);
}

std::string_view SpanText(std::string_view text, const Quantity& q) {
  return text.substr(q.span.start, q.span.end - q.span.start);
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The scale word of an amount's text ("mln", "billion", the "bn" of "2.9bn"), or 1.
double ScaleIn(std::string_view amount) {
  size_t i = 0;
  while (i < amount.size()) {
    while (i < amount.size() && IsSpaceByte(amount[i])) ++i;
    size_t end = i;
    while (end < amount.size() && !IsSpaceByte(amount[end])) ++end;
    std::string_view word = amount.substr(i, end - i);
    i = end;
    size_t letters = 0;
    while (letters < word.size() && !IsAsciiLetter(static_cast<uint8_t>(word[letters]))) {
      ++letters;
    }
    if (letters > 0 && letters < word.size() &&
        !std::isdigit(static_cast<unsigned char>(word[letters - 1]))) {
      continue;  // "$1", "US$": no number glued to letters
    }
    word.remove_prefix(letters);
    if (EqualsAsciiLower(word, "hundred")) continue;
    if (const std::optional<double> s = ScaleOf(word)) return *s;
  }
  return 1;
}

bool InSubunit(std::string_view amount) {
  const size_t space = amount.find_last_of(" \n\t");
  const std::string_view last = space == std::string_view::npos ? amount : amount.substr(space + 1);
  for (std::string_view s : {"cts", "ct", "cents", "cent", "c", "pence", "p", "penny", "pennies"}) {
    if (EqualsAsciiLower(last, s)) return true;
  }
  return false;
}

// Where the sentence that holds byte `at` starts.
uint32_t SentenceStart(const TextAnalysis& a, uint32_t at) {
  const auto s = std::upper_bound(a.sentences.begin(), a.sentences.end(), at,
                                  [](uint32_t b, const Segment& seg) { return b < seg.end; });
  return s == a.sentences.end() ? at : s->start;
}

void Adopt(std::string_view text, const Quantity& from, Quantity* q) {
  q->type = from.type;
  q->unit = from.unit;
  q->value = CarriedValue(text, from, *q);
  q->source.append(";unit_from_neighbour");
}

}  // namespace

double CarriedValue(std::string_view text, const Quantity& from, const Quantity& bare) {
  const double value = bare.value.value_or(0);
  if (from.type == QuantityType::kMoney && InSubunit(SpanText(text, from))) return value / 100;
  if (value >= 1000 || ScaleIn(SpanText(text, bare)) != 1) return value;
  return value * ScaleIn(SpanText(text, from));
}

void CarryUnits(std::string_view text, const TextAnalysis& analysis, const WordLists& words,
                std::vector<Quantity>* quantities) {
  std::vector<Quantity>& qs = *quantities;
  for (size_t i = 0; i < qs.size(); ++i) {
    if (!IsBare(qs[i])) continue;
    if (i > 0 && CarriesUnit(qs[i - 1]) && Joined(text, words, qs[i - 1], qs[i])) {
      Adopt(text, qs[i - 1], &qs[i]);
    } else if (i + 1 < qs.size() && CarriesUnit(qs[i + 1]) &&
               Joined(text, words, qs[i], qs[i + 1])) {
      Adopt(text, qs[i + 1], &qs[i]);
    } else if (ScaleIn(SpanText(text, qs[i])) != 1) {
      // "... 4.9 billion dlrs in 1986 from 4.1 billion in 1985": the closest amount of money
      // before it in its sentence, written with a scale word too.
      const uint32_t sentence = SentenceStart(analysis, qs[i].span.start);
      for (size_t k = i; k-- > 0 && qs[k].span.start >= sentence;) {
        if (qs[k].type != QuantityType::kMoney || ScaleIn(SpanText(text, qs[k])) == 1) continue;
        Adopt(text, qs[k], &qs[i]);
        break;
      }
    }
  }
}

}  // namespace claimscope::internal
