#include "number_words.h"

#include <array>
#include <cctype>
#include <charconv>
#include <string>
#include <utility>
#include <vector>

namespace claimscope::internal {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

constexpr std::array<std::pair<std::string_view, int>, 30> kSmall = {{
    {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},    {"a", 1},         {"an", 1},
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

template <size_t N>
std::optional<int> Find(const std::array<std::pair<std::string_view, int>, N>& table,
                        std::string_view w) {
  for (const auto& [word, value] : table) {
    if (word == w) return value;
  }
  return std::nullopt;
}

std::optional<double> ParseDigits(std::string_view s) {
  std::string plain;
  for (char c : s) {
    if (c == ',') continue;
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.') return std::nullopt;
    plain.push_back(c);
  }
  if (plain.empty() || plain == ".") return std::nullopt;
  double v = 0;
  const auto r = std::from_chars(plain.data(), plain.data() + plain.size(), v);
  if (r.ec != std::errc() || r.ptr != plain.data() + plain.size()) return std::nullopt;
  return v;
}

// Words of a number, split at spaces and hyphens, "and" dropped.
std::vector<std::string> NumberWords(std::string_view text) {
  std::vector<std::string> words;
  std::string w;
  for (char c : Lower(text)) {
    if (c == ' ' || c == '-' || c == '\t' || c == '\n') {
      if (!w.empty() && w != "and") words.push_back(w);
      w.clear();
    } else {
      w.push_back(c);
    }
  }
  if (!w.empty() && w != "and") words.push_back(w);
  return words;
}

}  // namespace

std::optional<double> ScaleOf(std::string_view word) {
  const std::string w = Lower(word);
  if (w == "thousand" || w == "k") return 1e3;
  if (w == "million" || w == "mn" || w == "m" || w == "mln" || w == "mio") return 1e6;
  if (w == "billion" || w == "bn" || w == "b" || w == "bln") return 1e9;
  if (w == "trillion" || w == "tn" || w == "trn") return 1e12;
  if (w == "crore" || w == "crores") return 1e7;
  if (w == "lakh" || w == "lakhs") return 1e5;
  if (w == "hundred") return 1e2;
  return std::nullopt;
}

std::optional<double> ParseNumber(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (std::isdigit(static_cast<unsigned char>(text[0])) || text[0] == '.') {
    return ParseDigits(text);
  }
  const std::vector<std::string> words = NumberWords(text);
  if (words.empty()) return std::nullopt;
  if (words.size() == 2 && (words[0] == "a" || words[0] == "one") && words[1] == "dozen") {
    return 12;
  }
  if (words.size() == 1 && words[0] == "dozen") return 12;
  double total = 0;
  double group = 0;
  bool any = false;
  for (const std::string& w : words) {
    if (const auto small = Find(kSmall, w)) {
      group += *small;
      any = true;
    } else if (w == "hundred") {
      group = (group == 0 ? 1 : group) * 100;
      any = true;
    } else if (const auto scale = ScaleOf(w); scale && *scale >= 1e3) {
      total += (group == 0 ? 1 : group) * *scale;
      group = 0;
      any = true;
    } else {
      return std::nullopt;
    }
  }
  if (!any || (words.size() == 1 && (words[0] == "a" || words[0] == "an"))) return std::nullopt;
  return total + group;
}

std::optional<double> ParseOrdinal(std::string_view text) {
  if (!text.empty() && std::isdigit(static_cast<unsigned char>(text[0]))) {
    size_t digits = 0;
    while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) {
      ++digits;
    }
    const std::string suffix = Lower(text.substr(digits));
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
    return ParseDigits(text.substr(0, digits));
  }
  const std::vector<std::string> words = NumberWords(text);
  if (words.empty()) return std::nullopt;
  const std::string& last = words.back();
  std::optional<int> tail = Find(kOrdinalWords, last);
  if (!tail) tail = Find(kOrdinalTens, last);
  if (!tail) return std::nullopt;
  if (words.size() == 1) return *tail;
  const auto lead = ParseNumber(std::string_view(text).substr(0, text.size() - last.size() - 1));
  return lead ? std::optional<double>(*lead + *tail) : std::nullopt;
}

std::optional<double> VagueAmount(std::string_view text) {
  const std::string w = Lower(text);
  if (w == "dozens") return 12;
  if (w == "scores") return 20;
  if (w == "hundreds") return 100;
  if (w == "thousands" || w == "tens of thousands") return w == "thousands" ? 1e3 : 1e4;
  if (w == "hundreds of thousands") return 1e5;
  if (w == "millions") return 1e6;
  if (w == "billions") return 1e9;
  if (w == "a few" || w == "several" || w == "a handful") return 3;
  return std::nullopt;
}

}  // namespace claimscope::internal
