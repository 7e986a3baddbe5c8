#include "grammar/grammar_file.h"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace claimscope::internal {
namespace {

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-';
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// One logical statement: a "define", "filter" or "rule" line with its continuation lines.
struct Statement {
  int line = 0;
  std::string head;     // up to and including '='
  std::string pattern;  // the raw pattern, continuation lines appended
  int pattern_column = 0;
  // Where each physical line's part of the pattern starts: (pattern offset, line, column).
  std::vector<std::tuple<size_t, int, int>> line_starts;
};

class Parser {
 public:
  Parser(std::string_view name, const ClassExpander& classes, GrammarMacros* macros,
         std::vector<GrammarRule>* rules)
      : file_(name),
        classes_(classes),
        macros_(*macros),
        rules_(*rules),
        first_rule_(rules->size()) {}

  Status Parse(std::string_view contents) {
    Statement current;
    bool open = false;
    int line_no = 0;
    size_t pos = 0;
    while (pos <= contents.size()) {
      size_t nl = contents.find('\n', pos);
      if (nl == std::string_view::npos) nl = contents.size();
      const std::string_view raw = TrimRight(contents.substr(pos, nl - pos));
      pos = nl + 1;
      ++line_no;
      const size_t first = raw.find_first_not_of(" \t");
      if (first == std::string_view::npos || raw[first] == '#') continue;
      if (first > 0) {  // a continuation line
        if (!open) return Error(line_no, 1, "a continuation line needs a statement above it", raw);
        current.line_starts.push_back(
            {current.pattern.size(), line_no, static_cast<int>(first) + 1});
        current.pattern.append(raw.substr(first));
        continue;
      }
      if (open) {
        Status s = Finish(current);
        if (!s.ok()) return s;
        open = false;
      }
      if (raw.substr(0, 6) == "seeds ") {
        // "seeds WORD WORD ...": the rules of this file run only near these words or digits.
        size_t at = 6;
        while (at < raw.size()) {
          const size_t end = std::min(raw.find(' ', at), raw.size());
          std::string word(raw.substr(at, end - at));
          for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          if (!word.empty()) seeds_.push_back(std::move(word));
          at = end + 1;
        }
        continue;
      }
      const size_t eq = raw.find(" = ");
      if (eq == std::string_view::npos) {
        return Error(line_no, 1,
                     "expected 'define NAME = PATTERN', 'filter NAME = PATTERN' or 'rule "
                     "NAME -> LABEL [priority N] = PATTERN'",
                     raw);
      }
      current = Statement();
      current.line = line_no;
      current.head = std::string(raw.substr(0, eq));
      current.pattern = std::string(raw.substr(eq + 3));
      current.pattern_column = static_cast<int>(eq) + 4;
      current.line_starts.push_back({0, line_no, current.pattern_column});
      open = true;
    }
    Status s = open ? Finish(current) : Status();
    if (!s.ok()) return s;
    if (!seeds_.empty()) {
      for (size_t r = first_rule_; r < rules_.size(); ++r) rules_[r].seeded = true;
    }
    return s;
  }

  std::vector<std::string>& seeds() { return seeds_; }

 private:
  Status Error(int line, int column, const std::string& msg, std::string_view fragment) const {
    return Status::AtLocation(StatusCode::kParseError, msg, file_, line, column,
                              std::string(fragment.substr(0, 80)));
  }

  // The line and column of offset `at` of a statement's pattern.
  static std::pair<int, int> Where(const Statement& st, size_t at) {
    std::tuple<size_t, int, int> start = st.line_starts.front();
    for (const auto& ls : st.line_starts) {
      if (std::get<0>(ls) <= at) start = ls;
    }
    return {std::get<1>(start), std::get<2>(start) + static_cast<int>(at - std::get<0>(start))};
  }

  Status Finish(const Statement& st) {
    GrammarMacro expanded;
    Status s = Expand(st, &expanded);
    if (!s.ok()) return s;
    std::string_view head = st.head;
    auto word = [&head]() {
      while (!head.empty() && head.front() == ' ') head.remove_prefix(1);
      size_t end = 0;
      while (end < head.size() && head[end] != ' ') ++end;
      std::string_view w = head.substr(0, end);
      head.remove_prefix(end);
      return w;
    };
    const std::string_view keyword = word();
    const std::string_view name = word();
    if (name.empty() || !std::all_of(name.begin(), name.end(), IsNameChar)) {
      return Error(st.line, static_cast<int>(keyword.size()) + 2, "expected a name", st.head);
    }
    if (keyword == "define") {
      if (!word().empty()) return Error(st.line, 1, "a define is 'define NAME = PATTERN'", st.head);
      macros_[std::string(name)] = {AsGroup(expanded.pattern), AsGroup(expanded.filter)};
      return Status();
    }
    if (keyword == "filter") {
      if (!word().empty()) return Error(st.line, 1, "a filter is 'filter NAME = PATTERN'", st.head);
      const auto it = macros_.find(name);
      if (it == macros_.end()) {
        return Error(st.line, static_cast<int>(keyword.size()) + 2,
                     "a filter needs its macro defined above", name);
      }
      it->second.filter = AsGroup(expanded.filter);
      return Status();
    }
    if (keyword != "rule") return Error(st.line, 1, "expected define, filter or rule", keyword);
    GrammarRule rule;
    rule.name = std::string(name);
    if (word() != "->")
      return Error(st.line, 1,
                   "a rule is 'rule NAME -> LABEL [priority N] [unless-followed-by MACRO] "
                   "[hyphen-end] = PATTERN'",
                   st.head);
    rule.label = std::string(word());
    if (rule.label.empty()) return Error(st.line, 1, "the rule has no label", st.head);
    constexpr std::string_view kOptions =
        "after the label only 'priority N' (N up to 999999), 'unless-followed-by MACRO' and "
        "'hyphen-end' may follow";
    bool priority_seen = false;
    for (std::string_view option = word(); !option.empty(); option = word()) {
      if (option == "hyphen-end" && !rule.hyphen_end) {
        rule.hyphen_end = true;
        continue;
      }
      const std::string_view value = word();
      if (option == "priority" && !priority_seen) {
        // Digits only, at most six of them: no overflow, whatever the file says.
        const bool digits = !value.empty() && value.size() <= 6 &&
                            std::all_of(value.begin(), value.end(), [](char c) {
                              return std::isdigit(static_cast<unsigned char>(c));
                            });
        if (!digits) return Error(st.line, 1, std::string(kOptions), st.head);
        int v = 0;
        for (char c : value) v = v * 10 + (c - '0');
        rule.priority = v;
        priority_seen = true;
      } else if (option == "unless-followed-by" && rule.unless_followed_by.empty() &&
                 !value.empty()) {
        const auto it = macros_.find(value);
        if (it == macros_.end()) {
          return Error(st.line, 1, "unknown macro after unless-followed-by (define it above)",
                       value);
        }
        rule.unless_followed_by = it->second.pattern;
      } else {
        return Error(st.line, 1, std::string(kOptions), st.head);
      }
    }
    rule.pattern = std::move(expanded.pattern);
    rule.filter = std::move(expanded.filter);
    rule.file = file_;
    rule.line = st.line;
    rule.column = st.pattern_column;
    rules_.push_back(std::move(rule));
    return Status();
  }

  // Replaces {NAME} and {@class} references, in out->filter with the filters of the macros;
  // leaves RE2 repetitions such as {2,3} alone.
  Status Expand(const Statement& st, GrammarMacro* out) const {
    const std::string& p = st.pattern;
    const auto append = [out](std::string_view exact, std::string_view filter) {
      out->pattern.append(exact);
      out->filter.append(filter);
    };
    for (size_t i = 0; i < p.size(); ++i) {
      if (p[i] == '\\' && i + 1 < p.size()) {
        // An escape; "\p{Lu}" keeps its braces.
        size_t len = 2;
        if ((p[i + 1] == 'p' || p[i + 1] == 'P') && i + 2 < p.size() && p[i + 2] == '{') {
          const size_t close = p.find('}', i + 2);
          if (close != std::string::npos) len = close - i + 1;
        }
        const std::string_view escape(p.data() + i, len);
        append(escape, escape);
        i += len - 1;
        continue;
      }
      const std::string_view c(p.data() + i, 1);
      if (p[i] != '{') {
        append(c, c);
        continue;
      }
      const size_t close = p.find('}', i);
      const bool is_class = i + 1 < p.size() && p[i + 1] == '@';
      const size_t name_start = i + (is_class ? 2 : 1);
      const bool is_name = close != std::string::npos && close > name_start &&
                           std::isalpha(static_cast<unsigned char>(p[name_start])) &&
                           std::all_of(p.begin() + name_start, p.begin() + close, IsNameChar);
      if (!is_name) {  // a repetition like {2,3}
        append(c, c);
        continue;
      }
      const std::string_view ref(p.data() + name_start, close - name_start);
      const auto [line, col] = Where(st, i);
      if (is_class) {
        std::string regex;
        if (!classes_(ref, &regex)) {
          return Error(line, col, "no lexicon has the class", p.substr(i, close - i + 1));
        }
        regex = AsGroup(regex);
        append(regex, regex);
      } else {
        const auto it = macros_.find(ref);
        if (it == macros_.end()) {
          return Error(line, col, "unknown macro (define it above)", p.substr(i, close - i + 1));
        }
        append(it->second.pattern, it->second.filter);
      }
      i = close;
    }
    return Status();
  }

  std::string file_;
  const ClassExpander& classes_;
  GrammarMacros& macros_;
  std::vector<GrammarRule>& rules_;
  size_t first_rule_;
  std::vector<std::string> seeds_;
};

}  // namespace

std::string AsGroup(std::string_view pattern) {
  // RE2 reads \Q...\E as literals up to \E, and a backslash outside it as an escape.
  bool quoted = false;
  for (size_t i = 0; i + 1 < pattern.size(); ++i) {
    if (pattern[i] != '\\') continue;
    if (quoted) {
      if (pattern[i + 1] == 'E') {
        quoted = false;
        ++i;
      }
    } else {
      quoted = pattern[i + 1] == 'Q';
      ++i;
    }
  }
  return "(?:" + std::string(pattern) + (quoted ? "\\E)" : ")");
}

Status ParseGrammarFile(std::string_view name, std::string_view contents,
                        const ClassExpander& classes, GrammarMacros* macros,
                        std::vector<GrammarRule>* rules, std::vector<std::string>* seeds) {
  Parser parser(name, classes, macros, rules);
  Status s = parser.Parse(contents);
  if (s.ok() && seeds != nullptr) {
    seeds->insert(seeds->end(), parser.seeds().begin(), parser.seeds().end());
  }
  return s;
}

}  // namespace claimscope::internal
