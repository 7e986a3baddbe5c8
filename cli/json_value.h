// A strict JSON (RFC 8259) parser into a small document tree, and a writer back to text.
//
//   JsonValue record;
//   std::string error;
//   if (!ParseJson(line, &record, &error)) ...;  // "expected a value at column 7"
//   for (const JsonValue& quote : record.Items("quotes")) {
//     if (const JsonValue* speaker = quote.Find("speaker"); speaker && speaker->is_object())
//       ... speaker->StringOr("resolved", "") ...
//   }
//
// Objects keep their members in order, duplicates included (Find returns the first). Numbers
// keep the literal as written besides its double value. Accessors never throw: asked for the
// wrong kind, they return an empty or fallback value.
#ifndef CLAIMSCOPE_CLI_JSON_VALUE_H_
#define CLAIMSCOPE_CLI_JSON_VALUE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimscope::cli {

struct JsonMember;

class JsonValue {
 public:
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };

  JsonValue() = default;  // null
  static JsonValue Bool(bool b);
  // A number written in its shortest round-trip form (integers without a fraction);
  // NaN and infinities are written as null.
  static JsonValue Number(double v);
  // A number with its literal (precondition: `text` is a JSON number denoting `v`).
  static JsonValue Number(double v, std::string text);
  static JsonValue String(std::string s);
  static JsonValue Array();
  static JsonValue Object();

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::kNull; }
  bool is_bool() const { return kind_ == Kind::kBool; }
  bool is_number() const { return kind_ == Kind::kNumber; }
  bool is_string() const { return kind_ == Kind::kString; }
  bool is_array() const { return kind_ == Kind::kArray; }
  bool is_object() const { return kind_ == Kind::kObject; }

  bool AsBool(bool fallback = false) const { return is_bool() ? bool_ : fallback; }
  double AsNumber(double fallback = 0) const { return is_number() ? number_ : fallback; }
  // The number's literal as written ("1.50e2"); empty unless a number.
  const std::string& NumberText() const;
  // The decoded string; empty unless a string.
  const std::string& AsString() const;

  // An array's items; empty unless an array.
  const std::vector<JsonValue>& Items() const;
  // An object's members in order; empty unless an object.
  const std::vector<JsonMember>& Members() const;
  // Items or members; 0 for a scalar.
  size_t size() const;

  // The first member named `name`, or null when there is none (or this is not an object).
  const JsonValue* Find(std::string_view name) const;
  // The items of member `name`; empty unless it is an array.
  const std::vector<JsonValue>& Items(std::string_view name) const;
  // The string of member `name`, or `fallback` unless it is a string.
  std::string_view StringOr(std::string_view name, std::string_view fallback) const;

  // Building. Append turns null into an array and Add turns null into an object; both
  // return the value added. Add does not replace an existing member of the same name.
  JsonValue& Append(JsonValue item);
  JsonValue& Add(std::string name, JsonValue value);

 private:
  Kind kind_ = Kind::kNull;
  bool bool_ = false;
  double number_ = 0;
  std::string text_;  // kString: the string; kNumber: the literal
  std::vector<JsonValue> items_;
  std::vector<JsonMember> members_;
};

struct JsonMember {
  std::string name;
  JsonValue value;
};

struct JsonParseOptions {
  // Arrays and objects nested deeper than this are an error (never a stack overflow).
  int max_depth = 512;
  // Strings must be valid UTF-8 (RFC 8259, section 8.1). When set, invalid bytes inside
  // strings are kept as they are instead, for callers that report them later.
  bool allow_invalid_utf8 = false;
};

// Parses `text`, which must hold exactly one JSON value (white space around it allowed).
// On error returns false and sets `error` to a message naming the 1-based byte column of
// the byte at fault, e.g. "bad escape at column 12"; `out` is then unspecified. Strings are
// decoded as json_string.h says (surrogate pairs joined, a lone surrogate as U+FFFD).
bool ParseJson(std::string_view text, JsonValue* out, std::string* error,
               const JsonParseOptions& options = {});

// Appends `value` as JSON text. With `indent` 0 the text is compact; otherwise members and
// items go on lines of their own, indented by `indent` spaces a level, except that an
// array or object holding no array or object is written on one line. Strings are written
// by claimscope::AppendJsonString, as in the records of `claimscope extract` (invalid UTF-8
// becomes \ufffd).
void AppendJsonText(const JsonValue& value, std::string* out, int indent = 0);
std::string ToJsonText(const JsonValue& value, int indent = 0);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_JSON_VALUE_H_
