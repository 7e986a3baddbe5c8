// The output contract (docs/output.md): one JSON object per record, fields in fixed order.
#include "claimscope/json_writer.h"

#include "output/json_builder.h"

namespace claimscope {
namespace {

using internal::JsonBuilder;

void WriteSpan(const Record& r, Span s, JsonBuilder& j) {
  j.Key("text").String(r.Slice(s));
  j.Key("start").Int(s.start);
  j.Key("end").Int(s.end);
}

void WriteIds(const std::vector<std::string>& ids, JsonBuilder& j) {
  j.BeginArray();
  for (const std::string& id : ids) j.String(id);
  j.EndArray();
}

void WriteEntity(const Record& r, const Entity& e, bool explain, JsonBuilder& j) {
  j.BeginObject();
  j.Key("id").String(e.id);
  j.Key("type").String(EntityTypeName(e.type));
  j.Key("subtype").StringOrNull(e.subtype);
  WriteSpan(r, e.span, j);
  j.Key("canonical").StringOrNull(e.canonical);
  j.Key("cluster").Int(e.cluster);
  if (explain) j.Key("source").String(e.source);
  j.EndObject();
}

void WriteOptionalNumber(const std::optional<double>& v, JsonBuilder& j) {
  if (v) {
    j.Double(*v);
  } else {
    j.Null();
  }
}

void WriteQuantity(const Record& r, const Quantity& q, bool explain, JsonBuilder& j) {
  j.BeginObject();
  j.Key("id").String(q.id);
  j.Key("type").String(QuantityTypeName(q.type));
  WriteSpan(r, q.span, j);
  j.Key("value");
  if (!q.date_value.empty()) {
    j.String(q.date_value);
  } else {
    WriteOptionalNumber(q.value, j);
  }
  j.Key("unit").StringOrNull(q.unit);
  j.Key("approx").Bool(q.approx);
  j.Key("qualifier").StringOrNull(q.qualifier);
  if (q.low || q.high) {
    j.Key("low");
    WriteOptionalNumber(q.low, j);
    j.Key("high");
    WriteOptionalNumber(q.high, j);
  }
  if (explain) j.Key("source").String(q.source);
  j.EndObject();
}

void WriteSpeaker(const Record& r, const std::optional<Speaker>& s, JsonBuilder& j) {
  if (!s) {
    j.Null();
    return;
  }
  j.BeginObject();
  WriteSpan(r, s->span, j);
  j.Key("resolved").String(s->resolved.empty() ? r.Slice(s->span) : std::string_view(s->resolved));
  j.Key("kind").String(SpeakerKindName(s->kind));
  j.Key("anonymous").Bool(s->anonymous);
  j.Key("entity").StringOrNull(s->entity);
  j.EndObject();
}

void WriteQuote(const Record& r, const Quote& q, bool explain, JsonBuilder& j) {
  j.BeginObject();
  j.Key("id").String(q.id);
  j.Key("kind").String(QuoteKindName(q.kind));
  WriteSpan(r, q.span, j);
  j.Key("cue");
  if (q.cue) {
    j.BeginObject();
    WriteSpan(r, *q.cue, j);
    j.EndObject();
  } else {
    j.Null();
  }
  j.Key("speaker");
  WriteSpeaker(r, q.speaker, j);
  j.Key("media").BeginArray();
  for (const Media& m : q.media) {
    j.BeginObject();
    WriteSpan(r, m.span, j);
    j.Key("entity").StringOrNull(m.entity);
    j.EndObject();
  }
  j.EndArray();
  j.Key("entities");
  WriteIds(q.entities, j);
  j.Key("quantities");
  WriteIds(q.quantities, j);
  if (explain) j.Key("source").String(q.source);
  j.EndObject();
}

}  // namespace

void AppendJson(const Record& r, const JsonOptions& options, std::string* out) {
  JsonBuilder j(out, options.pretty);
  j.BeginObject();
  j.Key("id").String(r.id);
  j.Key("date").StringOrNull(r.date);
  j.Key("credit").StringOrNull(r.credit);
  j.Key("entities").BeginArray();
  for (const Entity& e : r.entities) WriteEntity(r, e, options.explain, j);
  j.EndArray();
  j.Key("quantities").BeginArray();
  for (const Quantity& q : r.quantities) WriteQuantity(r, q, options.explain, j);
  j.EndArray();
  j.Key("quotes").BeginArray();
  for (const Quote& q : r.quotes) WriteQuote(r, q, options.explain, j);
  j.EndArray();
  j.Key("errors").BeginArray();
  for (const Diagnostic& d : r.errors) {
    j.BeginObject();
    j.Key("code").String(d.code);
    j.Key("message").String(d.message);
    j.Key("offset");
    if (d.offset >= 0) {
      j.Int(d.offset);
    } else {
      j.Null();
    }
    j.EndObject();
  }
  j.EndArray();
  j.EndObject();
}

}  // namespace claimscope
