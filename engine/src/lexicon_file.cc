#include "lexicon_file.h"

#include <array>

namespace claimscope::internal {
namespace {

constexpr std::string_view kMagic = "#claimscope-lexicon 1";
constexpr std::array<std::string_view, 5> kColumns = {"surface", "canonical", "id", "aliases",
                                                      "attributes"};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Splits on `sep`, keeping empty fields.
std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    out.push_back(
        s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return out;
    start = at + 1;
  }
}

// The 1-based column of field `index` in a tab-separated line.
int ColumnOf(const std::vector<std::string_view>& fields, size_t index) {
  int col = 1;
  for (size_t k = 0; k < index && k < fields.size(); ++k) {
    col += static_cast<int>(fields[k].size()) + 1;
  }
  return col;
}

}  // namespace

std::string_view LexiconEntry::Attribute(std::string_view key) const {
  // Walked in place, not split: extraction asks for attributes of many hits per document.
  std::string_view rest = attributes;
  while (true) {
    const size_t semi = rest.find(';');
    const std::string_view pair = rest.substr(0, semi);
    const size_t eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == key) return pair.substr(eq + 1);
    if (semi == std::string_view::npos) return {};
    rest.remove_prefix(semi + 1);
  }
}

Status ParseLexiconFile(std::string_view name, std::string_view contents, LexiconFile* out) {
  out->name = std::string(name);
  const std::string file(name);
  auto error = [&](int line, int col, const std::string& msg, std::string_view fragment = {}) {
    return Status::AtLocation(StatusCode::kParseError, msg, file, line, col,
                              std::string(fragment.substr(0, 80)));
  };
  if (contents.substr(0, 3) == "\xEF\xBB\xBF") contents.remove_prefix(3);  // a BOM
  int line_no = 0;
  bool seen_magic = false;
  bool seen_columns = false;
  size_t pos = 0;
  while (pos < contents.size()) {
    size_t nl = contents.find('\n', pos);
    if (nl == std::string_view::npos) nl = contents.size();
    std::string_view line = contents.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!seen_magic) {
      if (Trim(line) != kMagic) {
        return error(line_no, 1, "a lexicon file starts with '" + std::string(kMagic) + "'", line);
      }
      seen_magic = true;
      continue;
    }
    if (!seen_columns) {
      if (line.empty()) continue;
      if (line[0] == '#') {
        const size_t colon = line.find(':');
        if (colon == std::string_view::npos) {
          return error(line_no, 1, "a header line is '#key: value'", line);
        }
        const std::string_view key = Trim(line.substr(1, colon - 1));
        const std::string_view value = Trim(line.substr(colon + 1));
        const int value_column = static_cast<int>(value.data() - line.data()) + 1;
        if (key == "class") {
          if (value.empty() || value.find_first_of(" \t") != std::string_view::npos) {
            return error(line_no, value_column, "the class is one word such as place.country",
                         value);
          }
          out->list_class = std::string(value);
        } else if (key == "case") {
          if (value == "exact") {
            out->case_mode = CaseMode::kExact;
          } else if (value == "fold") {
            out->case_mode = CaseMode::kFold;
          } else if (value == "smart") {
            out->case_mode = CaseMode::kSmart;
          } else {
            return error(line_no, value_column, "case must be exact, fold or smart", value);
          }
        } else if (key == "source") {
          out->source = std::string(value);
        }  // other keys are notes for people
        continue;
      }
      const std::vector<std::string_view> cols = Split(line, '\t');
      for (size_t k = 0; k < kColumns.size(); ++k) {
        if (cols.size() != kColumns.size() || cols[k] != kColumns[k]) {
          return error(line_no, ColumnOf(cols, k),
                       "expected the column header surface, canonical, id, aliases, attributes "
                       "(tab-separated)",
                       line);
        }
      }
      if (out->list_class.empty()) return error(line_no, 1, "no '#class:' line before the columns");
      seen_columns = true;
      continue;
    }
    if (Trim(line).empty() || line[0] == '#') continue;
    const std::vector<std::string_view> fields = Split(line, '\t');
    if (fields.size() != kColumns.size()) {
      return error(line_no, ColumnOf(fields, std::min(fields.size(), kColumns.size())),
                   "expected 5 tab-separated columns, found " + std::to_string(fields.size()),
                   line);
    }
    LexiconEntry e;
    e.line = line_no;
    const std::string_view surface = Trim(fields[0]);
    if (surface.empty()) return error(line_no, 1, "empty surface form");
    e.forms.emplace_back(surface);
    e.canonical = std::string(Trim(fields[1]).empty() ? surface : Trim(fields[1]));
    e.id = std::string(Trim(fields[2]));
    if (!fields[3].empty()) {
      for (std::string_view alias : Split(fields[3], '|')) {
        alias = Trim(alias);
        if (alias.empty()) {
          return error(line_no, ColumnOf(fields, 3), "empty alias (two '|' in a row?)", fields[3]);
        }
        e.forms.emplace_back(alias);
      }
    }
    e.attributes = std::string(Trim(fields[4]));
    out->entries.push_back(std::move(e));
  }
  if (!seen_magic) return error(1, 1, "empty lexicon file");
  if (!seen_columns) return error(line_no, 1, "no column header line");
  return Status();
}

}  // namespace claimscope::internal
