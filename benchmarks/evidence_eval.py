#!/usr/bin/env python3
"""Precision by evidence tier (docs/output.md, "Evidence") on every annotated set in
../shared/eval: how often an entity, quantity or quote of each tier is right, scored as
../shared/eval/score.py scores it (entities and quantities as bags per document, quotes by
text with their speaker: "attributed" precision). The tiers mean something only if strong
is clearly above weak on every set.

    python3 benchmarks/evidence_eval.py [BUILD_DIR]   # prints a Markdown table

Each set's output is the engine's own (`claimscope extract`); only the tier's items are
kept when it is scored, so that a tier's precision is that of its items alone. Exits 0
with a message when ../shared/eval is absent (a user's clone).
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "eval"))
TIERS = ("strong", "medium", "weak")
LAYERS = ("entities", "quantities", "quotes")
# name, texts, gold files, the layers the set annotates
SETS = [
    ("seed", "seed/*.txt", "seed/*.gold.json", LAYERS),
    ("news-dev", "news-dev/*.txt", "news-dev/*.gold.json", LAYERS),
    ("bbc-dev", "bbc-dev/*.txt", "bbc-dev/*.gold.json", LAYERS),
    ("reuters-dev", "reuters-dev/*.txt", "reuters-dev/*.gold.json", LAYERS),
    ("CoNLL dev", "conll2003/dev/*.txt", "conll2003/dev/*.gold.json", ("entities",)),
    ("PolNeAR dev", "polnear/dev/text/*.txt", "polnear/dev-gold/*.json", ("quotes",)),
]


def extract(cli, texts, out):
    with open(out, "w") as f:
        subprocess.run([cli, "extract", "--quiet", "-j2"] + texts, stdout=f,
                       stderr=subprocess.DEVNULL, check=False)
    return [json.loads(line) for line in open(out)]


def tier_counts(score, golds, records, layer):
    """{tier: [right, wrong]} for one layer of one set."""
    by_id = {}
    for path in golds:
        g = json.load(open(path))
        by_id[g["id"]] = g
    counts = {t: [0, 0] for t in TIERS}
    for rec in records:
        gold = by_id.get(os.path.splitext(os.path.basename(rec["id"]))[0])
        if gold is None:
            continue
        for tier in TIERS:
            only = {l: [x for x in rec.get(l, []) if l == layer and x.get("evidence") == tier]
                    for l in LAYERS}
            if not only[layer]:
                continue
            res = score.score_document(gold, only)
            tp, fp, _ = res["attributed_quotes" if layer == "quotes" else layer]
            counts[tier][0] += tp
            counts[tier][1] += fp
    return counts


def cell(right_wrong):
    right, wrong = right_wrong
    return "%.3f (%d)" % (right / (right + wrong), right + wrong) if right + wrong else "-"


def main():
    if not os.path.isfile(os.path.join(EVAL, "score.py")):
        print("evidence_eval.py: %s not found; nothing to measure" % EVAL)
        return 0
    build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "build")
    cli = os.path.join(build, "claimscope")
    sys.path.insert(0, EVAL)
    import score  # ../shared/eval/score.py, read at run time

    print("| set | layer | strong | medium | weak |")
    print("|---|---|---|---|---|")
    pooled = {layer: {t: [0, 0] for t in TIERS} for layer in LAYERS}  # the four news sets
    with tempfile.TemporaryDirectory() as tmp:
        for name, texts, golds, layers in SETS:
            text_files = sorted(glob.glob(os.path.join(EVAL, texts)))
            gold_files = sorted(glob.glob(os.path.join(EVAL, golds)))
            if not text_files or not gold_files:
                continue
            records = extract(cli, text_files, os.path.join(tmp, "out.jsonl"))
            for layer in layers:
                counts = tier_counts(score, gold_files, records, layer)
                print("| %s | %s | %s |" % (name, layer, " | ".join(cell(counts[t]) for t in TIERS)))
                if layers == LAYERS:
                    for t in TIERS:
                        pooled[layer][t] = [a + b for a, b in zip(pooled[layer][t], counts[t])]
    for layer in LAYERS:
        print("| news sets pooled | %s | %s |" % (layer, " | ".join(cell(pooled[layer][t]) for t in TIERS)))
    print("\nprecision (items); quotes: with the right speaker")
    return 0


if __name__ == "__main__":
    sys.exit(main())
