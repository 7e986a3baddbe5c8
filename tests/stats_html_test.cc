// `claimscope stats --format html`: the report's charts and map, as marks in its markup, and
// the compiled-in world map.
#include "stats_html.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "stats_records.h"
#include "world_map.h"

namespace claimscope::cli {
namespace {

size_t Occurrences(std::string_view text, std::string_view what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

// The markup of the chart `name`: from its <svg data-chart="name"> to the </svg> after it.
std::string_view ChartOf(std::string_view page, std::string_view name) {
  const size_t start = page.find("data-chart=\"" + std::string(name) + "\"");
  if (start == std::string_view::npos) return {};
  const size_t end = page.find("</svg>", start);
  return page.substr(start, end - start);
}

// Two records with links, one with a name to escape (docs/output.md).
const char* const kRecords[] = {
    R"({"id":"1","date":"2024-03-02","meta":{"outlet":"Herald"},"entities":[)"
    R"({"id":"e1","type":"PLACE","text":"Moscow","link":{"id":"geonames:524901","country":"RU"}},)"
    R"({"id":"e2","type":"PLACE","text":"Kyiv","link":{"id":"geonames:703448","country":"UA"}},)"
    R"({"id":"e3","type":"PLACE","text":"Singapore","link":{"id":"iso3166:SG","country":"SG"}},)"
    R"({"id":"e4","type":"ORG","text":"AT&T <Inc>"},)"
    R"({"id":"e5","type":"PERSON","text":"Anna Nowak"}],"quantities":[],"quotes":[)"
    R"({"id":"q1","kind":"direct","speaker":{"text":"officials","kind":"group","anonymous":true,)"
    R"("entity":null},"media":[{"text":"Reuters","entity":null}]},)"
    R"({"id":"q2","kind":"direct","speaker":{"text":"Anna Nowak","kind":"person",)"
    R"("anonymous":false,"entity":"e5"},"media":[]}],"errors":[]})",
    R"({"id":"2","date":"2024-05-01","credit":"Post","entities":[)"
    R"({"id":"e1","type":"PLACE","text":"Moskva","link":{"id":"geonames:524901","country":"RU"}},)"
    R"({"id":"e2","type":"PLACE","text":"Oz","link":{"id":"x:oz","country":"ZZ"}},)"
    R"({"id":"e3","type":"ORG","text":"Acme"}],"quantities":[],"quotes":[],"errors":[]})",
};

StatsAggregator Aggregate() { return AggregateLines(kRecords); }

TEST_CASE("a bar a top item, in each chart") {
  const std::string page = FormatStatsHtml(Aggregate(), 10);
  CHECK(page.rfind("<!doctype html>", 0) == 0);
  CHECK(Occurrences(ChartOf(page, "organisations"), "<rect class=\"bar\"") == 2);
  CHECK(Occurrences(ChartOf(page, "places"), "<rect class=\"bar\"") == 4);
  CHECK(Occurrences(ChartOf(page, "people"), "<rect class=\"bar\"") == 1);
  CHECK(Occurrences(ChartOf(page, "speakers"), "<rect class=\"bar\"") == 1);
  CHECK(Occurrences(ChartOf(page, "outlets"), "<rect class=\"bar\"") == 1);
  // One outlet has quotes with a speaker, one month has them.
  CHECK(Occurrences(ChartOf(page, "anonymous-by-outlet"), "<rect class=\"bar\"") == 1);
  CHECK(Occurrences(ChartOf(page, "anonymous-by-month"), "<rect class=\"bar\"") == 1);
  CHECK(ChartOf(page, "anonymous-by-outlet").find("50.0% of 2") != std::string_view::npos);
  // --top cuts the lists.
  const std::string one = FormatStatsHtml(Aggregate(), 1);
  CHECK(Occurrences(ChartOf(one, "places"), "<rect class=\"bar\"") == 1);
  // Names are escaped; nothing is fetched.
  CHECK(page.find("AT&amp;T &lt;Inc&gt;") != std::string::npos);
  CHECK(page.find("AT&T") == std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("http") == std::string::npos);
}

TEST_CASE("the map shades the countries of linked places, by mentions") {
  const std::string page = FormatStatsHtml(Aggregate(), 10);
  const std::string_view map = ChartOf(page, "map");
  CHECK(Occurrences(map, "class=\"country shaded\"") == 3);  // RU, UA and SG (a dot)
  CHECK(map.find("data-code=\"RU\" data-mentions=\"2\"") != std::string_view::npos);
  CHECK(map.find("data-code=\"UA\" data-mentions=\"1\"") != std::string_view::npos);
  CHECK(map.find("data-code=\"SG\"") != std::string_view::npos);
  // Every other shape is drawn unshaded; a code the map lacks is named below it.
  CHECK(Occurrences(map, "<path class=\"country") == DefaultWorldMap().shapes.size());
  CHECK(page.find("Not drawn at this scale: ZZ (1)") != std::string::npos);
  // The most mentioned country is the darkest.
  CHECK(map.find("data-mentions=\"2\" style=\"fill:#08306b\"") != std::string_view::npos);
}

TEST_CASE("a report of nothing") {
  const std::string page = FormatStatsHtml(StatsAggregator(), 10);
  CHECK(Occurrences(page, "<rect class=\"bar\"") == 0);
  CHECK(Occurrences(page, "class=\"country shaded\"") == 0);
  CHECK(page.find("No entity has a link with a country.") != std::string::npos);
  CHECK(page.find("No dated record has a quote with a speaker.") != std::string::npos);
  CHECK(ChartOf(FormatStatsHtml(StatsAggregator(), 0), "places").empty());
}

TEST_CASE("the compiled-in world map") {
  const WorldMap& map = DefaultWorldMap();
  CHECK(map.view_box.rfind("0 0 1000 ", 0) == 0);
  CHECK(map.shapes.size() > 200);
  int found = 0;
  for (const CountryShape& s : map.shapes) {
    found += s.code == "RU" || s.code == "US" || s.code == "BR" || s.code == "SG";
    CHECK(s.path.front() == 'M');
  }
  CHECK(found == 4);
}

TEST_CASE("a malformed map names its line") {
  WorldMap map;
  std::string error;
  CHECK(ParseWorldMap("# c\nviewbox\t0 0 10 5\nRU\tRussia\tM0 0l1 1z\n", "m.tsv", &map, &error));
  REQUIRE(map.shapes.size() == 1);
  CHECK(map.shapes[0].name == "Russia");
  CHECK_FALSE(ParseWorldMap("viewbox\t0 0 10 5\nRussia\tM0 0z\n", "m.tsv", &map, &error));
  CHECK(error == "m.tsv:2: expected CODE, NAME and PATH");
  CHECK_FALSE(ParseWorldMap("viewbox\t0 0 10 5\nrus\tRussia\tM0 0z\n", "m.tsv", &map, &error));
  CHECK(error == "m.tsv:2: expected an ISO 3166-1 alpha-2 code or -, not 'rus'");
  CHECK_FALSE(ParseWorldMap("viewbox\t0 0 10 5\n\nRU\tRussia\t0 0z\n", "m.tsv", &map, &error));
  CHECK(error == "m.tsv:3: expected SVG path data starting with M");
  CHECK_FALSE(ParseWorldMap("RU\tRussia\tM0 0z\n", "m.tsv", &map, &error));
  CHECK(error == "m.tsv:1: no viewbox line");
}

}  // namespace
}  // namespace claimscope::cli
