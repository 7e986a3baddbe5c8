#!/usr/bin/env bash
# The multi-threaded CLI path: many documents through 1, 2 and 4 worker threads must give
# byte-identical output in input order (run under ThreadSanitizer in CI).
set -u
cli=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# 600 documents from the golden fixtures, each with its own id.
python3 "$here/fixture_docs.py" 600 "$tmp/docs.jsonl"
fail=0
"$cli" extract -j 1 --quiet --input jsonl "$tmp/docs.jsonl" >"$tmp/j1.jsonl" 2>"$tmp/err1" || true
for j in 2 4; do
  "$cli" extract -j "$j" --quiet --input jsonl "$tmp/docs.jsonl" >"$tmp/j$j.jsonl" 2>"$tmp/err$j" || true
  if ! cmp -s "$tmp/j1.jsonl" "$tmp/j$j.jsonl"; then
    echo "FAIL: -j $j output differs from -j 1"
    fail=1
  fi
  if grep -q "ThreadSanitizer\|AddressSanitizer" "$tmp/err$j"; then
    echo "FAIL: sanitizer report with -j $j:"
    head -40 "$tmp/err$j"
    fail=1
  fi
done
records=$(wc -l <"$tmp/j1.jsonl")
[ "$records" -eq 600 ] || { echo "FAIL: $records records for 600 documents"; fail=1; }
if [ "$fail" -ne 0 ]; then exit 1; fi
echo "parallel: 600 documents, -j 1/2/4 byte-identical"
