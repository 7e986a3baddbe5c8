#!/usr/bin/env python3
"""person.given_name: given names from npm @faker-js/faker (MIT; Latin-script locales),
npm gender-detection-from-name (MIT; en/es/fr/de/it/tr lists, filtered) and a hand-curated
list of romanized Arabic/Persian/Turkish/Russian/Ukrainian/Chinese/Japanese/Korean/Indian/
African/Hebrew names (data/given_names_extra.txt)."""
import json
import os
import re
import subprocess
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L

FAKER = "@faker-js/faker@10.6.0"
GDN = "gender-detection-from-name@1.11.5"
NAME_RE = re.compile(r"^[A-Z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’\-]*[a-z\u00C0-\u024F]$")

DUMP_FAKER = r"""
const path = require('path');
import(path.join(process.argv[1], 'dist', 'index.js')).then(m => {
  const out = {};
  for (const [loc, def] of Object.entries(m.allLocales)) {
    const fn = def && def.person && def.person.first_name;
    if (!fn) continue;
    const g = {};
    if (Array.isArray(fn)) g.generic = fn; else Object.assign(g, fn);
    out[loc] = g;
  }
  process.stdout.write(JSON.stringify(out));
});
"""

DUMP_GDN = r"""
const path = require('path');
const out = {};
for (const lang of ['en', 'es', 'fr', 'de', 'it', 'tr']) {
  out[lang] = Array.from(require(path.join(process.argv[1], 'names', lang + '.js')).entries());
}
process.stdout.write(JSON.stringify(out));
"""


def node_json(script, pkg):
    out = subprocess.run(["node", "-e", script, pkg], check=True, stdout=subprocess.PIPE).stdout
    return json.loads(out)


def titlecase(n):
    return "-".join(p[:1].upper() + p[1:] for p in n.split("-"))


def place_names():
    """Country names (iso-codes) so the noisy lists cannot add e.g. 'China' as a given name."""
    s = set()
    for x in L.iso_codes("iso_3166-1.json")["3166-1"]:
        for k in ("name", "common_name"):
            if x.get(k):
                s.add(x[k].lower())
    return s


def build():
    names = {}  # name -> {"g": set(), "lang": set(), "trusted": bool}

    def add(name, gender, lang, trusted):
        name = L.clean(name)
        if not NAME_RE.match(name) or len(name) < 2:
            return
        d = names.setdefault(name, {"g": set(), "g_en": set(), "lang": set(), "trusted": False,
                                    "n": 0})
        if gender:
            d["g"].add(gender)
            if lang == "en":
                d["g_en"].add(gender)
        d["lang"].add(lang)
        d["trusted"] = d["trusted"] or trusted
        d["n"] += 1

    faker = node_json(DUMP_FAKER, L.npm_package(FAKER))
    for loc in sorted(faker):
        lang = loc.split("_")[0]
        for gk, lst in sorted(faker[loc].items()):
            g = {"female": "f", "male": "m"}.get(gk, "")
            for n in lst:
                add(n, g, lang, True)
    # curated
    sect = {}
    for line in open(os.path.join(L.DATA, "given_names_extra.txt"), encoding="utf-8"):
        line = line.strip()
        if line.startswith("##"):
            sect = L.parse_attrs(line[2:])
            continue
        if not line or line.startswith("#"):
            continue
        for n in line.split():
            g = sect.get("gender", "u")
            add(n, "" if g == "u" else g, sect.get("lang", "xx"), True)
    # noisy lists: keep if in >=2 language lists, or from the smaller es/de/it/tr lists
    gdn = node_json(DUMP_GDN, L.npm_package(GDN))
    seen_in = {}
    for lang, pairs in gdn.items():
        for n, g in pairs:
            seen_in.setdefault(n, {})[lang] = {"female": "f", "male": "m"}.get(g, "")
    words = L.english_words()
    places = place_names()
    for n in sorted(seen_in):
        langs = seen_in[n]
        if len(n) < 3 or n in words or n in places:
            continue
        if len(langs) >= 2 or any(l in langs for l in ("es", "de", "it", "tr")):
            for lang in sorted(langs):
                add(titlecase(n), langs[lang], lang, False)
    out = []
    for n, d in names.items():
        # Where the languages disagree ("Andrea", "Michael"), English decides: the engine
        # reads English news.
        g = d["g_en"] if len(d["g_en"]) == 1 else d["g"]
        gender = "m" if g == {"m"} else "f" if g == {"f"} else "u"
        attrs = {"gender": gender, "lang": ",".join(sorted(d["lang"]))}
        if n.lower() in words:
            attrs["common_word"] = "1"
        e = L.Entry(n, n, "given:" + n, [], attrs)
        fold = L.ascii_fold(n)
        if fold and fold != n and fold not in names:
            e.add_alias(fold)
        out.append(e)
    return L.mark_ambiguous(out)


if __name__ == "__main__":
    L.write_lexicon("person/given_names.tsv", "person.given_name", "exact",
                    "npm @faker-js/faker 10.6.0 first names (MIT) + npm gender-detection-from-name 1.11.5 "
                    "(MIT, filtered) + hand-curated romanized names (tools/data/given_names_extra.txt)", build())
