// The HTML report of `claimscope stats --format html`: one self-contained page (no scripts,
// fonts, images or links to fetch) with the summary's figures drawn as inline SVG:
//   - a world map, each country shaded by the mentions of places linked to it (the entity
//     `link`'s "country": the country itself and places within it; docs/output.md);
//   - bar charts of the top organisations, places, people, speakers and outlets (bars by the
//     documents that name them, mentions or quotes beside them);
//   - the share of anonymous claims (of the quotes with a speaker) by outlet, and by month
//     when records have dates.
// Every chart is an <svg data-chart="NAME"> whose bars are <rect class="bar"> elements; the
// map's countries are <path class="country"> elements, the shaded ones also of class "shaded"
// with data-code and data-mentions attributes (tests/stats_html_chromium_test.sh counts them).
//
//   StatsAggregator stats;  // ...AddLine for each record...
//   std::string page = FormatStatsHtml(stats, /*top=*/10);
#ifndef CLAIMSCOPE_CLI_STATS_HTML_H_
#define CLAIMSCOPE_CLI_STATS_HTML_H_

#include <string>

#include "stats_command.h"
#include "world_map.h"

namespace claimscope::cli {

// The report of `stats`, with `top` items per top list (0: no bar charts of names), over
// `map` (the compiled-in one by default). Pure: the same counts give the same bytes.
std::string FormatStatsHtml(const StatsAggregator& stats, size_t top,
                            const WorldMap& map = DefaultWorldMap());

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_STATS_HTML_H_
