// The output formats: names, and what a stream of records becomes in each.
#include "claimscope/formats.h"

#include "output/format_internal.h"

namespace claimscope {
namespace {

struct FormatName {
  std::string_view name;
  OutputFormat format;
};
constexpr FormatName kFormats[] = {
    {"jsonl", OutputFormat::kJsonl}, {"json", OutputFormat::kJson}, {"tsv", OutputFormat::kTsv},
    {"conll", OutputFormat::kConll}, {"brat", OutputFormat::kBrat}, {"html", OutputFormat::kHtml},
    {"csv", OutputFormat::kCsv},
};

struct UnitName {
  std::string_view name;
  OffsetUnit unit;
};
constexpr UnitName kUnits[] = {
    {"bytes", OffsetUnit::kBytes},
    {"codepoints", OffsetUnit::kCodepoints},
    {"utf16", OffsetUnit::kUtf16},
};

}  // namespace

bool ParseOutputFormat(std::string_view name, OutputFormat* out) {
  for (const FormatName& f : kFormats) {
    if (f.name == name) {
      *out = f.format;
      return true;
    }
  }
  return false;
}

bool ParseOffsetUnit(std::string_view name, OffsetUnit* out) {
  for (const UnitName& u : kUnits) {
    if (u.name == name) {
      *out = u.unit;
      return true;
    }
  }
  return false;
}

bool ParseCsvTable(std::string_view name, CsvTable* out) {
  if (name == "claims") {
    *out = CsvTable::kClaims;
  } else if (name == "entities") {
    *out = CsvTable::kEntities;
  } else if (name == "quantities") {
    *out = CsvTable::kQuantities;
  } else {
    return false;
  }
  return true;
}

const char* OutputFormatName(OutputFormat format) {
  for (const FormatName& f : kFormats) {
    if (f.format == format) return f.name.data();
  }
  return "jsonl";
}

const char* OffsetUnitName(OffsetUnit unit) {
  for (const UnitName& u : kUnits) {
    if (u.unit == unit) return u.name.data();
  }
  return "bytes";
}

void AppendFormatted(const Record& record, const TextAnalysis& analysis,
                     const FormatOptions& options, std::string* out) {
  switch (options.format) {
    case OutputFormat::kJsonl:
      internal::AppendJsonRecord(record, options, out);
      out->push_back('\n');
      return;
    case OutputFormat::kJson:
      internal::AppendJsonRecord(record, options, out);
      return;
    case OutputFormat::kTsv:
      internal::AppendTsvRecord(record, options, out);
      return;
    case OutputFormat::kConll:
      internal::AppendConllRecord(record, analysis, out);
      return;
    case OutputFormat::kBrat:
      internal::AppendBratRecord(record, out);
      return;
    case OutputFormat::kHtml:
      internal::AppendHtmlRecord(record, out);
      return;
    case OutputFormat::kCsv:
      internal::AppendCsvRecord(record, options, out);
      return;
  }
}

std::string FormatPrologue(const FormatOptions& options) {
  switch (options.format) {
    case OutputFormat::kJson:
      return "[";
    case OutputFormat::kTsv:
      return internal::kTsvHeader;
    case OutputFormat::kCsv:
      return internal::CsvHeader(options.table);
    case OutputFormat::kHtml:
      return internal::HtmlPrologue();
    default:
      return {};
  }
}

std::string FormatSeparator(const FormatOptions& options) {
  switch (options.format) {
    case OutputFormat::kJson:
      return ",\n";
    case OutputFormat::kHtml:
      return "\n";
    default:
      return {};
  }
}

std::string FormatEpilogue(const FormatOptions& options) {
  switch (options.format) {
    case OutputFormat::kJson:
      return "]\n";
    case OutputFormat::kHtml:
      return internal::HtmlEpilogue();
    default:
      return {};
  }
}

}  // namespace claimscope
