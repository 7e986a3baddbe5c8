// Writes a Record as JSON: the output contract of docs/output.md.
//
//   std::string out;
//   claimscope::AppendJson(record, {}, &out);             // one line, no trailing newline
//   claimscope::AppendJson(record, {.pretty = true}, &out);
//
// Every string is valid JSON whatever the input: quotes, backslashes and control characters
// are escaped, and invalid UTF-8 in a span's text is written as U+FFFD. A span outside the
// text (which the engine never produces) is clamped to it, as AppendFormatted does.
// Thread-safe; appends to `out` (callers reuse one buffer).
#ifndef CLAIMSCOPE_JSON_WRITER_H_
#define CLAIMSCOPE_JSON_WRITER_H_

#include <string>
#include <string_view>

#include "claimscope/record.h"

namespace claimscope {

struct JsonOptions {
  bool pretty = false;   // indent by two spaces over several lines
  bool explain = false;  // add "source": the lexicon entry or rule behind each mention
};

void AppendJson(const Record& record, const JsonOptions& options, std::string* out);

// Appends `s` as a JSON string literal, quotes included: `"` and `\` escaped, control
// characters as \b \f \n \r \t or \u00xx (lowercase hex), U+2028 and U+2029 as \u2028 and
// \u2029 (JavaScript reads them as line ends), invalid UTF-8 as \ufffd, every other byte as it
// is ('/' and DEL included). Thread-safe; linear in the size of `s`.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace claimscope

#endif  // CLAIMSCOPE_JSON_WRITER_H_
