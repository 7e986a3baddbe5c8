#!/usr/bin/env python3
"""place.subdivision from Debian iso-codes ISO 3166-2 + curated English names
(data/subdivisions_en.txt)."""
import os
import re
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L

INVERT_TAIL = re.compile(r"^(\S+( \S+)?( (de|del|de la|of|da|do|du|des))?)$")
# Subdivisions named only by a compass or position word ("West" of Cameroon, "Central" of
# Botswana): in English news the bare word is a direction ("the West", "West Germany"), so
# such entries are left out.
GENERIC = {"Central", "Centre", "Center", "East", "Eastern", "North", "Northern", "South",
           "Southern", "West", "Western", "North East", "North West", "South East",
           "South West", "Northeast", "Northwest", "Southeast", "Southwest", "Capital",
           "Coast", "Upper", "Lower", "Middle", "Lakes", "Littoral", "Islands"}
CN_SUFFIX = re.compile(r" (Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Uygur Zizhiqu)$")


def name_forms(name):
    """Matchable forms of an iso-codes subdivision name."""
    name = name.rstrip("*").strip()
    forms = []
    m = re.match(r"^(.*?)\s*\[(.*)\]\s*$", name)
    if m:  # 'Cardiff [Caerdydd GB-CRD]'
        name = m.group(1)
        alt = re.sub(r"\s+[A-Z]{2}-[A-Z0-9]+$", "", m.group(2)).strip()
        # A bracketed note in lower case ('[city]') is a remark, not a name.
        if alt and not alt.islower():
            forms.append(alt)
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", name)
    if m:  # 'Sofia (stolitsa)'
        name = m.group(1)
    for part in [p.strip() for p in name.split(" / ")] if " / " in name else [name]:
        if "," in part:
            head, tail = [x.strip() for x in part.split(",", 1)]
            if " and " not in tail and " y " not in tail and INVERT_TAIL.match(tail):
                forms.insert(0, tail + " " + head)  # 'Bristol, City of' -> 'City of Bristol'
                if head[:1].isupper():
                    forms.insert(0, head)
                continue
        forms.insert(0, part)
    return forms


def build():
    curated = {}
    for n, forms, attrs in L.read_curated("subdivisions_en.txt"):
        curated.setdefault(attrs["id"], []).extend(forms)
    countries = set()
    for x in L.iso_codes("iso_3166-1.json")["3166-1"]:
        countries.update(x.get(k) for k in ("name", "common_name", "official_name") if x.get(k))
    out = []
    for x in L.iso_codes("iso_3166-2.json")["3166-2"]:
        code = x["code"]
        cc = code.split("-")[0]
        forms = name_forms(x["name"])
        cur = curated.pop(code, [])
        if cc == "CN" and CN_SUFFIX.search(forms[0]):
            forms.insert(0, forms[0][:CN_SUFFIX.search(forms[0]).start()])
        canon = cur[0] if cur else forms[0]
        if all(f in GENERIC for f in [canon] + forms + cur):
            continue
        e = L.Entry(canon, canon, code, [], {
            "cc": cc,
            "type": x["type"].lower().replace(" ", "_"),
            "parent": (x["parent"] if "-" in x.get("parent", "") else (cc + "-" + x["parent"] if x.get("parent") else "")),
            "same_as_country": "1" if canon in countries else "",
        })
        e.add_alias(*cur)
        e.add_alias(*forms)
        for f in list(e.aliases) + [e.surface]:
            m = CN_SUFFIX.search(f)
            if cc == "CN" and m:
                e.add_alias(f[:m.start()])
        for f in list(e.aliases) + [e.surface]:
            e.add_alias(L.ascii_fold(f))
        out.append(e)
    if curated:
        raise SystemExit("subdivisions_en.txt: unknown ISO 3166-2 codes: %s" % sorted(curated))
    return L.mark_ambiguous(out)


if __name__ == "__main__":
    L.write_lexicon("place/subdivisions.tsv", "place.subdivision", "exact",
                    "Debian iso-codes 4.15 ISO 3166-2 (LGPL-2.1) + curated English names "
                    "(tools/data/subdivisions_en.txt)", build())
