// TSV: one line per mention (entity, quantity, quote), under a header line.
//
//   id  layer     type    start  end  text          value             detail      link
//   a1  entity    ORG     0      6    Reuters       Reuters           media       media:reuters
//   a1  quantity  COUNT   20     30   15 people     15                people
//   a1  quote     direct  40     60   We won.       Mara Linde        AP|Reuters
//
// `id` is the record id; `link` an entity's link id (empty without one, and for the rest). Tabs,
// line breaks and backslashes in any field are written \t \n \r
// \\; invalid UTF-8 as U+FFFD.
#include "output/format_internal.h"

namespace claimscope::internal {

const char kTsvHeader[] = "id\tlayer\ttype\tstart\tend\ttext\tvalue\tdetail\tlink\n";

namespace {

void AppendField(std::string_view s, std::string* out) {
  ForEachUtf8Run(
      s,
      [out](std::string_view run) {
        for (const char c : run) {
          switch (c) {
            case '\t':
              out->append("\\t");
              break;
            case '\n':
              out->append("\\n");
              break;
            case '\r':
              out->append("\\r");
              break;
            case '\\':
              out->append("\\\\");
              break;
            default:
              out->push_back(c);
          }
        }
      },
      [out] { out->append("\xEF\xBF\xBD"); });
}

class TsvWriter {
 public:
  TsvWriter(const Record& record, const FormatOptions& options, std::string* out)
      : record_(record), map_(record.text, options.offsets), out_(out) {}

  void Line(std::string_view layer, std::string_view type, Span span, std::string_view value,
            std::string_view detail, std::string_view link = {}) {
    const Span s = ClampSpan(record_, span);
    AppendField(record_.id, out_);
    out_->push_back('\t');
    AppendField(layer, out_);
    out_->push_back('\t');
    AppendField(type, out_);
    out_->push_back('\t');
    out_->append(std::to_string(map_(s.start)));
    out_->push_back('\t');
    out_->append(std::to_string(map_(s.end)));
    out_->push_back('\t');
    AppendField(record_.Slice(s), out_);
    out_->push_back('\t');
    AppendField(value, out_);
    out_->push_back('\t');
    AppendField(detail, out_);
    out_->push_back('\t');
    AppendField(link, out_);
    out_->push_back('\n');
  }

 private:
  const Record& record_;
  OffsetMap map_;
  std::string* out_;
};

}  // namespace

void AppendTsvRecord(const Record& r, const FormatOptions& options, std::string* out) {
  TsvWriter w(r, options, out);
  for (const Entity& e : r.entities) {
    w.Line("entity", EntityTypeName(e.type), e.span, e.canonical, e.subtype,
           e.link ? std::string_view(e.link->id) : std::string_view());
  }
  for (const Quantity& q : r.quantities) {
    w.Line("quantity", QuantityTypeName(q.type), q.span, QuantityValue(q), q.unit);
  }
  std::string value;
  for (const Quote& q : r.quotes) {
    value.clear();
    if (q.speaker) {
      value = q.speaker->resolved.empty() ? std::string(SafeSlice(r, q.speaker->span))
                                          : q.speaker->resolved;
    }
    w.Line("quote", QuoteKindName(q.kind), q.span, value, QuoteOutlets(r, q));
  }
}

}  // namespace claimscope::internal
