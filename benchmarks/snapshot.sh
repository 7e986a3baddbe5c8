#!/usr/bin/env bash
# Writes the CLI's output on every visible data set into a folder, so that two builds can
# be compared byte for byte (a refactoring must leave them identical):
#
#   bash benchmarks/snapshot.sh BUILD_DIR OUT_DIR [--quick]
#   diff -r OUT_A OUT_B && echo identical
#
# Sets: the seed, news-dev, bbc-dev, reuters-dev, CoNLL-2003 dev, PolNeAR dev (all from
# ../shared/eval), the whole Reuters JSONL and the whole BBC folder (../shared/corpus;
# skipped with --quick). Modes: --format jsonl, --explain, --offsets codepoints and utf16
# (the two offset modes on the eval sets and the BBC folder; Reuters is ASCII), and the tsv,
# conll and html writers on news-dev and bbc-dev.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: snapshot.sh BUILD_DIR OUT_DIR [--quick]}
out=${2:?usage: snapshot.sh BUILD_DIR OUT_DIR [--quick]}
quick=${3:-}
shared=$here/../../shared
cli=$build/claimscope
if [[ ! -d $shared/eval ]]; then
  echo "snapshot.sh: $shared/eval not found" >&2
  exit 77
fi
mkdir -p "$out"
run() {  # NAME ARGS...: every mode of one set
  local name=$1
  shift
  "$cli" extract -j2 --quiet "$@" > "$out/$name.jsonl" || [[ $? -eq 1 ]]
  "$cli" extract -j2 --quiet --explain "$@" > "$out/$name.explain.jsonl" || [[ $? -eq 1 ]]
  if [[ $name != reuters-corpus ]]; then
    for unit in codepoints utf16; do
      "$cli" extract -j2 --quiet --offsets $unit "$@" > "$out/$name.$unit.jsonl" || [[ $? -eq 1 ]]
    done
  fi
}
e=$shared/eval
run seed "$e"/seed/*.txt
run news-dev "$e"/news-dev/*.txt
run bbc-dev "$e"/bbc-dev/*.txt
run reuters-dev "$e"/reuters-dev/*.txt
run conll-dev "$e"/conll2003/dev/*.txt
run polnear-dev "$e"/polnear/dev/text/*.txt
for format in tsv conll html; do  # the other writers, on two small sets
  for set in news-dev bbc-dev; do
    "$cli" extract --quiet --format $format "$e/$set"/*.txt > "$out/$set.$format" || [[ $? -eq 1 ]]
  done
done
if [[ $quick != --quick ]]; then
  run reuters-corpus --input jsonl "$shared/corpus/reuters21578.jsonl"
  run bbc-corpus "$shared/corpus/bbc"
fi
ls "$out" | wc -l | xargs echo "snapshot.sh: files written:"
