#include "eval_gold.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace claimscope::cli {
namespace {

std::vector<std::string> Split(const std::string& s, char by) {
  std::vector<std::string> out;
  std::stringstream parts(s);
  for (std::string part; std::getline(parts, part, by);) out.push_back(part);
  return out;
}

// brat standoff gold, DOC.ann as `claimscope extract --format brat` writes it and brat edits
// it: entities and quantities by their types, Quote_<kind> spans with the Speaker their
// SaidBy relation names and its Anonymous attribute. Quantities are compared by their words
// (brat holds no values); other lines (notes, events) are left out.
bool ReadBratGold(const std::string& path, const std::string& text, JsonValue* gold,
                  std::string* error) {
  struct Span {
    std::string type, text;
  };
  std::map<std::string, Span> spans;
  std::map<std::string, std::string> said_by;  // quote T -> speaker T
  std::set<std::string> anonymous;
  std::vector<std::string> order;
  std::stringstream lines(text);
  long number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = Split(line, '\t');
    const std::vector<std::string> what =
        f.size() > 1 ? Split(f[1], ' ') : std::vector<std::string>();
    if (f.size() < 2 || what.empty()) {
      *error = path + ":" + std::to_string(number) + ": not a brat annotation";
      return false;
    }
    if (line[0] == 'T') {
      if (f.size() < 3) {
        *error = path + ":" + std::to_string(number) + ": a text annotation without its text";
        return false;
      }
      spans[f[0]] = {what[0], f[2]};
      order.push_back(f[0]);
    } else if (line[0] == 'A' && what[0] == "Anonymous" && what.size() > 1) {
      anonymous.insert(what[1]);
    } else if (line[0] == 'R' && what[0] == "SaidBy" && what.size() > 2 &&
               what[1].rfind("Arg1:", 0) == 0 && what[2].rfind("Arg2:", 0) == 0) {
      said_by[what[1].substr(5)] = what[2].substr(5);
    }
  }
  *gold = JsonValue::Object();
  const size_t slash = path.find_last_of('/');
  std::string name = path.substr(slash == std::string::npos ? 0 : slash + 1);
  name.resize(name.size() - 4);  // ".ann"
  gold->Add("id", JsonValue::String(name));
  gold->Add("brat", JsonValue::Bool(true));
  gold->Add("quantities_by_text", JsonValue::Bool(true));
  JsonValue entities = JsonValue::Array();
  JsonValue quantities = JsonValue::Array();
  JsonValue quotes = JsonValue::Array();
  for (const std::string& t : order) {
    const Span& span = spans[t];
    JsonValue item = JsonValue::Array();
    if (const std::string cls = EntityClass(span.type); !cls.empty()) {
      item.Append(JsonValue::String(cls));
      item.Append(JsonValue::String(span.text));
      entities.Append(std::move(item));
    } else if (const std::string q = QuantityClass(Upper(span.type), false); !q.empty()) {
      item.Append(JsonValue::String(q));
      item.Append(JsonValue::String(span.text));
      quantities.Append(std::move(item));
    } else if (span.type.rfind("Quote", 0) == 0) {
      JsonValue quote = JsonValue::Object();
      quote.Add("text", JsonValue::String(span.text));
      const size_t bar = span.type.find('_');
      quote.Add("kind",
                JsonValue::String(bar == std::string::npos ? "" : span.type.substr(bar + 1)));
      JsonValue speaker = JsonValue::Array();
      const auto by = said_by.find(t);
      const bool has_speaker = by != said_by.end() && spans.count(by->second) != 0;
      if (has_speaker) speaker.Append(JsonValue::String(spans[by->second].text));
      quote.Add("speaker", std::move(speaker));
      if (has_speaker) quote.Add("anonymous", JsonValue::Bool(anonymous.count(by->second) != 0));
      quotes.Append(std::move(quote));
    }
  }
  gold->Add("entities", std::move(entities));
  gold->Add("quantities", std::move(quantities));
  gold->Add("quotes", std::move(quotes));
  return true;
}

// CoNLL IOB2 gold, DOC.conll as `claimscope extract --format conll` writes it: a token and
// its tag (the last column) a line, B-TYPE opening a name and I-TYPE continuing it;
// "-DOCSTART-" and blank lines are no tokens. Entities only; names are compared without their
// spaces (tokens are joined as the text may not be: "U.S.-based").
bool ReadConllGold(const std::string& path, const std::string& text, JsonValue* gold,
                   std::string* error) {
  JsonValue entities = JsonValue::Array();
  std::string type, name;
  const auto close = [&entities, &type, &name]() {
    if (!type.empty()) {
      JsonValue item = JsonValue::Array();
      item.Append(JsonValue::String(EntityClass(type)));
      item.Append(JsonValue::String(name));
      entities.Append(std::move(item));
    }
    type.clear();
    name.clear();
  };
  std::stringstream lines(text);
  long number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const size_t cut = line.find_last_of(" \t");
    if (line.empty() || line.rfind("-DOCSTART-", 0) == 0 || cut == std::string::npos) {
      close();
      continue;
    }
    const std::string tag = line.substr(cut + 1);
    const std::string token = line.substr(0, line.find_first_of(" \t"));
    if (tag == "O") {
      close();
    } else if (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-') {
      if (tag[0] == 'B' || tag.substr(2) != type) close();
      if (type.empty() && !EntityClass(tag.substr(2)).empty()) type = tag.substr(2);
      if (!type.empty()) name += (name.empty() ? "" : " ") + token;
    } else {
      *error = path + ":" + std::to_string(number) + ": not an IOB2 tag: " + tag;
      return false;
    }
  }
  close();
  *gold = JsonValue::Object();
  gold->Add("id", JsonValue::String(""));
  gold->Add("text_file", JsonValue::String(path));
  gold->Add("entities_spaceless", JsonValue::Bool(true));
  JsonValue scores = JsonValue::Array();
  scores.Append(JsonValue::String("entities"));
  gold->Add("scores", std::move(scores));
  gold->Add("entities", std::move(entities));
  return true;
}

}  // namespace

bool ReadGold(const std::string& path, std::vector<JsonValue>* out, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot be read";
    return false;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const auto ends = [&path](std::string_view suffix) {
    return path.size() > suffix.size() &&
           path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends(".ann") || ends(".conll")) {
    JsonValue gold;
    if (!(ends(".ann") ? ReadBratGold(path, text, &gold, error)
                       : ReadConllGold(path, text, &gold, error))) {
      return false;
    }
    out->push_back(std::move(gold));
    return true;
  }
  JsonValue whole;
  std::string parse_error;
  if (ParseJson(text, &whole, &parse_error) && whole.is_object()) {
    out->push_back(std::move(whole));
    return true;
  }
  std::stringstream lines(text);
  long number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    JsonValue doc;
    if (!ParseJson(line, &doc, &parse_error) || !doc.is_object()) {
      *error = path + ":" + std::to_string(number) + ": no gold document: " + parse_error;
      return false;
    }
    out->push_back(std::move(doc));
  }
  if (number == 0) {
    *error = path + ": no gold document";
    return false;
  }
  return true;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return out;
}

std::string EntityClass(std::string_view type) {
  const std::string t = Upper(type);
  if (t == "PLACE" || t == "LOC" || t == "LOCATION" || t == "GPE" || t == "FAC" ||
      t == "FACILITY") {
    return "PLACE";
  }
  if (t == "ORG" || t == "ORGANISATION" || t == "ORGANIZATION") return "ORG";
  if (t == "PERSON" || t == "PER") return "PERSON";
  return {};
}

// COUNT and MEASURE are one class: "3.4 million TEU" is fairly either.
std::string QuantityClass(std::string_view type, bool keep_unknown) {
  static const std::map<std::string, std::string, std::less<>> kClasses = {
      {"COUNT", "COUNT"},    {"CARDINAL", "COUNT"}, {"NUMBER", "COUNT"},
      {"DATE", "DATE"},      {"TIME", "DATE"},      {"DURATION", "DURATION"},
      {"MONEY", "MONEY"},    {"CURRENCY", "MONEY"}, {"PERCENT", "PERCENT"},
      {"MEASURE", "COUNT"},  {"QUANTITY", "COUNT"}, {"DIMENSION", "COUNT"},
      {"ORDINAL", "ORDINAL"}};
  const auto it = kClasses.find(type);
  if (it != kClasses.end()) return it->second;
  return keep_unknown ? std::string(type) : std::string();
}

}  // namespace claimscope::cli
