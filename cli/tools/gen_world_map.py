#!/usr/bin/env python3
"""cli/data/world_map.tsv: the country shapes of the world map in `claimscope stats --format
html`, as SVG paths keyed by ISO 3166-1 alpha-2.

Source: Natural Earth 1:110m admin-0 countries (public domain) as TopoJSON in the npm package
world-atlas 2.0.2 (ISC, Mike Bostock), installed at that pinned version by the lexicon
tools' npm_package (lexicons/tools/lexlib.py; under ${CLAIMSCOPE_LEX_NPM:-/tmp/claimscope-
lexicon-npm}); its ids are ISO 3166-1 numeric codes, mapped to alpha-2 by Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json). Projected here with
the Equal Earth projection onto a 1000-unit-wide plane, Antarctica left out, coordinates
rounded to a tenth of a unit and written as relative path commands. A country too small for
the 1:110m set (Singapore, Malta, Bahrain, ...) is a dot at the centre of its largest shape in
the 1:50m set of the same package.

Usage: python3 cli/tools/gen_world_map.py [OUT]   (default: cli/data/world_map.tsv)
Needs python3 (stdlib only), npm with access to the registry, and Debian iso-codes.
Deterministic: the same inputs give the same bytes.
"""
import math
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "lexicons", "tools"))
import lexlib  # noqa: E402  npm_package, iso_codes

PACKAGE = "world-atlas@2.0.2"
WIDTH = 1000.0
MIN_LAT = -60.0  # Antarctica and the ocean around it are left out
# Shapes Natural Earth draws without an ISO 3166-1 numeric code.
NO_NUMERIC = {"Kosovo": "XK"}  # the code the EU and most software use; user-assigned in ISO


# Equal Earth (Šavrič, Patterson, Jenny 2018).
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2


def equal_earth(lon, lat):
    lam, phi = math.radians(lon), math.radians(lat)
    t = math.asin(M * math.sin(phi))
    t2 = t * t
    t6 = t2 * t2 * t2
    x = lam * math.cos(t) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "data", "world_map.tsv")
    alpha2 = {c["numeric"]: c["alpha_2"] for c in lexlib.iso_codes("iso_3166-1.json")["3166-1"]}
    def load(name):
        topo = lexlib.load_json(os.path.join(lexlib.npm_package(PACKAGE), name))
        (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
        arcs = []
        for arc in topo["arcs"]:
            x = y = 0
            points = []
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
            arcs.append(points)
        return topo, arcs

    topo, arcs = load("countries-110m.json")

    x_max = equal_earth(180, 0)[0]
    y_max = equal_earth(0, 90)[1]
    y_min = equal_earth(0, MIN_LAT)[1]
    scale = WIDTH / (2 * x_max)
    height = round((y_max - y_min) * scale, 1)

    def project(lon, lat):
        x, y = equal_earth(lon, lat)
        return round((x + x_max) * scale * 10), round((y_max - y) * scale * 10)  # tenths

    def ring_points(indexes, arcs=arcs):
        points = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc if not points else arc[1:])
        return points

    def number(tenths):
        return ("-" if tenths < 0 else "") + "%d.%d" % divmod(abs(tenths), 10) \
            if abs(tenths) % 10 else "%d" % (tenths // 10)

    def clamped(points, shift):
        """The ring moved `shift` degrees of longitude and cut at the map's edges, runs of
        points on one edge shortened to their ends; None when nothing of it is left."""
        out = []
        for lon, lat in points:
            lon += shift
            p = (min(max(lon, -180.0), 180.0), max(lat, MIN_LAT))
            out.append((p, p[0] != lon or p[1] != lat))
        kept = [p for i, (p, cut) in enumerate(out)
                if not (cut and out[i - 1][1] and out[(i + 1) % len(out)][1]
                        and (out[i - 1][0][0] == p[0] == out[(i + 1) % len(out)][0][0]
                             or out[i - 1][0][1] == p[1] == out[(i + 1) % len(out)][0][1]))]
        if all(cut for _, cut in out) or len({lon for lon, _ in kept}) < 2:
            return None
        return kept

    def pieces(points):
        """A ring that crosses the antimeridian (Fiji, Chukotka) as two, one on each side."""
        unwrapped = [points[0]]
        for lon, lat in points[1:]:
            prev = unwrapped[-1][0]
            lon += 360 * round((prev - lon) / 360)
            unwrapped.append((lon, lat))
        lons = [lon for lon, _ in unwrapped]
        shifts = [0.0]
        if max(lons) > 180:
            shifts.append(-360.0)
        if min(lons) < -180:
            shifts.append(360.0)
        return [r for r in (clamped(unwrapped, sh) for sh in shifts) if r]

    def path_of(polygons):
        d = []
        for polygon in polygons:
            for ring in polygon:
                for piece in pieces(ring_points(ring)):
                    xy = []
                    for lon, lat in piece:
                        p = project(lon, lat)
                        if not xy or p != xy[-1]:
                            xy.append(p)
                    if len(xy) > 1 and xy[0] == xy[-1]:
                        xy.pop()
                    if len(xy) < 3:
                        continue
                    parts = ["M%s %s" % (number(xy[0][0]), number(xy[0][1])), "l"]
                    for (x0, y0), (x1, y1) in zip(xy, xy[1:]):
                        for v in (number(x1 - x0), number(y1 - y0)):
                            if parts[-1] != "l" and not v.startswith("-"):
                                parts.append(" ")
                            parts.append(v)
                    d.append("".join(parts) + "z")
        return "".join(d)

    def polygons_of(g):
        return [g["arcs"]] if g["type"] == "Polygon" else g["arcs"] \
            if g["type"] == "MultiPolygon" else []

    def code_of(g):
        return alpha2.get(g.get("id", ""), NO_NUMERIC.get(g["properties"]["name"], ""))

    def dot(points, r=2.0):
        """A small circle at the centre of the ring's bounding box."""
        lons = [lon for lon, _ in points]
        lats = [lat for _, lat in points]
        x, y = project((min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2)
        r10 = round(r * 10)
        return "M%s %sa%s %s 0 1 0 %s 0a%s %s 0 1 0 -%s 0z" % (
            number(x - r10), number(y), number(r10), number(r10), number(2 * r10),
            number(r10), number(r10), number(2 * r10))

    rows = {}
    for g in topo["objects"]["countries"]["geometries"]:
        name = g["properties"]["name"]
        polygons = polygons_of(g)
        code = code_of(g)
        if code == "AQ":
            continue
        d = path_of(polygons)
        if not d:
            continue
        if not code:
            code = "-"  # drawn, never shaded: N. Cyprus, Somaliland
        rows.setdefault(code, []).append((name, d))

    def ring_area(points):
        return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:])))

    topo50, arcs50 = load("countries-50m.json")
    for g in topo50["objects"]["countries"]["geometries"]:
        code = code_of(g)
        if not code or code in rows or code == "AQ":
            continue
        rings = [ring_points(p[0], arcs50) for p in polygons_of(g)]
        if rings:
            rows[code] = [(g["properties"]["name"], dot(max(rings, key=ring_area)))]

    lines = [
        "# claimscope world map: country shapes for `claimscope stats --format html`.",
        "# Generated by cli/tools/gen_world_map.py: do not edit.",
        "# Natural Earth 1:110m admin-0 countries (public domain) via npm %s (ISC);" % PACKAGE,
        "# alpha-2 from Debian iso-codes; Equal Earth projection; Antarctica left out.",
        "# Columns: ISO 3166-1 alpha-2 (- for a shape without one), name, SVG path data.",
        "viewbox\t0 0 %g %g" % (WIDTH, height),
    ]
    for code in sorted(rows):
        for name, d in sorted(rows[code]):
            lines.append("%s\t%s\t%s" % (code, name, d))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("%s: %d shapes, %d bytes" % (out_path, len(lines) - 6, os.path.getsize(out_path)),
          file=sys.stderr)


if __name__ == "__main__":
    main()
