#!/usr/bin/env bash
# End-to-end checks on ../shared (the reference article and the Reuters corpus).
# Skips (exit 77) when ../shared is absent, as in a user's clone.
set -u
cli=$1
shared=$2
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -d "$shared/eval/seed" ] || [ ! -f "$shared/corpus/reuters21578.jsonl" ]; then
  echo "SKIP: $shared/eval and $shared/corpus not found (only the project's own machines have them)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

seed="$shared/eval/seed/isisk-2024-04-01.txt"
"$cli" extract "$seed" >"$tmp/seed.jsonl" || { echo "FAIL: extract on the seed exited $?"; fail=1; }
python3 "$here/check_output.py" --pred "$tmp/seed.jsonl" --text "$seed" || fail=1

reuters="$shared/corpus/reuters21578.jsonl"
"$cli" extract --input jsonl "$reuters" >"$tmp/reuters.jsonl"
code=$?
[ "$code" -le 1 ] || { echo "FAIL: extract on Reuters exited $code"; fail=1; }
python3 "$here/check_output.py" --pred "$tmp/reuters.jsonl" --jsonl "$reuters" || fail=1

if [ "$fail" -ne 0 ]; then echo "shared data: FAILED"; exit 1; fi
echo "shared data: all checks passed"
