#!/usr/bin/env python3
"""Generate the engine's word lists, lexicons/words/*.tsv, from tools/data/words/*.txt.

A word list is a lexicon class under "word." that the engine's rules read one word (or one
short phrase) at a time: the last words of organisations' names, the words between a speaker
and a speech verb, the words that end a counted noun. Unlike the name lexicons they are never
matched as names (docs/lexicons.md, "Word lists"). Each data file holds one list: its first
line says what the list is for; then one entry per line in the curated format of lexlib.py
(a word, or a short phrase, then optional " @ key=value" attributes)."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexlib as L

SOURCE = "hand-curated English news usage (tools/data/words/%s): %s"

# data file (tools/data/words/NAME.txt) -> class word.NAME, case mode
CASES = {
    "adverbial_start": "fold",
    "amount_context": "fold",
    "approximate": "fold",
    "auxiliary": "fold",
    "band_noun": "fold",
    "before_cue": "fold",
    "common_acronym": "exact",
    "common_word": "fold",
    "determiner": "fold",
    "event_word": "exact",
    "gender_noun": "fold",
    "irregular_plural": "fold",
    "media_word": "exact",
    "name_connector": "exact",
    "non_name": "exact",
    "noun_stop": "fold",
    "org_context": "fold",
    "org_head": "exact",
    "org_noun": "fold",
    "org_prefix": "exact",
    "org_suffix": "exact",
    "outlet_noun": "fold",
    "passive_auxiliary": "fold",
    "place_class_noun": "exact",
    "place_head": "exact",
    "place_preposition": "exact",
    "place_suffix": "exact",
    "postmodifier": "exact",
    "said_noun": "fold",
    "pronoun": "fold",
    "subordinator": "fold",
    "table_label": "fold",
    "value_connector": "fold",
    "work_noun": "fold",
}


def purpose(name):
    """The first comment of the data file, without its "# word.NAME (... case): " lead."""
    lines = []
    with open(os.path.join(L.DATA, "words", name + ".txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            lines.append(line[1:].strip())
    text = " ".join(lines)
    return text.split("): ", 1)[1] if "): " in text else text


def main(only=None):
    found = sorted(f[:-4] for f in os.listdir(os.path.join(L.DATA, "words")) if f.endswith(".txt"))
    if found != sorted(CASES):
        sys.exit("gen_words.py: tools/data/words/ holds %s; CASES names %s" % (found, sorted(CASES)))
    for name, case in sorted(CASES.items()):
        if only and name not in only:
            continue
        entries = L.curated_entries(os.path.join("words", name + ".txt"), "word:")
        L.write_lexicon("words/%s.tsv" % name, "word." + name, case,
                        SOURCE % (name + ".txt", purpose(name)), entries)


if __name__ == "__main__":
    main(sys.argv[1:] or None)
