#!/usr/bin/env bash
# `claimscope eval` against the project's scorer: on every annotated set in ../shared/eval
# it must count exactly what ../shared/eval/score.py counts (tp, fp, fn of every layer).
# Skips (exit 77) when ../shared is absent, as in a user's clone; the golden cases eval_*
# cover the command on the project's own fixtures.
#
#   bash tests/eval_test.sh BUILD/claimscope ../shared
set -u
cli=$1
shared=$2
eval_dir=$shared/eval
if [ ! -f "$eval_dir/score.py" ] || [ ! -d "$eval_dir/news-dev" ]; then
  echo "SKIP: $eval_dir/score.py and its sets not found (only the project's own machines have them)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
counts() { grep -oE '^[a-zA-Z_]+ +P=[0-9.]+ R=[0-9.]+ F1=[0-9.]+  \(tp=[0-9]+ fp=[0-9]+ fn=[0-9]+\)'; }
for set in seed news-dev bbc-dev reuters-dev; do
  "$cli" extract --quiet "$eval_dir/$set"/*.txt >"$tmp/$set.jsonl"
  "$cli" eval --bootstrap 0 "$eval_dir/$set"/*.gold.json --pred "$tmp/$set.jsonl" | counts >"$tmp/ours"
  python3 "$eval_dir/score.py" "$eval_dir/$set"/*.gold.json --pred "$tmp/$set.jsonl" | counts >"$tmp/theirs"
  if [ ! -s "$tmp/ours" ] || ! diff -u "$tmp/theirs" "$tmp/ours"; then
    echo "FAIL: $set: claimscope eval and score.py count differently"
    fail=1
  else
    echo "ok: $set: $(grep -c . "$tmp/ours") layers counted alike"
  fi
done
exit $fail
