// Fuzzes the CLI's JSON readers: ParseJsonObject (one JSON Lines record) and ParseJson (the
// document tree), strict and with allow_invalid_utf8. Checks:
//  - a failed parse sets a non-empty error message;
//  - a strictly parsed value written back with AppendJsonText parses again (compact and
//    indented), and writing that again gives the same text (a fixed point);
//  - ParseJsonObject and strict ParseJson agree on whether the input is an object (when the
//    input is an object ParseJson accepts, ParseJsonObject accepts it too).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "json_reader.h"
#include "json_value.h"

using claimscope::cli::JsonField;
using claimscope::cli::JsonParseOptions;
using claimscope::cli::JsonValue;
using claimscope::cli::ParseJson;
using claimscope::cli::ParseJsonObject;
using claimscope::cli::ToJsonText;

namespace {

// `text`, which this code wrote, parsed back: it must be strict JSON.
JsonValue ParsedBack(const std::string& text) {
  JsonValue again;
  std::string error;
  if (!ParseJson(text, &again, &error)) {
    std::fprintf(stderr, "written JSON does not parse (%s): %s\n", error.c_str(), text.c_str());
    FUZZ_CHECK(false);
  }
  return again;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  std::vector<JsonField> fields;
  std::string field_error;
  const bool object_ok = ParseJsonObject(input, &fields, &field_error);
  if (!object_ok) FUZZ_CHECK(!field_error.empty());

  JsonValue value;
  std::string error;
  const bool strict_ok = ParseJson(input, &value, &error);
  if (!strict_ok) FUZZ_CHECK(!error.empty());

  JsonValue lenient;
  std::string lenient_error;
  JsonParseOptions options;
  options.allow_invalid_utf8 = true;
  const bool lenient_ok = ParseJson(input, &lenient, &lenient_error, options);
  if (!lenient_ok) FUZZ_CHECK(!lenient_error.empty());
  if (strict_ok) FUZZ_CHECK(lenient_ok);

  // A rough nesting depth (brackets inside strings count too, which only makes it larger): the
  // two readers may count the 512-level limit differently, which is not what this checks.
  int depth = 0, max_depth = 0;
  for (char c : input) {
    if (c == '[' || c == '{') max_depth = std::max(max_depth, ++depth);
    if (c == ']' || c == '}') --depth;
  }

  if (strict_ok) {
    if (value.is_object() && max_depth < 500) {
      FUZZ_CHECK(object_ok);
      FUZZ_CHECK(fields.size() == value.Members().size());
    }
    // Round trip, compact and indented.
    for (int indent : {0, 2}) {
      const std::string text = ToJsonText(value, indent);
      FUZZ_CHECK(ToJsonText(ParsedBack(text), indent) == text);
    }
  }
  if (lenient_ok) {
    // Invalid bytes are written as U+FFFD: the output must be strict JSON.
    ParsedBack(ToJsonText(lenient));
  }
  return 0;
}
