#include "quantities/number_lexer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <utility>

#include "base/ascii.h"

namespace claimscope::internal {

using namespace std::string_view_literals;

namespace {

// Unicode vulgar fractions, as UTF-8.
constexpr std::array<std::pair<std::string_view, double>, 18> kVulgar = {{
    {"\u00BD", 1.0 / 2},
    {"\u2153", 1.0 / 3},
    {"\u2154", 2.0 / 3},
    {"\u00BC", 1.0 / 4},
    {"\u00BE", 3.0 / 4},
    {"\u2155", 1.0 / 5},
    {"\u2156", 2.0 / 5},
    {"\u2157", 3.0 / 5},
    {"\u2158", 4.0 / 5},
    {"\u2159", 1.0 / 6},
    {"\u215A", 5.0 / 6},
    {"\u2150", 1.0 / 7},
    {"\u215B", 1.0 / 8},
    {"\u215C", 3.0 / 8},
    {"\u215D", 5.0 / 8},
    {"\u215E", 7.0 / 8},
    {"\u2151", 1.0 / 9},
    {"\u2152", 1.0 / 10},
}};

}  // namespace

std::optional<double> ParseDigits(std::string_view s) {
  // Digits with at most one period ("150", "1.2"), most figures, are what from_chars reads
  // as they are: no copy made plain.
  if (const size_t dot = s.find('.');
      !s.empty() && s != "."sv &&
      (dot == std::string_view::npos || s.find('.', dot + 1) == std::string_view::npos)) {
    const bool plain =
        std::all_of(s.begin(), s.end(), [](char c) { return IsDigit(c) || c == '.'; });
    if (plain) {
      double v = 0;
      const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
      if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
      return v;
    }
  }
  std::string body(s);
  std::string exponent;
  if (const size_t e = body.find_first_of("eE"); e != std::string::npos) {
    exponent = body.substr(e + 1);
    body.resize(e);
    if (exponent.empty()) return std::nullopt;
    for (size_t i = 0; i < exponent.size(); ++i) {
      if (!IsDigit(exponent[i]) && !(i == 0 && (exponent[i] == '+' || exponent[i] == '-'))) {
        return std::nullopt;
      }
    }
    if (exponent[0] == '+') exponent.erase(0, 1);
  }
  const size_t last_comma = body.rfind(',');
  const size_t last_dot = body.rfind('.');
  char decimal = '.';
  if (last_comma != std::string::npos && last_dot != std::string::npos) {
    decimal = last_comma > last_dot ? ',' : '.';
  } else if (last_comma != std::string::npos) {
    // Groups after the first comma: all of three digits (thousands), or of two digits
    // ending with three (Indian lakh grouping); else a single comma before one or two
    // digits is a decimal comma.
    std::vector<size_t> groups;
    size_t start = body.find(',') + 1;
    while (true) {
      const size_t next = body.find(',', start);
      groups.push_back((next == std::string::npos ? body.size() : next) - start);
      if (next == std::string::npos) break;
      start = next + 1;
    }
    bool thousands = true;
    bool indian = groups.back() == 3;
    for (size_t i = 0; i < groups.size(); ++i) {
      thousands = thousands && groups[i] == 3;
      if (i + 1 < groups.size()) indian = indian && groups[i] == 2;
    }
    if (!thousands && !indian) {
      if (groups.size() != 1 || groups[0] > 2 || groups[0] == 0) return std::nullopt;
      decimal = ',';
    }
  } else if (last_dot != std::string::npos && body.find('.') != last_dot) {
    return std::nullopt;  // "192.168.1.2"
  }
  std::string plain;
  for (char c : body) {
    if (c == decimal) {
      plain.push_back('.');
    } else if (IsDigit(c)) {
      plain.push_back(c);
    } else if (c != ',' && c != '.') {
      return std::nullopt;
    }
  }
  if (plain.empty() || plain == "."sv) return std::nullopt;
  if (!exponent.empty()) plain += "e" + exponent;
  double v = 0;
  const auto r = std::from_chars(plain.data(), plain.data() + plain.size(), v);
  if (r.ec != std::errc() || r.ptr != plain.data() + plain.size()) return std::nullopt;
  return v;
}

bool IsDigitGroup(const Tok& t) {
  if (t.kind != Tok::kNum || t.vulgar || t.text.size() < 3) return false;
  for (size_t i = 0; i < 3; ++i) {
    if (!IsDigit(t.text[i])) return false;
  }
  if (t.text.size() == 3) return true;
  if (t.text[3] != '.' || t.text.size() == 4) return false;
  for (size_t i = 4; i < t.text.size(); ++i) {
    if (!IsDigit(t.text[i])) return false;
  }
  return true;
}

bool IsPlainInteger(const Tok& t, size_t max_digits) {
  if (t.kind != Tok::kNum || t.vulgar || t.text.empty() || t.text.size() > max_digits) return false;
  for (char c : t.text) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

std::optional<std::vector<Tok>> Lex(std::string_view text) {
  std::vector<Tok> out;
  bool space = false;
  bool comma = false;
  size_t i = 0;
  auto push = [&](Tok t) {
    t.space_before = space;
    t.comma_before = comma;
    space = comma = false;
    out.push_back(std::move(t));
  };
  while (i < text.size()) {
    const char c = text[i];
    const std::string_view rest = text.substr(i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      ++i;
    } else if (rest.rfind("\u202F", 0) == 0 || rest.rfind("\u00A0", 0) == 0) {
      space = true;
      i += rest[0] == '\xC2' ? 2 : 3;
    } else if (c == ',') {
      comma = true;
      ++i;
    } else if (IsDigit(c) || (c == '.' && i + 1 < text.size() && IsDigit(text[i + 1]))) {
      size_t j = i;
      while (j < text.size()) {
        if (IsDigit(text[j])) {
          ++j;
        } else if ((text[j] == '.' || text[j] == ',') && j + 1 < text.size() &&
                   IsDigit(text[j + 1])) {
          ++j;
        } else {
          break;
        }
      }
      // An exponent: "1e10", "12.32e+14", "-12e-1".
      if (j + 1 < text.size() && (text[j] == 'e' || text[j] == 'E')) {
        size_t k = j + 1;
        if (text[k] == '+' || text[k] == '-') ++k;
        if (k < text.size() && IsDigit(text[k])) {
          while (k < text.size() && IsDigit(text[k])) ++k;
          j = k;
        }
      }
      Tok t{Tok::kNum, std::string(text.substr(i, j - i))};
      const std::optional<double> v = ParseDigits(t.text);
      if (!v) return std::nullopt;
      t.value = *v;
      i = j;
      push(std::move(t));
    } else if (IsAlpha(c)) {
      size_t j = i;
      while (j < text.size() && IsAlpha(text[j])) ++j;
      push(Tok{Tok::kWord, AsciiLower(text.substr(i, j - i))});
      i = j;
    } else if (c == '-' || c == '/' || c == '^' || c == '+') {
      push(Tok{Tok::kOp, std::string(1, c)});
      ++i;
    } else if (rest.rfind("\u2212", 0) == 0 || rest.rfind("\u2013", 0) == 0) {
      push(Tok{Tok::kOp, "-"});
      i += 3;
    } else if (rest.rfind("\u00D7", 0) == 0) {
      push(Tok{Tok::kWord, "x"});
      i += 2;
    } else {
      bool found = false;
      for (const auto& [mark, value] : kVulgar) {
        if (rest.rfind(mark, 0) == 0) {
          Tok t{Tok::kNum, std::string(mark)};
          t.value = value;
          t.vulgar = true;
          push(std::move(t));
          i += mark.size();
          found = true;
          break;
        }
      }
      if (!found) return std::nullopt;
    }
  }
  // Digit groups separated by spaces are one number: "1 234 567", "40 000".
  std::vector<Tok> merged;
  for (size_t k = 0; k < out.size(); ++k) {
    Tok t = out[k];
    const bool groupable = IsPlainInteger(t, 3);
    size_t groups = 0;
    while (groupable && k + 1 < out.size() && out[k + 1].space_before && !out[k + 1].comma_before &&
           IsDigitGroup(out[k + 1]) && t.text.find('.') == std::string::npos &&
           !(k + 2 < out.size() && IsOp(out[k + 2], '/'))) {
      t.text += out[k + 1].text;
      ++k;
      ++groups;
    }
    if (groups > 0) t.value = *ParseDigits(t.text);
    merged.push_back(std::move(t));
  }
  return merged;
}

}  // namespace claimscope::internal
