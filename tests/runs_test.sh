#!/usr/bin/env bash
# Runs that survive (issue 20): write failures are errors with the last whole record named,
# signals end a run cleanly with 130/143, the run manifest says what a file holds, and
# --resume continues only the same run.
#
#   bash tests/runs_test.sh CLAIMSCOPE
set -u
cli=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
cleanup() {
  mountpoint -q "$tmp/small" 2> /dev/null && umount "$tmp/small"
  rm -rf "$tmp"
}
trap cleanup EXIT
fail=0
check() {  # check NAME CONDITION...
  local name=$1
  shift
  if "$@"; then echo "ok: $name"; else echo "FAIL: $name"; fail=1; fi
}
# Whole JSON Lines records only, every line parsed: prints their number.
records() {
  python3 - "$1" << 'PY'
import json, sys
data = open(sys.argv[1], "rb").read()
assert data == b"" or data.endswith(b"\n"), "a torn last line"
print(sum(1 for line in data.splitlines() if json.loads(line) is not None))
PY
}

python3 "$here/fixture_docs.py" 4000 "$tmp/docs.jsonl"
docs=$tmp/docs.jsonl
extract() { "$cli" extract --input jsonl --quiet "$docs" "$@"; }

# A finished run, and its manifest.
extract -o "$tmp/whole.jsonl" -j2 2> /dev/null
check "a finished run: status 0, 4000 records" test "$(records "$tmp/whole.jsonl")" = 4000
manifest=$tmp/whole.jsonl.manifest.json
check "its manifest says finished, 4000 records, the options and input" python3 - "$manifest" << 'PY'
import json, sys
m = json.load(open(sys.argv[1]))
assert m["finished"] is True and m["records"] == 4000 and m["exit_status"] == 0, m
assert m["options"] == ["--input", "jsonl", m["inputs"][0]["path"]], m["options"]  # not -q, -o, -j
assert m["inputs"][0]["bytes"] > 0 and len(m["resources"]) == 16 and m["interrupted"] is None
PY

# /dev/full: status 2 and a message naming the file.
extract -o /dev/full 2> "$tmp/err"
status=$?
check "/dev/full: status 2" test "$status" = 2
check "/dev/full: the message names the file and the reason" \
  grep -q "cannot write /dev/full: No space left on device" "$tmp/err"

# A full file system (a 1 MiB tmpfs; root only): status 2, whole records, the last named.
mkdir "$tmp/small"
if mount -t tmpfs -o size=1m tmpfs "$tmp/small" 2> /dev/null; then
  extract -o "$tmp/small/out.jsonl" 2> "$tmp/err"
  status=$?
  check "a full file system: status 2" test "$status" = 2
  kept=$(records "$tmp/small/out.jsonl")
  check "a full file system: only whole records are left ($kept)" test "$kept" -gt 0
  check "a full file system: the message names the last whole record" \
    grep -q "No space left on device; it ends with the record of document doc-$((kept - 1)) ($kept records)" "$tmp/err"
  check "a full file system: the records are the first of an uninterrupted run" \
    cmp -s "$tmp/small/out.jsonl" <(head -n "$kept" "$tmp/whole.jsonl")
  umount "$tmp/small"
else
  echo "skip: a full file system (mounting a tmpfs needs root)"
fi
# A file size limit: the same, without root.
(ulimit -f 2048 && extract -o "$tmp/limited.jsonl" 2> "$tmp/err")
status=$?
check "ulimit -f: status 2 with File too large" test "$status" = 2
check "ulimit -f: the message" grep -q "cannot write $tmp/limited.jsonl: File too large" "$tmp/err"
check "ulimit -f: whole records only" records "$tmp/limited.jsonl" > /dev/null

# SIGTERM and SIGINT: what was extracted is written up to a whole record; 143 and 130.
for sig in TERM INT; do
  rm -f "$tmp/sig.jsonl"*
  ("$cli" extract --input jsonl --quiet -j2 "$docs" "$docs" "$docs" -o "$tmp/sig.jsonl" \
    2> "$tmp/err") &
  pid=$!
  # Once records are being written (the handlers are in place by then, however slow the
  # build: sanitizers).
  for ((wait_ms = 0; wait_ms < 60000; wait_ms += 20)); do
    [[ -s $tmp/sig.jsonl ]] && break
    sleep 0.02
  done
  kill -"$sig" "$pid"
  wait "$pid"
  status=$?
  want=$([[ $sig == TERM ]] && echo 143 || echo 130)
  check "SIG$sig: status $want" test "$status" = "$want"
  kept=$(records "$tmp/sig.jsonl")
  check "SIG$sig: whole records ($kept), said on standard error" \
    grep -q "stopped by SIG$sig after $kept records" "$tmp/err"
  check "SIG$sig: the manifest says interrupted, not finished" python3 - "$tmp/sig.jsonl.manifest.json" "$sig" << 'PY'
import json, sys
m = json.load(open(sys.argv[1]))
assert m["interrupted"] == "SIG" + sys.argv[2] and m["finished"] is False, m
PY
done

# --resume: after a cut, the rest; byte-identical to the uninterrupted run.
head -c 1234567 "$tmp/whole.jsonl" > "$tmp/cut.jsonl"
cp "$manifest" "$tmp/cut.jsonl.manifest.json"
python3 - "$tmp/cut.jsonl.manifest.json" << 'PY'
import json, sys
m = json.load(open(sys.argv[1])); m["finished"] = False
json.dump(m, open(sys.argv[1], "w"))
PY
extract -o "$tmp/cut.jsonl" -j2 --resume 2> "$tmp/err"
check "--resume after a torn line: status 0" test $? = 0
check "--resume: byte-identical to the uninterrupted run" cmp -s "$tmp/cut.jsonl" "$tmp/whole.jsonl"
check "--resume: says where it resumed" grep -q "resuming .* after [0-9]* records (a torn last record cut off)" "$tmp/err"
extract -o "$tmp/cut.jsonl" --resume 2> "$tmp/err"
check "--resume of a finished run: nothing to do" grep -q "is complete (4000 records): nothing to resume" "$tmp/err"

# A folder input with the output written inside it: only the documents (*.txt) are measured.
mkdir "$tmp/folder"
python3 - "$tmp/docs.jsonl" "$tmp/folder" << 'PY'
import json, sys
for i, line in enumerate(open(sys.argv[1])):
    if i == 300:
        break
    open(f"{sys.argv[2]}/doc-{i:03d}.txt", "w").write(json.loads(line)["text"])
PY
"$cli" extract --quiet "$tmp/folder" -o "$tmp/folder/out.jsonl" 2> /dev/null
cp "$tmp/folder/out.jsonl" "$tmp/folder.whole"
head -n 120 "$tmp/folder.whole" > "$tmp/folder/out.jsonl"
sed -i 's/"finished": true/"finished": false/' "$tmp/folder/out.jsonl.manifest.json"
"$cli" extract --quiet "$tmp/folder" -o "$tmp/folder/out.jsonl" --resume 2> "$tmp/err"
check "--resume with the output inside the input folder: status 0" test $? = 0
check "--resume with the output inside the input folder: byte-identical" \
  cmp -s "$tmp/folder/out.jsonl" "$tmp/folder.whole"

# --resume refuses another run's file.
head -n 100 "$tmp/whole.jsonl" > "$tmp/other.jsonl"
cp "$manifest" "$tmp/other.jsonl.manifest.json"
sed -i 's/"finished": true/"finished": false/' "$tmp/other.jsonl.manifest.json"
extract -o "$tmp/other.jsonl" --explain --resume 2> "$tmp/err"
check "--resume with other options: status 2" test $? = 2
check "--resume with other options: says which" grep -q "cannot resume .*: the options differ" "$tmp/err"
cp "$docs" "$tmp/docs2.jsonl"
echo '{"id": "extra", "text": "One more."}' >> "$tmp/docs2.jsonl"
"$cli" extract --input jsonl --quiet "$tmp/docs2.jsonl" -o "$tmp/two.jsonl" 2> /dev/null
sed -i 's/"finished": true/"finished": false/' "$tmp/two.jsonl.manifest.json"
echo '{"id": "added", "text": "And another."}' >> "$tmp/docs2.jsonl"
"$cli" extract --input jsonl --quiet "$tmp/docs2.jsonl" -o "$tmp/two.jsonl" --resume 2> "$tmp/err"
check "--resume with a changed input: status 2" test $? = 2
check "--resume with a changed input: says which" grep -q "input .*docs2.jsonl changed" "$tmp/err"
"$cli" extract --input jsonl --quiet "$docs" -o "$tmp/nomanifest.jsonl" 2> /dev/null
rm "$tmp/nomanifest.jsonl.manifest.json"
extract -o "$tmp/nomanifest.jsonl" --resume 2> "$tmp/err"
check "--resume without a manifest: status 2" test $? = 2
extract --resume 2> "$tmp/err"
check "--resume without -o: a usage error" grep -q "name it with -o FILE" "$tmp/err"
exit $fail
