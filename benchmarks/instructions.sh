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
# process; the second pass alone is the warm figure. --warm-start builds the grammar start
# gate before the first document, so that no count depends on when a thread finishes.
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
count() {
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" \
    --toggle-collect='claimscope::Engine::Extract*' \
    "$build/claimscope" extract -j1 --quiet --warm-start --input jsonl "$1" > /dev/null \
    2> "$work/cg.err"
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/cg.err"
}
size=$(python3 -c 'import json, sys
print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$work/once.jsonl")
once=$(count "$work/once.jsonl")
twice=$(count "$work/twice.jsonl")
warm=$((twice - once))
docs=$(wc -l < "$work/once.jsonl")
echo "$docs documents, $size bytes of text"
echo "  cold: $once instructions, $((once / size)) a byte"
echo "  warm: $warm instructions, $((warm / size)) a byte"
echo "RESULT bench=instructions docs=$docs bytes=$size cold_per_byte=$((once / size))" \
  "warm_per_byte=$((warm / size)) cold=$once warm=$warm"
