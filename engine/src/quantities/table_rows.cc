#include "quantities/table_rows.h"

#include <algorithm>
#include <string>

#include "base/ascii.h"
#include "quantities/unit_carry.h"

namespace claimscope::internal {
namespace {

using namespace std::string_view_literals;

enum class RowKind { kNone, kMoney, kShares };

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// The kind of a label: every word on word.table_label (quoted class letters such as "A" and
// bracketed notes aside), shares over money; kNone when it is no label.
RowKind KindOfLabel(std::string_view label, const WordLists& words) {
  RowKind kind = RowKind::kNone;
  bool first = true;
  size_t i = 0;
  while (i < label.size()) {
    while (i < label.size() && IsSpace(label[i])) ++i;
    size_t end = i;
    while (end < label.size() && !IsSpace(label[end])) ++end;
    if (end == i) break;
    const std::string_view word = label.substr(i, end - i);
    i = end;
    if (!first && (word.front() == '"' || word.front() == '(')) continue;  // Shr "A"
    const LexiconEntry* e = words.Find(WordList::kTableLabel, word);
    if (e == nullptr) return RowKind::kNone;
    first = false;
    const std::string_view k = e->Attribute("kind");
    if (k == "shares"sv) kind = RowKind::kShares;
    if (k == "money"sv && kind == RowKind::kNone) kind = RowKind::kMoney;
  }
  return kind;
}

// Where " - " first stands in `line`, or npos. By its dash: a search for its first byte
// would stop at every space.
size_t FindSpacedDash(std::string_view line) {
  for (size_t dash = line.find('-'); dash != std::string_view::npos;
       dash = line.find('-', dash + 1)) {
    if (dash > 0 && dash + 1 < line.size() && line[dash - 1] == ' ' && line[dash + 1] == ' ') {
      return dash - 1;
    }
  }
  return std::string_view::npos;
}

bool SameLine(std::string_view text, const Quantity& a, const Quantity& b) {
  const uint32_t from = std::min(a.span.start, b.span.start);
  const uint32_t to = std::max(a.span.start, b.span.start);
  return text.substr(from, to - from).find('\n') == std::string_view::npos;
}

bool IsBare(const Quantity& q) {
  return q.type == QuantityType::kCount && q.unit.empty() && !q.approx && q.value.has_value();
}

// The currency of the table: that of the first amount of money in a row, else the first in
// the document, else the US dollar, the wire's currency where a table names none.
std::string TableCurrency(const std::vector<Quantity>& qs, const std::vector<RowKind>& rows) {
  for (size_t i = 0; i < qs.size(); ++i) {
    if (rows[i] != RowKind::kNone && qs[i].type == QuantityType::kMoney) return qs[i].unit;
  }
  for (const Quantity& q : qs) {
    if (q.type == QuantityType::kMoney && !q.unit.empty()) return q.unit;
  }
  return "USD";
}

}  // namespace

void ReadTableRows(std::string_view text, const WordLists& words,
                   std::vector<Quantity>* quantities) {
  std::vector<Quantity>& qs = *quantities;
  std::vector<RowKind> rows(qs.size(), RowKind::kNone);
  std::vector<std::string> labels(qs.size());
  bool any = false;
  for (size_t i = 0; i < qs.size();) {
    // The line of quantity i, and its first figure after a dateline's " - ".
    const size_t line = text.rfind('\n', qs[i].span.start);
    const size_t line_start = line == std::string_view::npos ? 0 : line + 1;
    size_t line_end = text.find('\n', qs[i].span.start);
    if (line_end == std::string_view::npos) line_end = text.size();
    size_t last = i;
    while (last + 1 < qs.size() && qs[last + 1].span.start < line_end) ++last;
    size_t label_start = line_start;
    size_t first = i;
    const size_t dash = FindSpacedDash(text.substr(line_start, line_end - line_start));
    if (dash != std::string_view::npos && dash < 80) {
      label_start = line_start + dash + 3;
      while (first <= last && qs[first].span.start < label_start) ++first;
    }
    if (first <= last) {
      std::string_view label = text.substr(label_start, qs[first].span.start - label_start);
      while (!label.empty() && IsSpace(label.front())) label.remove_prefix(1);
      while (!label.empty() && IsSpace(label.back())) label.remove_suffix(1);
      const RowKind kind = label.size() <= 48 ? KindOfLabel(label, words) : RowKind::kNone;
      if (kind != RowKind::kNone) {
        any = true;
        for (size_t k = first; k <= last; ++k) {
          rows[k] = kind;
          labels[k] = label;
        }
      }
    }
    i = last + 1;
  }
  if (!any) return;
  const std::string currency = TableCurrency(qs, rows);
  size_t row_money = qs.size();  // the first amount of money on the row, if any
  for (size_t i = 0; i < qs.size(); ++i) {
    if (rows[i] == RowKind::kNone) continue;
    Quantity& q = qs[i];
    if (i == 0 || labels[i - 1] != labels[i] || rows[i - 1] == RowKind::kNone ||
        !SameLine(text, qs[i - 1], q)) {
      row_money = qs.size();
      for (size_t k = i; k < qs.size() && rows[k] != RowKind::kNone && SameLine(text, q, qs[k]);
           ++k) {
        if (qs[k].type == QuantityType::kMoney) {
          row_money = k;
          break;
        }
      }
    }
    q.label = labels[i];
    if (!IsBare(q)) continue;
    if (rows[i] == RowKind::kShares) {
      q.unit = "shares";
    } else if (row_money < qs.size()) {  // "Final div 44 cents vs 32.3, making 62 vs 47"
      q.value = CarriedValue(text, qs[row_money], q);
      q.type = QuantityType::kMoney;
      q.unit = qs[row_money].unit;
    } else {
      q.type = QuantityType::kMoney;
      q.unit = currency;
    }
    q.source.append(";table_row");
  }
}

}  // namespace claimscope::internal
