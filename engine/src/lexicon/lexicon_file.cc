#include "lexicon/lexicon_file.h"

#include <algorithm>
#include <array>
#include <span>

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

// The fields of `s` between the separators `sep`, empty ones kept, one at a time: parsing
// calls this for every line and alias list of ~60k entries, where a vector each cost more
// than the rest of the parse.
class Fields {
 public:
  Fields(std::string_view s, char sep) : rest_(s), sep_(sep) {}

  // Sets *field to the next field; false when there are no more.
  bool Next(std::string_view* field) {
    if (done_) return false;
    const size_t at = rest_.find(sep_);
    *field = rest_.substr(0, at);
    if (at == std::string_view::npos) {
      done_ = true;
    } else {
      rest_.remove_prefix(at + 1);
    }
    return true;
  }

 private:
  std::string_view rest_;
  char sep_;
  bool done_ = false;
};

// Splits on `sep`, keeping empty fields.
std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  Fields fields(s, sep);
  for (std::string_view field; fields.Next(&field);) out.push_back(field);
  return out;
}

// The 1-based column of field `index` in a tab-separated line.
int ColumnOf(std::span<const std::string_view> fields, size_t index) {
  int col = 1;
  for (size_t k = 0; k < index && k < fields.size(); ++k) {
    col += static_cast<int>(fields[k].size()) + 1;
  }
  return col;
}

}  // namespace

uint64_t LexiconEntry::KeyBitsOf(std::string_view all) {
  uint64_t key_bits = 0;
  for (size_t at = 0; at < all.size();) {
    size_t end = all.find(';', at);
    if (end == std::string_view::npos) end = all.size();
    const std::string_view pair = all.substr(at, end - at);
    key_bits |= KeyBit(pair.substr(0, pair.find('=')));
    at = end + 1;
  }
  return key_bits;
}

std::string_view LexiconEntry::FindAttribute(std::string_view key) const {
  // Searched in place, not split: extraction asks for attributes of many hits per document,
  // most often for one the entry lacks. The first pair that starts with `key=`.
  const std::string_view all = attributes;
  if (key.empty()) return {};
  for (size_t at = all.find(key); at != std::string_view::npos; at = all.find(key, at + 1)) {
    const size_t eq = at + key.size();
    if ((at == 0 || all[at - 1] == ';') && eq < all.size() && all[eq] == '=') {
      const size_t end = all.find(';', eq + 1);
      return all.substr(eq + 1, end == std::string_view::npos ? end : end - eq - 1);
    }
  }
  return {};
}

Status ParseLexiconFile(std::string_view name, std::string_view contents, LexiconFile* out) {
  out->name = std::string(name);
  const std::string file(name);
  auto error = [&](int line, int col, const std::string& msg, std::string_view fragment = {}) {
    return Status::AtLocation(StatusCode::kParseError, msg, file, line, col,
                              std::string(fragment.substr(0, 80)));
  };
  if (contents.substr(0, 3) == "\xEF\xBB\xBF") contents.remove_prefix(3);  // a BOM
  // About one entry a line: no growing and moving of entries. (find, not std::count: it
  // searches many bytes at a time.)
  size_t lines = 0;
  for (size_t at = contents.find('\n'); at != std::string_view::npos;
       at = contents.find('\n', at + 1)) {
    ++lines;
  }
  size_t bars = 0;  // about one form a line, and one more for each '|' between aliases
  for (size_t at = contents.find('|'); at != std::string_view::npos;
       at = contents.find('|', at + 1)) {
    ++bars;
  }
  out->entries.reserve(out->entries.size() + lines);
  out->forms.reserve(out->forms.size() + lines + bars);
  // Each entry's forms as [first, end) of out->forms while they are read (the vector may
  // move as it grows); spans once the last is read.
  std::vector<uint32_t> form_starts;
  form_starts.reserve(lines + 1);
  const size_t first_entry = out->entries.size();
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
    std::array<std::string_view, kColumns.size()> fields;
    size_t field_count = 0;
    Fields columns(line, '\t');
    for (std::string_view field; columns.Next(&field); ++field_count) {
      if (field_count < fields.size()) fields[field_count] = field;
    }
    if (field_count != kColumns.size()) {
      const size_t known = std::min(field_count, kColumns.size());
      return error(line_no, ColumnOf(std::span(fields.data(), known), known),
                   "expected 5 tab-separated columns, found " + std::to_string(field_count), line);
    }
    const std::string_view surface = Trim(fields[0]);
    if (surface.empty()) return error(line_no, 1, "empty surface form");
    LexiconEntry& e = out->entries.emplace_back();
    e.line = line_no;
    form_starts.push_back(static_cast<uint32_t>(out->forms.size()));
    out->forms.push_back(surface);
    const std::string_view canonical = Trim(fields[1]);
    e.canonical = canonical.empty() ? surface : canonical;
    e.id = Trim(fields[2]);
    if (!fields[3].empty()) {
      Fields aliases(fields[3], '|');
      for (std::string_view alias; aliases.Next(&alias);) {
        alias = Trim(alias);
        if (alias.empty()) {
          out->entries.pop_back();
          out->forms.resize(form_starts.back());
          return error(line_no, ColumnOf(fields, 3), "empty alias (two '|' in a row?)", fields[3]);
        }
        out->forms.push_back(alias);
      }
    }
    e.SetAttributes(Trim(fields[4]));
  }
  form_starts.push_back(static_cast<uint32_t>(out->forms.size()));
  for (size_t k = first_entry; k < out->entries.size(); ++k) {
    const uint32_t begin = form_starts[k - first_entry];
    out->entries[k].forms =
        std::span(out->forms.data() + begin, form_starts[k - first_entry + 1] - begin);
  }
  if (!seen_magic) return error(1, 1, "empty lexicon file");
  if (!seen_columns) return error(line_no, 1, "no column header line");
  return Status();
}

Status ParseLexiconText(std::string_view name, std::string contents, LexiconFile* out) {
  out->text = std::make_shared<const std::string>(std::move(contents));
  return ParseLexiconFile(name, *out->text, out);
}

}  // namespace claimscope::internal
