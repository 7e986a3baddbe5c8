#!/bin/bash
# `claimscope import`: a GATE gazetteer and spaCy EntityRuler patterns (fixtures written for
# the tests, fictional names) as lexicon files, which change the entities of a document as
# docs/lexicons.md says: "Omnivale Foods" (a GATE organization list) and "Marlow Finch" (a
# spaCy ORG pattern) become organisations, where the rules alone read people.
#
#   bash tests/import_test.sh BUILD/claimscope
set -euo pipefail
bin=${1:?usage: import_test.sh CLAIMSCOPE}
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$here/golden/fixtures/import
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin" import gate "$fixtures/gate/lists.def" -o "$work/lex" 2> "$work/gate.err"
"$bin" import spacy "$fixtures/patterns.jsonl" -o "$work/lex" 2> "$work/spacy.err"
grep -q "left out 1 entries: majorType date" "$work/gate.err"
grep -q "left out 1 entries: token patterns" "$work/spacy.err"
grep -q "left out 1 entries: label PRODUCT" "$work/spacy.err"
for f in gate_org_company gate_place_city gate_person_gate gate_person_given_name \
         spacy_org_spacy spacy_place_gpe spacy_person_spacy; do
  [[ -f $work/lex/$f.tsv ]] || { echo "import_test: no $f.tsv" >&2; exit 1; }
done
"$bin" check --lexicon-dir "$work/lex" > /dev/null

types() {  # the "text TYPE subtype" of each entity of the article, one a line
  "$bin" extract --quiet "$@" "$fixtures/article.txt" | python3 -c '
import json, sys
for e in json.loads(sys.stdin.readline())["entities"]:
    print(e["text"], e["type"], e.get("subtype"))'
}
types > "$work/before"
types --lexicon-dir "$work/lex" > "$work/after"
grep -qx "Omnivale Foods PERSON None" "$work/before"
grep -qx "Omnivale Foods ORG company" "$work/after"
grep -qx "Marlow Finch PERSON None" "$work/before"
grep -qx "Marlow Finch ORG spacy" "$work/after"
grep -qx "Tamsin Orwell-Grey PERSON gate" "$work/after"

# Errors name the file and line.
printf 'firms.lst\n' > "$work/bad.def"
if "$bin" import gate "$work/bad.def" -o "$work/x" 2> "$work/err"; then exit 1; fi
grep -q "bad.def:1: expected FILE.lst:MAJOR" "$work/err"
printf '{"label": "ORG"}\n' > "$work/bad.jsonl"
if "$bin" import spacy "$work/bad.jsonl" -o "$work/x" 2> "$work/err"; then exit 1; fi
grep -q "bad.jsonl:1: a pattern needs" "$work/err"
echo "import_test: GATE and spaCy lists imported; Omnivale Foods and Marlow Finch now ORG"
