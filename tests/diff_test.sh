#!/bin/bash
# `claimscope diff`: on two runs of the same input, without and with a user lexicon (the
# import fixtures), it lists exactly the changed mentions, as an independent comparison of
# the two outputs (in Python) finds them; a run against itself changes nothing; added,
# removed and speaker changes are found on hand-made records.
#
#   bash tests/diff_test.sh BUILD/claimscope
set -euo pipefail
bin=${1:?usage: diff_test.sh CLAIMSCOPE}
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$here/golden/fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin" import gate "$fixtures/import/gate/lists.def" -o "$work/lex" 2> /dev/null
"$bin" import spacy "$fixtures/import/patterns.jsonl" -o "$work/lex" 2> /dev/null
inputs=("$fixtures/import/article.txt" "$fixtures/port_strike.txt" "$fixtures/quotes.txt")
"$bin" extract --quiet "${inputs[@]}" > "$work/a.jsonl"
"$bin" extract --quiet --lexicon-dir "$work/lex" "${inputs[@]}" > "$work/b.jsonl"

"$bin" diff --list "$work/a.jsonl" "$work/b.jsonl" | grep $'\t' | sort > "$work/listed"
python3 - "$work/a.jsonl" "$work/b.jsonl" > "$work/expected" <<'PY'
import json, sys
def load(p):
    return {r["id"]: r for r in map(json.loads, open(p, encoding="utf-8"))}
a, b = load(sys.argv[1]), load(sys.argv[2])
for doc in a:
    def ents(r):
        return {(e["start"], e["end"]): (e["text"], e["type"] + ("/" + e["subtype"] if e.get("subtype") else "")) for e in r["entities"]}
    ea, eb = ents(a[doc]), ents(b[doc])
    for k in ea.keys() - eb.keys():
        print(f"{doc}\tentity\tremoved\t{k[0]}\t{k[1]}\t{ea[k][0]}\t{ea[k][1]}\t")
    for k in eb.keys() - ea.keys():
        print(f"{doc}\tentity\tadded\t{k[0]}\t{k[1]}\t{eb[k][0]}\t\t{eb[k][1]}")
    for k in ea.keys() & eb.keys():
        if ea[k][1] != eb[k][1]:
            print(f"{doc}\tentity\tretyped\t{k[0]}\t{k[1]}\t{ea[k][0]}\t{ea[k][1]}\t{eb[k][1]}")
PY
sort -o "$work/expected" "$work/expected"
if ! diff "$work/expected" "$work/listed"; then
  echo "diff_test: the listed changes differ from the outputs' own" >&2
  exit 1
fi
[[ -s $work/listed ]] || { echo "diff_test: no change listed" >&2; exit 1; }
grep -q $'Omnivale Foods\tPERSON\tORG/company' "$work/listed"

# A run against itself.
"$bin" diff "$work/a.jsonl" "$work/a.jsonl" > "$work/same"
grep -q "entities             0         0         0" "$work/same"
grep -q "quotes               0         0         0" "$work/same"

# Hand-made records: a quote added, one removed, a speaker changed, a document only after.
cat > "$work/h1.jsonl" <<'J'
{"id":"d1","entities":[],"quantities":[],"quotes":[{"kind":"indirect","text":"x is y","start":10,"end":16,"speaker":{"text":"He","resolved":"Tom Hale"}},{"kind":"direct","text":"Go.","start":30,"end":33}]}
J
cat > "$work/h2.jsonl" <<'J'
{"id":"d1","entities":[],"quantities":[],"quotes":[{"kind":"indirect","text":"x is y","start":10,"end":16,"speaker":{"text":"He","resolved":"Ann Hale"}},{"kind":"direct","text":"Stop.","start":40,"end":45}]}
{"id":"d2","entities":[],"quantities":[],"quotes":[]}
J
"$bin" diff --list "$work/h1.jsonl" "$work/h2.jsonl" > "$work/hand"
grep -q "documents: 1 in both, 0 only before, 1 only after" "$work/hand"
grep -q "quotes               1         1         1" "$work/hand"
grep -q $'d1\tquote\tspeaker\t10\t16\tx is y\tTom Hale\tAnn Hale' "$work/hand"
grep -q $'d1\tquote\tremoved\t30\t33\tGo.\t\t' "$work/hand"
grep -q $'d1\tquote\tadded\t40\t45\tStop.\t\t' "$work/hand"
# Errors name the file and line.
echo 'not json' > "$work/bad.jsonl"
if "$bin" diff "$work/bad.jsonl" "$work/a.jsonl" 2> "$work/err"; then exit 1; fi
grep -q "bad.jsonl:1: not a record" "$work/err"
echo "diff_test: $(wc -l < "$work/listed") changes listed, as the outputs show them"
