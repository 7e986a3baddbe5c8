// CSV: tidy tables for R, pandas and spreadsheets (RFC 4180), one table a run, chosen by
// FormatOptions::table (docs/output.md):
//
//   claims      one row a quote: doc_id, date, quote_id, kind, text, speaker,
//               resolved_speaker, speaker_kind, anonymous, speaker_gender, outlets, cue,
//               stance, start, end (speaker_gender empty but for a person)
//   entities    one row a mention: doc_id, date, entity_id, type, subtype, text, canonical,
//               cluster, link, country, admin1, lat, lon, start, end (the link's id and
//               fields; empty without a link)
//   quantities  one row a quantity: doc_id, date, quantity_id, type, text, value, unit,
//               approx, qualifier, start, end
//
// A field with a comma, a double quote or a line break is quoted, its quotes doubled; invalid
// UTF-8 is written as U+FFFD. Offsets follow FormatOptions::offsets; outlets are joined
// with "|".
#include "output/format_internal.h"

namespace claimscope::internal {
namespace {

void AppendCell(std::string_view s, std::string* out) {
  const bool quoted = s.find_first_of(",\"\r\n") != std::string_view::npos;
  if (quoted) out->push_back('"');
  ForEachUtf8Run(
      s,
      [out](std::string_view run) {
        for (const char c : run) {
          if (c == '"') out->push_back('"');
          out->push_back(c);
        }
      },
      [out] { out->append("\xEF\xBF\xBD"); });
  if (quoted) out->push_back('"');
}

class CsvRow {
 public:
  // A row starts with the document's id and date.
  CsvRow(const Record& record, const OffsetMap& map, std::string* out)
      : record_(record), map_(map), out_(out) {
    AppendCell(record.id, out_);
    Cell(record.date);
  }
  CsvRow& Cell(std::string_view s) {
    out_->push_back(',');
    AppendCell(s, out_);
    return *this;
  }
  CsvRow& Number(uint64_t n) {
    out_->push_back(',');
    out_->append(std::to_string(n));
    return *this;
  }
  // Decimal degrees as JSON writes them (shortest round trip), or an empty cell.
  CsvRow& Degrees(const std::optional<double>& v) {
    out_->push_back(',');
    if (v) AppendNumber(*v, out_);
    return *this;
  }
  // The span's text, then (at the row's end) its start and end.
  CsvRow& Text(Span span) {
    span_ = ClampSpan(record_, span);
    return Cell(record_.Slice(span_));
  }
  void End() {
    Number(map_(span_.start)).Number(map_(span_.end));
    out_->push_back('\r');
    out_->push_back('\n');
  }

 private:
  const Record& record_;
  const OffsetMap& map_;
  std::string* out_;
  Span span_{};
};

}  // namespace

const char* CsvHeader(CsvTable table) {
  switch (table) {
    case CsvTable::kEntities:
      return "doc_id,date,entity_id,type,subtype,text,canonical,cluster,link,country,admin1,lat,"
             "lon,start,end\r\n";
    case CsvTable::kQuantities:
      return "doc_id,date,quantity_id,type,text,value,unit,approx,qualifier,start,end\r\n";
    case CsvTable::kClaims:
      break;
  }
  return "doc_id,date,quote_id,kind,text,speaker,resolved_speaker,speaker_kind,anonymous,"
         "speaker_gender,outlets,cue,stance,start,end\r\n";
}

void AppendCsvRecord(const Record& r, const FormatOptions& options, std::string* out) {
  const OffsetMap map(r.text, options.offsets);
  switch (options.table) {
    case CsvTable::kEntities:
      for (const Entity& e : r.entities) {
        CsvRow w(r, map, out);
        w.Cell(e.id).Cell(EntityTypeName(e.type)).Cell(e.subtype);
        w.Text(e.span).Cell(e.canonical).Number(static_cast<uint64_t>(e.cluster));
        if (e.link) {
          w.Cell(e.link->id).Cell(e.link->country).Cell(e.link->admin1);
          w.Degrees(e.link->lat).Degrees(e.link->lon);
        } else {
          w.Cell("").Cell("").Cell("").Cell("").Cell("");
        }
        w.End();
      }
      return;
    case CsvTable::kQuantities:
      for (const Quantity& q : r.quantities) {
        CsvRow w(r, map, out);
        w.Cell(q.id).Cell(QuantityTypeName(q.type)).Text(q.span).Cell(QuantityValue(q));
        w.Cell(q.unit);
        w.Cell(q.approx ? "true" : "false").Cell(q.qualifier).End();
      }
      return;
    case CsvTable::kClaims:
      break;
  }
  for (const Quote& q : r.quotes) {
    CsvRow w(r, map, out);
    w.Cell(q.id).Cell(QuoteKindName(q.kind)).Text(q.span);
    if (q.speaker) {
      const std::string_view words = SafeSlice(r, q.speaker->span);
      w.Cell(words).Cell(q.speaker->resolved.empty() ? words : q.speaker->resolved);
      w.Cell(SpeakerKindName(q.speaker->kind)).Cell(q.speaker->anonymous ? "true" : "false");
      w.Cell(q.speaker->kind == SpeakerKind::kPerson ? GenderName(q.speaker->gender) : "");
    } else {
      w.Cell("").Cell("").Cell("").Cell("").Cell("");
    }
    w.Cell(QuoteOutlets(r, q))
        .Cell(q.cue ? SafeSlice(r, *q.cue) : std::string_view())
        .Cell(q.stance);
    w.End();
  }
}

}  // namespace claimscope::internal
