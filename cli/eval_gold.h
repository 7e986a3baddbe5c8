// The gold annotations `claimscope eval` scores against, read into one structure (the JSON
// gold format of docs/eval.md) from the formats users annotate in:
//
//   JSON      one document a file, or JSON Lines of documents
//   DOC.ann   brat standoff, as `extract --format brat` writes it and brat edits it:
//             entities and quantities by type, Quote_<kind> spans, the Speaker of their
//             SaidBy relation and its Anonymous attribute ("brat": true, and
//             "quantities_by_text": true, since brat holds no values)
//   DOC.conll CoNLL IOB2, as `extract --format conll` writes it: entities only
//             ("entities_spaceless": true; "text_file" names the document)
//
//   std::vector<JsonValue> golds;
//   if (!ReadGold("sample/a.ann", &golds, &error)) ... error: "sample/a.ann:3: ..."
#ifndef CLAIMSCOPE_CLI_EVAL_GOLD_H_
#define CLAIMSCOPE_CLI_EVAL_GOLD_H_

#include <string>
#include <string_view>
#include <vector>

#include "json_value.h"

namespace claimscope::cli {

// Appends the documents of the gold file at `path` (by its extension: .ann, .conll, else
// JSON); false with "PATH[:LINE]: why" in `error` when it cannot be read or holds none.
bool ReadGold(const std::string& path, std::vector<JsonValue>* out, std::string* error);

// The class an entity type is scored as: "ORG", "PLACE" (also LOC, GPE, FAC), "PERSON"
// (also PER), or "" for none.
std::string EntityClass(std::string_view type);

// The class a quantity type (in capitals) is scored as: COUNT (also MEASURE, CARDINAL),
// DATE, DURATION, MONEY, PERCENT, ORDINAL; an unknown type itself when `keep_unknown`,
// else "".
std::string QuantityClass(std::string_view type, bool keep_unknown);

// `s` in capitals (ASCII letters).
std::string Upper(std::string_view s);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_EVAL_GOLD_H_
