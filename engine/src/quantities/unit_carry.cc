#include "quantities/unit_carry.h"

#include <string>

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
  std::string between;
  for (char c : text.substr(a.span.end, b.span.start - a.span.end)) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!between.empty() && between.back() != ' ') between.push_back(' ');
    } else {
      between.push_back(c);
    }
  }
  if (!between.empty() && between.back() == ' ') between.pop_back();
  return !between.empty() && words.Has(WordList::kValueConnector, between);
}

void Adopt(const Quantity& from, Quantity* q) {
  q->type = from.type;
  q->unit = from.unit;
  q->source.append(";unit_from_neighbour");
}

}  // namespace

void CarryUnits(std::string_view text, const WordLists& words, std::vector<Quantity>* quantities) {
  std::vector<Quantity>& qs = *quantities;
  for (size_t i = 0; i < qs.size(); ++i) {
    if (!IsBare(qs[i])) continue;
    if (i > 0 && CarriesUnit(qs[i - 1]) && Joined(text, words, qs[i - 1], qs[i])) {
      Adopt(qs[i - 1], &qs[i]);
    } else if (i + 1 < qs.size() && CarriesUnit(qs[i + 1]) &&
               Joined(text, words, qs[i], qs[i + 1])) {
      Adopt(qs[i + 1], &qs[i]);
    }
  }
}

}  // namespace claimscope::internal
