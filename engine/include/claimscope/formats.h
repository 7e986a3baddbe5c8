// Output formats besides the JSON Lines contract: a JSON array, a TSV table of mentions, CoNLL
// IOB2 tags for NER tooling, brat standoff annotations, and a self-contained HTML page.
//
//   claimscope::FormatOptions options{.format = claimscope::OutputFormat::kHtml};
//   std::string out = claimscope::FormatPrologue(options);
//   for (size_t i = 0; i < docs.size(); ++i) {
//     claimscope::Record r = engine->Extract(docs[i], &workspace);
//     if (i > 0) out += claimscope::FormatSeparator(options);
//     claimscope::AppendFormatted(r, workspace.analysis(), options, &out);
//   }
//   out += claimscope::FormatEpilogue(options);
//
// Every format is valid whatever the input: invalid UTF-8 in the text is written as U+FFFD,
// every format's special characters are escaped, and a span outside the text (which the engine
// never produces) is clamped to it. Thread-safe, no shared state.
//
//   format  one record                                      stream
//   jsonl   AppendJson (docs/output.md) and "\n"            nothing around the records
//   json    AppendJson                                      "[" records joined by ",\n" "]\n"
//   tsv     one line per entity, quantity and quote         a header line first
//   conll   "-DOCSTART- -X- -X- O", a blank line, then      nothing around the records
//           "TOKEN\tB-ORG" per token, a blank line after
//           each sentence
//   brat    the .ann standoff file of the document          (one file per document)
//   html    a <section> with the highlighted text and a     the page head (CSS, legend) and
//           table of its quotes                             its end
#ifndef CLAIMSCOPE_FORMATS_H_
#define CLAIMSCOPE_FORMATS_H_

#include <string>
#include <string_view>

#include "claimscope/record.h"
#include "claimscope/tokenizer.h"

namespace claimscope {

enum class OutputFormat { kJsonl, kJson, kTsv, kConll, kBrat, kHtml, kCsv };

// The table a CSV output holds (docs/output.md): one row a claim, a mention or a quantity.
enum class CsvTable { kClaims, kEntities, kQuantities };

// The unit of `start` and `end`: UTF-8 bytes (the default, docs/output.md), Unicode code
// points (Python's str indices), or UTF-16 code units (JavaScript's and Java's). An invalid
// UTF-8 sequence counts as the one U+FFFD it is written as. Error offsets stay in bytes.
enum class OffsetUnit { kBytes, kCodepoints, kUtf16 };

struct FormatOptions {
  OutputFormat format = OutputFormat::kJsonl;
  OffsetUnit offsets = OffsetUnit::kBytes;  // JSON, JSONL and TSV; brat is always code points
  bool pretty = false;                      // JSON/JSONL indentation (as JsonOptions::pretty)
  bool explain = false;                     // the "source" fields (as JsonOptions::explain)
  CsvTable table = CsvTable::kClaims;       // CSV only
};

// Parses "jsonl", "json", "tsv", "conll", "brat", "html", "csv" / "bytes", "codepoints",
// "utf16".
// Returns false (and leaves *out alone) for any other name.
bool ParseOutputFormat(std::string_view name, OutputFormat* out);
bool ParseOffsetUnit(std::string_view name, OffsetUnit* out);
// Parses "claims", "entities", "quantities".
bool ParseCsvTable(std::string_view name, CsvTable* out);

// The names ParseOutputFormat and ParseOffsetUnit accept, e.g. for a usage message.
const char* OutputFormatName(OutputFormat format);
const char* OffsetUnitName(OffsetUnit unit);

// Appends what one record becomes. `analysis` is the workspace's analysis of the same document
// (Workspace::analysis() right after Engine::Extract); only CoNLL reads it (its tokens and
// sentences). Cost: linear in the text and the output.
void AppendFormatted(const Record& record, const TextAnalysis& analysis,
                     const FormatOptions& options, std::string* out);

// What comes before the first record, between two records, and after the last: JSON's array
// brackets and commas, the TSV header line, the HTML page head and end; empty where the format
// needs nothing. A stream of no records is prologue + epilogue.
std::string FormatPrologue(const FormatOptions& options);
std::string FormatSeparator(const FormatOptions& options);
std::string FormatEpilogue(const FormatOptions& options);

// The brat .txt file that goes with the .ann of AppendFormatted: the text with each invalid
// UTF-8 sequence replaced by U+FFFD, so that the .ann code-point offsets match it.
void AppendBratText(std::string_view text, std::string* out);

}  // namespace claimscope

#endif  // CLAIMSCOPE_FORMATS_H_
