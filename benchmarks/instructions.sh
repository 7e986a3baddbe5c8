#!/bin/bash
# Instructions the engine executes per byte of news, counted by callgrind: a figure that,
# unlike time, does not move with the load of the machine, for comparing two builds.
#
#   bash benchmarks/instructions.sh [BUILD_DIR] [CORPUS.jsonl] [BYTES]
#
# Takes the whole lines of the first BYTES (default 1500000) of CORPUS (default
# ../shared/corpus/reuters21578.jsonl, else the bundled sample as JSONL), and counts the
# instructions inside Engine::Extract (not start-up, reading or writing) over them once
# (cold: RE2 builds its DFA states as it goes, as in a single CLI run) and twice in one
# process; the second pass alone is the warm figure. With a corpus, it also counts the next
# BYTES of it after the first (fresh: documents a warmed engine has not seen, as most of a
# corpus run is). Warm repeats the same documents, so every DFA state and every capture it
# needs is found already (the capture cache keeps the captures of matches it has seen); on
# fresh text RE2 still adds DFA states and searches captures with its NFA, and fresh is
# the better guide to throughput. --warm-start builds the grammar start gate before the
# first document, so that no count depends on when a thread finishes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
corpus=${2:-$here/../../shared/corpus/reuters21578.jsonl}
bytes=${3:-1500000}
if ! command -v valgrind > /dev/null; then
  echo "instructions.sh: needs valgrind (apt-get install valgrind)" >&2
  exit 1
fi
if [[ ! -x $build/claimscope ]]; then
  echo "instructions.sh: no $build/claimscope (build first: bash scripts/setup.sh)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ -f $corpus ]]; then
  head -c "$bytes" "$corpus" | sed '$d' > "$work/once.jsonl"
else
  echo "instructions.sh: $corpus not found; using benchmarks/sample" >&2
  for f in "$here"/sample/*.txt; do
    python3 -c 'import json,sys; print(json.dumps({"text": open(sys.argv[1]).read()}))' "$f"
  done > "$work/once.jsonl"
fi
cat "$work/once.jsonl" "$work/once.jsonl" > "$work/twice.jsonl"
if [[ -f $corpus ]]; then
  # (tail stops when head has enough: not a failure)
  (tail -n +$(($(wc -l < "$work/once.jsonl") + 1)) "$corpus" || true) | head -c "$bytes" \
    | sed '$d' > "$work/next.jsonl"
  cat "$work/once.jsonl" "$work/next.jsonl" > "$work/then.jsonl"
fi
count() {
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" \
    --toggle-collect='claimscope::Engine::Extract*' \
    "$build/claimscope" extract -j1 --quiet --warm-start --input jsonl "$1" > /dev/null \
    2> "$work/cg.err"
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/cg.err"
}
text_bytes() {
  python3 -c 'import json, sys
print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$1"
}
size=$(text_bytes "$work/once.jsonl")
once=$(count "$work/once.jsonl")
twice=$(count "$work/twice.jsonl")
warm=$((twice - once))
docs=$(wc -l < "$work/once.jsonl")
echo "$docs documents, $size bytes of text"
echo "  cold: $once instructions, $((once / size)) a byte"
echo "  warm: $warm instructions, $((warm / size)) a byte"
fresh_fields=""
if [[ -s ${work}/next.jsonl ]]; then
  next_size=$(text_bytes "$work/next.jsonl")
  fresh=$(($(count "$work/then.jsonl") - once))
  echo "  fresh: $fresh instructions over the next $next_size bytes, $((fresh / next_size)) a byte"
  fresh_fields=" fresh_per_byte=$((fresh / next_size)) fresh=$fresh fresh_bytes=$next_size"
fi
echo "RESULT bench=instructions docs=$docs bytes=$size cold_per_byte=$((once / size))" \
  "warm_per_byte=$((warm / size)) cold=$once warm=$warm$fresh_fields"
