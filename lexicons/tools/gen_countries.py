#!/usr/bin/env python3
"""place.country from Debian iso-codes (ISO 3166-1) + curated news forms
(data/countries_news.txt); continent codes from npm countries-list (MIT)."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L

CL = "countries-list@3.4.1"


def continents():
    d = L.load_json(os.path.join(L.npm_package(CL), "countries.min.json"))
    return {cc: v.get("continent", "") for cc, v in d.items()}


def iso_variants(name):
    out = []
    if not name or "," in name or "(" in name:
        return out
    out.append(name)
    if name.lower().startswith("the "):
        out.append(name[4:])
    return out


def build():
    cont = continents()
    curated = {}
    for n, forms, attrs in L.read_curated("countries_news.txt"):
        cc = attrs.pop("id")
        c = curated.setdefault(cc, {"forms": [], "attrs": {}})
        c["forms"] += [f for f in forms if f not in c["forms"]]
        c["attrs"].update(attrs)
    entries = {}
    for x in L.iso_codes("iso_3166-1.json")["3166-1"]:
        cc = x["alpha_2"]
        cur = curated.get(cc, {"forms": [], "attrs": {}})
        canon = cur["attrs"].get("canon") or (cur["forms"][0] if cur["forms"] else
                                               x.get("common_name") or x["name"])
        e = L.Entry(canon, canon, cc, [], {"cc": cc, "cc3": x["alpha_3"], "num": x["numeric"],
                                          "continent": cont.get(cc, "")})
        e.add_alias(*cur["forms"])
        for k in ("common_name", "name", "official_name"):
            e.add_alias(*iso_variants(x.get(k, "")))
        entries[cc] = e
    for cc, cur in curated.items():
        if cc not in entries:  # e.g. Kosovo XK
            canon = cur["attrs"].get("canon") or cur["forms"][0]
            attrs = {"cc": cc, "continent": cur["attrs"].get("continent", cont.get(cc, ""))}
            if cur["attrs"].get("historic"):
                attrs["historic"] = "1"
            e = L.Entry(canon, canon, cc, [], attrs)
            e.add_alias(*cur["forms"])
            entries[cc] = e
    for e in entries.values():
        for a in [e.surface] + list(e.aliases):
            e.add_alias(L.ascii_fold(a))
    return L.mark_ambiguous(list(entries.values()))


if __name__ == "__main__":
    L.write_lexicon("place/countries.tsv", "place.country", "exact",
                    "Debian iso-codes 4.15 ISO 3166-1 (LGPL-2.1) + curated news forms (tools/data/countries_news.txt); "
                    "continents from npm countries-list 3.4.1 (MIT)", build())
