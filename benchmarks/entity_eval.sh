#!/usr/bin/env bash
# Entity accuracy on the three evaluation sets, and what the lexicons cost to build.
#
#   bash benchmarks/entity_eval.sh [BUILD_DIR]     (default: build)
#
# Prints entity P/R/F1 (score.py) on the reference article, the news dev set and CoNLL-2003
# dev, then the engine's start-up time and memory. Needs ../shared/eval beside the source
# tree; without it only start-up is measured.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
cli="$build/claimscope"
eval_dir="$root/../shared/eval"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ -d "$eval_dir" ]; then
  for set in seed news-dev conll2003/dev; do
    "$cli" extract "$eval_dir/$set"/*.txt >"$tmp/out.jsonl"
    echo "== $set ($(ls "$eval_dir/$set"/*.gold.json | wc -l) documents)"
    python3 "$eval_dir/score.py" "$eval_dir/$set"/*.gold.json --pred "$tmp/out.jsonl" |
      grep -E "^entities"
  done
else
  echo "SKIP accuracy: $eval_dir not found"
fi
"$build/benchmarks/startup_bench"
