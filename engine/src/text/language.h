// The language a document is written in, from Compact Language Detector 2 (Debian libcld2,
// the detector Chrome used: Apache-2.0, a few microseconds a kilobyte). The engine's rules
// are English; a document the detector is sure is something else gets none of them unless
// Options::any_language (docs/output.md: `language`, warning "not_english").
#ifndef CLAIMSCOPE_SRC_TEXT_LANGUAGE_H_
#define CLAIMSCOPE_SRC_TEXT_LANGUAGE_H_

#include <optional>
#include <string>
#include <string_view>

#include "claimscope/tokenizer.h"

namespace claimscope::internal {

struct LanguageGuess {
  std::string code = "und";  // ISO 639-1 ("en", "de"), or "und" when unknown
  // The share of the text in that language, 0 to 1; none when the text was plainly English
  // by its function words and the detector was not asked.
  std::optional<double> confidence;
  bool reliable = false;    // the detector is sure (enough text, a clear winner)
  int english_percent = 0;  // the share of the text the detector found English, 0 to 100
  int letter_bytes = 0;     // the bytes the detector scored: letters, with CLD2's own spaces
};

LanguageGuess DetectLanguage(std::string_view text);

// The language of a tokenized document: English without asking the detector when its first
// 100 words hold English function words ("the", "of", "said"), three at least and three times
// as many as those of German, French, Spanish, Italian, Dutch and Portuguese news; else
// DetectLanguage. (CLD2 reads every byte at about half the cost of all the extraction; news
// in English passes the first test.)
LanguageGuess DocumentLanguage(std::string_view text, const TextAnalysis& analysis);

// Is the document surely not English, so that the English rules would read it wrongly? Only
// a reliable guess of another language, over 200 bytes of letters at least, with at most a
// fifth of them English: a headline, a post, or a short English sentence quoting French
// ("said: «Nous gagnerons»") stays English.
bool SurelyNotEnglish(const LanguageGuess& guess);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_TEXT_LANGUAGE_H_
