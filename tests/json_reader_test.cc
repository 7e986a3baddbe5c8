// The CLI's JSON Lines reader: strict JSON, members in order, errors with a column.
#include "json_reader.h"

#include <doctest/doctest.h>

namespace claimscope::cli {
namespace {

std::vector<JsonField> Parse(std::string_view line) {
  std::vector<JsonField> fields;
  std::string error;
  REQUIRE_MESSAGE(ParseJsonObject(line, &fields, &error), error);
  return fields;
}

std::string Error(std::string_view line) {
  std::vector<JsonField> fields;
  std::string error;
  CHECK_FALSE(ParseJsonObject(line, &fields, &error));
  return error;
}

TEST_CASE("members with every kind of value") {
  const auto f = Parse(R"( {"id": "r-1", "n": -1.5e3, "ok": true, "no": null,
                            "a": [1, {"x": [2]}], "o": {"k": "v"}, "text": "x"} )");
  REQUIRE(f.size() == 7);
  CHECK(f[0].name == "id");
  CHECK(f[0].kind == JsonField::Kind::kString);
  CHECK(f[0].value == "r-1");
  CHECK(f[1].kind == JsonField::Kind::kNumber);
  CHECK(f[1].value == "-1.5e3");
  CHECK(f[2].value == "true");
  CHECK(f[3].kind == JsonField::Kind::kNull);
  CHECK(f[4].kind == JsonField::Kind::kArray);
  CHECK(f[5].kind == JsonField::Kind::kObject);
  CHECK(Parse("{}").empty());
}

TEST_CASE("string escapes decode to UTF-8") {
  const auto f = Parse(R"({"t": "a\"b\\c\/d\n\t\u00e9\u201c\ud83d\ude42"})");
  CHECK(f[0].value == "a\"b\\c/d\n\té“🙂");
  // A lone surrogate becomes U+FFFD rather than invalid UTF-8.
  CHECK(Parse(R"({"t": "\ud800x"})")[0].value == "\xEF\xBF\xBDx");
  // Raw UTF-8 is copied as it is.
  CHECK(Parse("{\"t\": \"Toruń\"}")[0].value == "Toruń");
}

TEST_CASE("malformed lines are errors with a column") {
  CHECK(Error("not json") == "expected '{' at column 1");
  CHECK(Error(R"({"a": })") == "expected a value at column 7");
  CHECK(Error(R"({"a": "x)") == "unterminated string at column 7");  // its opening quote
  CHECK(Error(R"({"a": 1} trailing)") == "unexpected text after the object at column 10");
  CHECK(Error(R"(["a"])").find("expected '{'") == 0);
  CHECK(Error(R"({"a": 01})").find("expected '}'") == 0);
  CHECK(Error("{\"a\": \"tab\tin string\"}").find("control character") == 0);
  CHECK(Error(R"({"a": tru})").find("expected a value") == 0);
}

TEST_CASE("deep nesting is an error, not a crash") {
  std::string deep = "{\"a\": ";
  for (int i = 0; i < 100000; ++i) deep += "[";
  CHECK(Error(deep) == "nesting too deep at column 519");
}

}  // namespace
}  // namespace claimscope::cli
