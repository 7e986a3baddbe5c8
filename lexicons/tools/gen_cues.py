#!/usr/bin/env python3
"""Generate the attribution-cue lexicons (cues/*.tsv) from hand-curated lists in
tools/data/*.txt, in the same curated format and with the same lexlib reader/writer as
gen_curated.py.  Cue forms are ordinary English by nature, so no ambiguous_forms flagging;
broad forms carry weak=1 in the data instead."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L

HAND = "hand-curated from English news style (tools/data/%s)"

# data file, output, class, id prefix  (all #case: fold)
SPECS = [
    ("speech_verbs.txt", "cues/speech_verbs.tsv", "cue.speech", "speech:"),
    ("anonymity.txt", "cues/anonymity.tsv", "cue.anonymity", "anon:"),
    ("source_nouns.txt", "cues/source_nouns.tsv", "cue.source_noun", "srcnoun:"),
]


def main(only=None):
    for data, out, cls, prefix in SPECS:
        if only and data not in only and out not in only:
            continue
        L.write_lexicon(out, cls, "fold", HAND % data, L.curated_entries(data, prefix))


if __name__ == "__main__":
    main(sys.argv[1:] or None)
