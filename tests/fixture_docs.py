#!/usr/bin/env python3
"""Writes N JSON Lines documents made from the golden fixtures' texts, each with its own id
("doc-0", "doc-1", ...), for the tests that need many documents (parallel, runs, crash).

    python3 tests/fixture_docs.py N OUT.jsonl
"""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent / "golden" / "fixtures"
texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(root.rglob("*.txt"))]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(int(sys.argv[1])):
        out.write(json.dumps({"id": f"doc-{i}", "text": texts[i % len(texts)]}) + "\n")
