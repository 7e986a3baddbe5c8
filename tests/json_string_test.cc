// The JSON string decoder shared by the CLI's two JSON readers: what each escape means, the
// two ways of reading raw bytes from 0x80, and the byte each error names.
#include "json_string.h"

#include <doctest/doctest.h>

#include <string>

namespace claimscope::cli {
namespace {

// `literal` decoded from its first byte, which must be its opening quote; checks that the
// decoder stops just past the closing quote, the last byte.
std::string Decoded(std::string_view literal, JsonUtf8 utf8 = JsonUtf8::kStrict) {
  size_t pos = 0;
  std::string out;
  JsonSyntaxError error;
  REQUIRE_MESSAGE(DecodeJsonString(literal, &pos, utf8, &out, &error), error.Message());
  CHECK(pos == literal.size());
  return out;
}

// The message for `text`, whose first byte is the opening quote of a bad literal.
std::string Error(std::string_view text, JsonUtf8 utf8 = JsonUtf8::kStrict) {
  size_t pos = 0;
  std::string out;
  JsonSyntaxError error;
  CHECK_FALSE(DecodeJsonString(text, &pos, utf8, &out, &error));
  return error.Message();
}

TEST_CASE("the literal ends at its closing quote, wherever it starts") {
  const std::string_view text = R"({"key": "v\"al", "next": 1})";
  size_t pos = 8;
  std::string out = "replaced";
  JsonSyntaxError error;
  REQUIRE(DecodeJsonString(text, &pos, JsonUtf8::kStrict, &out, &error));
  CHECK(out == "v\"al");
  CHECK(text.substr(pos) == R"(, "next": 1})");
  CHECK(Decoded(R"("")").empty());
}

TEST_CASE("escapes") {
  CHECK(Decoded(R"("\"\\\/\b\f\n\r\t")") == "\"\\/\b\f\n\r\t");
  CHECK(Decoded(R"("\u0041\u00e9\u201C\u0000")") == std::string("Aé“\0", 7));
  CHECK(Decoded(R"("\ud83d\ude42\uD83D\uDE42")") == "🙂🙂");  // surrogate pairs
  // Any other surrogate becomes U+FFFD; what follows a lone high one is read on its own.
  CHECK(Decoded(R"("\ud800x\ude42")") == "\uFFFDx\uFFFD");
  CHECK(Decoded(R"("\ud800\u0041")") == "\uFFFDA");
  CHECK(Decoded(R"("\ud800\ud800\udc00")") == "\uFFFD\U00010000");
  CHECK(Decoded(R"("\udc00\ud800")") == "\uFFFD\uFFFD");
}

TEST_CASE("raw bytes from 0x80: valid UTF-8, or kept unchecked") {
  CHECK(Decoded("\"Toruń – Łukasz\"") == "Toruń – Łukasz");
  CHECK(Decoded("\"ab\xFF\xC3\"", JsonUtf8::kKeepInvalid) == "ab\xFF\xC3");
  CHECK(Error("\"ab\xFF\"") == "invalid UTF-8 in string at column 4");
  CHECK(Error("\"\xC3\"") == "invalid UTF-8 in string at column 2");
  CHECK(Error("\"\xED\xA0\x80\"") == "invalid UTF-8 in string at column 2");  // a surrogate
  CHECK(Error("\"ok\xC3\xA9\xE2\x80\"") == "invalid UTF-8 in string at column 6");
}

TEST_CASE("each error names the byte at fault") {
  CHECK(Error("\"tab\there\"") == "control character in string at column 5");
  CHECK(Error("\"tab\there\"", JsonUtf8::kKeepInvalid) ==
        "control character in string at column 5");
  CHECK(Error(R"("a\x")") == "bad escape at column 3");  // the backslash
  CHECK(Error(R"("a\U0041")") == "bad escape at column 3");
  CHECK(Error(R"("\u12g4")") == "bad \\u escape at column 6");  // the first non-hex digit
  CHECK(Error(R"("\u1")") == "bad \\u escape at column 5");     // the quote is no digit
  CHECK(Error(R"("\ud800\u12z4")") == "bad \\u escape at column 12");
  // The text ends inside the string: its opening quote, even in the middle of an escape.
  CHECK(Error(R"("abc)") == "unterminated string at column 1");
  CHECK(Error(R"("abc\)") == "unterminated string at column 1");
  CHECK(Error(R"("\u12)") == "unterminated string at column 1");
  CHECK(Error(R"("\ud800\u)") == "unterminated string at column 1");
  CHECK(JsonSyntaxError{"expected ':'", 0}.Message() == "expected ':' at column 1");
}

}  // namespace
}  // namespace claimscope::cli
