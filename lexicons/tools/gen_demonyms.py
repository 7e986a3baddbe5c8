#!/usr/bin/env python3
"""demonym: one entry per written form (adjective / singular noun, or plural people noun).
Base forms from npm world-countries (ODbL-1.0 data), corrected/extended by
data/demonyms_extra.txt (hand-curated)."""
import os
import re
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L

WC = "world-countries@5.1.0"
SINGULAR_S = {"Swiss", "Seychellois"}
NO_PLURAL = re.compile(r"(ese|ss|ish|ch|sh|x|y|Malagasy|Swiss|Seychellois|Vatican|Rohingya|Inuit|Druze|Fulani|Hausa|Igbo|Yoruba|Maasai|Roma|Sami|Sámi|Basotho|Batswana|Arabic|Flemish|Romani|Jewish|Lao|Aboriginal|Latinx)$")


def split_forms(s):
    return [x.strip() for x in re.split(r",| or ", s or "") if x.strip()]


def build():
    wc = L.load_json(os.path.join(L.npm_package(WC), "countries.json"))
    independent = {c["cca2"]: c.get("independent") for c in wc}
    base = {}
    for c in wc:
        d = c.get("demonyms", {}).get("eng", {})
        forms = []
        for k in ("m", "f"):
            for f in split_forms(d.get(k)):
                if f not in forms:
                    forms.append(f)
        if forms:
            base[c["cca2"]] = forms
    # territories whose demonym is simply another (sovereign) country's: drop
    owner = {}
    for cc, forms in base.items():
        if independent.get(cc):
            owner.setdefault(forms[0], cc)
    for cc in list(base):
        if not independent.get(cc) and base[cc][0] in owner and owner[base[cc][0]] != cc:
            del base[cc]
    extra = {}
    extra_attrs = {}
    for n, forms, attrs in L.read_curated("demonyms_extra.txt"):
        key = attrs["cc"] if attrs["cc"] != "-" else "-" + forms[0]
        if attrs.get("sub"):
            key = attrs["sub"]
        if attrs.pop("replace", None):
            base.pop(key, None)
        e = extra.setdefault(key, [])
        e += [f for f in forms if f not in e]
        extra_attrs.setdefault(key, attrs)
    out = []
    keys = sorted(set(base) | set(extra))
    for key in keys:
        forms = list(base.get(key, []))
        forms += [f for f in extra.get(key, []) if f not in forms]
        attrs = dict(extra_attrs.get(key, {}))
        cc = attrs.pop("cc", key)
        if cc == "-":
            cc = ""
        canon = forms[0]
        allforms = list(forms)
        # automatic plurals for the main (first) form and curated singulars of people nouns
        main = forms[0]
        if not main.endswith("s") and not NO_PLURAL.search(main):
            allforms.append(main + "s")
        seen = set()
        for f in allforms:
            if f in seen:
                continue
            seen.add(f)
            number = "pl" if (f.endswith("s") and f not in SINGULAR_S and not f.endswith("'s")) else "sg"
            if f.endswith("'s"):
                continue
            a = {"cc": cc, "number": number}
            a.update(attrs)
            scope = key.lower() if key.startswith("GB-") else (cc or "x").lower()
            e = L.Entry(f, canon, "dem:%s:%s" % (scope, L.slug(f)), [], a)
            e.add_alias(L.ascii_fold(f))
            out.append(e)
    # de-duplicate ids (same form for the same country from both sources)
    uniq = {}
    for e in out:
        if e.id in uniq:
            uniq[e.id].add_alias(e.surface)
            continue
        uniq[e.id] = e
    return L.mark_ambiguous(list(uniq.values()))


if __name__ == "__main__":
    L.write_lexicon("demonym/demonyms.tsv", "demonym", "exact",
                    "npm world-countries 5.1.0 demonyms (ODbL-1.0) + hand-curated corrections/plurals "
                    "(tools/data/demonyms_extra.txt)", build())
