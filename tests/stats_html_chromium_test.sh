#!/usr/bin/env bash
# The report of `claimscope stats --format html` as a browser sees it: the fixture corpus of
# tests/report (news texts, run through extract, and hand-written records whose entities carry
# links) rendered by headless Chromium, whose DOM must hold one bar per item of each list that
# `stats --json` gives for the same records, and one shaded country on the map per country
# that linked places name (those the map draws), the fixture's six among them.
#
#   tests/stats_html_chromium_test.sh BUILD_DIR SOURCE_DIR
#
# Skips (exit 77) without chromium.
set -u
build=$1
source_dir=$2
cli="$build/claimscope"
report="$source_dir/tests/report"
. "${BASH_SOURCE[0]%/*}/chromium.sh" || exit 1
chromium_or_skip
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$cli" extract --input jsonl --keep-fields outlet "$report/corpus.jsonl" >"$tmp/corpus.jsonl"
code=$?
[ "$code" -eq 0 ] || { echo "FAIL: extract exited $code"; exit 1; }
inputs=("$tmp/corpus.jsonl" "$report/linked.jsonl")
"$cli" stats --format html --top 5 "${inputs[@]}" >"$tmp/report.html"
code=$?
[ "$code" -eq 0 ] || { echo "FAIL: stats --format html exited $code"; exit 1; }
"$cli" stats --json --top 5 "${inputs[@]}" >"$tmp/stats.json"
code=$?
[ "$code" -eq 0 ] || { echo "FAIL: stats --json exited $code"; exit 1; }

dump_dom "$tmp/report.html" "$tmp/dom.html" "$tmp/profile" || exit 1

python3 - "$tmp/dom.html" "$tmp/stats.json" "$source_dir/cli/data/world_map.tsv" "${inputs[@]}" <<'EOF'
import json
import sys
from html.parser import HTMLParser

VOID = {"meta", "br", "link", "img", "hr", "input", "col", "wbr", "base", "source", "rect", "path"}


class Dom(HTMLParser):
    """For each <svg data-chart>, its bars (<rect class="bar">) and its countries."""

    def __init__(self):
        super().__init__()
        self.chart = None
        self.bars = {}  # chart -> bars
        self.countries = []  # (code or None, shaded)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "svg" and "data-chart" in a:
            self.chart = a["data-chart"]
            self.bars[self.chart] = 0
        elif tag == "rect" and "bar" in classes and self.chart:
            self.bars[self.chart] += 1
        elif tag == "path" and "country" in classes and self.chart == "map":
            self.countries.append((a.get("data-code"), "shaded" in classes))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "svg":
            self.chart = None


dom = Dom()
dom.feed(open(sys.argv[1], encoding="utf-8").read())
stats = json.load(open(sys.argv[2], encoding="utf-8"))
map_codes = set()
map_shapes = 0
for line in open(sys.argv[3], encoding="utf-8"):
    fields = line.split("\t")
    if line.startswith("#") or fields[0] == "viewbox":
        continue
    map_shapes += 1
    map_codes.add(fields[0])
linked = set()
for path in sys.argv[4:]:
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        for e in json.loads(line)["entities"]:
            link = e.get("link")
            if e.get("type") == "PLACE" and isinstance(link, dict) and link.get("id"):
                linked.add(str(link.get("country") or "").upper())

expected = {
    "organisations": len(stats["entities"]["top_organisations"]),
    "places": len(stats["entities"]["top_places"]),
    "people": len(stats["entities"]["top_people"]),
    "speakers": len(stats["quotes"]["top_speakers"]),
    "outlets": len(stats["quotes"]["top_outlets"]),
    "anonymous-by-outlet": len(stats["quotes"]["anonymous_by_outlet"]),
    "anonymous-by-month": len(stats["quotes"]["anonymous_by_month"]),
    "map": 0,
}
problems = []
for chart, n in expected.items():
    if chart not in dom.bars:
        problems.append(f"no chart {chart}")
    elif dom.bars[chart] != n:
        problems.append(f"{chart}: {dom.bars[chart]} bars, expected {n}")
for chart in dom.bars:
    if chart not in expected:
        problems.append(f"an unexpected chart {chart}")
# Every chart of names must have something to show in this corpus.
for chart in ("organisations", "places", "people", "speakers", "anonymous-by-outlet",
              "anonymous-by-month"):
    if expected[chart] == 0:
        problems.append(f"{chart}: the fixture gives it no items")
shaded = {code for code, s in dom.countries if s}
want = linked & map_codes
if len(dom.countries) != map_shapes:
    problems.append(f"the map has {len(dom.countries)} countries, the map file {map_shapes}")
if shaded != want:
    problems.append(f"shaded {sorted(shaded)}, expected {sorted(want)}")
if not {"DE", "FR", "RU", "SG", "UA", "US"} <= shaded:
    problems.append(f"the fixture's linked countries are not all shaded: {sorted(shaded)}")
if problems:
    print("stats html: FAILED")
    for p in problems:
        print("  " + p)
    sys.exit(1)
bars = ", ".join(f"{c} {n}" for c, n in dom.bars.items() if c != "map")
print(f"stats html: bars {bars}; map: {len(shaded)} of {map_shapes} shapes shaded")
EOF
