// Offsets in code points and UTF-16 units (FormatOptions::offsets): the JSON and TSV writers
// convert each span as they write it, on hand-made records with 4-byte characters, invalid
// UTF-8 and spans outside the text. (formats_test.cc checks them on the engine's records.)
#include <doctest/doctest.h>

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "claimscope/formats.h"
#include "claimscope/json_writer.h"
#include "claimscope/utf8.h"
#include "doctest_printers.h"

namespace claimscope {
namespace {

std::string Format(const Record& r, FormatOptions options) {
  std::string out;
  AppendFormatted(r, TextAnalysis{}, options, &out);
  return out;
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// A record of `text` with one entity, a place at `span`.
Record WithPlace(std::string_view text, Span span) {
  Record r;
  r.id = "x";
  r.text = text;
  r.entities.push_back({.id = "e1", .type = EntityType::kPlace, .span = span});
  return r;
}

// 🙂 is 4 bytes, one code point and two UTF-16 units; FF and the truncated F0 9F 99 are one
// U+FFFD each. Bytes: Oslo [11, 15), 🙂🙂 [16, 24), said [25, 29).
constexpr std::string_view kAwkward = "🙂 \xFF \xF0\x9F\x99 Oslo 🙂🙂 said";

Record AwkwardRecord() {
  Record r = WithPlace(kAwkward, {11, 15});
  r.id = "u";
  // Past the end of the text: clamped to [25, 29).
  r.quantities.push_back({.id = "n1", .type = QuantityType::kCount, .span = {25, 99}});
  Quote q{.id = "q1", .kind = QuoteKind::kDirect, .span = {16, 24}, .cue = Span{25, 29}};
  q.speaker = Speaker{.span = {11, 15}};
  q.media.push_back({.span = {2, 4}});  // from inside the first 🙂 (counts up to its start)
  r.quotes.push_back(q);
  r.errors.push_back({.code = "invalid_utf8", .message = "m", .offset = 5});
  return r;
}

TEST_CASE("offsets: 4-byte characters and invalid UTF-8, in JSON and TSV alike") {
  const Record r = AwkwardRecord();
  struct Case {
    OffsetUnit unit;
    std::string oslo, quote, said, media, tsv;
  };
  const Case cases[] = {
      {OffsetUnit::kBytes, "11,\"end\":15", "16,\"end\":24", "25,\"end\":29", "2,\"end\":4",
       "u\tentity\tPLACE\t11\t15\tOslo\t\t\t\n"
       "u\tquantity\tCOUNT\t25\t29\tsaid\t\t\t\n"
       "u\tquote\tdirect\t16\t24\t🙂🙂\tOslo\t\uFFFD\uFFFD\t\n"},
      {OffsetUnit::kCodepoints, "6,\"end\":10", "11,\"end\":13", "14,\"end\":18", "0,\"end\":1",
       "u\tentity\tPLACE\t6\t10\tOslo\t\t\t\n"
       "u\tquantity\tCOUNT\t14\t18\tsaid\t\t\t\n"
       "u\tquote\tdirect\t11\t13\t🙂🙂\tOslo\t\uFFFD\uFFFD\t\n"},
      {OffsetUnit::kUtf16, "7,\"end\":11", "12,\"end\":16", "17,\"end\":21", "0,\"end\":2",
       "u\tentity\tPLACE\t7\t11\tOslo\t\t\t\n"
       "u\tquantity\tCOUNT\t17\t21\tsaid\t\t\t\n"
       "u\tquote\tdirect\t12\t16\t🙂🙂\tOslo\t\uFFFD\uFFFD\t\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(OffsetUnitName(c.unit)));
    const std::string json = Format(r, {.offsets = c.unit});
    CHECK(Contains(json, R"("type":"PLACE","subtype":null,"text":"Oslo","start":)" + c.oslo));
    CHECK(Contains(json, R"("type":"COUNT","text":"said","start":)" + c.said));
    CHECK(Contains(json, R"("kind":"direct","text":"🙂🙂","start":)" + c.quote));
    CHECK(Contains(json, R"("cue":{"text":"said","start":)" + c.said + "}"));
    CHECK(Contains(json, R"("speaker":{"text":"Oslo","start":)" + c.oslo));
    CHECK(Contains(json, R"("media":[{"text":"\ufffd\ufffd","start":)" + c.media + ","));
    CHECK(Contains(json, R"("offset":5)"));  // error offsets stay in bytes
    CHECK(Format(r, {.format = OutputFormat::kTsv, .offsets = c.unit}) == c.tsv);
  }
  // Pretty output converts the same way.
  const std::string pretty = Format(r, {.offsets = OffsetUnit::kUtf16, .pretty = true});
  CHECK(Contains(pretty, "\"text\": \"🙂🙂\",\n      \"start\": 12,\n      \"end\": 16,"));
}

TEST_CASE("offsets: every byte offset of a long text converts as a count from its start") {
  // Sequences of one to four bytes and invalid ones, across many 64-byte blocks.
  constexpr std::string_view kPieces[] = {"a",        "é",     "“", "🙂", "\xFF", "\xF0\x9F\x99",
                                          "\xE2\x82", " word "};
  std::string text;
  for (size_t i = 0; i < 400; ++i) text += kPieces[(i * 7 + i / 5) % std::size(kPieces)];
  Record r;
  r.id = "x";
  r.text = text;
  const auto n = static_cast<uint32_t>(text.size());
  for (uint32_t b = 0; b <= n + 2; ++b) {
    r.entities.push_back({.id = "e", .type = EntityType::kPlace, .span = {b, b}});
  }
  for (const OffsetUnit unit : {OffsetUnit::kCodepoints, OffsetUnit::kUtf16}) {
    CAPTURE(std::string(OffsetUnitName(unit)));
    // The units before each offset; one inside a sequence counts up to the sequence's start.
    std::vector<uint32_t> units(n + 3);
    uint32_t count = 0;
    for (size_t i = 0; i < n;) {
      size_t next = i;
      const int32_t cp = DecodeUtf8(reinterpret_cast<const uint8_t*>(text.data()), n, &next);
      for (; i < next; ++i) units[i] = count;
      count += unit == OffsetUnit::kUtf16 && cp >= 0x10000 ? 2 : 1;
    }
    for (uint32_t b = n; b <= n + 2; ++b) units[b] = count;
    std::string expected;
    for (const uint32_t u : units) {
      expected +=
          "x\tentity\tPLACE\t" + std::to_string(u) + "\t" + std::to_string(u) + "\t\t\t\t\n";
    }
    CHECK(Format(r, {.format = OutputFormat::kTsv, .offsets = unit}) == expected);
  }
}

TEST_CASE("offsets: AppendJson clamps a span outside the text as AppendFormatted does") {
  const Record r = AwkwardRecord();
  std::string json;
  AppendJson(r, {}, &json);
  CHECK(json + "\n" == Format(r, {}));
  CHECK(Contains(json, R"("text":"said","start":25,"end":29)"));
}

TEST_CASE("offsets: a text whose words are \"start\" and \"end\" is written as it is") {
  const std::string text = "é \"start\": 5, \"end\": 9 — said Anna Berg.";
  Record r = WithPlace(
      text, {static_cast<uint32_t>(text.find("Anna")), static_cast<uint32_t>(text.size() - 1)});
  r.id = "start";
  r.entities[0].canonical = "\"start\": 1";
  const std::string out = Format(r, {.offsets = OffsetUnit::kCodepoints});
  CHECK(Contains(out, R"({"id":"start",)"));
  CHECK(Contains(out, R"("canonical":"\"start\": 1")"));
  CHECK(Contains(out, R"("text":"Anna Berg","start":30,"end":39)"));
}

TEST_CASE("offsets: invalid UTF-8 counts as the one U+FFFD it is written as") {
  const std::string text = "a\xFF\xFE b\xE2\x82 Oslo";  // FF, FE: two; E2 82: one (truncated)
  const Record r = WithPlace(
      text, {static_cast<uint32_t>(text.find("Oslo")), static_cast<uint32_t>(text.size())});
  CHECK(Contains(Format(r, {}), R"("start":8,"end":12)"));
  CHECK(Contains(Format(r, {.offsets = OffsetUnit::kCodepoints}), R"("start":7,"end":11)"));
  CHECK(Contains(Format(r, {.offsets = OffsetUnit::kUtf16}), R"("start":7,"end":11)"));
}

}  // namespace
}  // namespace claimscope
