#include "text/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>
#include <climits>

#include "base/short_words.h"

namespace claimscope::internal {

LanguageGuess DetectLanguage(std::string_view text) {
  LanguageGuess guess;
  const int length = static_cast<int>(std::min<size_t>(text.size(), INT_MAX));
  const CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language languages[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE,
                                 CLD2::UNKNOWN_LANGUAGE};
  int percents[3] = {0, 0, 0};
  double scores[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix = 0;
  // The language with the most text. (CLD2's own summary passes over English when another
  // language has a fair share, a rule for web pages whose English is boilerplate; in news,
  // "KUALA LUMPUR ... ringgit" made English wire stories Malay.)
  CLD2::ExtDetectLanguageSummaryCheckUTF8(text.data(), length, /*is_plain_text=*/true, &hints,
                                          /*flags=*/0, languages, percents, scores,
                                          /*resultchunkvector=*/nullptr, &text_bytes, &reliable,
                                          &valid_prefix);
  const CLD2::Language top = percents[0] > 0 ? languages[0] : CLD2::UNKNOWN_LANGUAGE;
  for (int i = 0; i < 3; ++i) {
    if (languages[i] == CLD2::ENGLISH) guess.english_percent += percents[i];
  }
  if (top == CLD2::UNKNOWN_LANGUAGE || top == CLD2::TG_UNKNOWN_LANGUAGE) return guess;
  std::string_view code = CLD2::LanguageCode(top);
  code = code.substr(0, code.find('-'));  // "zh-Hant" is "zh"
  guess.code = std::string(code);
  guess.confidence = percents[0] / 100.0;
  guess.reliable = reliable;
  guess.letter_bytes = text_bytes;
  return guess;
}

namespace {

// The commonest function words of news in English, and in the other languages CLD2 reads
// best (German, French, Spanish, Italian, Dutch, Portuguese); none is a word of both.
constexpr std::string_view kEnglishWords[] = {
    "the",   "of",   "and",   "to",  "is", "that", "for", "was",  "with",  "said",
    "it",    "as",   "by",    "at",  "he", "from", "has", "have", "are",   "were",
    "this",  "will", "which", "its", "an", "not",  "but", "his",  "they",  "their",
    "would", "been", "had",   "be",  "we", "she",  "who", "than", "after", "there"};
constexpr std::string_view kOtherWords[] = {
    "der",  "die",  "und",  "das", "ist",   "nicht", "von",  "mit", "den", "dem", "ein",
    "eine", "sich", "auf",  "le",  "la",    "les",   "et",   "des", "du",  "une", "est",
    "pour", "qui",  "dans", "el",  "los",   "las",   "y",    "que", "del", "por", "una",
    "es",   "il",   "di",   "che", "della", "per",   "sono", "non", "het", "een", "van",
    "zijn", "niet", "op",   "os",  "da",    "do",    "em",   "uma", "com", "no",  "de"};

class FunctionWords {
 public:
  // Bytes of the longest word: a longer token is counted without a look.
  static constexpr size_t kMaxLength = [] {
    size_t longest = 0;
    for (std::string_view w : kEnglishWords) longest = std::max(longest, w.size());
    for (std::string_view w : kOtherWords) longest = std::max(longest, w.size());
    return longest;
  }();
  FunctionWords() {
    for (std::string_view w : kEnglishWords) words_.Add(w, 1);
    for (std::string_view w : kOtherWords) words_.Add(w, 2);
  }
  // 1 English, 2 another language, 0 neither.
  int Lookup(std::string_view w) const { return static_cast<int>(words_.Find(w)); }

 private:
  ShortWords words_;
};

}  // namespace

LanguageGuess DocumentLanguage(std::string_view text, const TextAnalysis& analysis) {
  constexpr int kWords = 100;
  static const FunctionWords* const function_words = new FunctionWords();
  int words = 0;
  int english = 0;
  int other = 0;
  for (const Token& t : analysis.tokens) {
    if (t.kind != TokenKind::kWord) continue;
    // (Function words are short: a longer word is counted without a look.)
    const int tag =
        t.end - t.start <= FunctionWords::kMaxLength ? function_words->Lookup(t.Text(text)) : 0;
    english += tag == 1 ? 1 : 0;
    other += tag == 2 ? 1 : 0;
    if (++words == kWords) break;
  }
  // Plainly English: English function words, and at least three times as many as the other
  // languages' (a table of figures with a "vs" and a "the" is English too).
  if (english >= 3 && english >= 3 * other) {
    LanguageGuess english_text;
    english_text.code = "en";
    english_text.english_percent = 100;
    return english_text;
  }
  return DetectLanguage(text);
}

bool SurelyNotEnglish(const LanguageGuess& guess) {
  constexpr int kEnoughEnglish = 20;  // percent
  constexpr int kEnoughText = 200;    // bytes of letters: a sentence or two
  return guess.reliable && guess.code != "en" && guess.code != "und" &&
         guess.english_percent <= kEnoughEnglish && guess.letter_bytes >= kEnoughText;
}

}  // namespace claimscope::internal
