// `claimscope stats`: counting records, top lists, shares, the JSON form, and its flags.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "stats_command.h"
#include "stats_records.h"

namespace claimscope::cli {
namespace {

// Three hand-written records in the format of docs/output.md.
const char* const kRecords[] = {
    R"({"id":"a","date":"2024-04-01","credit":"AP","entities":[)"
    R"({"id":"e1","type":"ORG","text":"CBP","canonical":"U.S. Customs and Border Protection"},)"
    R"({"id":"e2","type":"ORG","text":"CBP","canonical":"U.S. Customs and Border Protection"},)"
    R"({"id":"e3","type":"PLACE","text":"Toruń","canonical":null},)"
    R"({"id":"e4","type":"PERSON","text":"Anna\nNowak","canonical":null}],)"
    R"("quantities":[{"id":"n1","type":"COUNT"},{"id":"n2","type":"MONEY"}],)"
    R"("quotes":[)"
    R"({"id":"q1","kind":"direct","speaker":{"text":"he","resolved":"Anna Nowak",)"
    R"("kind":"person","anonymous":false,"entity":"e4"},)"
    R"("media":[{"text":"The Financial Times","entity":null}]},)"
    R"({"id":"q2","kind":"indirect","speaker":{"text":"officials","resolved":"officials",)"
    R"("kind":"group","anonymous":true,"entity":null},)"
    R"("media":[{"text":"financial times","entity":null},{"text":"AP","entity":null}]},)"
    R"({"id":"q3","kind":"partial","speaker":null,"media":[]}],)"
    R"("errors":[]})",

    R"({"id":"b","date":null,"credit":null,"entities":[)"
    R"({"id":"e1","type":"ORG","text":"Customs","canonical":"U.S. Customs and Border Protection"},)"
    R"({"id":"e2","type":"PLACE","text":"Torun","canonical":"Toruń"},)"
    R"({"id":"e3","type":"PERSON","text":"Nowak","canonical":"Anna Nowak"}],)"
    R"("quantities":[{"id":"n1","type":"DATE"}],)"
    R"("quotes":[{"id":"q1","kind":"direct","speaker":{"text":"Nowak","resolved":"ANNA NOWAK",)"
    R"("kind":"person","anonymous":false,"entity":"e3"},)"
    R"("media":[{"text":"Financial Times","entity":null}]}],)"
    R"("errors":[{"code":"invalid_utf8","message":"x","offset":3}]})",

    R"({"id":"c","date":null,"credit":"AP","language":"de","entities":[],"quantities":[],)"
    R"("quotes":[],"warnings":[{"code":"not_english","message":"de","offset":null}],)"
    R"("errors":[{"code":"io_error","message":"cannot read c","offset":null},)"
    R"({"code":"invalid_utf8","message":"y","offset":9}]})",
};

StatsAggregator Aggregate() { return AggregateLines(kRecords); }

TEST_CASE("documents, errors and credits") {
  const StatsAggregator stats = Aggregate();
  CHECK(stats.documents() == 3);
  CHECK(stats.documents_with_errors() == 2);
  CHECK(stats.malformed_lines() == 0);
  const auto codes = stats.error_codes().Top(10);
  REQUIRE(codes.size() == 2);
  CHECK(codes[0].name == "invalid_utf8");
  CHECK(codes[0].documents == 2);
  CHECK(codes[0].count == 2);
  CHECK(codes[1].name == "io_error");
  // Warnings and languages apart from errors.
  CHECK(stats.documents_with_warnings() == 1);
  REQUIRE(stats.warning_codes().Top(10).size() == 1);
  CHECK(stats.warning_codes().Top(10)[0].name == "not_english");
  REQUIRE(stats.languages().Top(10).size() == 1);
  CHECK(stats.languages().Top(10)[0].name == "de");
  CHECK(stats.documents_with_credit() == 2);
  const auto credits = stats.credits().Top(10);
  REQUIRE(credits.size() == 1);
  CHECK(credits[0].name == "AP");
  CHECK(credits[0].documents == 2);
}

TEST_CASE("entities by type and top lists by canonical name") {
  const StatsAggregator stats = Aggregate();
  CHECK(stats.entities() == 7);
  CHECK(stats.entity_types().Get("ORG") == 3);
  CHECK(stats.entity_types().Get("PLACE") == 2);
  CHECK(stats.entity_types().Get("PERSON") == 2);
  const auto orgs = stats.organisations().Top(10);
  REQUIRE(orgs.size() == 1);
  CHECK(orgs[0].name == "U.S. Customs and Border Protection");
  CHECK(orgs[0].documents == 2);
  CHECK(orgs[0].count == 3);
  // The text stands in for a missing canonical name; white space runs become one space.
  const auto places = stats.places().Top(10);
  REQUIRE(places.size() == 1);
  CHECK(places[0].name == "Toruń");
  CHECK(places[0].documents == 2);
  CHECK(stats.people().Top(10)[0].name == "Anna Nowak");
}

TEST_CASE("quantities and quotes") {
  const StatsAggregator stats = Aggregate();
  CHECK(stats.quantities() == 3);
  CHECK(stats.quantity_types().Get("COUNT") == 1);
  CHECK(stats.quantity_types().Get("DATE") == 1);
  CHECK(stats.quantity_types().Get("ORDINAL") == 0);
  CHECK(stats.quotes() == 4);
  CHECK(stats.quote_kinds().Get("direct") == 2);
  CHECK(stats.quote_kinds().Get("partial") == 1);
  CHECK(stats.quote_kinds().Get("indirect") == 1);
  CHECK(stats.quotes_with_speaker() == 3);
  CHECK(stats.anonymous_quotes() == 1);
  CHECK(stats.speaker_kinds().Get("person") == 2);
  CHECK(stats.speaker_kinds().Get("group") == 1);
  // Only named speakers are listed, under their entity's canonical name ("he" as Anna
  // Nowak); "officials" names no one.
  CHECK(stats.named_speaker_quotes() == 2);
  CHECK(stats.unresolved_speaker_quotes() == 0);
  const auto speakers = stats.speakers().Top(10);
  REQUIRE(speakers.size() == 1);
  CHECK(speakers[0].name == "Anna Nowak");  // not "ANNA NOWAK", its resolved words
  CHECK(speakers[0].documents == 2);
  CHECK(speakers[0].count == 2);
  // Outlets: without "the", grouped regardless of case, shown in the most frequent spelling.
  const auto outlets = stats.outlets().Top(10);
  REQUIRE(outlets.size() == 2);
  CHECK(outlets[0].name == "Financial Times");
  CHECK(outlets[0].documents == 2);
  CHECK(outlets[0].count == 3);
  CHECK(outlets[1].name == "AP");
  CHECK(stats.outlets().Top(1).size() == 1);
}

TEST_CASE("malformed lines are counted and change nothing else") {
  StatsAggregator stats;
  std::string reason;
  CHECK(stats.AddLine("", &reason));  // blank lines are skipped
  CHECK(stats.AddLine("  \t", &reason));
  CHECK_FALSE(stats.AddLine("{\"id\": ", &reason));
  CHECK(reason == "expected a value at column 8");
  CHECK_FALSE(stats.AddLine("[1]", &reason));
  CHECK(reason == "not an object");
  CHECK_FALSE(stats.AddLine(R"({"id": "x", "text": "a news story"})", &reason));
  CHECK(reason == "no \"entities\" array");
  CHECK_FALSE(stats.AddLine(
      R"({"entities": [], "quantities": [], "quotes": [{"kind": "direct"}, 3], "errors": []})",
      &reason));
  CHECK(reason == "\"quotes\" item 2 is not an object");
  CHECK(stats.malformed_lines() == 4);
  CHECK(stats.documents() == 0);
  CHECK(stats.quotes() == 0);
  CHECK(
      stats.AddLine(R"({"entities": [], "quantities": [], "quotes": [], "errors": []})", &reason));
  CHECK(stats.documents() == 1);
}

TEST_CASE("top lists rank by documents, then mentions, then name") {
  NameTally tally;
  tally.Add("b", 0);
  tally.Add("b", 0);
  tally.Add("b", 0);
  tally.Add("a", 0);
  tally.Add("a", 1);
  tally.Add("c", 1);
  tally.Add("c", 2);
  tally.Add("d", 2);
  tally.Add("", 2);  // ignored
  const auto top = tally.Top(3);
  REQUIRE(top.size() == 3);
  CHECK(top[0].name == "a");  // 2 documents, 2 mentions; "c" ties and sorts after
  CHECK(top[1].name == "c");
  CHECK(top[2].name == "b");  // 1 document, 3 mentions
  CHECK(top[2].count == 3);
  CHECK(tally.distinct() == 4);
  CHECK(tally.Top(0).empty());
}

TEST_CASE("grouped names show their most frequent spelling") {
  NameTally tally;
  tally.Add("the Company", 0, "the company");
  tally.Add("The Company", 1, "the company");
  tally.Add("The Company", 1, "the company");
  tally.Add("Other", 2);
  const auto top = tally.Top(10);
  REQUIRE(top.size() == 2);
  CHECK(top[0].name == "The Company");
  CHECK(top[0].documents == 2);
  CHECK(top[0].count == 3);
  CHECK(top[1].name == "Other");
}

TEST_CASE("the table") {
  const std::string table = Aggregate().FormatTable(10);
  CHECK(table.find("Documents") == 0);
  CHECK(table.find("  records ") != std::string::npos);
  // Sections, with numbers right-aligned in shared columns.
  for (const char* title :
       {"\nTop error codes", "\nEntities", "\nTop organisations", "\nTop places", "\nTop people",
        "\nQuantities", "\nQuotes", "\nSpeaker kinds", "\nTop speakers", "\nTop outlets",
        "\nTop credits"}) {
    CHECK_MESSAGE(table.find(title) != std::string::npos, title);
  }
  CHECK(table.find("  U.S. Customs and Border Protection") != std::string::npos);
  CHECK(table.find("33.3%") != std::string::npos);  // the anonymous share
  const size_t orgs = table.find("\nTop organisations");
  const size_t eol = table.find('\n', orgs + 1);
  const std::string header = table.substr(orgs + 1, eol - orgs - 1);
  CHECK(header.find("documents") != std::string::npos);
  CHECK(header.rfind("mentions") == header.size() - 8);
  // Without top lists.
  const std::string totals = Aggregate().FormatTable(0);
  CHECK(totals.find("Top ") == std::string::npos);
  CHECK(totals.find("\nQuotes") != std::string::npos);
}

TEST_CASE("thousands separators and names") {
  CHECK(WithThousands(0) == "0");
  CHECK(WithThousands(999) == "999");
  CHECK(WithThousands(1000) == "1,000");
  CHECK(WithThousands(19043) == "19,043");
  CHECK(WithThousands(1234567) == "1,234,567");
  CHECK(NormalizeName("  New\nYork \t City ") == "New York City");
  CHECK(NormalizeName("").empty());
}

TEST_CASE("the JSON form has the same content in a stable order") {
  const JsonValue json = Aggregate().ToJson(10);
  std::vector<std::string> keys;
  for (const JsonMember& m : json.Members()) keys.push_back(m.name);
  CHECK(keys == std::vector<std::string>{"documents", "documents_with_errors", "malformed_lines",
                                         "error_codes", "documents_with_warnings", "warning_codes",
                                         "languages", "entities", "quantities", "quotes",
                                         "credits"});
  CHECK(json.Find("documents")->AsNumber() == 3);
  CHECK(json.Items("error_codes")[0].StringOr("code", "") == "invalid_utf8");
  const JsonValue& entities = *json.Find("entities");
  CHECK(entities.Find("total")->AsNumber() == 7);
  const JsonValue& by_type = *entities.Find("by_type");
  REQUIRE(by_type.Members().size() == 3);
  CHECK(by_type.Members()[0].name == "ORG");
  CHECK(by_type.Members()[0].value.AsNumber() == 3);
  const JsonValue& org = entities.Items("top_organisations")[0];
  CHECK(org.StringOr("name", "") == "U.S. Customs and Border Protection");
  CHECK(org.Find("documents")->AsNumber() == 2);
  CHECK(org.Find("mentions")->AsNumber() == 3);
  CHECK(entities.Items("top_people").size() == 1);
  const JsonValue& quantities = *json.Find("quantities");
  CHECK(quantities.Find("by_type")->Members().size() == 7);  // every type, zeros included
  const JsonValue& quotes = *json.Find("quotes");
  CHECK(quotes.Find("total")->AsNumber() == 4);
  CHECK(quotes.Find("by_kind")->Find("partial")->AsNumber() == 1);
  CHECK(quotes.Find("with_speaker")->AsNumber() == 3);
  CHECK(quotes.Find("with_speaker_share")->AsNumber() == 0.75);
  CHECK(quotes.Find("anonymous")->AsNumber() == 1);
  CHECK(quotes.Find("anonymous_share")->NumberText() == "0.3333");
  CHECK(quotes.Find("speaker_kinds")->Find("group")->AsNumber() == 1);
  CHECK(quotes.Items("top_speakers")[0].Find("quotes")->AsNumber() == 2);
  CHECK(quotes.Items("top_outlets")[0].StringOr("name", "") == "Financial Times");
  const JsonValue& credits = *json.Find("credits");
  CHECK(credits.Find("documents")->AsNumber() == 2);
  CHECK(credits.Items("top")[0].Find("mentions") == nullptr);
  CHECK(credits.Items("top")[0].Find("documents")->AsNumber() == 2);
  // What is written parses back.
  JsonValue back;
  std::string error;
  REQUIRE_MESSAGE(ParseJson(ToJsonText(json, 2), &back, &error), error);
  CHECK(ToJsonText(back) == ToJsonText(json));
  // Shares are null when there is nothing to share; top lists are empty with --top 0.
  const JsonValue empty = StatsAggregator().ToJson(0);
  CHECK(empty.Find("quotes")->Find("with_speaker_share")->is_null());
  CHECK(empty.Find("quotes")->Find("anonymous_share")->is_null());
  CHECK(Aggregate().ToJson(0).Find("entities")->Items("top_places").empty());
}

TEST_CASE("flags") {
  StatsConfig config;
  std::string error;
  REQUIRE(ParseStatsArgs({"--json", "--top", "3", "a.jsonl", "-"}, &config, &error));
  CHECK(config.format == StatsFormat::kJson);
  CHECK(config.top == 3);
  CHECK(config.paths == std::vector<std::string>{"a.jsonl", "-"});
  CHECK_FALSE(config.help);

  StatsConfig defaults;
  REQUIRE(ParseStatsArgs({}, &defaults, &error));
  CHECK(defaults.format == StatsFormat::kTable);
  CHECK(defaults.top == 10);
  CHECK(defaults.paths.empty());

  StatsConfig help;
  REQUIRE(ParseStatsArgs({"-h"}, &help, &error));
  CHECK(help.help);
  CHECK(StatsHelp().find("claimscope extract --input jsonl news.jsonl | claimscope stats") !=
        std::string::npos);

  StatsConfig html;
  REQUIRE(ParseStatsArgs({"--format", "html", "a.jsonl"}, &html, &error));
  CHECK(html.format == StatsFormat::kHtml);
  REQUIRE(ParseStatsArgs({"--format=json", "--json"}, &html, &error));
  CHECK(html.format == StatsFormat::kJson);

  StatsConfig bad;
  CHECK_FALSE(ParseStatsArgs({"--format", "pdf"}, &bad, &error));
  CHECK(error == "--format must be table, json or html, not 'pdf'");
  CHECK_FALSE(ParseStatsArgs({"--format", "html", "--json"}, &bad, &error));
  CHECK(error == "--json and --format html disagree");
  CHECK_FALSE(ParseStatsArgs({"--top", "x"}, &bad, &error));
  CHECK_FALSE(ParseStatsArgs({"--top=-1"}, &bad, &error));
  CHECK(error.find("--top must be between 0 and") == 0);
  CHECK_FALSE(ParseStatsArgs({"--frobnicate"}, &bad, &error));
}

TEST_CASE("one name for one thing: outlets by their entity, people by their full name") {
  StatsAggregator stats;
  const char* const records[] = {
      R"({"id":"1","entities":[{"id":"e1","type":"ORG","text":"FT","canonical":"Financial Times"},)"
      R"({"id":"e2","type":"PERSON","text":"Michael Howard","canonical":"Michael Howard"}],)"
      R"("quantities":[],"quotes":[{"id":"q1","kind":"direct","speaker":null,)"
      R"("media":[{"text":"FT","entity":"e1"}]}],"errors":[]})",
      R"({"id":"2","entities":[{"id":"e1","type":"PERSON","text":"Michael Howard"},)"
      R"({"id":"e2","type":"PERSON","text":"Charles Kennedy"}],)"
      R"("quantities":[],"quotes":[{"id":"q1","kind":"direct","speaker":null,)"
      R"("media":[{"text":"the Financial Times","entity":null}]}],"errors":[]})",
      R"({"id":"3","entities":[{"id":"e1","type":"PERSON","text":"Howard"},)"
      R"({"id":"e2","type":"PERSON","text":"Charles"},{"id":"e3","type":"PERSON",)"
      R"("text":"Ray Charles"}],"quantities":[],"quotes":[],"errors":[]})",
  };
  std::string reason;
  for (const char* line : records) REQUIRE_MESSAGE(stats.AddLine(line, &reason), reason);
  const auto outlets = stats.outlets().Top(10);
  REQUIRE(outlets.size() == 1);
  CHECK(outlets[0].name == "Financial Times");
  CHECK(outlets[0].count == 2);
  stats.FoldShortForms();
  const auto people = stats.people().Top(10);
  REQUIRE(people.size() == 4);
  CHECK(people[0].name == "Michael Howard");
  CHECK(people[0].documents == 3);
  REQUIRE(people[0].variants.size() == 1);
  CHECK(people[0].variants[0].name == "Howard");
  // "Charles" opens another name as often as "Ray Charles" ends with it: not folded.
  CHECK(stats.FormatTable(10, /*variants=*/true).find("  = Howard") != std::string::npos);
  bool charles_alone = false;
  for (const TopItem& p : people) charles_alone |= p.name == "Charles";
  CHECK(charles_alone);
}

// Records whose entities carry links (docs/output.md, "link"): the same place under two names,
// two places under one name, and a name with no link.
const char* const kLinkedRecords[] = {
    R"({"id":"1","date":"2024-03-02","meta":{"outlet":"Herald"},"entities":[)"
    R"({"id":"e1","type":"PLACE","text":"Moscow","canonical":"Moscow",)"
    R"("link":{"id":"geonames:524901","country":"RU","geonames":524901}},)"
    R"({"id":"e2","type":"PLACE","text":"Russia","link":{"id":"iso3166:RU","country":"RU"}},)"
    R"({"id":"e3","type":"PLACE","text":"Paris","link":{"id":"geonames:2988507","country":"FR"}},)"
    R"({"id":"e4","type":"ORG","text":"Gazprom","link":{"id":"wikidata:Q102673","country":"RU"}},)"
    R"({"id":"e5","type":"ORG","text":"the agency","canonical":"Reuters",)"
    R"("link":{"id":"media:reuters"}}],"quantities":[],"quotes":[)"
    R"({"id":"q1","kind":"direct","speaker":{"text":"officials","kind":"group","anonymous":true,)"
    R"("entity":null},"media":[{"text":"the agency","entity":"e5"}]},)"
    R"({"id":"q2","kind":"direct","speaker":{"text":"Gazprom","kind":"organisation",)"
    R"("anonymous":false,"entity":"e4"},"media":[]}],"errors":[]})",
    R"({"id":"2","date":"2024-04-15","credit":"Post","entities":[)"
    R"({"id":"e1","type":"PLACE","text":"Moskva","canonical":"Moskva",)"
    R"("link":{"id":"geonames:524901","country":"ru"}},)"
    R"({"id":"e2","type":"PLACE","text":"Moscow","link":{"id":"geonames:524901","country":"RU"}},)"
    R"({"id":"e3","type":"PLACE","text":"Paris","link":{"id":"geonames:4717560","country":"US"}},)"
    R"({"id":"e4","type":"PLACE","text":"Paris"},)"
    R"({"id":"e5","type":"PLACE","text":"Atlantis","link":{"id":"x:1"}},)"
    R"({"id":"e6","type":"PLACE","text":"Texas","link":{"country":"US"}},)"
    R"({"id":"e7","type":"ORG","text":"Reuters","canonical":"Reuters"}],"quantities":[],"quotes":[)"
    R"({"id":"q1","kind":"direct","speaker":{"text":"a source","kind":"role","anonymous":true,)"
    R"("entity":null},"media":[{"text":"Reuters","entity":"e7"}]}],"errors":[]})",
    R"({"id":"3","date":null,"entities":[],"quantities":[],"quotes":[{"id":"q1",)"
    R"("kind":"direct","speaker":{"text":"she","kind":"unknown","anonymous":false,"entity":null},)"
    R"("media":[]}],"errors":[]})",
};

StatsAggregator AggregateLinked() { return AggregateLines(kLinkedRecords); }

TEST_CASE("entities group by their link's id, shown by their most frequent name") {
  const StatsAggregator stats = AggregateLinked();
  const auto places = stats.places().Top(10);
  REQUIRE(places.size() == 7);
  // Moscow and Moskva are one place; Moscow is its name twice out of three.
  CHECK(places[0].name == "Moscow");
  CHECK(places[0].link == "geonames:524901");
  CHECK(places[0].documents == 2);
  CHECK(places[0].count == 3);
  // Two places called Paris stay apart, and apart from a Paris without a link; a link without
  // an id counts as none ("Texas" by its name).
  int paris = 0;
  for (size_t i = 0; i < places.size(); ++i) {
    if (places[i].name != "Paris") continue;
    ++paris;
    if (places[i].link.empty()) {
      CHECK(ItemLabel(places, i) == "Paris");
    } else {
      CHECK(ItemLabel(places, i) == "Paris (" + places[i].link + ")");
    }
  }
  CHECK(paris == 3);
  CHECK(ItemLabel(places, 0) == "Moscow");
  // Outlets by the link of their entity: "the agency" is Reuters; a Reuters without a link
  // is another item.
  const auto outlets = stats.outlets().Top(10);
  REQUIRE(outlets.size() == 2);
  CHECK(outlets[0].link == "media:reuters");
  CHECK(outlets[0].name == "Reuters");
  CHECK(outlets[1].link.empty());
  // Speakers by their entity's link too.
  REQUIRE(stats.speakers().Top(10).size() == 1);
  CHECK(stats.speakers().Top(10)[0].link == "wikidata:Q102673");
  // The JSON form names the link.
  const JsonValue json = stats.ToJson(10);
  const JsonValue& moscow = json.Find("entities")->Items("top_places")[0];
  CHECK(moscow.StringOr("link", "") == "geonames:524901");
  CHECK(json.Find("entities")->Items("top_organisations")[0].StringOr("link", "") ==
        "media:reuters");
}

TEST_CASE("records without links count as before") {
  const StatsAggregator stats = Aggregate();
  for (const TopItem& item : stats.places().Top(10)) CHECK(item.link.empty());
  CHECK(stats.countries().distinct() == 0);
  CHECK(Aggregate().ToJson(10).Find("entities")->Items("top_places")[0].Find("link") == nullptr);
}

TEST_CASE("places count for their link's country; organisations do not") {
  const StatsAggregator stats = AggregateLinked();
  const auto countries = stats.countries().Top(10);
  REQUIRE(countries.size() == 3);
  CHECK(countries[0].name == "RU");  // Moscow three times, Russia once; "ru" read as RU
  CHECK(countries[0].count == 4);
  CHECK(countries[0].documents == 2);
  CHECK(countries[1].name == "FR");  // the Paris in Texas is a place of the US...
  CHECK(countries[2].name == "US");  // ...and Texas, whose link has no id, is not counted
  CHECK(countries[2].count == 1);
}

TEST_CASE("anonymous claims by outlet and by month") {
  const StatsAggregator stats = AggregateLinked();
  const auto outlets = stats.anonymous_by_outlet().Largest(10);
  REQUIRE(outlets.size() == 3);
  CHECK(outlets[0].first == "Herald");  // meta.outlet
  CHECK(outlets[0].second.whole == 2);
  CHECK(outlets[0].second.part == 1);
  CHECK(outlets[1].first == "(none)");  // sorted by name among equals
  CHECK(outlets[2].first == "Post");    // the credit
  CHECK(outlets[2].second.part == 1);
  CHECK(stats.anonymous_by_outlet().Largest(1).size() == 1);
  const auto months = stats.anonymous_by_month().ByName();  // the undated record is left out
  REQUIRE(months.size() == 2);
  CHECK(months[0].first == "2024-03");
  CHECK(months[1].first == "2024-04");
  CHECK(months[1].second.part == 1);
  const JsonValue json = stats.ToJson(10);
  CHECK(json.Find("quotes")->Items("anonymous_by_month")[0].StringOr("month", "") == "2024-03");
  CHECK(json.Find("quotes")->Items("anonymous_by_outlet")[0].Find("anonymous_share")->AsNumber() ==
        0.5);
}

}  // namespace
}  // namespace claimscope::cli
