#!/usr/bin/env python3
"""Generate the hand-curated lexicons from tools/data/*.txt (see lexlib.py for the format).

Single-word forms that are also ordinary English words (per /usr/share/dict/words from the
Debian package wamerican) are listed in the attribute ambiguous_forms=..., so the engine can
require context before trusting them (e.g. 'Apple', 'Shell', 'Fox', 'Time')."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L

HAND = "hand-curated public facts (tools/data/%s)"

# data file, output, class, case, id prefix, the-variants, flag common words
SPECS = [
    ("media.txt", "org/media.tsv", "org.media", "exact", "media:", True, True),
    ("journals.txt", "org/journals.tsv", "org.journal", "exact", "journal:", True, True),
    ("government.txt", "org/government.tsv", "org.government", "exact", "gov:", True, True),
    ("international.txt", "org/international.tsv", "org.international", "exact", "intl:", True, True),
    ("armed_groups.txt", "org/armed_groups.tsv", "org.armed_group", "exact", "armed:", True, True),
    ("parties.txt", "org/parties.tsv", "org.party", "exact", "party:", True, True),
    ("companies.txt", "org/companies.tsv", "org.company", "exact", "co:", True, True),
    ("education.txt", "org/education.tsv", "org.education", "exact", "edu:", True, True),
    ("sports_clubs.txt", "org/clubs.tsv", "org.club", "exact", "club:", True, True),
    ("regions.txt", "place/regions.tsv", "place.region", "exact", "region:", True, True),
    ("landmarks.txt", "place/landmarks.tsv", "place.landmark", "exact", "landmark:", True, True),
    ("titles.txt", "person/titles.tsv", "person.title", "fold", "title:", False, True),
    ("roles.txt", "role/officials.tsv", "role.official", "fold", "role:", False, False),
    ("sport_terms.txt", "topics/sport.tsv", "topic.sport", "fold", "sport:", False, False),
]


def main(only=None):
    for data, out, cls, case, prefix, the_var, flag in SPECS:
        if only and data not in only and out not in only:
            continue
        if not os.path.exists(os.path.join(L.DATA, data)):
            print("skip %s (no data yet)" % data, file=sys.stderr)
            continue
        entries = L.curated_entries(data, prefix, the_variants=the_var)
        if flag:
            L.mark_ambiguous(entries)
        L.write_lexicon(out, cls, case, HAND % data, entries)


if __name__ == "__main__":
    main(sys.argv[1:] or None)
