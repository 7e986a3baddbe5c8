// The output contract (docs/output.md): one JSON object per record, fields in fixed order;
// and the one JSON string writer, which JsonBuilder and the CLI's JSON writer call too.
#include "claimscope/json_writer.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "claimscope/utf8.h"
#include "output/format_internal.h"
#include "output/json_builder.h"

namespace claimscope {
namespace {

// Bytes copied as they are: printable ASCII but the quote and the backslash. One table
// load a byte, as most strings are plain words.
constexpr std::array<bool, 256> kPlainBytes = [] {
  std::array<bool, 256> plain{};
  for (int b = 0x20; b < 0x80; ++b) plain[b] = b != '"' && b != '\\';
  return plain;
}();

// Eight bytes, the first in the lowest bits.
uint64_t LoadLittleEndian(const uint8_t* p) {
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
  return w;
}

// The bytes of `w` (eight, in memory order) that are not plain, as the high bit of each; the
// lowest set bit is exact (the bit tricks may flag bytes after a flagged one as well).
uint64_t NotPlainBytes(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101;
  constexpr uint64_t kHighs = 0x8080808080808080;
  auto zero_bytes = [](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const uint64_t control = (w - 0x20 * kOnes) & ~w & kHighs;  // below 0x20
  return (w & kHighs) | control | zero_bytes(w ^ ('"' * kOnes)) | zero_bytes(w ^ ('\\' * kOnes));
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  out->push_back('"');
  size_t plain = 0;  // start of the run of bytes copied as they are
  size_t i = 0;
  while (i < n) {
    // Eight bytes at a time up to the first that is not plain: text is mostly plain runs.
    if (i + 8 <= n) {
      const uint64_t flagged = NotPlainBytes(LoadLittleEndian(p + i));
      if (flagged == 0) {
        i += 8;
        continue;
      }
      i += static_cast<size_t>(std::countr_zero(flagged)) / 8;
    }
    const uint8_t b = p[i];
    if (kPlainBytes[b]) {
      ++i;
      continue;
    }
    const size_t at = i;
    const char* escape = nullptr;
    char unicode[7] = {};
    if (b >= 0x80) {
      const int32_t cp = DecodeUtf8(p, n, &i);
      if (cp >= 0 && cp != 0x2028 && cp != 0x2029) continue;  // valid UTF-8 is copied
      // Invalid bytes become U+FFFD; U+2028/9 are escaped for JavaScript consumers.
      escape = cp < 0 ? "\\ufffd" : (cp == 0x2028 ? "\\u2028" : "\\u2029");
    } else {
      ++i;
      switch (b) {
        case '"':
          escape = "\\\"";
          break;
        case '\\':
          escape = "\\\\";
          break;
        case '\n':
          escape = "\\n";
          break;
        case '\r':
          escape = "\\r";
          break;
        case '\t':
          escape = "\\t";
          break;
        case '\b':
          escape = "\\b";
          break;
        case '\f':
          escape = "\\f";
          break;
        default:
          unicode[0] = '\\';
          unicode[1] = 'u';
          unicode[2] = '0';
          unicode[3] = '0';
          unicode[4] = kHex[b >> 4];
          unicode[5] = kHex[b & 0xF];
          escape = unicode;
      }
    }
    out->append(s.data() + plain, at - plain);
    out->append(escape);
    plain = i;
  }
  out->append(s.data() + plain, n - plain);
  out->push_back('"');
}

namespace {

using internal::JsonBuilder;
using internal::OffsetMap;

// Writes one record. Each span is clamped to the text (so that slicing never throws) and its
// offsets are converted through `offsets` as they are written.
class RecordWriter {
 public:
  RecordWriter(const Record& record, const OffsetMap& offsets, const JsonOptions& options,
               std::string* out)
      : r_(record), offsets_(offsets), explain_(options.explain), j_(out, options.pretty) {}

  void Write() {
    j_.BeginObject();
    j_.Key("id").String(r_.id);
    if (r_.keep_text) j_.Key("text").String(r_.text);
    j_.Key("date").StringOrNull(r_.date);
    j_.Key("credit").StringOrNull(r_.credit);
    j_.Key("language").String(r_.language);
    j_.Key("language_confidence");
    WriteOptionalNumber(r_.language_confidence);
    j_.Key("entities").BeginArray();
    for (const Entity& e : r_.entities) WriteEntity(e);
    j_.EndArray();
    j_.Key("quantities").BeginArray();
    for (const Quantity& q : r_.quantities) WriteQuantity(q);
    j_.EndArray();
    j_.Key("quotes").BeginArray();
    for (const Quote& q : r_.quotes) WriteQuote(q);
    j_.EndArray();
    j_.Key("errors").BeginArray();
    for (const Diagnostic& d : r_.errors) WriteDiagnostic(d);
    j_.EndArray();
    j_.Key("warnings").BeginArray();
    for (const Diagnostic& d : r_.warnings) WriteDiagnostic(d);
    j_.EndArray();
    if (r_.keep_meta) {
      j_.Key("meta").BeginObject();
      for (const MetaField& m : r_.meta) j_.Key(m.name).Raw(m.json);
      j_.EndObject();
    }
    j_.EndObject();
  }

 private:
  void WriteSpan(Span span) {
    const Span s = internal::ClampSpan(r_, span);
    j_.Key("text").String(r_.Slice(s));
    j_.Key("start").Int(offsets_(s.start));
    j_.Key("end").Int(offsets_(s.end));
  }

  void WriteIds(const std::vector<std::string>& ids) {
    j_.BeginArray();
    for (const std::string& id : ids) j_.String(id);
    j_.EndArray();
  }

  void WriteEntity(const Entity& e) {
    j_.BeginObject();
    j_.Key("id").String(e.id);
    j_.Key("type").String(EntityTypeName(e.type));
    j_.Key("subtype").StringOrNull(e.subtype);
    WriteSpan(e.span);
    j_.Key("canonical").StringOrNull(e.canonical);
    j_.Key("cluster").Int(e.cluster);
    if (e.link) WriteLink(*e.link);
    j_.Key("evidence").String(EvidenceName(e.evidence));
    if (explain_) j_.Key("source").String(e.source);
    j_.EndObject();
  }

  // Only the fields the link has: docs/output.md, "Link".
  void WriteLink(const Link& l) {
    j_.Key("link").BeginObject();
    j_.Key("id").String(l.id);
    if (l.geonames > 0) j_.Key("geonames").Int(l.geonames);
    if (!l.country.empty()) j_.Key("country").String(l.country);
    if (!l.admin1.empty()) j_.Key("admin1").String(l.admin1);
    if (l.lat && l.lon) {
      j_.Key("lat").Double(*l.lat);
      j_.Key("lon").Double(*l.lon);
    }
    if (!l.iso3.empty()) j_.Key("iso3").String(l.iso3);
    if (!l.iso_numeric.empty()) j_.Key("iso_numeric").String(l.iso_numeric);
    if (!l.iso3166_2.empty()) j_.Key("iso3166_2").String(l.iso3166_2);
    if (!l.wikidata.empty()) j_.Key("wikidata").String(l.wikidata);
    if (!l.url.empty()) j_.Key("url").String(l.url);
    j_.EndObject();
  }

  void WriteOptionalNumber(const std::optional<double>& v) {
    if (v) {
      j_.Double(*v);
    } else {
      j_.Null();
    }
  }

  void WriteQuantity(const Quantity& q) {
    j_.BeginObject();
    j_.Key("id").String(q.id);
    j_.Key("type").String(QuantityTypeName(q.type));
    WriteSpan(q.span);
    j_.Key("value");
    if (!q.date_value.empty()) {
      j_.String(q.date_value);
    } else {
      WriteOptionalNumber(q.value);
    }
    j_.Key("unit").StringOrNull(q.unit);
    j_.Key("approx").Bool(q.approx);
    j_.Key("qualifier").StringOrNull(q.qualifier);
    if (q.low || q.high) {
      j_.Key("low");
      WriteOptionalNumber(q.low);
      j_.Key("high");
      WriteOptionalNumber(q.high);
    }
    if (!q.label.empty()) j_.Key("label").String(q.label);
    j_.Key("evidence").String(EvidenceName(q.evidence));
    if (explain_) j_.Key("source").String(q.source);
    j_.EndObject();
  }

  void WriteSpeaker(const std::optional<Speaker>& s) {
    if (!s) {
      j_.Null();
      return;
    }
    j_.BeginObject();
    WriteSpan(s->span);
    j_.Key("resolved")
        .String(s->resolved.empty() ? internal::SafeSlice(r_, s->span)
                                    : std::string_view(s->resolved));
    j_.Key("kind").String(SpeakerKindName(s->kind));
    j_.Key("anonymous").Bool(s->anonymous);
    j_.Key("entity").StringOrNull(s->entity);
    if (s->kind == SpeakerKind::kPerson) {
      j_.Key("gender").String(GenderName(s->gender));
      j_.Key("gender_evidence").BeginArray();
      for (const GenderEvidence bit : kGenderEvidenceKinds) {
        if ((s->gender_evidence & bit) != 0) j_.String(GenderEvidenceName(bit));
      }
      j_.EndArray();
    }
    j_.EndObject();
  }

  void WriteQuote(const Quote& q) {
    j_.BeginObject();
    j_.Key("id").String(q.id);
    j_.Key("kind").String(QuoteKindName(q.kind));
    WriteSpan(q.span);
    j_.Key("cue");
    if (q.cue) {
      j_.BeginObject();
      WriteSpan(*q.cue);
      j_.EndObject();
    } else {
      j_.Null();
    }
    j_.Key("speaker");
    WriteSpeaker(q.speaker);
    if (!q.stance.empty()) j_.Key("stance").String(q.stance);
    j_.Key("media").BeginArray();
    for (const Media& m : q.media) {
      j_.BeginObject();
      WriteSpan(m.span);
      j_.Key("entity").StringOrNull(m.entity);
      j_.EndObject();
    }
    j_.EndArray();
    j_.Key("entities");
    WriteIds(q.entities);
    j_.Key("quantities");
    WriteIds(q.quantities);
    j_.Key("evidence").String(EvidenceName(q.evidence));
    if (explain_) j_.Key("source").String(q.source);
    j_.EndObject();
  }

  // Error offsets stay in bytes, whatever the unit of the spans.
  void WriteDiagnostic(const Diagnostic& d) {
    j_.BeginObject();
    j_.Key("code").String(d.code);
    j_.Key("message").String(d.message);
    j_.Key("offset");
    if (d.offset >= 0) {
      j_.Int(d.offset);
    } else {
      j_.Null();
    }
    j_.EndObject();
  }

  const Record& r_;
  const OffsetMap& offsets_;
  bool explain_;
  JsonBuilder j_;
};

}  // namespace

void AppendJson(const Record& record, const JsonOptions& options, std::string* out) {
  const OffsetMap bytes(record.text, OffsetUnit::kBytes);
  RecordWriter(record, bytes, options, out).Write();
}

namespace internal {

void AppendJsonRecord(const Record& record, const FormatOptions& options, std::string* out) {
  const OffsetMap offsets(record.text, options.offsets);
  RecordWriter(record, offsets, {.pretty = options.pretty, .explain = options.explain}, out)
      .Write();
}

}  // namespace internal
}  // namespace claimscope
