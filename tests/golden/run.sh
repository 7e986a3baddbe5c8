#!/usr/bin/env bash
# Golden end-to-end tests of the CLI.
#
#   run.sh CLAIMSCOPE            compare every case with its expected output
#   run.sh CLAIMSCOPE --update   rewrite the expected output from the current CLI
#
# A case is cases/NAME.args (one argument per line), with cases/NAME.stdin as standard
# input when present. expected/NAME.out and expected/NAME.err hold standard output and
# standard error, expected/NAME.exit the exit code when it is not 0. Cases run in this
# folder, so document ids are the relative fixture paths.
set -u
cli=$(realpath "$1") || exit 2
update=${2:-}
cd "$(dirname "$0")" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

for args_file in cases/*.args; do
  name=$(basename "$args_file" .args)
  mapfile -t args <"$args_file"
  stdin=/dev/null
  [ -f "cases/$name.stdin" ] && stdin="cases/$name.stdin"
  "$cli" "${args[@]}" <"$stdin" >"$tmp/out" 2>"$tmp/err"
  code=$?
  if [ "$update" = "--update" ]; then
    cp "$tmp/out" "expected/$name.out"
    cp "$tmp/err" "expected/$name.err"
    if [ "$code" -ne 0 ]; then echo "$code" >"expected/$name.exit"; else rm -f "expected/$name.exit"; fi
    continue
  fi
  want_code=0
  [ -f "expected/$name.exit" ] && want_code=$(cat "expected/$name.exit")
  ok=1
  if [ "$code" -ne "$want_code" ]; then
    echo "FAIL $name: exit code $code, expected $want_code"
    ok=0
  fi
  for stream in out err; do
    if ! diff -u "expected/$name.$stream" "$tmp/$stream" >"$tmp/diff"; then
      label="standard output"
      [ "$stream" = err ] && label="standard error"
      echo "FAIL $name: $label differs:"
      head -n 40 "$tmp/diff"
      ok=0
    fi
  done
  if [ "$ok" = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done

if [ "$update" = "--update" ]; then
  echo "expected output rewritten; review it with git diff"
  exit 0
fi

# A reader that goes away early (| head) ends the run quietly, with status 0.
for _ in $(seq 2000); do cat fixtures/docs.jsonl; done >"$tmp/many.jsonl"
"$cli" extract --input jsonl "$tmp/many.jsonl" 2>"$tmp/pipe_err" | head -c 100 >/dev/null
status=${PIPESTATUS[0]}
# Status 1 is right while the documents it did write had errors; a write error is not.
if [ "$status" -gt 1 ] || grep -q "cannot write" "$tmp/pipe_err"; then
  echo "FAIL closed_pipe: status $status; $(grep -m1 "cannot write" "$tmp/pipe_err")"
  fail=$((fail + 1))
else
  pass=$((pass + 1))
fi

echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
