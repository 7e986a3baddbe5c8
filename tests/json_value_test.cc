// The CLI's JSON document tree: strict RFC 8259 parsing, errors with a column, writing.
#include "json_value.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

namespace claimscope::cli {
namespace {

JsonValue Parse(std::string_view text) {
  JsonValue v;
  std::string error;
  REQUIRE_MESSAGE(ParseJson(text, &v, &error), error);
  return v;
}

std::string Error(std::string_view text, const JsonParseOptions& options = {}) {
  JsonValue v;
  std::string error;
  CHECK_FALSE(ParseJson(text, &v, &error, options));
  return error;
}

TEST_CASE("values of every kind") {
  const JsonValue v = Parse(R"( {"s": "x", "n": -1.5e3, "i": 42, "t": true, "f": false,
                                 "z": null, "a": [1, "two", [3], {}], "o": {"k": "v"}} )");
  REQUIRE(v.is_object());
  REQUIRE(v.size() == 8);
  CHECK(v.Members()[0].name == "s");
  CHECK(v.Members()[7].name == "o");
  CHECK(v.Find("s")->AsString() == "x");
  CHECK(v.Find("n")->AsNumber() == -1500.0);
  CHECK(v.Find("n")->NumberText() == "-1.5e3");
  CHECK(v.Find("i")->AsNumber() == 42.0);
  CHECK(v.Find("t")->AsBool());
  CHECK(v.Find("f")->is_bool());
  CHECK_FALSE(v.Find("f")->AsBool(true));
  CHECK(v.Find("z")->is_null());
  const auto& a = v.Items("a");
  REQUIRE(a.size() == 4);
  CHECK(a[0].AsNumber() == 1.0);
  CHECK(a[1].AsString() == "two");
  CHECK(a[2].Items()[0].AsNumber() == 3.0);
  CHECK(a[3].is_object());
  CHECK(a[3].size() == 0);
  CHECK(v.Find("o")->StringOr("k", "") == "v");
  // Top-level scalars are JSON texts too.
  CHECK(Parse("17").AsNumber() == 17.0);
  CHECK(Parse(" \"s\" ").AsString() == "s");
  CHECK(Parse("null").is_null());
  CHECK(Parse("[]").is_array());
}

TEST_CASE("accessors of the wrong kind give empty or fallback values") {
  const JsonValue v = Parse(R"({"s": "x", "s": "second", "n": 1})");
  CHECK(v.Find("s")->AsString() == "x");  // the first of duplicate names
  CHECK(v.Find("missing") == nullptr);
  CHECK(v.Find("n")->AsString().empty());
  CHECK(v.Find("s")->AsNumber(-1) == -1);
  CHECK(v.Find("s")->NumberText().empty());
  CHECK(v.Find("s")->Find("x") == nullptr);
  CHECK(v.Find("s")->Items().empty());
  CHECK(v.Items().empty());
  CHECK(v.Items("n").empty());
  CHECK(v.StringOr("n", "fallback") == "fallback");
  CHECK(v.StringOr("missing", "fallback") == "fallback");
  CHECK(v.Items("s").empty());
}

TEST_CASE("numbers") {
  CHECK(Parse("0").AsNumber() == 0.0);
  CHECK(Parse("-0").NumberText() == "-0");
  CHECK(Parse("0.25").AsNumber() == 0.25);
  CHECK(Parse("1E2").AsNumber() == 100.0);
  CHECK(Parse("1e+2").AsNumber() == 100.0);
  CHECK(Parse("25e-1").AsNumber() == 2.5);
  CHECK(Parse("12345678901234567890").NumberText() == "12345678901234567890");
  CHECK(std::isinf(Parse("1e400").AsNumber()));
  CHECK(Parse("1e-400").AsNumber() == 0.0);
  CHECK(Error("01") == "unexpected text after the value at column 2");
  CHECK(Error("[01]") == "expected ',' or ']' at column 3");
  CHECK(Error("-") == "bad number at column 2");
  CHECK(Error("1.") == "bad number at column 3");
  CHECK(Error("1.e5") == "bad number at column 3");
  CHECK(Error("1e") == "bad number at column 3");
  CHECK(Error("+1") == "expected a value at column 1");
  CHECK(Error(".5") == "expected a value at column 1");
  CHECK(Error("NaN") == "expected a value at column 1");
  CHECK(Error("Infinity") == "expected a value at column 1");
}

TEST_CASE("string escapes decode to UTF-8") {
  CHECK(Parse(R"("a\"b\\c\/d\b\f\n\r\t")").AsString() == "a\"b\\c/d\b\f\n\r\t");
  CHECK(Parse(R"("\u0041\u00e9\u201C\u0000")").AsString() == std::string("Aé“\0", 7));
  // A surrogate pair is one code point.
  CHECK(Parse(R"("\ud83d\ude42")").AsString() == "🙂");
  CHECK(Parse(R"("\uD83D\uDE42")").AsString() == "🙂");
  // A lone surrogate becomes U+FFFD, never invalid UTF-8.
  CHECK(Parse(R"("\ud800x")").AsString() == "\uFFFDx");
  CHECK(Parse(R"("\ude42")").AsString() == "\uFFFD");
  CHECK(Parse(R"("\ud800\u0041")").AsString() == "\uFFFDA");
  CHECK(Parse(R"("\ud800\ud800\udc00")").AsString() == "\uFFFD\U00010000");
  // Raw UTF-8 is kept as it is.
  CHECK(Parse("\"Toruń – Łukasz\"").AsString() == "Toruń – Łukasz");
}

TEST_CASE("errors name the byte column") {
  CHECK(Error("") == "expected a value at column 1");
  CHECK(Error("   ") == "expected a value at column 4");
  CHECK(Error("not json") == "expected a value at column 1");
  CHECK(Error(R"({"a": })") == "expected a value at column 7");
  CHECK(Error(R"({"a" 1})") == "expected ':' at column 6");
  CHECK(Error(R"({a: 1})") == "expected a member name at column 2");
  CHECK(Error(R"({"a": 1,})") == "expected a member name at column 9");
  CHECK(Error(R"({"a": 1 "b": 2})") == "expected ',' or '}' at column 9");
  CHECK(Error("[1, 2,]") == "expected a value at column 7");
  CHECK(Error("[1 2]") == "expected ',' or ']' at column 4");
  CHECK(Error("[1, 2") == "expected ',' or ']' at column 6");
  CHECK(Error(R"({"a": 1} x)") == "unexpected text after the value at column 10");
  CHECK(Error(R"({"a": 1}{})") == "unexpected text after the value at column 9");
  CHECK(Error(R"({"a": tru})") == "expected a value at column 7");
  CHECK(Error(R"(["x)") == "unterminated string at column 2");
  CHECK(Error(R"(["x\)") == "unterminated string at column 2");
  CHECK(Error("[\"tab\there\"]") == "control character in string at column 6");
  CHECK(Error(R"(["a\x"])") == "bad escape at column 4");
  CHECK(Error(R"(["\u12g4"])") == "bad \\u escape at column 7");
  CHECK(Error(R"(["\u12)") == "unterminated string at column 2");
  CHECK(Error("\xEF\xBB\xBF{}") == "expected a value at column 1");  // no byte order mark
}

TEST_CASE("strings must be valid UTF-8 unless allowed otherwise") {
  CHECK(Error("[\"ab\xFF\"]") == "invalid UTF-8 in string at column 5");
  CHECK(Error("[\"\xC3\"]") == "invalid UTF-8 in string at column 3");
  CHECK(Error("[\"\xED\xA0\x80\"]") == "invalid UTF-8 in string at column 3");  // surrogate
  JsonParseOptions lenient;
  lenient.allow_invalid_utf8 = true;
  JsonValue v;
  std::string error;
  REQUIRE(ParseJson("[\"ab\xFF\xC3\"]", &v, &error, lenient));
  CHECK(v.Items()[0].AsString() == "ab\xFF\xC3");
}

TEST_CASE("deep nesting is an error, not a crash") {
  std::string ok;
  for (int i = 0; i < 512; ++i) ok += "[";
  for (int i = 0; i < 512; ++i) ok += "]";
  CHECK(Parse(ok).is_array());
  std::string deep = "{\"a\": ";
  for (int i = 0; i < 100000; ++i) deep += "[";
  CHECK(Error(deep) == "nesting too deep at column 518");  // the 513th container
  JsonParseOptions shallow;
  shallow.max_depth = 2;
  JsonValue v;
  std::string error;
  CHECK(ParseJson("[[1]]", &v, &error, shallow));
  CHECK(Error("[[[1]]]", shallow) == "nesting too deep at column 3");
}

TEST_CASE("writing: compact and indented, strings escaped") {
  JsonValue v;
  v.Add("name", JsonValue::String("a \"q\"\n\x01 é"));
  v.Add("n", JsonValue::Number(19043));
  v.Add("share", JsonValue::Number(0.25));
  v.Add("nan", JsonValue::Number(std::nan("")));
  v.Add("ok", JsonValue::Bool(true));
  v.Add("none", JsonValue());
  JsonValue& list = v.Add("list", JsonValue::Array());
  JsonValue& item = list.Append(JsonValue());
  item.Add("k", JsonValue::String("v"));
  item.Add("d", JsonValue::Number(2));
  v.Add("empty", JsonValue::Array());
  CHECK(ToJsonText(v) ==
        R"({"name":"a \"q\"\n\u0001 é","n":19043,"share":0.25,"nan":null,"ok":true,)"
        R"("none":null,"list":[{"k":"v","d":2}],"empty":[]})");
  CHECK(ToJsonText(v, 2) ==
        "{\n"
        "  \"name\": \"a \\\"q\\\"\\n\\u0001 é\",\n"
        "  \"n\": 19043,\n"
        "  \"share\": 0.25,\n"
        "  \"nan\": null,\n"
        "  \"ok\": true,\n"
        "  \"none\": null,\n"
        "  \"list\": [\n"
        "    {\"k\": \"v\", \"d\": 2}\n"
        "  ],\n"
        "  \"empty\": []\n"
        "}");
  // Strings are written as records are (claimscope::AppendJsonString): invalid UTF-8 as
  // \ufffd, U+2028 escaped. Numbers keep their literal.
  CHECK(ToJsonText(JsonValue::String("a\xFF")) == R"("a\ufffd")");
  CHECK(ToJsonText(JsonValue::String("a\u2028\n")) == R"("a\u2028\n")");
  CHECK(ToJsonText(Parse("[1.50e2, -0]")) == "[1.50e2,-0]");
  CHECK(ToJsonText(JsonValue::Number(1e21)) == "1e+21");
  CHECK(ToJsonText(JsonValue::Number(-3)) == "-3");
}

TEST_CASE("what is written parses back to the same tree") {
  const std::string text =
      R"({"id":"r-1","entities":[{"text":"Toruń","start":0,"canonical":null}],)"
      R"("quotes":[],"x":[[1,[2,{"y":"\u201cz\u201d"}]]],"t":"\\\"/"})";
  const JsonValue v = Parse(text);
  const std::string written = ToJsonText(v);
  CHECK(ToJsonText(Parse(written)) == written);
  CHECK(ToJsonText(Parse(ToJsonText(v, 4))) == written);
}

}  // namespace
}  // namespace claimscope::cli
