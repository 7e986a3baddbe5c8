// The JSON writer: valid JSON for every string, and the field order of docs/output.md.
#include "claimscope/json_writer.h"

#include <doctest/doctest.h>

#include "doctest_printers.h"
#include "json_reader.h"

namespace claimscope {
namespace {

std::string Str(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

// Parses {"v": <literal>} with the CLI's strict reader and returns the decoded string.
std::string RoundTrip(std::string_view s) {
  std::vector<cli::JsonField> fields;
  std::string error;
  const std::string json = "{\"v\":" + Str(s) + "}";
  REQUIRE_MESSAGE(cli::ParseJsonObject(json, &fields, &error), error);
  REQUIRE(fields.size() == 1);
  return fields[0].value;
}

TEST_CASE("strings: quotes, backslashes and control characters are escaped") {
  CHECK(Str("plain") == "\"plain\"");
  CHECK(Str("say \"hi\"") == R"("say \"hi\"")");
  CHECK(Str("a\\b") == R"("a\\b")");
  CHECK(Str("l1\nl2\r\t") == R"("l1\nl2\r\t")");
  CHECK(Str(std::string("nul\0x", 5)) == R"("nul\u0000x")");
  CHECK(Str("\x01\x1f\x7f") == "\"\\u0001\\u001f\x7f\"");
  CHECK(Str("\b\f") == R"("\b\f")");
}

TEST_CASE("strings: non-ASCII is kept as UTF-8, invalid bytes become U+FFFD") {
  CHECK(Str("Toruń “quoted” 東京 🙂") == "\"Toruń “quoted” 東京 🙂\"");
  CHECK(Str("a\xFF"
            "b") == R"("a\ufffdb")");
  CHECK(Str("\xC3") == R"("\ufffd")");
  CHECK(Str("\xED\xA0\x80") == R"("\ufffd\ufffd\ufffd")");
  CHECK(Str("\u2028") == R"("\u2028")");
}

TEST_CASE("strings: every byte sequence round-trips through a strict reader") {
  std::string all;
  for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
  const std::string back = RoundTrip(all);
  // ASCII comes back exactly; each invalid byte comes back as U+FFFD.
  CHECK(back.substr(0, 128) == all.substr(0, 128));
  CHECK(back.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(RoundTrip("Toruń “quoted” 東京 🙂 \"\\\n") ==
        "Toruń “quoted” 東京 🙂 \"\\\n");
}

Record SampleRecord(const std::string& text) {
  Record r;
  r.id = "doc-1";
  r.date = "2024-04-01";
  r.text = text;
  r.entities.push_back({.id = "e1",
                        .type = EntityType::kPlace,
                        .subtype = "city",
                        .span = {0, 6},
                        .canonical = "Moscow",
                        .cluster = 1,
                        .source = "lexicon:place.city"});
  r.quantities.push_back(
      {.id = "n1", .type = QuantityType::kCount, .span = {18, 21}, .value = 143, .unit = "people"});
  r.quotes.push_back({.id = "q1",
                      .kind = QuoteKind::kDirect,
                      .span = {12, 16},
                      .speaker = Speaker{{0, 6}, "", SpeakerKind::kPlace, false, "e1"},
                      .media = {{{0, 6}, ""}},
                      .entities = {"e1"}});
  r.language = "en";
  r.language_confidence = 0.97;
  r.errors.push_back({"too_large", "too big", -1});
  r.warnings.push_back({"invalid_date", "bad \"date\"", -1});
  return r;
}

TEST_CASE("a record has the fields of docs/output.md in order") {
  const std::string text = "Moscow said \"no\", 143 died";
  const Record r = SampleRecord(text);
  std::string out;
  AppendJson(r, {}, &out);
  CHECK(
      out ==
      R"({"id":"doc-1","date":"2024-04-01","credit":null,"language":"en","language_confidence":0.97,)"
      R"("entities":[{"id":"e1","type":"PLACE","subtype":"city","text":"Moscow","start":0,"end":6,"canonical":"Moscow","cluster":1,"evidence":"medium"}],)"
      R"("quantities":[{"id":"n1","type":"COUNT","text":"143","start":18,"end":21,"value":143,"unit":"people","approx":false,"qualifier":null,"evidence":"medium"}],)"
      R"("quotes":[{"id":"q1","kind":"direct","text":"\"no\"","start":12,"end":16,"cue":null,)"
      R"("speaker":{"text":"Moscow","start":0,"end":6,"resolved":"Moscow","kind":"place","anonymous":false,"entity":"e1"},)"
      R"("media":[{"text":"Moscow","start":0,"end":6,"entity":null}],"entities":["e1"],"quantities":[],"evidence":"medium"}],)"
      R"("errors":[{"code":"too_large","message":"too big","offset":null}],)"
      R"("warnings":[{"code":"invalid_date","message":"bad \"date\"","offset":null}]})");
  // The record parses as one JSON object.
  std::vector<cli::JsonField> fields;
  std::string error;
  CHECK(cli::ParseJsonObject(out, &fields, &error));
  CHECK(fields.size() == 10);
}

TEST_CASE("explain adds the source of each mention") {
  const std::string text = "Moscow said \"no\", 143 died";
  std::string out;
  AppendJson(SampleRecord(text), {.explain = true}, &out);
  CHECK(out.find(R"("source":"lexicon:place.city")") != std::string::npos);
}

TEST_CASE("pretty output is indented and parses the same") {
  const std::string text = "Moscow said \"no\", 143 died";
  std::string out;
  AppendJson(SampleRecord(text), {.pretty = true}, &out);
  CHECK(out.rfind("{\n  \"id\": \"doc-1\",\n  \"date\": \"2024-04-01\",", 0) == 0);
  CHECK(out.find("\"entities\": [\n    {\n      \"id\": \"e1\"") != std::string::npos);
  CHECK(out.find("\"quantities\": []") != std::string::npos);
  std::vector<cli::JsonField> fields;
  std::string error;
  CHECK_MESSAGE(cli::ParseJsonObject(out, &fields, &error), error);
}

TEST_CASE("numbers: integers plainly, fractions shortest, ranges when set") {
  const std::string text = "about 2.5 to 3 tonnes";
  Record r;
  r.text = text;
  r.quantities.push_back({.id = "n1",
                          .type = QuantityType::kMeasure,
                          .span = {6, 21},
                          .value = 2.5,
                          .approx = true,
                          .qualifier = "about",
                          .low = 2.5,
                          .high = 3});
  std::string out;
  AppendJson(r, {}, &out);
  CHECK(out.find(
            R"("value":2.5,"unit":null,"approx":true,"qualifier":"about","low":2.5,"high":3,)") !=
        std::string::npos);
}

TEST_CASE("a span's text with invalid bytes is still valid JSON") {
  const std::string text = "bad \xFF byte";
  Record r;
  r.text = text;
  r.quotes.push_back(
      {.id = "q1", .kind = QuoteKind::kPartial, .span = {0, static_cast<uint32_t>(text.size())}});
  std::string out;
  AppendJson(r, {}, &out);
  CHECK(out.find(R"("text":"bad \ufffd byte")") != std::string::npos);
}

}  // namespace
TEST_CASE("kept input fields are written as they are, under meta, only when kept") {
  const std::string text = "Moscow said \"no\", 143 died";
  Record r = SampleRecord(text);
  std::string out;
  AppendJson(r, {}, &out);
  CHECK(out.find("\"meta\"") == std::string::npos);
  r.keep_meta = true;
  r.meta = {{"url", "\"https://example.org/a\""}, {"tags", "[\"a\",\"b\"]"}};
  out.clear();
  AppendJson(r, {}, &out);
  CHECK(out.find(R"("meta":{"url":"https://example.org/a","tags":["a","b"]}})") !=
        std::string::npos);
}

}  // namespace claimscope
