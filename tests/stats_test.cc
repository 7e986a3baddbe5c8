// `claimscope stats`: counting records, top lists, shares, the JSON form, and its flags.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "stats_command.h"

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

StatsAggregator Aggregate() {
  StatsAggregator stats;
  for (const char* line : kRecords) {
    std::string reason;
    REQUIRE_MESSAGE(stats.AddLine(line, &reason), reason);
  }
  return stats;
}

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
  CHECK(config.json);
  CHECK(config.top == 3);
  CHECK(config.paths == std::vector<std::string>{"a.jsonl", "-"});
  CHECK_FALSE(config.help);

  StatsConfig defaults;
  REQUIRE(ParseStatsArgs({}, &defaults, &error));
  CHECK_FALSE(defaults.json);
  CHECK(defaults.top == 10);
  CHECK(defaults.paths.empty());

  StatsConfig help;
  REQUIRE(ParseStatsArgs({"-h"}, &help, &error));
  CHECK(help.help);
  CHECK(StatsHelp().find("claimscope extract --input jsonl news.jsonl | claimscope stats") !=
        std::string::npos);

  StatsConfig bad;
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

}  // namespace
}  // namespace claimscope::cli
