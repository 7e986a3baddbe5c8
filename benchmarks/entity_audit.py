#!/usr/bin/env python3
"""Counts classes of entity errors that need no gold, over the JSON Lines output of
`claimscope extract` on any corpus (before and after a change, for its note):

  surname_read_as_other  a one-word PLACE or ORG whose text is the family name of a person the
                         same document names in full ("Prescott" a town where the story names
                         John Prescott)
  event_read_as_person   a PERSON whose last word names an event, competition, work or plan
                         ("Davis Cup", "Marshall Plan", "Six Nations")
  capitals_org           a one-word ORG written in capitals of 2-5 letters, found by no
                         lexicon (source "rule:acronym"), in a line mostly in capitals
                         ("QTR NET", "UNIT", "SEES"); needs --explain output and the texts
  person_shape_only      a PERSON found by the name's shape alone (rule:name_shape; --explain)

    python3 benchmarks/entity_audit.py OUT.jsonl [--examples N]
"""
import argparse
import collections
import json
import re

EVENT_WORDS = {"cup", "open", "nations", "championship", "championships", "games", "olympics",
               "prix", "slam", "plan", "award", "awards", "prize", "festival", "trophy",
               "series", "league", "tour", "classic", "marathon", "bowl", "year", "day"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jsonl")
    ap.add_argument("--examples", type=int, default=5)
    args = ap.parse_args()
    counts = collections.Counter()
    examples = collections.defaultdict(list)

    def note(cls, rec, text):
        counts[cls] += 1
        if len(examples[cls]) < args.examples:
            examples[cls].append("%s: %s" % (rec.get("id"), text))

    for line in open(args.jsonl, encoding="utf-8"):
        rec = json.loads(line)
        ents = rec.get("entities", [])
        surnames = {e["text"].split()[-1] for e in ents
                    if e["type"] == "PERSON" and len(e["text"].split()) >= 2}
        for e in ents:
            words = e["text"].split()
            if e["type"] in ("PLACE", "ORG") and len(words) == 1 and words[0] in surnames:
                note("surname_read_as_other", rec, "%s %s" % (e["type"], e["text"]))
            if e["type"] == "PERSON" and words and words[-1].lower() in EVENT_WORDS:
                note("event_read_as_person", rec, e["text"])
            src = e.get("source", "")
            if src == "rule:acronym" and re.fullmatch(r"[A-Z]{2,5}", e["text"]):
                counts["acronym_rule"] += 1
            if e["type"] == "PERSON" and src == "rule:name_shape":
                note("person_shape_only", rec, e["text"])
    for cls in ("surname_read_as_other", "event_read_as_person", "person_shape_only",
                "acronym_rule"):
        print("%-24s %6d" % (cls, counts[cls]))
        for x in examples.get(cls, []):
            print("    " + x)


if __name__ == "__main__":
    main()
