#include "json_value.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <system_error>
#include <utility>

#include "claimscope/json_writer.h"
#include "json_string.h"

namespace claimscope::cli {

// ---------------------------------------------------------------------------------------
// The tree.

namespace {

const std::string& EmptyString() {
  static const std::string* const kEmpty = new std::string();
  return *kEmpty;
}

const std::vector<JsonValue>& NoItems() {
  static const std::vector<JsonValue>* const kNone = new std::vector<JsonValue>();
  return *kNone;
}

const std::vector<JsonMember>& NoMembers() {
  static const std::vector<JsonMember>* const kNone = new std::vector<JsonMember>();
  return *kNone;
}

// The shortest text that reads back as `v`; integers up to 2^53 without exponent or fraction.
std::string NumberLiteral(double v) {
  if (!std::isfinite(v)) return "";
  if (v == std::trunc(v) && std::fabs(v) <= 9007199254740992.0) {
    return std::to_string(static_cast<int64_t>(v));
  }
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

}  // namespace

JsonValue JsonValue::Bool(bool b) {
  JsonValue v;
  v.kind_ = Kind::kBool;
  v.bool_ = b;
  return v;
}

JsonValue JsonValue::Number(double d) {
  std::string text = NumberLiteral(d);
  if (text.empty()) return JsonValue();  // NaN and infinities have no JSON form
  return Number(d, std::move(text));
}

JsonValue JsonValue::Number(double d, std::string text) {
  JsonValue v;
  v.kind_ = Kind::kNumber;
  v.number_ = d;
  v.text_ = std::move(text);
  return v;
}

JsonValue JsonValue::String(std::string s) {
  JsonValue v;
  v.kind_ = Kind::kString;
  v.text_ = std::move(s);
  return v;
}

JsonValue JsonValue::Array() {
  JsonValue v;
  v.kind_ = Kind::kArray;
  return v;
}

JsonValue JsonValue::Object() {
  JsonValue v;
  v.kind_ = Kind::kObject;
  return v;
}

const std::string& JsonValue::NumberText() const { return is_number() ? text_ : EmptyString(); }

const std::string& JsonValue::AsString() const { return is_string() ? text_ : EmptyString(); }

const std::vector<JsonValue>& JsonValue::Items() const { return is_array() ? items_ : NoItems(); }

const std::vector<JsonMember>& JsonValue::Members() const {
  return is_object() ? members_ : NoMembers();
}

size_t JsonValue::size() const {
  return is_array() ? items_.size() : is_object() ? members_.size() : 0;
}

const JsonValue* JsonValue::Find(std::string_view name) const {
  if (!is_object()) return nullptr;
  for (const JsonMember& m : members_) {
    if (m.name == name) return &m.value;
  }
  return nullptr;
}

const std::vector<JsonValue>& JsonValue::Items(std::string_view name) const {
  const JsonValue* v = Find(name);
  return v != nullptr ? v->Items() : NoItems();
}

std::string_view JsonValue::StringOr(std::string_view name, std::string_view fallback) const {
  const JsonValue* v = Find(name);
  return v != nullptr && v->is_string() ? std::string_view(v->text_) : fallback;
}

JsonValue& JsonValue::Append(JsonValue item) {
  if (is_null()) kind_ = Kind::kArray;
  items_.push_back(std::move(item));
  return items_.back();
}

JsonValue& JsonValue::Add(std::string name, JsonValue value) {
  if (is_null()) kind_ = Kind::kObject;
  members_.push_back({std::move(name), std::move(value)});
  return members_.back().value;
}

// ---------------------------------------------------------------------------------------
// Parsing: recursive descent over the bytes, with the nesting depth bounded.

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

class JsonParser {
 public:
  JsonParser(std::string_view text, const JsonParseOptions& options)
      : text_(text), options_(options) {}

  bool ParseDocument(JsonValue* out) {
    SkipWhitespace();
    if (!ParseValue(out, 0)) return false;
    SkipWhitespace();
    if (pos_ != text_.size()) return Fail("unexpected text after the value");
    return true;
  }

  const std::string& error() const { return error_; }

 private:
  bool AtEnd() const { return pos_ >= text_.size(); }
  char Current() const { return AtEnd() ? '\0' : text_[pos_]; }

  bool Fail(std::string_view what) { return FailAt(what, pos_); }
  bool FailAt(std::string_view what, size_t at) {
    error_ = JsonSyntaxError{what, at}.Message();
    return false;
  }

  void SkipWhitespace() {
    while (!AtEnd()) {
      const char c = text_[pos_];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
      ++pos_;
    }
  }

  // `depth` counts the arrays and objects around the value.
  bool ParseValue(JsonValue* out, int depth) {
    switch (Current()) {
      case '{':
      case '[':
        if (depth >= options_.max_depth) return Fail("nesting too deep");
        return Current() == '{' ? ParseObject(out, depth + 1) : ParseArray(out, depth + 1);
      case '"': {
        std::string s;
        if (!ParseString(&s)) return false;
        *out = JsonValue::String(std::move(s));
        return true;
      }
      case 't':
        return ParseWord("true", JsonValue::Bool(true), out);
      case 'f':
        return ParseWord("false", JsonValue::Bool(false), out);
      case 'n':
        return ParseWord("null", JsonValue(), out);
      default:
        if (Current() == '-' || IsDigit(Current())) return ParseNumber(out);
        return Fail("expected a value");
    }
  }

  bool ParseWord(std::string_view word, JsonValue value, JsonValue* out) {
    if (text_.substr(pos_, word.size()) != word) return Fail("expected a value");
    pos_ += word.size();
    *out = std::move(value);
    return true;
  }

  bool ParseObject(JsonValue* out, int depth) {
    *out = JsonValue::Object();
    ++pos_;  // '{'
    SkipWhitespace();
    if (Current() == '}') {
      ++pos_;
      return true;
    }
    std::string name;
    while (true) {
      if (Current() != '"') return Fail("expected a member name");
      if (!ParseString(&name)) return false;
      SkipWhitespace();
      if (Current() != ':') return Fail("expected ':'");
      ++pos_;
      SkipWhitespace();
      JsonValue& value = out->Add(std::move(name), JsonValue());
      if (!ParseValue(&value, depth)) return false;
      SkipWhitespace();
      if (Current() == ',') {
        ++pos_;
        SkipWhitespace();
        continue;
      }
      if (Current() == '}') {
        ++pos_;
        return true;
      }
      return Fail("expected ',' or '}'");
    }
  }

  bool ParseArray(JsonValue* out, int depth) {
    *out = JsonValue::Array();
    ++pos_;  // '['
    SkipWhitespace();
    if (Current() == ']') {
      ++pos_;
      return true;
    }
    while (true) {
      JsonValue& item = out->Append(JsonValue());
      if (!ParseValue(&item, depth)) return false;
      SkipWhitespace();
      if (Current() == ',') {
        ++pos_;
        SkipWhitespace();
        continue;
      }
      if (Current() == ']') {
        ++pos_;
        return true;
      }
      return Fail("expected ',' or ']'");
    }
  }

  // number = [ "-" ] ( "0" / 1-9 *DIGIT ) [ "." 1*DIGIT ] [ ( "e" / "E" ) [ "+" / "-" ] 1*DIGIT ]
  bool ParseNumber(JsonValue* out) {
    const size_t start = pos_;
    if (Current() == '-') ++pos_;
    if (Current() == '0') {
      ++pos_;
    } else if (IsDigit(Current())) {
      while (IsDigit(Current())) ++pos_;
    } else {
      return Fail("bad number");
    }
    if (Current() == '.') {
      ++pos_;
      if (!IsDigit(Current())) return Fail("bad number");
      while (IsDigit(Current())) ++pos_;
    }
    if (Current() == 'e' || Current() == 'E') {
      ++pos_;
      if (Current() == '+' || Current() == '-') ++pos_;
      if (!IsDigit(Current())) return Fail("bad number");
      while (IsDigit(Current())) ++pos_;
    }
    const std::string_view literal = text_.substr(start, pos_ - start);
    double value = 0;
    const auto r = std::from_chars(literal.data(), literal.data() + literal.size(), value);
    if (r.ec == std::errc::result_out_of_range) {
      // Beyond double's range: strtod gives the infinity or the (sub)normal/zero it rounds to.
      value = std::strtod(std::string(literal).c_str(), nullptr);
    }
    *out = JsonValue::Number(value, std::string(literal));
    return true;
  }

  bool ParseString(std::string* out) {
    const JsonUtf8 utf8 = options_.allow_invalid_utf8 ? JsonUtf8::kKeepInvalid : JsonUtf8::kStrict;
    JsonSyntaxError error;
    if (DecodeJsonString(text_, &pos_, utf8, out, &error)) return true;
    return FailAt(error.what, error.offset);
  }

  std::string_view text_;
  const JsonParseOptions& options_;
  size_t pos_ = 0;
  std::string error_;
};

}  // namespace

bool ParseJson(std::string_view text, JsonValue* out, std::string* error,
               const JsonParseOptions& options) {
  JsonParser parser(text, options);
  if (parser.ParseDocument(out)) return true;
  *error = parser.error();
  return false;
}

// ---------------------------------------------------------------------------------------
// Writing.

namespace {

bool HoldsContainer(const JsonValue& v) {
  for (const JsonValue& item : v.Items()) {
    if (item.is_array() || item.is_object()) return true;
  }
  for (const JsonMember& m : v.Members()) {
    if (m.value.is_array() || m.value.is_object()) return true;
  }
  return false;
}

void Write(const JsonValue& v, int indent, int level, std::string* out) {
  switch (v.kind()) {
    case JsonValue::Kind::kNull:
      out->append("null");
      return;
    case JsonValue::Kind::kBool:
      out->append(v.AsBool() ? "true" : "false");
      return;
    case JsonValue::Kind::kNumber:
      out->append(v.NumberText().empty() ? "null" : v.NumberText());
      return;
    case JsonValue::Kind::kString:
      AppendJsonString(v.AsString(), out);
      return;
    case JsonValue::Kind::kArray:
    case JsonValue::Kind::kObject:
      break;
  }
  const bool object = v.is_object();
  if (v.size() == 0) {
    out->append(object ? "{}" : "[]");
    return;
  }
  const bool lines = indent > 0 && HoldsContainer(v);
  const auto separate = [&](size_t i, int at_level) {
    if (i > 0) out->push_back(',');
    if (lines) {
      out->push_back('\n');
      out->append(static_cast<size_t>(indent) * at_level, ' ');
    } else if (i > 0 && indent > 0) {
      out->push_back(' ');
    }
  };
  out->push_back(object ? '{' : '[');
  if (object) {
    size_t i = 0;
    for (const JsonMember& m : v.Members()) {
      separate(i++, level + 1);
      AppendJsonString(m.name, out);
      out->append(indent > 0 ? ": " : ":");
      Write(m.value, indent, level + 1, out);
    }
  } else {
    size_t i = 0;
    for (const JsonValue& item : v.Items()) {
      separate(i++, level + 1);
      Write(item, indent, level + 1, out);
    }
  }
  if (lines) {
    out->push_back('\n');
    out->append(static_cast<size_t>(indent) * level, ' ');
  }
  out->push_back(object ? '}' : ']');
}

}  // namespace

void AppendJsonText(const JsonValue& value, std::string* out, int indent) {
  Write(value, indent < 0 ? 0 : indent, 0, out);
}

std::string ToJsonText(const JsonValue& value, int indent) {
  std::string out;
  AppendJsonText(value, &out, indent);
  return out;
}

}  // namespace claimscope::cli
