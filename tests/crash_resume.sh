#!/usr/bin/env bash
# Kill and resume: a `claimscope extract -j2 -o FILE` run is killed with SIGKILL at random
# moments and continued each time with --resume; the finished file must be byte-identical to
# an uninterrupted run's, with as many records as the input has documents.
#
#   bash tests/crash_resume.sh CLAIMSCOPE [CORPUS.jsonl [CYCLES [SEED]]]
#
# Without a corpus it runs a short version on documents made from the golden fixtures (part
# of the suite); with CORPUS "shared" it takes ../shared/corpus/reuters21578.jsonl, and skips
# (status 77) where there is none.
set -u
cli=$1
corpus=${2:-}
cycles=${3:-8}
RANDOM=${4:-2027}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap '[[ -n ${KEEP:-} ]] || rm -rf "$tmp"' EXIT

if [[ $corpus == shared ]]; then
  corpus=$here/../../shared/corpus/reuters21578.jsonl
  if [[ ! -f $corpus ]]; then
    echo "SKIP: no $corpus (../shared is not part of a user's clone)"
    exit 77
  fi
elif [[ -z $corpus ]]; then
  corpus=$tmp/docs.jsonl
  python3 "$here/fixture_docs.py" 12000 "$corpus"
fi
documents=$(wc -l < "$corpus")

# (exec: the background job is claimscope itself, which the kill must reach.)
run() { exec "$cli" extract --input jsonl -j2 --quiet "$corpus" -o "$@"; }

start=$(date +%s%N)
(run "$tmp/whole.jsonl" 2> "$tmp/err") || true
millis=$(( ($(date +%s%N) - start) / 1000000 ))
# The start-up alone: a run over no documents.
: > "$tmp/none.jsonl"
start=$(date +%s%N)
"$cli" extract --input jsonl --quiet "$tmp/none.jsonl" -o "$tmp/none.out" 2> /dev/null
startup=$(( ($(date +%s%N) - start) / 1000000 ))
millis=$(( millis > startup ? millis - startup : 1 ))
echo "uninterrupted: $(wc -l < "$tmp/whole.jsonl") records of $documents documents in" \
  "${millis} ms after ${startup} ms of start-up"

fail=0
lines=0
for ((cycle = 1; cycle <= cycles; ++cycle)); do
  # A moment after the records already written are read back (about 40% of a whole run's
  # time for all of them) and within twice a cycle's share of the run, so that the kills
  # fall all along it; a few land after its end, when the next --resume finds nothing to do.
  delay=$(( startup + millis * 4 * lines / (10 * documents) + RANDOM % (2 * millis / cycles + 1) ))
  (run "$tmp/killed.jsonl" --resume 2>> "$tmp/err") &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  kill -KILL "$pid" 2> /dev/null
  wait "$pid" 2> /dev/null
  lines=0
  [[ -f $tmp/killed.jsonl ]] && lines=$(wc -l < "$tmp/killed.jsonl")
  # What a killed run leaves: the uninterrupted run's first records, and maybe a torn line.
  if [[ $lines -gt 0 ]] && ! cmp -s <(head -n "$lines" "$tmp/killed.jsonl") \
    <(head -n "$lines" "$tmp/whole.jsonl"); then
    echo "FAIL: cycle $cycle left records that differ from the uninterrupted run's"
    fail=1
  fi
  echo "cycle $cycle: killed after ${delay} ms with $lines complete records"
done
(run "$tmp/killed.jsonl" --resume 2>> "$tmp/err")
status=$?
if [[ $status != 0 && $status != 1 ]]; then
  echo "FAIL: the last --resume ended with status $status:"
  tail -5 "$tmp/err"
  fail=1
fi
if ! cmp -s "$tmp/whole.jsonl" "$tmp/killed.jsonl"; then
  echo "FAIL: the resumed file differs from the uninterrupted run's"
  cmp "$tmp/whole.jsonl" "$tmp/killed.jsonl" | head -3
  fail=1
fi
records=$(wc -l < "$tmp/killed.jsonl")
if [[ $records != "$documents" ]]; then
  echo "FAIL: $records records for $documents documents"
  fail=1
fi
if grep -q '"finished": true' "$tmp/killed.jsonl.manifest.json"; then :; else
  echo "FAIL: the manifest does not say the run finished"
  fail=1
fi
if grep -q "Sanitizer" "$tmp/err"; then
  echo "FAIL: sanitizer report:"
  grep -A20 "Sanitizer" "$tmp/err" | head -40
  fail=1
fi
[[ $fail == 0 ]] && echo "crash_resume: $cycles kill-and-resume cycles, $records records, byte-identical"
exit $fail
