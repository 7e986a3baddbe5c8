// `claimscope stats`: a summary of the JSON Lines output of `claimscope extract` (the record
// format of docs/output.md): documents and errors, entities, quantities, quotes, speakers,
// outlets and credits, as an aligned table, as JSON, or as an HTML report (stats_html.h). Records
// are read one line at a time; memory grows with the number of distinct names, not with the number
// of records.
#ifndef CLAIMSCOPE_CLI_STATS_COMMAND_H_
#define CLAIMSCOPE_CLI_STATS_COMMAND_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "json_value.h"

namespace claimscope::cli {

enum class StatsFormat { kTable, kJson, kHtml };

struct StatsConfig {
  std::vector<std::string> paths;  // "-" is standard input; empty means standard input
  StatsFormat format = StatsFormat::kTable;
  size_t top = 10;
  bool variants = false;  // list under each top name the forms counted with it
  bool help = false;
};

// Parses the arguments after "stats". On a usage error returns false with `error` set.
bool ParseStatsArgs(const std::vector<std::string>& args, StatsConfig* config, std::string* error);

// The text of `claimscope stats --help`.
std::string StatsHelp();

// Reads the records and prints the summary to standard output; returns an exit code
// (kExitOk, kExitDocumentErrors when some lines were not records, kExitUsage when a file
// cannot be read). Messages go to stderr.
int RunStats(const StatsConfig& config);

// ---------------------------------------------------------------------------------------
// The counting, apart from files and flags.

// One line of a top list.
struct TopItem {
  std::string name;
  uint64_t documents = 0;  // records that name it at least once
  uint64_t count = 0;      // mentions (or quotes, or errors) in all
  // The other forms counted with it: spellings, and short forms folded into it
  // (NameTally::FoldShortForms), each with its own counts.
  std::vector<TopItem> variants;
  std::string link;  // the link id the item was grouped by ("geonames:524901"), if any
};

// Counts of names: how often, and in how many documents. Names may be grouped under a key
// (a case-folded form, say); a group is shown with its most frequent spelling.
class NameTally {
 public:
  // Counts `name` once for document number `document` (documents are numbered from 0, in
  // increasing order). `key` groups spellings; empty means `name` itself.
  void Add(std::string_view name, uint64_t document, std::string_view key = {});
  // Counts `name` under the entity link `link_id` ("iso3166:RU"): the names of one id are one
  // item, shown as spelt most often, and apart from any name counted without a link.
  void AddLinked(std::string_view name, uint64_t document, std::string_view link_id);
  // The `n` names in the most documents (then the most counts, then in byte order).
  std::vector<TopItem> Top(size_t n) const;
  // Folds each one-word name into the longer name that ends with it and is named in the most
  // documents, when that one is named in at least twice as many as any other such name, and
  // as the names that begin with the word: "Howard" into "Michael Howard" (a story that names
  // him in full counts him so already), but not "Charles" into "Ray Charles".
  void FoldShortForms();
  size_t distinct() const { return entries_.size(); }

 private:
  struct Entry {
    uint64_t documents = 0;
    uint64_t count = 0;
    uint64_t last_document = 0;
    // Spellings other than the key with their counts, when grouped; empty otherwise.
    std::vector<std::pair<std::string, uint64_t>> spellings;
    std::vector<TopItem> folded;  // short forms folded in
  };
  static constexpr char kLinkMark = '\x1f';  // before a link id used as a key

  std::unordered_map<std::string, Entry> entries_;
  std::string scratch_;
  std::string link_key_;
};

// Shares by group: how many of a group's items have some property ("anonymous quotes of those
// with a speaker, by outlet"), for groups named by the caller.
class ShareTally {
 public:
  struct Share {
    uint64_t part = 0;
    uint64_t whole = 0;
  };
  // One item of `group`, with the property when `in_part`.
  void Add(std::string_view group, bool in_part);
  // The `n` groups with the most items (then by name).
  std::vector<std::pair<std::string, Share>> Largest(size_t n) const;
  // Every group, by name (dates "2024-04" sort as time).
  std::vector<std::pair<std::string, Share>> ByName() const;
  bool empty() const { return groups_.empty(); }

 private:
  std::unordered_map<std::string, Share> groups_;
};

// Counts by kind, in a fixed order of the kinds expected, then any others in the order
// first seen.
class KindCounts {
 public:
  KindCounts() = default;
  explicit KindCounts(std::initializer_list<std::string_view> expected);
  void Add(std::string_view kind);
  uint64_t Get(std::string_view kind) const;
  const std::vector<std::pair<std::string, uint64_t>>& all() const { return counts_; }

 private:
  std::vector<std::pair<std::string, uint64_t>> counts_;
};

// The named people a corpus quotes, by gender and outlet: the figure source-diversity
// research asks for ("the share of women among the people quoted"), from the speakers'
// `gender` (docs/attribution.md, "Speaker gender"). A person counts once in each document
// that quotes them, however often, under the canonical name of the speaker's entity: only
// speakers of kind `person` that the text names (with an entity) count. A person whose quotes
// in one document disagree on the gender counts as unknown. The outlet is the record's kept
// `meta.outlet`, else its `credit`, else "(none)".
class QuotedPeople {
 public:
  struct Counts {
    uint64_t people = 0;  // person-documents
    uint64_t women = 0;
    uint64_t men = 0;
    uint64_t unknown = 0;
  };

  // Counts the people `record` quotes (a record of docs/output.md; fields of unexpected
  // types count as missing).
  void AddRecord(const JsonValue& record);

  const Counts& all() const { return all_; }
  // The `n` outlets with the most people (then by name), with their counts.
  std::vector<std::pair<std::string, Counts>> ByOutlet(size_t n) const;

 private:
  Counts all_;
  std::unordered_map<std::string, Counts> by_outlet_;
  // AddRecord's scratch: the document's people by name, with their gender ('f', 'm' or '?').
  std::vector<std::pair<std::string, char>> people_;
  std::string name_;
  std::string key_;
};

class StatsAggregator {
 public:
  StatsAggregator();

  // Counts one line of `claimscope extract` output (blank lines are skipped). When the line
  // is not a record, counts it as malformed, counts nothing else, and returns false with
  // `reason` set ("expected a value at column 1", "no \"quotes\" array").
  bool AddLine(std::string_view line, std::string* reason);
  // Counts one parsed record; false with `reason` set, counting nothing, if it is not one.
  bool AddRecord(const JsonValue& record, std::string* reason);

  // The summary, with `top` items per top list: as a table for people, and as JSON.
  // With `variants`, each top name is followed by the other forms counted with it.
  std::string FormatTable(size_t top, bool variants = false) const;
  JsonValue ToJson(size_t top, bool variants = false) const;
  // Counts a person named by a one-word short form under the full name it stands for
  // (NameTally::FoldShortForms). Call once, after the last record.
  void FoldShortForms() { people_.FoldShortForms(); }

  uint64_t documents() const { return documents_; }
  uint64_t documents_with_errors() const { return documents_with_errors_; }
  uint64_t malformed_lines() const { return malformed_lines_; }
  const NameTally& error_codes() const { return error_codes_; }

  uint64_t entities() const { return entities_; }
  const KindCounts& entity_types() const { return entity_types_; }
  const NameTally& organisations() const { return organisations_; }
  // Mentions of places by their link's country (ISO 3166-1 alpha-2, upper case): a country's
  // own mentions and those of places within it. Places without a linked country are not here.
  const NameTally& countries() const { return countries_; }
  const NameTally& places() const { return places_; }
  const NameTally& people() const { return people_; }

  uint64_t quantities() const { return quantities_; }
  const KindCounts& quantity_types() const { return quantity_types_; }

  uint64_t documents_with_warnings() const { return documents_with_warnings_; }
  const NameTally& warning_codes() const { return warning_codes_; }
  const NameTally& languages() const { return languages_; }

  uint64_t quotes() const { return quotes_; }
  const KindCounts& quote_kinds() const { return quote_kinds_; }
  uint64_t quotes_with_speaker() const { return quotes_with_speaker_; }
  uint64_t anonymous_quotes() const { return anonymous_quotes_; }  // with a speaker
  // With a speaker the text names (an entity's), and with one that stands for no one
  // (kind "unknown": a pronoun or words that refer to nothing found).
  uint64_t named_speaker_quotes() const { return named_speaker_quotes_; }
  uint64_t unresolved_speaker_quotes() const { return unresolved_speaker_quotes_; }
  const KindCounts& speaker_kinds() const { return speaker_kinds_; }
  const NameTally& speakers() const { return speakers_; }
  const NameTally& outlets() const { return outlets_; }
  const QuotedPeople& quoted_people() const { return quoted_people_; }
  // Quotes with a speaker, the anonymous ones the part: by the record's outlet (as
  // QuotedPeople's), and by the month of the record's date ("2024-04"; records without a
  // date are not counted there).
  const ShareTally& anonymous_by_outlet() const { return anonymous_by_outlet_; }
  const ShareTally& anonymous_by_month() const { return anonymous_by_month_; }

  uint64_t documents_with_credit() const { return documents_with_credit_; }
  const NameTally& credits() const { return credits_; }

 private:
  // The diagnostics of document `doc` ("errors" or "warnings"): one more document with
  // some, and each under its code.
  void CountCodes(const std::vector<JsonValue>& diagnostics, uint64_t doc, uint64_t* documents_with,
                  NameTally* codes);

  uint64_t documents_ = 0;
  uint64_t documents_with_errors_ = 0;
  uint64_t malformed_lines_ = 0;
  NameTally error_codes_;
  uint64_t documents_with_warnings_ = 0;
  NameTally warning_codes_;
  NameTally languages_;
  uint64_t entities_ = 0;
  KindCounts entity_types_;
  NameTally organisations_;
  NameTally places_;
  NameTally countries_;
  NameTally people_;
  uint64_t quantities_ = 0;
  KindCounts quantity_types_;
  uint64_t quotes_ = 0;
  KindCounts quote_kinds_;
  uint64_t quotes_with_speaker_ = 0;
  uint64_t anonymous_quotes_ = 0;
  uint64_t named_speaker_quotes_ = 0;
  uint64_t unresolved_speaker_quotes_ = 0;
  KindCounts speaker_kinds_;
  NameTally speakers_;
  NameTally outlets_;
  QuotedPeople quoted_people_;
  ShareTally anonymous_by_outlet_;
  ShareTally anonymous_by_month_;
  uint64_t documents_with_credit_ = 0;
  NameTally credits_;
  JsonValue record_;  // reused between lines
  std::string name_;  // scratch
  std::string key_;   // scratch
};

// How item `i` of a top list is shown: its name, followed by its link id when another item
// of the list has the same name ("Paris (geonames:2988507)", "Paris (geonames:4717560)").
std::string ItemLabel(const std::vector<TopItem>& items, size_t i);
// Names as they are counted: runs of white space become one space, ends trimmed.
std::string NormalizeName(std::string_view name);
// "1,234,567".
std::string WithThousands(uint64_t n);
// "12.3%", or "-" when there is nothing to share.
std::string Percent(uint64_t part, uint64_t whole);
// `s` cut to `width` code points, the last one an ellipsis when cut.
std::string Fit(std::string_view s, size_t width);
// The outlet a record comes from: its kept `meta.outlet`, else its `credit`, else "(none)";
// runs of white space made one.
std::string RecordOutlet(const JsonValue& record);

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_STATS_COMMAND_H_
