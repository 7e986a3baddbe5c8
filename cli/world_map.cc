#include "world_map.h"

#include <cstdio>
#include <cstdlib>

// cli/data/world_map.tsv, compiled in (CMake passes its path and rebuilds this file when it
// changes), followed by a zero byte.
__asm__(
    ".section .rodata\n"
    ".global claimscope_world_map_begin\n.hidden claimscope_world_map_begin\n"
    "claimscope_world_map_begin:\n"
    ".incbin \"" CLAIMSCOPE_WORLD_MAP_TSV
    "\"\n"
    ".global claimscope_world_map_end\n.hidden claimscope_world_map_end\n"
    "claimscope_world_map_end:\n"
    ".byte 0\n"
    ".previous\n");
extern "C" const char claimscope_world_map_begin[];
extern "C" const char claimscope_world_map_end[];

namespace claimscope::cli {

bool ParseWorldMap(std::string_view tsv, std::string_view file, WorldMap* map, std::string* error) {
  *map = WorldMap();
  size_t line_number = 0;
  const auto fail = [&](std::string_view why) {
    *error = std::string(file) + ":" + std::to_string(line_number) + ": " + std::string(why);
    return false;
  };
  while (!tsv.empty()) {
    ++line_number;
    const size_t end = tsv.find('\n');
    std::string_view line = tsv.substr(0, end);
    tsv.remove_prefix(end == std::string_view::npos ? tsv.size() : end + 1);
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return fail("expected fields separated by tabs");
    const std::string_view code = line.substr(0, tab);
    const std::string_view rest = line.substr(tab + 1);
    if (code == "viewbox") {
      map->view_box = rest;
      continue;
    }
    const size_t tab2 = rest.find('\t');
    if (tab2 == std::string_view::npos) return fail("expected CODE, NAME and PATH");
    if (code != "-" &&
        (code.size() != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z')) {
      return fail("expected an ISO 3166-1 alpha-2 code or -, not '" + std::string(code) + "'");
    }
    const std::string_view path = rest.substr(tab2 + 1);
    if (path.empty() || path[0] != 'M') return fail("expected SVG path data starting with M");
    map->shapes.push_back({code, rest.substr(0, tab2), path});
  }
  if (map->view_box.empty()) return fail("no viewbox line");
  return true;
}

const WorldMap& DefaultWorldMap() {
  static const WorldMap* const map = [] {
    auto* m = new WorldMap();
    std::string error;
    const std::string_view tsv(
        claimscope_world_map_begin,
        static_cast<size_t>(claimscope_world_map_end - claimscope_world_map_begin));
    if (!ParseWorldMap(tsv, "cli/data/world_map.tsv", m, &error)) {
      std::fprintf(stderr, "claimscope: the compiled-in world map is broken: %s\n", error.c_str());
      std::abort();
    }
    return m;
  }();
  return *map;
}

}  // namespace claimscope::cli
