#include "quantities/number_words.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "quantities/number_lexer.h"

namespace claimscope::internal {

using namespace std::string_view_literals;  // "that"sv: compared by size first

namespace {

constexpr std::array<std::pair<std::string_view, int>, 30> kSmall = {{
    {"zero", 0},      {"nought", 0},    {"naught", 0},   {"one", 1},      {"two", 2},
    {"three", 3},     {"four", 4},      {"five", 5},     {"six", 6},      {"seven", 7},
    {"eight", 8},     {"nine", 9},      {"ten", 10},     {"eleven", 11},  {"twelve", 12},
    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
    {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},  {"thirty", 30},  {"forty", 40},
    {"fifty", 50},    {"sixty", 60},    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},
}};

constexpr std::array<std::pair<std::string_view, int>, 20> kOrdinalWords = {{
    {"first", 1},        {"second", 2},      {"third", 3},       {"fourth", 4},
    {"fifth", 5},        {"sixth", 6},       {"seventh", 7},     {"eighth", 8},
    {"ninth", 9},        {"tenth", 10},      {"eleventh", 11},   {"twelfth", 12},
    {"thirteenth", 13},  {"fourteenth", 14}, {"fifteenth", 15},  {"sixteenth", 16},
    {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
}};

constexpr std::array<std::pair<std::string_view, int>, 8> kOrdinalTens = {{
    {"thirtieth", 30},
    {"fortieth", 40},
    {"fiftieth", 50},
    {"sixtieth", 60},
    {"seventieth", 70},
    {"eightieth", 80},
    {"ninetieth", 90},
    {"hundredth", 100},
}};

template <typename T, size_t N>
std::optional<T> Find(const std::array<std::pair<std::string_view, T>, N>& table,
                      std::string_view w) {
  for (const auto& [word, value] : table) {
    if (word == w) return value;
  }
  return std::nullopt;
}

std::optional<int> SmallWord(std::string_view w) { return Find(kSmall, w); }

bool IsTens(std::string_view w) {
  const std::optional<int> v = SmallWord(w);
  return v && *v >= 20 && *v % 10 == 0;
}

using Toks = std::vector<Tok>;

Toks Slice(const Toks& t, size_t from, size_t to) {
  return Toks(t.begin() + static_cast<long>(from), t.begin() + static_cast<long>(to));
}

// Drops hyphens between words ("twenty-five", "fifty - two"); they carry no meaning there.
Toks DropHyphens(const Toks& t) {
  Toks out;
  for (const Tok& x : t) {
    if (!IsOp(x, '-')) out.push_back(x);
  }
  return out;
}

bool IsDozen(std::string_view w) {
  return w == "dozen"sv || w == "dozens"sv || w == "dz"sv || w == "dzs"sv || w == "doz"sv ||
         w == "dozs"sv;
}

// The value of a denominator word: "third" 3, "fifths" 5, "half" 2, "quarters" 4,
// "hundredths" 100, "trillionth" 1e12; `ones` is set for first..ninth.
std::optional<double> Denominator(std::string_view w, bool* ones = nullptr) {
  if (w == "half"sv || w == "halves"sv) return 2;
  if (w == "quarter"sv || w == "quarters"sv) return 4;
  std::string_view s = w;
  if (s.size() > 2 && s.back() == 's') s.remove_suffix(1);
  if (ones != nullptr) *ones = false;
  if (const auto v = Find(kOrdinalWords, s)) {
    if (ones != nullptr) *ones = *v < 10;
    return *v;
  }
  if (const auto v = Find(kOrdinalTens, s)) return *v;
  if (s == "thousandth"sv) return 1e3;
  if (s == "millionth"sv) return 1e6;
  if (s == "billionth"sv) return 1e9;
  if (s == "trillionth"sv) return 1e12;
  return std::nullopt;
}

// An integer (or digits) in words: "one hundred and three", "4 thousand 3 hundred and 21",
// "three lakh crore", "three hundred and two dozens", "10k".
struct IntValue {
  double value = 0;
  double max_scale = 0;   // the largest scale word (>= 1000) used
  double last_scale = 0;  // the scale word (>= 1000) that ends the number, else 0
};

std::optional<IntValue> EvalInt(const Toks& toks) {
  double total = 0;
  double group = 0;
  double last_term = 0;  // the last number added to `group` (a dozen multiplies it)
  double last_chunk = 0;
  enum Prev { kNone, kTens, kSmall, kHundred, kScale, kAnd, kA } prev = kNone;
  bool any = false;
  IntValue out;
  for (size_t i = 0; i < toks.size(); ++i) {
    const Tok& t = toks[i];
    const bool after_number = prev == kTens || prev == kSmall;
    if (t.kind == Tok::kNum) {
      if (after_number && !t.vulgar) return std::nullopt;
      group += t.value;
      last_term = t.vulgar ? last_term + t.value : t.value;
      prev = kSmall;
      any = true;
      continue;
    }
    if (t.kind != Tok::kWord) return std::nullopt;
    const std::string& w = t.text;
    if (w == "and"sv) {
      if (prev == kNone || prev == kAnd || i + 1 == toks.size()) return std::nullopt;
      prev = kAnd;
      continue;
    }
    if (w == "a"sv || w == "an"sv) {
      if (prev != kNone && prev != kAnd) return std::nullopt;
      group += 1;
      last_term = 1;
      prev = kA;
      any = true;
      continue;
    }
    if (const auto small = SmallWord(w)) {
      if (prev == kTens && *small >= 1 && *small <= 9) {
        group += *small;
        last_term += *small;
        prev = kSmall;
      } else if (after_number || prev == kA) {
        return std::nullopt;
      } else {
        group += *small;
        last_term = *small;
        prev = IsTens(w) ? kTens : kSmall;
      }
      any = true;
      continue;
    }
    if (w == "hundred"sv) {
      if (prev == kHundred) return std::nullopt;
      group = (group == 0 ? 1 : group) * 100;
      last_term = 0;
      prev = kHundred;
      any = true;
      continue;
    }
    if (IsDozen(w)) {
      if (last_term > 0 && prev != kHundred && prev != kScale) {
        group += last_term * 11;
      } else {
        group = (group == 0 ? 1 : group) * 12;
      }
      last_term = 0;
      prev = kHundred;
      any = true;
      continue;
    }
    if (const auto scale = ScaleOf(w); scale && *scale >= 1e3) {
      if (prev == kScale) {  // "three lakh crore"
        total += last_chunk * (*scale - 1);
        last_chunk *= *scale;
      } else {
        last_chunk = (group == 0 ? 1 : group) * *scale;
        total += last_chunk;
        group = 0;
      }
      out.max_scale = std::max(out.max_scale, *scale);
      last_term = 0;
      prev = kScale;
      any = true;
      continue;
    }
    return std::nullopt;
  }
  if (!any || prev == kAnd) return std::nullopt;
  out.value = total + group;
  out.last_scale = prev == kScale ? ScaleOf(toks.back().text).value_or(0) : 0;
  return out;
}

// "zero three" -> "03", "seventy-one" -> "71", "eleven" -> "11": the digits after "point".
std::optional<std::string> DecimalDigits(const Toks& toks) {
  std::string digits;
  for (size_t i = 0; i < toks.size(); ++i) {
    const Tok& t = toks[i];
    if (t.kind != Tok::kWord) return std::nullopt;
    const auto v = SmallWord(t.text);
    if (!v) return std::nullopt;
    int n = *v;
    if (IsTens(t.text) && i + 1 < toks.size() && toks[i + 1].kind == Tok::kWord) {
      if (const auto ones = SmallWord(toks[i + 1].text); ones && *ones >= 1 && *ones <= 9) {
        n += *ones;
        ++i;
      }
    }
    digits += std::to_string(n);
  }
  if (digits.empty()) return std::nullopt;
  return digits;
}

std::optional<double> EvalExpr(const Toks& toks);

// A fraction whose denominator is the word at `k`: "two thirds", "one and a half",
// "one hundred thirty fifths" (100/35), "one one hundred fifth" (1/105), "five and a half
// million", "two thirds of a million", "half a dozen", "3 million and a half".
std::optional<double> EvalFraction(const Toks& toks, size_t k) {
  bool ones = false;
  const std::optional<double> ord = Denominator(toks[k].text, &ones);
  if (!ord) return std::nullopt;
  // After the denominator: "of a", scale words or dozens.
  double trailing = 0;
  for (size_t i = k + 1; i < toks.size(); ++i) {
    const Tok& t = toks[i];
    if (t.kind != Tok::kWord) return std::nullopt;
    if (t.text == "of"sv || t.text == "a"sv || t.text == "an"sv) continue;
    double s = 0;
    if (IsDozen(t.text)) {
      s = 12;
    } else if (const auto scale = ScaleOf(t.text); scale && *scale >= 1e3) {
      s = *scale;
    } else {
      return std::nullopt;
    }
    trailing = trailing == 0 ? s : trailing * s;
  }
  if (!toks.empty() && k + 1 < toks.size() && trailing == 0) return std::nullopt;
  Toks before = Slice(toks, 0, k);
  while (!before.empty() && IsWord(before.back(), "and")) before.pop_back();
  const bool half_or_quarter = toks[k].text.rfind("half", 0) == 0 ||
                               toks[k].text.rfind("halv", 0) == 0 ||
                               toks[k].text.rfind("quarter", 0) == 0;

  // Candidate splits (numerator, denominator), most specific first.
  struct Split {
    Toks numerator;
    double denominator;
  };
  std::vector<Split> splits;
  const size_t n = before.size();
  if (ones && n >= 2 && IsTens(before[n - 1].text) && before[n - 1].kind == Tok::kWord &&
      !IsWord(before[n - 2], "and")) {
    splits.push_back({Slice(before, 0, n - 1), *SmallWord(before[n - 1].text) + *ord});
  }
  if (!(ones && *ord <= 2)) splits.push_back({before, *ord});  // "a first" is no fraction
  // Longer denominators: "one one hundred fifth" = 1/105.
  for (size_t j = n; j-- > 1;) {
    const auto den = EvalInt(Slice(before, j, n));
    if (den) splits.push_back({Slice(before, 0, j), den->value + *ord});
  }

  for (const Split& s : splits) {
    const Toks& num = s.numerator;
    const double d = s.denominator;
    if (d == 0) continue;
    IntValue whole;
    double frac = 0;
    bool mixed = false;
    // "twenty and three fifths": a proper fraction after the last "and" adds to the whole.
    for (size_t a = num.size(); a-- > 0;) {
      if (!IsWord(num[a], "and")) continue;
      const auto w = EvalInt(Slice(num, 0, a));
      const auto m = EvalInt(Slice(num, a + 1, num.size()));
      if (w && m && m->value / d < 1) {
        whole = *w;
        frac = m->value / d;
        mixed = true;
      }
      break;
    }
    if (!mixed) {
      if (num.empty()) {
        if (!half_or_quarter) continue;
        frac = 1 / d;  // "half million", "quarter million"
      } else {
        const auto m = EvalInt(num);
        if (!m) continue;
        frac = m->value / d;
      }
    }
    if (trailing > 0) {
      if (whole.max_scale > trailing) return whole.value + frac * trailing;
      return (whole.value + frac) * trailing;
    }
    if (whole.last_scale > 0) return whole.value + frac * whole.last_scale;
    return whole.value + frac;
  }
  return std::nullopt;
}

// Numbers in words (with digits among them): integers, "point" decimals and fractions.
std::optional<double> EvalWords(const Toks& raw) {
  const Toks toks = DropHyphens(raw);
  if (toks.empty()) return std::nullopt;
  if (toks.size() == 1 && (IsWord(toks[0], "a") || IsWord(toks[0], "an"))) return std::nullopt;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (IsWord(toks[i], "point")) {
      const auto whole = EvalInt(Slice(toks, 0, i));
      const auto digits = DecimalDigits(Slice(toks, i + 1, toks.size()));
      if (!whole || !digits || whole->last_scale > 0) return std::nullopt;
      return whole->value + *ParseDigits("0." + *digits);
    }
  }
  for (size_t k = toks.size(); k-- > 0;) {
    if (toks[k].kind == Tok::kWord && Denominator(toks[k].text)) return EvalFraction(toks, k);
  }
  if (toks.size() == 1 && toks[0].kind == Tok::kWord && (IsDozen(toks[0].text))) return 12;
  const auto v = EvalInt(toks);
  if (!v) return std::nullopt;
  return v->value;
}

// An expression of numbers: signs, "X over Y", "a/b", "2 1/4", "1.1^23", "1.3x10^6", and
// numbers in words.
std::optional<double> EvalExpr(const Toks& toks) {
  if (toks.empty()) return std::nullopt;
  // Leading signs: "-1", "- 10 k", "minus five", "negative one".
  const Tok& first = toks[0];
  // "plus or minus 3": the magnitude.
  if (toks.size() > 3 && IsWord(toks[0], "plus") && IsWord(toks[1], "or") &&
      IsWord(toks[2], "minus")) {
    return EvalExpr(Slice(toks, 3, toks.size()));
  }
  if (IsOp(first, '-') || IsWord(first, "minus") || IsWord(first, "negative")) {
    const auto v = EvalExpr(Slice(toks, 1, toks.size()));
    return v ? std::optional<double>(-*v) : std::nullopt;
  }
  for (size_t i = 0; i < toks.size(); ++i) {
    if (IsWord(toks[i], "over")) {
      const auto num = EvalExpr(Slice(toks, 0, i));
      const auto den = EvalExpr(Slice(toks, i + 1, toks.size()));
      if (!num || !den || *den == 0) return std::nullopt;
      return *num / *den;
    }
  }
  // Powers: "1.1^23", "2.5^-1", "1.1^--23", "1.3x10^6", "6.23x10^-4".
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!IsOp(toks[i], '^')) continue;
    double base = 0;
    double factor = 1;
    if (i == 1 && toks[0].kind == Tok::kNum) {
      base = toks[0].value;
    } else if (i == 3 && toks[0].kind == Tok::kNum && IsWord(toks[1], "x") &&
               toks[2].kind == Tok::kNum && toks[2].text == "10"sv) {
      factor = toks[0].value;
      base = 10;
    } else {
      return std::nullopt;
    }
    double sign = 1;
    size_t j = i + 1;
    for (; j < toks.size() && (IsOp(toks[j], '-') || IsOp(toks[j], '+')); ++j) {
      if (IsOp(toks[j], '-')) sign = -sign;
    }
    if (j + 1 != toks.size() || toks[j].kind != Tok::kNum || toks[j].vulgar) return std::nullopt;
    return factor * std::pow(base, sign * toks[j].value);
  }
  // Fractions in digits: "3/4", "2 1/4", and the wire's "5-1/2".
  if (toks.size() == 5 && IsOp(toks[1], '-') && IsOp(toks[3], '/') && IsPlainInteger(toks[0], 20) &&
      IsPlainInteger(toks[2], 20) && IsPlainInteger(toks[4], 20) && toks[4].value != 0 &&
      toks[2].value < toks[4].value) {
    return toks[0].value + toks[2].value / toks[4].value;
  }
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!IsOp(toks[i], '/')) continue;
    if (i + 2 != toks.size() || toks[i + 1].kind != Tok::kNum || (i != 1 && i != 2)) {
      return std::nullopt;
    }
    for (size_t k = 0; k < i; ++k) {
      if (!IsPlainInteger(toks[k], 20)) return std::nullopt;
    }
    if (!IsPlainInteger(toks[i + 1], 20) || toks[i + 1].value == 0) return std::nullopt;
    const double frac = toks[i - 1].value / toks[i + 1].value;
    return i == 2 ? toks[0].value + frac : frac;
  }
  for (const Tok& t : toks) {
    if (t.kind == Tok::kOp && !IsOp(t, '-')) return std::nullopt;
  }
  return EvalWords(toks);
}

// A figure alone ("1,000", "5.93"), the most frequent text of a number: what Lex makes one
// number token of, and ParseNumber that token's value.
bool IsPlainFigure(std::string_view text) {
  if (text.empty() || !IsDigit(text[0])) return false;
  for (size_t i = 1; i < text.size(); ++i) {
    if (IsDigit(text[i])) continue;
    if ((text[i] != '.' && text[i] != ',') || i + 1 >= text.size() || !IsDigit(text[i + 1])) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::optional<double> ScaleOf(std::string_view word) {
  const std::string w = AsciiLower(word);
  if (w == "thousand"sv || w == "k"sv) return 1e3;
  if (w == "million"sv || w == "mn"sv || w == "m"sv || w == "mln"sv || w == "mio"sv ||
      w == "mm"sv || w == "mil"sv) {
    return 1e6;
  }
  if (w == "billion"sv || w == "bn"sv || w == "b"sv || w == "bln"sv || w == "g"sv) return 1e9;
  if (w == "trillion"sv || w == "tn"sv || w == "trn"sv || w == "tln"sv || w == "t"sv) return 1e12;
  if (w == "crore"sv || w == "crores"sv) return 1e7;
  if (w == "lakh"sv || w == "lakhs"sv) return 1e5;
  if (w == "hundred"sv) return 1e2;
  return std::nullopt;
}

std::optional<double> ParseNumber(std::string_view text) {
  // Without the token vectors Lex would build.
  if (IsPlainFigure(text)) return ParseDigits(text);
  const std::optional<Toks> toks = Lex(text);
  if (!toks || toks->empty()) return std::nullopt;
  if (toks->size() == 1 && (*toks)[0].kind == Tok::kNum) return (*toks)[0].value;
  const std::optional<double> v = EvalExpr(*toks);
  if (!v || !std::isfinite(*v)) return std::nullopt;
  return v;
}

std::optional<double> ParseOrdinal(std::string_view text) {
  if (!text.empty() && IsDigit(text[0])) {
    size_t digits = 0;
    while (digits < text.size() && IsDigit(text[digits])) ++digits;
    const std::string suffix = AsciiLower(text.substr(digits));
    if (suffix != "st"sv && suffix != "nd"sv && suffix != "rd"sv && suffix != "th"sv)
      return std::nullopt;
    return ParseDigits(text.substr(0, digits));
  }
  const std::string lower = AsciiLower(text);
  const size_t cut = lower.find_last_of(" -");
  const std::string last = cut == std::string::npos ? lower : lower.substr(cut + 1);
  std::optional<int> tail = Find(kOrdinalWords, last);
  if (!tail) tail = Find(kOrdinalTens, last);
  if (!tail) return std::nullopt;
  if (cut == std::string::npos) return *tail;
  const auto lead = ParseNumber(std::string_view(text).substr(0, cut));
  return lead ? std::optional<double>(*lead + *tail) : std::nullopt;
}

std::optional<double> VagueAmount(std::string_view text) {
  const std::string w = AsciiLower(text);
  if (w == "dozens"sv) return 12;
  if (w == "scores"sv) return 20;
  if (w == "hundreds"sv) return 100;
  if (w == "thousands"sv || w == "tens of thousands"sv) return w == "thousands"sv ? 1e3 : 1e4;
  if (w == "hundreds of thousands"sv) return 1e5;
  if (w == "millions"sv) return 1e6;
  if (w == "billions"sv) return 1e9;
  if (w == "a few"sv || w == "several"sv || w == "a handful"sv) return 3;
  return std::nullopt;
}

}  // namespace claimscope::internal
