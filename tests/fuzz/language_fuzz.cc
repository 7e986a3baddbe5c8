// Fuzzes the language identifier (engine/src/text/language.h): DetectLanguage on any bytes and
// DocumentLanguage on the tokenized text. Checks: the code is "und" or two lower-case
// letters; a confidence lies in [0, 1]; the English share in [0, 100]; letter bytes are not
// negative nor much more than the text (CLD2 counts the spaces it adds around the letters it
// scores); a text the shortcut calls English is English; SurelyNotEnglish never holds for
// English or "und".
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimscope/tokenizer.h"
#include "fuzz_check.h"
#include "text/language.h"

namespace {

using claimscope::internal::LanguageGuess;

void CheckGuess(const LanguageGuess& g, size_t size) {
  FUZZ_CHECK(g.code == "und" ||
             (g.code.size() >= 2 && g.code.size() <= 3 && g.code[0] >= 'a' && g.code[0] <= 'z'));
  FUZZ_CHECK(!g.confidence || (*g.confidence >= 0 && *g.confidence <= 1));
  FUZZ_CHECK(g.english_percent >= 0 && g.english_percent <= 100);
  // (CLD2 counts the spaces it puts around the letters it scores: a few bytes more than the
  // text itself, found on the seeds.)
  FUZZ_CHECK(g.letter_bytes >= 0 && static_cast<size_t>(g.letter_bytes) <= 2 * size + 2);
  FUZZ_CHECK(!claimscope::internal::SurelyNotEnglish(g) || (g.code != "en" && g.code != "und"));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  CheckGuess(claimscope::internal::DetectLanguage(text), size);
  claimscope::TextAnalysis analysis;
  claimscope::Tokenize(text, &analysis);
  const LanguageGuess doc = claimscope::internal::DocumentLanguage(text, analysis);
  CheckGuess(doc, size);
  if (!doc.confidence && doc.code != "und") FUZZ_CHECK(doc.code == "en");  // the shortcut
  return 0;
}
