// The country shapes of the world map in `claimscope stats --format html`: Natural Earth's
// 1:110m countries (public domain), projected (Equal Earth) and written as SVG path data
// keyed by ISO 3166-1 alpha-2 in cli/data/world_map.tsv by cli/tools/gen_world_map.py, and
// compiled into the program, so that a report draws its map with no file or network.
//
//   const WorldMap& map = DefaultWorldMap();
//   for (const CountryShape& c : map.shapes) svg += "<path d=\"" + std::string(c.path) + "\"/>";
#ifndef CLAIMSCOPE_CLI_WORLD_MAP_H_
#define CLAIMSCOPE_CLI_WORLD_MAP_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimscope::cli {

struct CountryShape {
  std::string_view code;  // "RU"; "-" for a shape without a code (drawn, never shaded)
  std::string_view name;  // "Russia", as Natural Earth names it
  std::string_view path;  // SVG path data in the map's view box
};

struct WorldMap {
  std::string_view view_box;  // "0 0 1000 444.4"
  std::vector<CountryShape> shapes;
};

// Reads the map file's text (`# comment` lines, a `viewbox<TAB>...` line, then
// `CODE<TAB>NAME<TAB>PATH` lines). The map's views point into `tsv`, which must outlive it.
// On a malformed line returns false with `error` naming `file` and the line.
bool ParseWorldMap(std::string_view tsv, std::string_view file, WorldMap* map, std::string* error);

// The map compiled into the program, read once (thread-safe). Aborts if the compiled-in file
// is malformed: a build error, caught by the tests.
const WorldMap& DefaultWorldMap();

}  // namespace claimscope::cli

#endif  // CLAIMSCOPE_CLI_WORLD_MAP_H_
