#!/usr/bin/env python3
"""Checks claimscope JSON Lines output against its input.

  check_output.py --pred OUT.jsonl --text FILE [FILE ...]   one text file per record
  check_output.py --pred OUT.jsonl --jsonl IN.jsonl         one JSONL line per record

Checks that there is exactly one record per input document, in input order, with the
document's id; that every record has the fields of docs/output.md; and that every span's
"text" equals the slice [start, end) of the document's UTF-8 bytes. Prints a summary line
and exits 1 on the first kind of problem found.
"""
import argparse
import json
import sys

FIELDS = ["id", "date", "credit", "language", "language_confidence", "entities", "quantities",
          "quotes", "errors", "warnings"]


def spans(node):
    """Every object in a record that carries text/start/end."""
    if isinstance(node, dict):
        if {"text", "start", "end"} <= node.keys():
            yield node
        for v in node.values():
            yield from spans(v)
    elif isinstance(node, list):
        for v in node:
            yield from spans(v)


def inputs(args):
    if args.jsonl:
        with open(args.jsonl, "rb") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                doc = json.loads(line)
                yield str(doc.get("id", f"{args.jsonl}:{n}")), doc["text"].encode("utf-8")
    for path in args.text:
        with open(path, "rb") as f:
            yield path, f.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", required=True)
    ap.add_argument("--jsonl")
    ap.add_argument("--text", nargs="*", default=[])
    args = ap.parse_args()
    with open(args.pred, encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    docs = list(inputs(args))
    problems = []
    if len(records) != len(docs):
        problems.append(f"{len(records)} records for {len(docs)} documents")
    checked = 0
    for rec, (doc_id, data) in zip(records, docs):
        if list(rec.keys()) != FIELDS:
            problems.append(f"{rec.get('id')}: fields {list(rec.keys())}")
        if rec["id"] != doc_id:
            problems.append(f"record id {rec['id']!r} where the input has {doc_id!r}")
        for s in spans(rec):
            want = data[s["start"]:s["end"]].decode("utf-8", errors="replace")
            checked += 1
            if s["text"] != want:
                problems.append(f"{doc_id}: span [{s['start']},{s['end']}) text {s['text']!r} "
                                f"!= slice {want!r}")
    for p in problems[:20]:
        print("problem:", p)
    print(f"{len(records)} records, {len(docs)} documents, {checked} spans checked, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
