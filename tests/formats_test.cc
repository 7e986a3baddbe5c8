// The output formats: JSON Lines as AppendJson writes it, offsets in other units, a JSON array,
// TSV, CoNLL IOB2, brat standoff and HTML, on records from the real engine and on hand-made
// records with awkward spans and bytes.
#include "claimscope/formats.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "claimscope/engine.h"
#include "claimscope/json_writer.h"
#include "doctest_printers.h"
#include "shared_engine.h"

namespace claimscope {
namespace {

using testing::SharedEngine;

// Non-ASCII before and inside the spans: ü (2 bytes), “ ” (3 bytes each), 🙂 (4 bytes, two
// UTF-16 units); markup and an ampersand in a quote.
constexpr std::string_view kText =
    "The mayor of Zürich, Corine Mauch, said: “We evacuated 1,200 people from the old town 🙂 "
    "on Monday.”\n\nA police spokesman, who declined to be named, told Reuters that "
    "<script>alert(1)</script> & “tanks” were seen near Geneva.\n";

struct Extracted {
  Workspace workspace;
  Record record;
};

// Extracts `text` (which must outlive the result) with the shared engine.
std::unique_ptr<Extracted> Extract(std::string_view text, std::string id = "t") {
  auto e = std::make_unique<Extracted>();
  e->record = SharedEngine().Extract({.text = text, .id = std::move(id)}, &e->workspace);
  return e;
}

std::string Format(const Extracted& e, FormatOptions options) {
  std::string out;
  AppendFormatted(e.record, e.workspace.analysis(), options, &out);
  return out;
}

std::string Format(const Record& r, FormatOptions options) {
  std::string out;
  AppendFormatted(r, TextAnalysis{}, options, &out);
  return out;
}

std::vector<std::string> Lines(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    const size_t nl = s.find('\n', start);
    const size_t end = nl == std::string_view::npos ? s.size() : nl;
    out.emplace_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

size_t Count(std::string_view haystack, std::string_view needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string_view::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

const Entity* FindEntity(const Record& r, std::string_view text) {
  for (const Entity& e : r.entities) {
    if (r.Slice(e.span) == text) return &e;
  }
  return nullptr;
}

// Checks that every tag is closed in order (void elements aside) and that '<' appears only
// in tags; returns "" or what is wrong.
std::string CheckTags(std::string_view html) {
  std::vector<std::string> open;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    const size_t close = html.find('>', i);
    if (close == std::string_view::npos) return "unterminated tag";
    std::string_view tag = html.substr(i + 1, close - i - 1);
    i = close + 1;
    if (tag.starts_with("!")) continue;  // <!doctype html>
    const bool end = tag.starts_with("/");
    if (end) tag.remove_prefix(1);
    const std::string name(tag.substr(0, tag.find_first_of(" \t\n")));
    if (name.empty() ||
        name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789") != std::string::npos) {
      return "not a tag: <" + std::string(tag) + ">";
    }
    if (name == "meta" || name == "br") continue;
    if (!end) {
      open.push_back(name);
    } else if (open.empty() || open.back() != name) {
      return "</" + name + "> closes <" + (open.empty() ? "nothing" : open.back()) + ">";
    } else {
      open.pop_back();
    }
  }
  return open.empty() ? "" : "<" + open.back() + "> left open";
}

// The value of attribute `name` in every element whose class list has `cls`.
std::vector<std::string> AttributeOf(std::string_view html, std::string_view cls,
                                     std::string_view name) {
  std::vector<std::string> out;
  const std::string marker = "class=\"" + std::string(cls) + " ";
  const std::string marker_end = "class=\"" + std::string(cls) + "\"";
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    const size_t close = html.find('>', i);
    const std::string_view tag = html.substr(i, close - i);
    i = close;
    if (!Contains(tag, marker) && !Contains(tag, marker_end)) continue;
    const std::string key = " " + std::string(name) + "=\"";
    const size_t at = tag.find(key);
    if (at == std::string_view::npos) {
      out.emplace_back();
      continue;
    }
    const size_t from = at + key.size();
    out.emplace_back(tag.substr(from, tag.find('"', from) - from));
  }
  return out;
}

TEST_CASE("names parse, and unknown names are refused") {
  OutputFormat f = OutputFormat::kJsonl;
  CHECK(ParseOutputFormat("html", &f));
  CHECK(f == OutputFormat::kHtml);
  CHECK(ParseOutputFormat("conll", &f));
  CHECK(f == OutputFormat::kConll);
  CHECK_FALSE(ParseOutputFormat("HTML", &f));
  CHECK_FALSE(ParseOutputFormat("", &f));
  CHECK(f == OutputFormat::kConll);
  for (const char* name : {"jsonl", "json", "tsv", "conll", "brat", "html"}) {
    REQUIRE(ParseOutputFormat(name, &f));
    CHECK(std::string(OutputFormatName(f)) == name);
  }
  OffsetUnit u = OffsetUnit::kBytes;
  CHECK(ParseOffsetUnit("utf16", &u));
  CHECK(u == OffsetUnit::kUtf16);
  CHECK(ParseOffsetUnit("codepoints", &u));
  CHECK(u == OffsetUnit::kCodepoints);
  CHECK_FALSE(ParseOffsetUnit("chars", &u));
  CHECK(std::string(OffsetUnitName(OffsetUnit::kBytes)) == "bytes");
}

TEST_CASE("jsonl is AppendJson and a newline, whatever the options") {
  const auto e = Extract(kText);
  for (const bool pretty : {false, true}) {
    for (const bool explain : {false, true}) {
      std::string expected;
      AppendJson(e->record, {.pretty = pretty, .explain = explain}, &expected);
      expected += "\n";
      CHECK(Format(*e, {.pretty = pretty, .explain = explain}) == expected);
    }
  }
  CHECK(FormatPrologue({}).empty());
  CHECK(FormatSeparator({}).empty());
  CHECK(FormatEpilogue({}).empty());
}

TEST_CASE("offsets in code points and UTF-16 units; the texts stay the same") {
  const auto e = Extract(kText);
  const Record& r = e->record;
  REQUIRE(FindEntity(r, "Zürich") != nullptr);
  REQUIRE(FindEntity(r, "Geneva") != nullptr);
  REQUIRE(!r.quotes.empty());
  REQUIRE(r.Slice(r.quotes[0].span) ==
          "We evacuated 1,200 people from the old town 🙂 on Monday.");

  const std::string bytes = Format(*e, {});
  const std::string cps = Format(*e, {.offsets = OffsetUnit::kCodepoints});
  const std::string utf16 = Format(*e, {.offsets = OffsetUnit::kUtf16});
  // Zürich: bytes [13, 20), 6 characters.
  CHECK(Contains(bytes, R"("text":"Zürich","start":13,"end":20)"));
  CHECK(Contains(cps, R"("text":"Zürich","start":13,"end":19)"));
  CHECK(Contains(utf16, R"("text":"Zürich","start":13,"end":19)"));
  // The quote: after ü and “ it starts at 42; 🙂 is one code point and two UTF-16 units.
  const std::string quote =
      R"("text":"We evacuated 1,200 people from the old town 🙂 on Monday.")";
  CHECK(Contains(bytes, quote + R"(,"start":45,"end":104)"));
  CHECK(Contains(cps, quote + R"(,"start":42,"end":98)"));
  CHECK(Contains(utf16, quote + R"(,"start":42,"end":99)"));
  // Geneva, after ü, four curly quotes and 🙂.
  CHECK(Contains(bytes, R"("text":"Geneva","start":228,"end":234)"));
  CHECK(Contains(cps, R"("text":"Geneva","start":216,"end":222)"));
  CHECK(Contains(utf16, R"("text":"Geneva","start":217,"end":223)"));
  // Nothing else changes: the same output with the numbers taken out.
  auto strip_numbers = [](std::string s) {
    std::string out;
    for (const char c : s) {
      if (c < '0' || c > '9') out.push_back(c);
    }
    return out;
  };
  CHECK(strip_numbers(cps) == strip_numbers(bytes));
  CHECK(strip_numbers(utf16) == strip_numbers(bytes));
  // Pretty output converts the same way.
  const std::string pretty = Format(*e, {.offsets = OffsetUnit::kUtf16, .pretty = true});
  CHECK(Contains(pretty, "\"text\": \"Geneva\","));
  CHECK(Contains(pretty, "\"start\": 217,"));
  CHECK(Contains(pretty, "\"end\": 223,"));
}

TEST_CASE("json: one array of the records") {
  const auto a = Extract(kText, "a");
  const auto b = Extract("Reuters reported it.", "b");
  const FormatOptions options{.format = OutputFormat::kJson};
  std::string out = FormatPrologue(options);
  AppendFormatted(a->record, a->workspace.analysis(), options, &out);
  out += FormatSeparator(options);
  AppendFormatted(b->record, b->workspace.analysis(), options, &out);
  out += FormatEpilogue(options);
  std::string first;
  std::string second;
  AppendJson(a->record, {}, &first);
  AppendJson(b->record, {}, &second);
  CHECK(out == "[" + first + ",\n" + second + "]\n");
  CHECK(FormatPrologue(options) + FormatEpilogue(options) == "[]\n");
}

// A record `id` of `text` with one indirect quote: "He" (resolved as `resolved`) says what
// stands from byte 3 to " AP", carried by the AP and Reuters named at the end.
Record HandQuote(std::string id, const std::string& text, std::string resolved) {
  Record hand;
  hand.id = std::move(id);
  hand.text = text;
  Quote q;
  q.id = "q1";
  q.kind = QuoteKind::kIndirect;
  q.span = {3, static_cast<uint32_t>(text.find(" AP"))};
  q.speaker = Speaker{.span = {0, 2}, .resolved = std::move(resolved)};
  q.media.push_back({.span = {static_cast<uint32_t>(text.find("AP")),
                              static_cast<uint32_t>(text.find("AP") + 2)}});
  q.media.push_back(
      {.span = {static_cast<uint32_t>(text.find("Reuters")), static_cast<uint32_t>(text.size())}});
  hand.quotes.push_back(q);
  return hand;
}

TEST_CASE("tsv: a header, one line per mention, escaped fields") {
  const auto e = Extract(kText);
  const Record& r = e->record;
  const FormatOptions options{.format = OutputFormat::kTsv, .offsets = OffsetUnit::kCodepoints};
  CHECK(FormatPrologue(options) == "id\tlayer\ttype\tstart\tend\ttext\tvalue\tdetail\tlink\n");
  const std::vector<std::string> lines = Lines(Format(*e, options));
  CHECK(lines.size() == r.entities.size() + r.quantities.size() + r.quotes.size());
  auto has = [&lines](const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
  };
  CHECK(has("t\tentity\tPLACE\t13\t19\tZürich\tZürich\tcity\tgeonames:2657896"));
  CHECK(has("t\tentity\tORG\t152\t159\tReuters\tReuters\tmedia\tmedia:reuters"));
  CHECK(has("t\tquantity\tCOUNT\t55\t67\t1,200 people\t1200\tpeople\t"));
  CHECK(
      has("t\tquote\tdirect\t42\t98\tWe evacuated 1,200 people from the old town 🙂 on "
          "Monday.\tCorine Mauch, The mayor of Zürich\t\t"));
  for (const std::string& line : lines) CHECK(Count(line, "\t") == 8);

  // Tabs, line breaks and backslashes in any field; invalid bytes; outlets joined by "|".
  const std::string text = "He said\tthat\nC:\\dir \xFF was \"full\". AP Reuters";
  const Record hand = HandQuote("a\tb", text, "Mr\nX");
  CHECK(Format(hand, {.format = OutputFormat::kTsv}) ==
        "a\\tb\tquote\tindirect\t3\t33\tsaid\\tthat\\nC:\\\\dir \xEF\xBF\xBD was \"full\".\t"
        "Mr\\nX\tAP|Reuters\t\n");
}

TEST_CASE("csv: a header, one row a claim, mention or quantity, RFC 4180 quoting") {
  // Commas, double quotes and line breaks quoted, quotes doubled; invalid bytes as U+FFFD;
  // outlets joined by "|"; rows end in CRLF.
  const std::string text = "He said, \"fine\"\n\xFF now. AP Reuters";
  Record hand = HandQuote("a,b", text, "Mr \"X\"");
  hand.date = "2024-04-01";
  hand.quotes[0].cue = Span{3, 7};
  hand.quotes[0].speaker->kind = SpeakerKind::kPerson;
  hand.quotes[0].speaker->gender = Gender::kMale;
  const FormatOptions claims{.format = OutputFormat::kCsv};
  CHECK(FormatPrologue(claims) ==
        "doc_id,date,quote_id,kind,text,speaker,resolved_speaker,speaker_kind,anonymous,"
        "speaker_gender,outlets,cue,stance,start,end\r\n");
  CHECK(Format(hand, claims) ==
        "\"a,b\",2024-04-01,q1,indirect,\"said, \"\"fine\"\"\n\xEF\xBF\xBD now.\",He,"
        "\"Mr \"\"X\"\"\",person,false,male,AP|Reuters,said,,3,22\r\n");
  // Only a person has a gender.
  hand.quotes[0].speaker->kind = SpeakerKind::kRole;
  CHECK(Format(hand, claims).find(",role,false,,AP|Reuters,") != std::string::npos);

  // Entities and quantities of a real record: one row each, every row of the header's width.
  const auto e = Extract(kText);
  for (const CsvTable table : {CsvTable::kEntities, CsvTable::kQuantities}) {
    const FormatOptions options{.format = OutputFormat::kCsv, .table = table};
    const std::string out = Format(*e, options);
    const size_t rows = Count(out, "\r\n");
    CHECK(rows ==
          (table == CsvTable::kEntities ? e->record.entities.size() : e->record.quantities.size()));
  }
  CHECK(Format(*e, {.format = OutputFormat::kCsv, .table = CsvTable::kEntities})
            .find("t,,e1,PLACE,city,Zürich,Zürich,") != std::string::npos);
}

TEST_CASE("conll: IOB2 tags per token, a blank line after each sentence") {
  const auto e = Extract(kText);
  const std::string out = Format(*e, {.format = OutputFormat::kConll});
  const std::vector<std::string> lines = Lines(out);
  REQUIRE(lines.size() > 4);
  CHECK(lines[0] == "-DOCSTART- -X- -X- O");
  CHECK(lines[1].empty());
  CHECK(lines[2] == "The\tO");
  CHECK(Contains(out, "\nof\tO\nZürich\tB-PLACE\n,\tO\nCorine\tB-PERSON\nMauch\tI-PERSON\n,\tO\n"));
  CHECK(Contains(out, "\ntold\tO\nReuters\tB-ORG\nthat\tO\n<\tO\nscript\tO\n"));
  CHECK(Contains(out, "\ntown\tO\n🙂\tO\non\tO\n"));
  // Two sentences: each ends with a blank line, and the document with the last of them.
  CHECK(Contains(out, "\n”\tO\n\nA\tO\npolice\tO\n"));
  CHECK(out.ends_with("\nGeneva\tB-PLACE\n.\tO\n\n"));
  CHECK(Count(out, "\n\n") == 3);
  // Every other line is TOKEN<TAB>TAG, and I- follows a tag of the same type.
  std::string previous = "O";
  for (size_t i = 2; i < lines.size(); ++i) {
    if (lines[i].empty()) {
      previous = "O";
      continue;
    }
    const size_t tab = lines[i].find('\t');
    REQUIRE(tab != std::string::npos);
    CHECK(tab > 0);
    const std::string tag = lines[i].substr(tab + 1);
    CHECK((tag == "O" || tag.starts_with("B-") || tag.starts_with("I-")));
    if (tag.starts_with("I-")) CHECK(previous.substr(2) == tag.substr(2));
    previous = tag;
  }
}

TEST_CASE("conll: overlapping entities never give invalid IOB2, and each document is marked") {
  const std::string text = "New York Times reporters";
  TextAnalysis analysis;
  Tokenize(text, &analysis);
  Record r;
  r.text = text;
  r.entities.push_back({.id = "e1", .type = EntityType::kPlace, .span = {0, 8}});
  r.entities.push_back({.id = "e2", .type = EntityType::kOrg, .span = {0, 14}});
  r.entities.push_back(
      {.id = "e3", .type = EntityType::kOrg, .span = {9, 24}});  // overlaps e2: left out
  std::string out;
  AppendFormatted(r, analysis, {.format = OutputFormat::kConll}, &out);
  CHECK(out == "-DOCSTART- -X- -X- O\n\nNew\tB-ORG\nYork\tI-ORG\nTimes\tI-ORG\nreporters\tO\n\n");
  std::string empty;
  AppendFormatted(Record{}, TextAnalysis{}, {.format = OutputFormat::kConll}, &empty);
  CHECK(empty == "-DOCSTART- -X- -X- O\n\n");
}

TEST_CASE("brat: text-bound annotations in code points, speakers, attributes, relations") {
  const auto e = Extract(kText);
  const Record& r = e->record;
  const std::string out = Format(*e, {.format = OutputFormat::kBrat});
  const std::vector<std::string> lines = Lines(out);
  auto has = [&lines](const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
  };
  CHECK(lines[0] == "T1\tPLACE 13 19\tZürich");
  CHECK(has("T2\tPERSON 21 33\tCorine Mauch"));
  CHECK(has("T4\tPLACE 216 222\tGeneva"));
  CHECK(has("T5\tCOUNT 55 67\t1,200 people"));
  // The first quote, its speaker and their relation.
  const std::string quote_line =
      "\tQuote_direct 42 98\tWe evacuated 1,200 people from the old town 🙂 on Monday.";
  const size_t q = out.find(quote_line);
  REQUIRE(q != std::string::npos);
  const std::string quote_t = out.substr(out.rfind('\n', q) + 1, q - out.rfind('\n', q) - 1);
  const size_t s = out.find("\tSpeaker 21 33\tCorine Mauch\n");
  REQUIRE(s != std::string::npos);
  const std::string speaker_t = out.substr(out.rfind('\n', s) + 1, s - out.rfind('\n', s) - 1);
  CHECK(Contains(out, "\tSaidBy Arg1:" + quote_t + " Arg2:" + speaker_t + "\n"));
  // The anonymous spokesman.
  const size_t p = out.find("\tSpeaker 101 119\tA police spokesman\n");
  REQUIRE(p != std::string::npos);
  const std::string police_t = out.substr(out.rfind('\n', p) + 1, p - out.rfind('\n', p) - 1);
  CHECK(Contains(out, "\tAnonymous " + police_t + "\n"));
  // Counts: a T per mention and quote, a relation per quote with a speaker.
  size_t with_speaker = 0;
  for (const Quote& quote : r.quotes) with_speaker += quote.speaker ? 1 : 0;
  CHECK(Count(out, "\tQuote_") == r.quotes.size());
  CHECK(Count(out, "\tSaidBy ") == with_speaker);
  CHECK(Count(out, "\n") == lines.size());
  for (const std::string& line : lines) {
    CHECK((line[0] == 'T' || line[0] == 'A' || line[0] == 'R'));
  }

  // Line breaks in a span's text become spaces; the offsets are those of the text.
  const std::string text = "Ünited\nNations said so. \xFF";
  Record hand;
  hand.text = text;
  hand.entities.push_back({.id = "e1", .type = EntityType::kOrg, .span = {0, 15}});
  hand.entities.push_back(
      {.id = "e2", .type = EntityType::kOrg, .span = {5, 5}});  // empty: left out
  hand.quotes.push_back({.id = "q1", .kind = QuoteKind::kPartial, .span = {0, 26}});
  CHECK(Format(hand, {.format = OutputFormat::kBrat}) ==
        "T1\tORG 0 14\tÜnited Nations\nT2\tQuote_partial 0 25\tÜnited Nations said so. "
        "\xEF\xBF\xBD\n");
  std::string txt;
  AppendBratText(text, &txt);
  CHECK(txt == "Ünited\nNations said so. \xEF\xBF\xBD");
}

TEST_CASE("html: a page, escaped text, every quote highlighted and linked to its speaker") {
  const auto e = Extract(kText, "doc <1> & \"two\"");
  const Record& r = e->record;
  const FormatOptions options{.format = OutputFormat::kHtml};
  const std::string section = Format(*e, options);
  const std::string page = FormatPrologue(options) + section + FormatEpilogue(options);
  CHECK(page.starts_with("<!doctype html>"));
  CHECK(Contains(page, "<style>"));
  CHECK(Contains(page, "class=\"legend\""));
  CHECK_FALSE(Contains(page, "src="));
  CHECK_FALSE(Contains(page, "<link"));
  CHECK(CheckTags(page) == "");
  CHECK(Count(page, "<span") == Count(page, "</span>"));

  // Escaped: the markup in the text is text, and so is the id.
  CHECK_FALSE(Contains(section, "<script>"));
  CHECK(Contains(section, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; “"));
  CHECK(Contains(section, "data-id=\"doc &lt;1&gt; &amp; &quot;two&quot;\""));
  CHECK(Contains(section, "<h2>doc &lt;1&gt; &amp; &quot;two&quot;</h2>"));

  // One .quote element per quote, each with its speaker's id, which exists.
  const std::vector<std::string> speakers = AttributeOf(section, "quote", "data-speaker");
  REQUIRE(speakers.size() == r.quotes.size());
  for (size_t i = 0; i < r.quotes.size(); ++i) {
    CAPTURE(i);
    CHECK(speakers[i].empty() == !r.quotes[i].speaker.has_value());
    if (!speakers[i].empty()) {
      CHECK(Contains(section, "id=\"" + speakers[i] + "\""));
      CHECK(Contains(section, "href=\"#" + speakers[i] + "\""));
    }
  }
  CHECK(Contains(section, "class=\"quote quote-direct\""));
  CHECK(Contains(section, "title=\"q1 direct — said by: Corine Mauch, The mayor of Zürich\""));
  CHECK(Contains(section,
                 "said by: A police spokesman, who declined to be named (anonymous) "
                 "via Reuters"));
  CHECK(Contains(
      section,
      "<span class=\"ent ent-PLACE\" data-link=\"geonames:2657896\" title=\"Zürich / city / "
      "geonames:2657896\">Zürich</span>"));
  CHECK(Contains(section,
                 "<span class=\"qty qty-COUNT\" title=\"COUNT 1200 people\">1,200 "
                 "people</span>"));
  // Paragraphs, and the table of quotes (a header row and a row per quote).
  CHECK(Contains(section, "Monday</span>.</span><a class=\"said-by\" href=\"#"));
  CHECK(Count(section, "<p>") == 2);
  CHECK(Count(section, "<tr>") == r.quotes.size() + 1);
  // Ids of the same document are stable; of another, different.
  CHECK(Format(*e, options) == section);
  const auto other = Extract(kText, "doc 2");
  const std::string other_section = Format(*other, options);
  CHECK(other_section.substr(0, 60) != section.substr(0, 60));
}

TEST_CASE("html: crossing, empty and out-of-range spans and invalid bytes stay well formed") {
  const std::string text = "  Alpha beta \xFF gamma delta.\n\n  Epsilon zeta eta.\x01  \n";
  Record r;
  r.id = "x";
  r.text = text;
  auto at = [&text](std::string_view word) { return static_cast<uint32_t>(text.find(word)); };
  // Quote q1 crosses quote q2; q2 runs over the paragraph break; an entity crosses q1's start.
  Quote q1{.id = "q1", .kind = QuoteKind::kDirect, .span = {at("beta"), at("delta")}};
  q1.speaker = Speaker{.span = {at("gamma"), at("gamma") + 5}, .anonymous = true};
  Quote q2{.id = "q2", .kind = QuoteKind::kIndirect, .span = {at("gamma"), at("zeta")}};
  q2.speaker = Speaker{.span = {at("zeta"), at("zeta") + 4}};
  Quote q3{.id = "q3", .kind = QuoteKind::kPartial, .span = {at("eta."), at("eta.")}};  // empty
  q3.speaker = q2.speaker;
  Quote q4{.id = "q4", .kind = QuoteKind::kPartial, .span = {400, 500}};  // past the end
  r.quotes = {q1, q2, q3, q4};
  r.entities.push_back(
      {.id = "e1", .type = EntityType::kOrg, .span = {at("Alpha"), at("beta") + 2}});
  r.entities.push_back(
      {.id = "e2", .type = EntityType::kPlace, .span = {at("\n\n"), at("Epsilon") + 3}});
  r.quantities.push_back(
      {.id = "n1", .type = QuantityType::kCount, .span = {at("gamma") - 2, at("gamma")}});

  const std::string section = Format(r, {.format = OutputFormat::kHtml});
  CHECK(CheckTags(section) == "");
  CHECK(AttributeOf(section, "quote", "id").size() == 4);
  for (const std::string& speaker : AttributeOf(section, "quote", "data-speaker")) {
    if (!speaker.empty()) CHECK(Contains(section, "id=\"" + speaker + "\""));
  }
  CHECK(Contains(section, "\xEF\xBF\xBD"));  // the invalid byte, and the control character
  CHECK_FALSE(Contains(section, "\xFF"));
  CHECK_FALSE(Contains(section, "\x01"));
  CHECK(Count(section, "<p>") == 2);
  CHECK(Contains(section, "class=\"quote-cont quote-"));                           // a split quote
  CHECK(Contains(section, "<div class=\"text\"><p><span class=\"ent ent-ORG\""));  // no spaces
}

TEST_CASE("html: random spans over random bytes always give well-formed pages") {
  std::mt19937 rng(20240401);
  constexpr std::string_view kPieces[] = {"a", " ",  "\n",   "\n\n",     "é",    "🙂", "<",
                                          "&", "\"", "\xFF", "\xE2\x82", "\r\n", "\t",   "Word"};
  for (int round = 0; round < 300; ++round) {
    CAPTURE(round);
    std::string text;
    const int pieces = static_cast<int>(rng() % 40);
    for (int i = 0; i < pieces; ++i) text += kPieces[rng() % std::size(kPieces)];
    const auto n = static_cast<uint32_t>(text.size() + 3);  // some spans run past the end
    auto span = [&rng, n] {
      const uint32_t a = rng() % (n + 1);
      const uint32_t b = rng() % (n + 1);
      return rng() % 8 == 0 ? Span{b, a} : Span{std::min(a, b), std::max(a, b)};
    };
    Record r;
    r.id = "r" + std::to_string(round);
    r.text = text;
    for (int i = static_cast<int>(rng() % 6); i > 0; --i) {
      r.entities.push_back(
          {.id = "e", .type = i % 2 ? EntityType::kOrg : EntityType::kPlace, .span = span()});
      r.quantities.push_back({.id = "n", .type = QuantityType::kCount, .span = span()});
    }
    const int quotes = static_cast<int>(rng() % 6);
    for (int i = 0; i < quotes; ++i) {
      Quote q{.id = "q" + std::to_string(i + 1), .kind = QuoteKind::kDirect, .span = span()};
      if (rng() % 4 != 0) q.speaker = Speaker{.span = span(), .anonymous = rng() % 2 == 0};
      if (rng() % 2 == 0) q.media.push_back({.span = span()});
      r.quotes.push_back(q);
    }
    const std::string html = Format(r, {.format = OutputFormat::kHtml});
    REQUIRE(CheckTags(html) == "");
    // Quotes appear in text order: match them by id.
    const std::vector<std::string> ids = AttributeOf(html, "quote", "id");
    const std::vector<std::string> speakers = AttributeOf(html, "quote", "data-speaker");
    REQUIRE(ids.size() == r.quotes.size());
    REQUIRE(speakers.size() == r.quotes.size());
    for (size_t i = 0; i < ids.size(); ++i) {
      const size_t q = std::stoul(ids[i].substr(ids[i].rfind("-q") + 2)) - 1;
      REQUIRE(q < r.quotes.size());
      CHECK(speakers[i].empty() == !r.quotes[q].speaker.has_value());
      if (!speakers[i].empty()) CHECK(Contains(html, "id=\"" + speakers[i] + "\""));
    }
    // The other formats: no crash, and one line per mention or relation.
    CHECK(Lines(Format(r, {.format = OutputFormat::kTsv})).size() ==
          r.entities.size() + r.quantities.size() + r.quotes.size());
    for (const OffsetUnit unit : {OffsetUnit::kCodepoints, OffsetUnit::kUtf16}) {
      CHECK(Format(r, {.offsets = unit}).ends_with("}\n"));
    }
    Format(r, {.format = OutputFormat::kBrat});
  }
}

TEST_CASE("every format survives a document that extracted nothing") {
  const auto e = Extract("");
  for (const OutputFormat f : {OutputFormat::kJsonl, OutputFormat::kJson, OutputFormat::kTsv,
                               OutputFormat::kConll, OutputFormat::kBrat, OutputFormat::kHtml}) {
    const FormatOptions options{.format = f};
    const std::string out = Format(*e, options);
    if (f == OutputFormat::kHtml) {
      CHECK(CheckTags(FormatPrologue(options) + out + FormatEpilogue(options)) == "");
    }
    if (f == OutputFormat::kTsv || f == OutputFormat::kBrat) CHECK(out.empty());
  }
}

}  // namespace
}  // namespace claimscope
