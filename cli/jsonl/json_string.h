// Decoding a JSON string literal: the one loop behind the CLI's two JSON readers, the JSON
// Lines record reader (json_reader.h) and the document tree (json_value.h), and the form of
// their error messages.
//
//   size_t pos = 6;  // text[6] is the opening quote
//   std::string s;
//   JsonSyntaxError error;
//   if (!DecodeJsonString(text, &pos, JsonUtf8::kStrict, &s, &error)) {
//     return error.Message();  // "bad escape at column 12"
//   }
//   // s holds the decoded bytes, pos is just past the closing quote
//
// Decoding (RFC 8259): \" \\ \/ \b \f \n \r \t stand for their characters; \uXXXX (hex
// digits in either case) for its UTF-16 unit, written as UTF-8. A high surrogate escape and
// the low surrogate escape right after it are one code point; any other surrogate escape
// becomes U+FFFD, so that the result never holds an encoded surrogate, and the escape after
// a lone high surrogate is read on its own. Raw bytes are copied as they are, except that
// bytes below 0x20 are an error, and bytes from 0x80 must form valid UTF-8 under
// JsonUtf8::kStrict (under kKeepInvalid they are copied unchecked, for callers that report
// invalid UTF-8 later, as the engine does for a document's text).
//
// Errors. Every message is "<what> at column <N>", N the 1-based byte column (offset + 1),
// the first error found. The column is that of the byte at fault:
//
//   what                          column
//   control character in string   the raw byte below 0x20
//   invalid UTF-8 in string       the first byte of the invalid sequence (kStrict only)
//   bad escape                    the backslash of an escape that is none of the above
//   bad \u escape                 the first of the four bytes after \u that is not hex
//   unterminated string           the opening quote, when the text ends inside the string
//                                 (in the middle of an escape too)
//
// The readers name their own errors (an unexpected byte, a bad number) by the same rule,
// through JsonSyntaxError::Message. Header and functions hold no state: thread-safe.
#ifndef CLAIMSCOPE_CLI_JSONL_JSON_STRING_H_
#define CLAIMSCOPE_CLI_JSONL_JSON_STRING_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace claimscope::cli {

// How a string's raw bytes from 0x80 are read.
enum class JsonUtf8 {
  kStrict,       // they must be valid UTF-8 (RFC 8259, section 8.1)
  kKeepInvalid,  // copied as they are, valid or not
};

struct JsonSyntaxError {
  std::string_view what;  // a fixed phrase: "bad escape", "expected ':'", ...
  size_t offset = 0;      // of the byte at fault, in the text parsed

  // "<what> at column <offset + 1>".
  std::string Message() const;
};

// Decodes the string literal whose opening quote is text[*pos] (precondition) into `out`,
// replacing its contents, and moves *pos just past the closing quote. Returns false with
// `error` set when the literal is not valid; *pos and `out` are then unspecified. Linear in
// the length of the literal.
bool DecodeJsonString(std::string_view text, size_t* pos, JsonUtf8 utf8, std::string* out,
                      JsonSyntaxError* error);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_JSONL_JSON_STRING_H_
