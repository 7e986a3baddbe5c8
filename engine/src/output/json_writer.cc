// The output contract (docs/output.md): one JSON object per record, fields in fixed order;
// and the one JSON string writer, which JsonBuilder and the CLI's JSON writer call too.
#include "claimscope/json_writer.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "claimscope/utf8.h"
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
