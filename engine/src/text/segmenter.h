// Sentence and paragraph boundaries over the tokens of a text.
#ifndef CLAIMSCOPE_SRC_TEXT_SEGMENTER_H_
#define CLAIMSCOPE_SRC_TEXT_SEGMENTER_H_

#include <string_view>

#include "claimscope/tokenizer.h"

namespace claimscope::internal {

// Fills out->paragraphs and out->sentences from out->tokens (which cover `input`), and sets
// kParagraphStart / kSentenceStart on the first token of each.
//
// Paragraphs break at blank lines and at lines indented deeper than the line before
// (newswire style). Sentences end at . ! ? … (and CJK terminators) followed by white space
// and a token that can open a sentence; closing quotes and brackets stay with the sentence
// they close. Abbreviations ("Mr.", "U.S.") do not end a sentence, except that those which
// are not titles ("Corp.", "U.S.") do before a frequent sentence opener ("The", "He").
void FindSentencesAndParagraphs(std::string_view input, TextAnalysis* out);

}  // namespace claimscope::internal

#endif  // CLAIMSCOPE_SRC_TEXT_SEGMENTER_H_
