#!/usr/bin/env python3
"""Generate units/measures.tsv (class unit.measure, case exact) from tools/data/measures.txt.

Canonical = normalised unit name used in output; attributes dim=, factor= (in the base unit of
the dimension), ambiguous=, note=.  A capitalised variant is added for every all-lower-case word
form of 4+ letters (headline/sentence-initial use), unless the entry says cap=0."""
import os
import re
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L
import lexunits as U

OUT = "units/measures.tsv"
WORD_RE = re.compile(r"^[a-z][a-z-]{3,}( [a-z][a-z-]*)*$")
BASES = "base units: length=m mass=kg volume=litre energy=J power=W area=m2 speed=m/s data=byte"


def main():
    entries = L.curated_entries("measures.txt", "unit:")
    for e in entries:
        cap = U.pop_flag(e, "cap") != "0"
        if "dim" not in e.attrs:
            raise ValueError("measures.txt: %s has no dim=" % e.surface)
        if cap:
            for f in U.forms_of(e):
                if WORD_RE.match(f):
                    e.add_alias(f[0].upper() + f[1:])
    U.check_unique_forms(OUT, entries, fold=False)
    L.write_lexicon(OUT, "unit.measure", "exact",
                    "hand-curated public facts (tools/data/measures.txt)", entries,
                    extra_headers=["note: " + BASES])


if __name__ == "__main__":
    main()
