#include "quantities/quantity_builder.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "base/ascii.h"
#include "base/record_ids.h"
#include "quantities/calendar.h"
#include "quantities/number_words.h"
#include "quantities/pound_sense.h"
#include "quantities/table_rows.h"
#include "quantities/unit_carry.h"

namespace claimscope::internal {

using namespace std::string_view_literals;  // "that"sv: compared by size first

namespace {

// Is token k (its text `word`), in any case, a plural noun?
bool LooksPlural(const TokenWordLists& words, uint32_t k, std::string_view word) {
  if (words.Is(WordList::kIrregularPlural, k)) return true;
  return word.size() > 3 && AsciiLowerChar(word.back()) == 's' &&
         AsciiLowerChar(word[word.size() - 2]) != 's' && !EqualsAsciiLower(word, "this") &&
         !EqualsAsciiLower(word, "was") && !EqualsAsciiLower(word, "has") &&
         !EqualsAsciiLower(word, "its");
}

const char* UnitOfTime(std::string_view unit) {
  static constexpr std::pair<std::string_view, const char*> kUnits[] = {
      {"year", "years"},     {"month", "months"},     {"week", "weeks"},
      {"day", "days"},       {"hour", "hours"},       {"minute", "minutes"},
      {"second", "seconds"}, {"decade", "decades"},   {"centur", "centuries"},
      {"night", "nights"},   {"quarter", "quarters"}, {"mth", "months"},
      {"hr", "hours"},       {"yr", "years"},         {"wk", "weeks"}};
  for (const auto& [prefix, name] : kUnits) {
    if (StartsWithAsciiLower(unit, prefix)) return name;
  }
  return "";
}

int MonthNumber(std::string_view m) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (EqualsAsciiLower(m.substr(0, 3), kMonths[i])) return static_cast<int>(i) + 1;
  }
  return 0;
}

int WeekdayNumber(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {"mon", "tue", "wed", "thu",
                                                            "fri", "sat", "sun"};
  for (size_t i = 0; i < kDays.size(); ++i) {
    if (EqualsAsciiLower(w.substr(0, 3), kDays[i])) return static_cast<int>(i);
  }
  return -1;
}

// Does the preposition before a month or weekday point forward ("by March", "next Friday")?
bool PointsForward(std::string_view prep) {
  return EqualsAsciiLower(prep, "next") || EqualsAsciiLower(prep, "by") ||
         EqualsAsciiLower(prep, "until") || EqualsAsciiLower(prep, "till") ||
         EqualsAsciiLower(prep, "through");
}

class Builder {
 public:
  Builder(const QuantityInput& in, std::vector<Quantity>* out) : in_(in), out_(*out) {
    have_date_ = ParseIsoDate(in.document_date, &today_);
  }

  void Build(const std::vector<GrammarMatch>& m, QuantityScratch* scratch) {
    // Precedence, ties in match order. Indices are sorted, not the matches: no captures move
    // and no merge buffer is allocated, as a stable sort of the matches would.
    std::vector<uint32_t>& order = scratch->order;
    order.resize(m.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [this, &m](uint32_t i, uint32_t j) {
      const GrammarMatch& x = m[i];
      const GrammarMatch& y = m[j];
      const int px = in_.grammars->rule(x.rule).priority;
      const int py = in_.grammars->rule(y.rule).priority;
      if (px != py) return px > py;
      const uint32_t lx = x.span.end - x.span.start;
      const uint32_t ly = y.span.end - y.span.start;
      if (lx != ly) return lx > ly;
      if (x.span.start != y.span.start) return x.span.start < y.span.start;
      return i < j;
    });
    // Bytes already claimed: linear in the text, whatever the number of matches.
    std::vector<uint8_t>& taken = scratch->taken;
    std::vector<const GrammarMatch*>& accepted = scratch->accepted;
    taken.assign(in_.text.size(), 0);
    accepted.clear();
    for (uint32_t i : order) {
      const GrammarMatch& g = m[i];
      if (g.span.start < in_.skip_before) continue;
      if (std::find(taken.begin() + g.span.start, taken.begin() + g.span.end, 1) !=
          taken.begin() + g.span.end) {
        continue;
      }
      std::fill(taken.begin() + g.span.start, taken.begin() + g.span.end, 1);
      accepted.push_back(&g);
    }
    std::sort(accepted.begin(), accepted.end(), [](const GrammarMatch* x, const GrammarMatch* y) {
      return x->span.start < y->span.start;
    });
    // Captures only for the matches that won their text (the capture search is slow), one
    // at a time into the scratch match, whose buffer serves every match.
    GrammarMatch& with_captures = scratch->match;
    set_captures_ = &scratch->set_captures;
    numbers_ = &scratch->numbers;
    out_.reserve(out_.size() + accepted.size());
    for (const GrammarMatch* g : accepted) {
      if (!g->captures.empty()) {
        Make(*g);
        continue;
      }
      with_captures.rule = g->rule;
      with_captures.span = g->span;
      in_.grammars->FindCaptures(in_.text, &with_captures, in_.captures);
      Make(with_captures);
    }
    CarryUnits(in_.text, *in_.analysis, in_.words->words(), &out_);
    ReadTableRows(in_.text, in_.words->words(), &out_);
    int n = 0;
    for (Quantity& q : out_) q.id = MakeId('n', ++n);
  }

 private:
  // The named captures of g that are set, for CaptureSpan: a rule has up to 64 groups and a
  // match sets a few, and the rules ask some ten times a quantity, most often for a capture
  // the match does not set (looking each name up among the rule's names cost more). Make
  // calls it first, for the match it makes: the scratch match that carries one match's
  // captures after another's stays at one address.
  void IndexCaptures(const GrammarMatch& g) const {
    set_captures_->clear();
    const std::vector<std::string>& names = in_.grammars->capture_names(g.rule);
    for (size_t i = 0; i < g.captures.size(); ++i) {
      if (g.captures[i] != Span{} && !names[i].empty()) {
        set_captures_->emplace_back(names[i], g.captures[i]);
      }
    }
    indexed_ = &g;
  }
  std::string_view Capture(const GrammarMatch& g, std::string_view name) const {
    const Span s = CaptureSpan(g, name);
    return s.empty() ? std::string_view() : in_.text.substr(s.start, s.end - s.start);
  }
  Span CaptureSpan(const GrammarMatch& g, std::string_view name) const {
    if (&g != indexed_) IndexCaptures(g);
    for (const auto& [set_name, span] : *set_captures_) {
      if (set_name == name) return span;
    }
    return {};
  }

  // number * scale, from the captures `number` and `scale` (or the given names).
  std::optional<double> Amount(const GrammarMatch& g, std::string_view number_name = "number",
                               std::string_view scale_name = "scale") const {
    const std::string_view number = Capture(g, number_name);
    if (number.empty()) return std::nullopt;
    std::optional<double> v = numbers_->Parse(number);
    if (!v) return std::nullopt;
    const std::string_view scale = Capture(g, scale_name);
    if (!scale.empty()) {
      const std::optional<double> s = ScaleOf(scale);
      if (s) *v *= *s;
    }
    return v;
  }

  void Make(const GrammarMatch& g) {
    IndexCaptures(g);
    const GrammarRule& rule = in_.grammars->rule(g.rule);
    const std::optional<QuantityType> type = (*in_.rule_types)[g.rule];
    if (!type) return;
    Quantity q;
    q.type = *type;
    q.span = g.span;
    q.source = "rule:" + rule.name;
    q.qualifier = AsciiLower(Capture(g, "qualifier"));
    q.approx = in_.words->words().Has(WordList::kApproximate, q.qualifier);
    // A date's preposition ("in 2021", "on Thursday") is context, not part of the mention.
    const Span prep = CaptureSpan(g, "prep");
    if (!prep.empty() && prep.start == q.span.start) {
      q.span.start = prep.end;
      while (q.span.start < q.span.end && in_.text[q.span.start] == ' ') ++q.span.start;
    }
    const std::string_view mention = Capture(g, "mention");
    if (!mention.empty()) {
      if (MakeMention(mention, &q)) out_.push_back(std::move(q));
      return;
    }
    bool keep = true;
    switch (q.type) {
      case QuantityType::kCount:
        keep = MakeCount(g, &q);
        break;
      case QuantityType::kMoney:
        keep = MakeMoney(g, &q);
        break;
      case QuantityType::kPercent:
      case QuantityType::kOrdinal:
        if (SplitPair(g, q)) return;
        keep = MakeNumber(g, &q);
        break;
      case QuantityType::kMeasure: {
        q.value = Amount(g);
        const LexiconEntry* unit = in_.classes->Find("unit.measure", Capture(g, "unit"));
        q.unit = unit != nullptr ? unit->canonical : std::string(Capture(g, "unit"));
        const std::string_view inches = Capture(g, "inches");
        if (!inches.empty() && q.value) {
          const std::optional<double> in = numbers_->Parse(inches);
          if (!in || *in >= 12) return;
          *q.value += *in / 12;  // "5ft 2in" in feet
        }
        break;
      }
      case QuantityType::kDuration:
        q.value = Amount(g);
        if (!Capture(g, "vague").empty()) q.approx = true;
        q.unit = UnitOfTime(Capture(g, "unit"));
        keep = !FollowedBy(g.span.end, "old");  // "20 years old" is an age
        break;
      case QuantityType::kDate:
        keep = MakeDate(g, &q);
        break;
    }
    if (!keep) return;
    DropSignAfterNumber(&q);
    out_.push_back(std::move(q));
  }

  // "75 -300mm", "10 -15": a dash after a number and a space joins two numbers; it is no
  // minus sign.
  void DropSignAfterNumber(Quantity* q) const {
    if (!q->value || *q->value >= 0) return;
    const std::string_view text = in_.text;
    const size_t sign = text.compare(q->span.start, 1, "-") == 0        ? 1
                        : text.compare(q->span.start, 3, "\u2212") == 0 ? 3
                                                                        : 0;
    if (sign == 0) return;
    size_t p = q->span.start;
    while (p > 0 && text[p - 1] == ' ') --p;
    if (p == q->span.start || p == 0 || !std::isdigit(static_cast<unsigned char>(text[p - 1]))) {
      return;
    }
    q->value = -*q->value;
    q->span.start += static_cast<uint32_t>(sign);
  }

  // A unit named without a number (grammars/unit_mentions.grammar): the value stays null.
  // A currency code that is also a word ("ALL") and a one-letter unit ("m") are no mention.
  bool MakeMention(std::string_view mention, Quantity* q) const {
    if (q->type == QuantityType::kMoney) {
      const LexiconEntry* currency = in_.classes->Find("unit.currency", mention);
      if (currency == nullptr || currency->Attribute("common_word") == "1"sv) return false;
      q->unit = std::string(currency->Attribute("code"));
    } else if (q->type == QuantityType::kMeasure) {
      const LexiconEntry* unit = in_.classes->Find("unit.measure", mention);
      if (unit == nullptr || mention.size() < 2) return false;
      q->unit = unit->canonical;
    }
    return true;
  }

  // "15.48/53": the offer is the bid with its last digits replaced (15.53).
  bool MakeBidOffer(const GrammarMatch& g, Quantity* q) const {
    const std::string_view low = Capture(g, "low");
    const std::string_view tail = Capture(g, "high_tail");
    if (tail.size() >= low.size()) return false;
    std::string high(low.substr(0, low.size() - tail.size()));
    high.append(tail);
    q->low = numbers_->Parse(low);
    q->high = numbers_->Parse(high);
    q->value = q->low;
    return q->low.has_value() && q->high.has_value();
  }

  bool MakeNumber(const GrammarMatch& g, Quantity* q) const {
    const std::string_view ordinal = Capture(g, "ordinal");
    if (!ordinal.empty()) {
      q->value = ParseOrdinal(ordinal);
      return q->value.has_value();
    }
    if (!Capture(g, "high_tail").empty()) return MakeBidOffer(g, q);
    if (!Capture(g, "low").empty()) {
      q->low = Amount(g, "low", "low_scale");
      q->high = Amount(g, "high", "high_scale");
      q->value = q->low;
      return q->low.has_value();
    }
    q->value = Amount(g);
    return q->value.has_value();
  }

  // "20 and 30 percent" and "between 20 and 30 percent" name two quantities (as the
  // annotated sets count them); "10-15%" one range.
  bool SplitPair(const GrammarMatch& g, const Quantity& q) {
    const std::string_view connector = Capture(g, "connector");
    if (!EqualsAsciiLower(connector, "and") && !EqualsAsciiLower(connector, "or")) return false;
    const std::optional<double> low = numbers_->Parse(Capture(g, "low"));
    const std::optional<double> high = numbers_->Parse(Capture(g, "high"));
    if (!low || !high) return false;
    Quantity first = q;
    first.span = CaptureSpan(g, "low");
    first.value = low;
    Quantity second = q;
    second.span = {CaptureSpan(g, "high").start, q.span.end};
    second.value = high;
    out_.push_back(std::move(first));
    out_.push_back(std::move(second));
    return true;
  }

  bool MakeMoney(const GrammarMatch& g, Quantity* q) const {
    if (!Capture(g, "subunit").empty()) return MakeSubunitMoney(g, q);
    // Alternatives of one rule may name their captures with a suffix: "number_b".
    const std::string_view suffix = Capture(g, "currency").empty() ? "_b" : "";
    const std::string_view currency_text = Capture(g, std::string("currency").append(suffix));
    const LexiconEntry* currency = in_.classes->Find("unit.currency", currency_text);
    if (currency == nullptr) return false;
    // A currency glued to a number in words is part of a word: "tennis" is no "ten NIS".
    const uint32_t at = CaptureSpan(g, std::string("currency").append(suffix)).start;
    if (at > 0 && CaptureSpan(g, std::string("number").append(suffix)).end == at &&
        IsAsciiLetter(static_cast<uint8_t>(in_.text[at - 1]))) {
      return false;
    }
    // A code that is also a word does not open an amount: "ALL 5 solutions".
    if (currency->Attribute("common_word") == "1"sv &&
        g.span.start == CaptureSpan(g, "currency").start) {
      return false;
    }
    q->unit = std::string(currency->Attribute("code"));
    if (!suffix.empty()) {
      q->value = Amount(g, "number_b", "scale_b");
      return q->value.has_value();
    }
    std::string_view cents_text = Capture(g, "cents");
    for (const char* name : {"cents_named", "cents_two"}) {
      if (cents_text.empty()) cents_text = Capture(g, name);
    }
    if (!cents_text.empty()) {
      const std::optional<double> whole = Amount(g);
      const std::optional<double> cents = numbers_->Parse(cents_text);
      if (!whole || !cents || *cents >= 100) return false;
      q->value = *whole + *cents / 100;
      return true;
    }
    if (!Capture(g, "low").empty()) {
      const std::optional<double> scale = ScaleOf(Capture(g, "scale"));
      q->low = numbers_->Parse(Capture(g, "low"));
      q->high = numbers_->Parse(Capture(g, "high"));
      if (!q->low || !q->high) return false;
      if (scale) {
        *q->low *= *scale;
        *q->high *= *scale;
      }
      q->value = q->low;
      return true;
    }
    q->value = Amount(g);
    const std::optional<double> scale2 = ScaleOf(Capture(g, "scale2"));
    if (q->value && scale2) *q->value *= *scale2;  // "75 USD million"
    if (currency->Attribute("ambiguous") == "measure"sv) WeighPounds(g, q);
    return q->value.has_value();
  }

  // "2.3 mln pounds of peanut products" is a weight (pound_sense.h).
  void WeighPounds(const GrammarMatch& g, Quantity* q) const {
    const std::string_view scale = Capture(g, "scale");
    const bool letter = !scale.empty() && scale.size() <= 2 && !EqualsAsciiLower(scale, "mn");
    if (!sterling_elsewhere_) sterling_elsewhere_ = WritesSterling(in_.text);
    if (SenseOfPounds(in_.text, *in_.analysis, in_.words->words(), g.span, letter,
                      *sterling_elsewhere_) == PoundSense::kMoney) {
      return;
    }
    const LexiconEntry* unit = in_.classes->Find("unit.measure", "pounds");
    q->type = QuantityType::kMeasure;
    q->unit = unit != nullptr ? unit->canonical : "pounds";
    q->source.append(";weight");
  }

  // "34 cents", "470 pence": hundredths of the dollar or pound.
  bool MakeSubunitMoney(const GrammarMatch& g, Quantity* q) const {
    // Cents ("cts" on the wire) are hundredths of a dollar, pence of a pound.
    const std::string_view subunit = Capture(g, "subunit");
    q->unit = StartsWithAsciiLower(subunit, "cent") || StartsWithAsciiLower(subunit, "ct") ? "USD"
                                                                                           : "GBP";
    const std::optional<double> n = Amount(g);
    if (!n) return false;
    q->value = *n / 100;
    return true;
  }

  // The text right after `at`, past spaces, starts with `word` (case-insensitive)?
  bool FollowedBy(uint32_t at, std::string_view word) const {
    while (at < in_.text.size() && (in_.text[at] == ' ' || in_.text[at] == '-')) ++at;
    return EqualsAsciiLower(in_.text.substr(at, word.size()), word);
  }

  // The index of the first token at or after byte `at`.
  uint32_t TokenAt(uint32_t at) const {
    const auto& tokens = in_.analysis->tokens;
    const auto it = std::lower_bound(tokens.begin(), tokens.end(), at,
                                     [](const Token& t, uint32_t b) { return t.start < b; });
    return static_cast<uint32_t>(it - tokens.begin());
  }

  // Is token k a line break that only wraps running text (wire copy: "a lead group of
  // six\nbanks")? A line of 50 bytes or more, and the next line starts with a word at once
  // (no indent, no blank line: no new paragraph).
  bool WrapsLine(uint32_t k) const {
    constexpr uint32_t kWrappedLine = 50;
    const auto& tokens = in_.analysis->tokens;
    const Token& t = tokens[k];
    if (t.kind != TokenKind::kNewline || t.end - t.start > 2 || k + 1 >= tokens.size() ||
        tokens[k + 1].kind != TokenKind::kWord) {
      return false;
    }
    const size_t line = in_.text.rfind('\n', t.start == 0 ? 0 : t.start - 1);
    const size_t line_start = line == std::string_view::npos ? 0 : line + 1;
    return t.start - line_start >= kWrappedLine;
  }

  // The counted noun after a number: up to four words, ending at a plural noun, a stop word
  // or punctuation ("15 suspected terrorists at", "13 US service members", "143 killed in").
  Span NounAfter(uint32_t end) const {
    const auto& tokens = in_.analysis->tokens;
    // "the 512-seat Lower House": the word joined by a hyphen is the noun counted.
    if (end + 1 < in_.text.size() && in_.text[end] == '-' &&
        IsAsciiLetter(static_cast<uint8_t>(in_.text[end + 1]))) {
      uint32_t e = end + 1;
      while (e < in_.text.size() && IsAsciiLetter(static_cast<uint8_t>(in_.text[e]))) ++e;
      if (e >= in_.text.size() || in_.text[e] != '-') return {end + 1, e};
    }
    uint32_t k = TokenAt(end);
    Span noun{end, end};
    int words = 0;
    while (k < tokens.size() && words < 4) {
      if (tokens[k].kind == TokenKind::kSpace || WrapsLine(k)) {
        ++k;
        continue;
      }
      const Token& t = tokens[k];
      if (t.kind != TokenKind::kWord || t.Has(kIdeographic)) break;
      const std::string_view word = t.Text(in_.text);
      if (in_.words->Is(WordList::kNounStop, k) || EqualsAsciiLower(word, "’s") ||
          EqualsAsciiLower(word, "'s") || IsVerbOfSpeech(word) || numbers_->Parse(word)) {
        break;
      }
      if (words == 0) noun.start = t.start;
      noun.end = t.end;
      ++words;
      if (LooksPlural(*in_.words, k, word)) break;
      ++k;
    }
    return noun;
  }

  // A speech verb in a form that is no noun: "admitted", "warning" ("claims" and "reports"
  // may be nouns).
  bool IsVerbOfSpeech(std::string_view word) const {
    const LexiconEntry* e = in_.classes->Find("cue.speech", word);
    if (e == nullptr || EqualsAsciiLower(word, AsciiLower(e->canonical))) return false;
    return !(word.size() == e->canonical.size() + 1 && AsciiLowerChar(word.back()) == 's');
  }

  bool MakeCount(const GrammarMatch& g, Quantity* q) {
    const std::string_view vague = Capture(g, "vague");
    if (!vague.empty()) {
      q->value = VagueAmount(vague);
      q->approx = true;
    } else if (!Capture(g, "ratio_num").empty()) {
      // "one in five": the fraction, at most one.
      const std::optional<double> num = numbers_->Parse(Capture(g, "ratio_num"));
      const std::optional<double> den = numbers_->Parse(Capture(g, "ratio_den"));
      if (!num || !den) return false;
      if (*den > 0 && *num <= *den) {
        q->value = *num / *den;
      } else {  // "12 in six boxes" is no ratio: two counts, the noun the second's
        Quantity first = *q;
        first.span = CaptureSpan(g, "ratio_num");
        first.value = num;
        out_.push_back(std::move(first));
        q->span.start = CaptureSpan(g, "ratio_den").start;
        q->value = den;
      }
    } else if (!Capture(g, "low").empty()) {
      q->low = numbers_->Parse(Capture(g, "low"));
      q->high = numbers_->Parse(Capture(g, "high"));
      q->value = q->low;
    } else {
      const std::string_view number = Capture(g, "number");
      // A four-digit number between 1800 and 2099 with nothing else is a year.
      if (number.size() == 4 && Capture(g, "scale").empty() &&
          (number.rfind("18", 0) == 0 || number.rfind("19", 0) == 0 ||
           number.rfind("20", 0) == 0)) {
        q->type = QuantityType::kDate;
        q->date_value = number;
        return true;
      }
      if (!BareNumberCounts(g.span)) return false;
      q->value = Amount(g);
    }
    if (!q->value) return false;
    const Span noun = NounAfter(SplitAtAnd(g, q));
    if (!noun.empty()) {
      // One space between its words, also where a wrapped line broke it.
      q->unit = CollapseSpaces(in_.text.substr(noun.start, noun.end - noun.start));
      q->span.end = noun.end;
    }
    // "one" is a count only of something: "one official", not "one of them".
    return !(noun.empty() && q->value == 1.0 &&
             !std::isdigit(static_cast<unsigned char>(in_.text[g.span.start])));
  }

  // "3 hundred and 2 hundred": a scale word right after the number makes its "and" join two
  // numbers. The first becomes a count of its own; `q` goes on with the second, whose end
  // this returns (the match's end when there is nothing to split).
  uint32_t SplitAtAnd(const GrammarMatch& g, Quantity* q) {
    const std::string_view text = in_.text;
    const Span number = CaptureSpan(g, "number");
    if (number.empty() || number.end != g.span.end) return g.span.end;
    size_t from = number.end;
    while (from < text.size() && text[from] == ' ') ++from;
    size_t to = from;
    while (to < text.size() && IsAsciiLetter(static_cast<uint8_t>(text[to]))) ++to;
    const std::string_view scale = text.substr(from, to - from);
    if (scale.size() < 4 || !ScaleOf(scale)) return g.span.end;  // "hundred", not "m"
    const std::string_view digits = text.substr(number.start, number.end - number.start);
    const size_t joint = digits.rfind(" and ");
    if (joint == std::string_view::npos) return g.span.end;
    const uint32_t second = number.start + static_cast<uint32_t>(joint) + 5;
    const std::optional<double> left = numbers_->Parse(digits.substr(0, joint));
    const std::optional<double> right = numbers_->Parse(text.substr(second, to - second));
    if (!left || !right) return g.span.end;
    Quantity first = *q;
    first.span.end = number.start + static_cast<uint32_t>(joint);
    first.value = left;
    out_.push_back(std::move(first));
    q->span = {second, static_cast<uint32_t>(to)};
    q->value = right;
    q->qualifier.clear();
    q->approx = false;
    return q->span.end;
  }

  // A number in digits or words that stands for a count: not a label ("Chapter 11",
  // "No. 5"), not list numbering, not glued to other digits.
  bool BareNumberCounts(Span s) const {
    const auto& tokens = in_.analysis->tokens;
    const uint32_t k = TokenAt(s.start);
    if (k >= tokens.size()) return false;
    const Token& first = tokens[k];
    if (first.Has(kParagraphStart) && s.end + 1 < in_.text.size() &&
        (in_.text[s.end] == '.' || in_.text[s.end] == ')')) {
      return false;  // "1." opening a list item
    }
    uint32_t p = k;
    while (p > 0 && tokens[p - 1].kind == TokenKind::kSpace) --p;
    if (p == 0) return true;
    const Token& before = tokens[p - 1];
    const std::string_view b = before.Text(in_.text);
    if (before.kind == TokenKind::kWord && before.Has(kCapitalised) &&
        !before.Has(kSentenceStart) && !before.Has(kAllCaps) &&
        !in_.words->Is(WordList::kTableLabel, p - 1)) {
      return false;  // "Chapter 11", "Windows 10"; not "Net 797,000"
    }
    const bool adjacent = p == k;  // nothing between: "#5", "3/4", "2-1"
    if (b == "No."sv || b == "no."sv ||
        (adjacent && (b == "#"sv || b == "-"sv || b == "/"sv || b == "+"sv))) {
      return false;
    }
    return true;
  }

  bool MakeDate(const GrammarMatch& g, Quantity* q) const {
    const std::string_view year_text = Capture(g, "year");
    const int year = year_text.empty() ? 0 : std::stoi(std::string(year_text));
    const std::string_view month_text = Capture(g, "month");
    const int month = month_text.empty() ? 0
                      : std::isdigit(static_cast<unsigned char>(month_text[0]))
                          ? std::stoi(std::string(month_text))
                          : MonthNumber(month_text);
    const std::string_view day_text = Capture(g, "day");
    const int day = day_text.empty() ? 0 : std::stoi(std::string(day_text));
    const std::string_view prep = Capture(g, "prep");
    const bool forward = PointsForward(prep);
    if (day > 31 || month > 12) return false;
    if (month > 0 && day > 0) {
      CivilDate d{year, month, day};
      if (year == 0) {
        if (!have_date_) return true;  // a date, value unknown
        d.year = today_.year;
        const long delta = DaysFromCivil(d) - DaysFromCivil(today_);
        if (!forward && delta > 31) d.year -= 1;
        if (forward && delta < 0) d.year += 1;
      }
      if (!IsIsoDateFormatted(d)) return false;
      q->date_value = FormatDay(d);
      return true;
    }
    if (month > 0) {
      int y = year;
      if (y == 0 && have_date_) {
        y = today_.year;
        if (!forward && month > today_.month) y -= 1;
        if (forward && month < today_.month) y += 1;
        if (EqualsAsciiLower(prep, "next") && month == today_.month) y += 1;
      }
      if (y > 0) q->date_value = FormatMonth(y, month);
      return true;
    }
    if (year > 0) {
      q->date_value = FormatYear(year);
      return true;
    }
    if (!have_date_) return true;
    const std::string_view weekday = Capture(g, "weekday");
    if (!weekday.empty()) {
      const int want = WeekdayNumber(weekday);
      const int now = WeekdayOf(today_);
      int delta = forward ? (want - now + 7) % 7 : -((now - want + 7) % 7);
      if (forward && delta == 0) delta = 7;
      q->date_value = FormatDay(CivilFromDays(DaysFromCivil(today_) + delta));
      return true;
    }
    return ResolveRelative(g, q);
  }

  static bool IsIsoDateFormatted(const CivilDate& d) {
    const CivilDate round = CivilFromDays(DaysFromCivil(d));
    return round.year == d.year && round.month == d.month && round.day == d.day;
  }

  // "yesterday", "last month", "two weeks ago".
  bool ResolveRelative(const GrammarMatch& g, Quantity* q) const {
    const std::string rel = AsciiLower(Capture(g, "rel"));
    const std::string unit = UnitOfTime(Capture(g, "relunit"));
    const long today = DaysFromCivil(today_);
    if (rel == "yesterday"sv || rel == "today"sv || rel == "tomorrow"sv) {
      const long delta = rel == "yesterday"sv ? -1 : rel == "tomorrow"sv ? 1 : 0;
      q->date_value = FormatDay(CivilFromDays(today + delta));
      return true;
    }
    int step = 0;
    if (rel == "ago"sv || rel == "earlier"sv) {
      const std::string_view n = Capture(g, "number");
      const std::optional<double> count = EqualsAsciiLower(n, "a") || EqualsAsciiLower(n, "an")
                                              ? std::optional<double>(1)
                                              : numbers_->Parse(n);
      if (!count) return false;
      step = -static_cast<int>(*count);
    } else {
      step = rel == "last"sv ? -1 : rel == "next"sv ? 1 : 0;
    }
    if (unit == "days"sv) {
      q->date_value = FormatDay(CivilFromDays(today + step));
    } else if (unit == "weeks"sv) {
      q->date_value = FormatDay(CivilFromDays(today + 7L * step));
    } else if (unit == "months"sv) {
      const CivilDate d = AddMonths(today_, step);
      q->date_value = FormatMonth(d.year, d.month);
    } else if (unit == "years"sv) {
      q->date_value = FormatYear(today_.year + step);
    } else {
      return false;
    }
    return true;
  }

  const QuantityInput& in_;
  std::vector<Quantity>& out_;
  std::vector<std::pair<std::string_view, Span>>* set_captures_ = nullptr;  // of *indexed_
  NumberMemo* numbers_ = nullptr;  // ParseNumber's answers, kept between documents
  mutable const GrammarMatch* indexed_ = nullptr;
  CivilDate today_;
  bool have_date_ = false;
  mutable std::optional<bool> sterling_elsewhere_;  // WritesSterling(text), when first asked
};

}  // namespace

void BuildQuantities(const QuantityInput& in, const std::vector<GrammarMatch>& matches,
                     QuantityScratch* scratch, std::vector<Quantity>* quantities) {
  Builder(in, quantities).Build(matches, scratch);
}

Status TypesOfRules(const GrammarSet& grammars, RuleTypes* types) {
  types->assign(grammars.size(), std::nullopt);
  for (uint32_t r = 0; r < grammars.size(); ++r) {
    const GrammarRule& rule = grammars.rule(r);
    QuantityType type;
    if (ParseQuantityType(rule.label, &type)) {
      (*types)[r] = type;
    } else if (rule.label != "NONE"sv) {
      return Status::AtLocation(StatusCode::kParseError,
                                "rule " + rule.name +
                                    ": unknown label; a rule's label is COUNT, MONEY, PERCENT, "
                                    "MEASURE, DURATION, DATE, ORDINAL or NONE",
                                rule.file, rule.line, 0, rule.label);
    }
  }
  return Status();
}

}  // namespace claimscope::internal
