#!/usr/bin/env bash
# Quote and attribution accuracy (score.py) on the reference article, the news dev set and
# PolNeAR dev.
#
#   bash benchmarks/quote_eval.sh [BUILD_DIR]     (default: build)
#
# Needs ../shared/eval beside the source tree; prints SKIP without it.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
eval_dir="$root/../shared/eval"
[ -d "$eval_dir" ] || { echo "SKIP: $eval_dir not found"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run() {  # NAME TEXT_GLOB GOLD_GLOB
  local name=$1 texts=$2 golds=$3
  # shellcheck disable=SC2086
  "$build/claimscope" extract $texts >"$tmp/out.jsonl"
  echo "== $name ($(ls $golds | wc -l) documents)"
  # shellcheck disable=SC2086
  python3 "$eval_dir/score.py" $golds --pred "$tmp/out.jsonl" |
    grep -E "^(quotes|attributed_quotes|speaker_accuracy|anonymous_accuracy|media_accuracy|kind_accuracy)"
}

run seed "$eval_dir/seed/*.txt" "$eval_dir/seed/*.gold.json"
run news-dev "$eval_dir/news-dev/*.txt" "$eval_dir/news-dev/*.gold.json"
run polnear-dev "$eval_dir/polnear/dev/text/*.txt" "$eval_dir/polnear/dev-gold/*.gold.json"
