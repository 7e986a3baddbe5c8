#!/usr/bin/env bash
# Hostile inputs: every one yields exactly one record, exit status 0 or 1, no crash, no hang.
#
#   hostile_test.sh CLAIMSCOPE
set -u
cli=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2
python3 - <<'PY'
import random
random.seed(7)
w = lambda name, data: open(name, "wb").write(data)
# Invalid UTF-8: overlong forms, surrogates, truncated sequences, stray continuation bytes.
w("invalid_utf8.txt", b"Overlong \xc0\xaf \xe0\x80\xaf, surrogate \xed\xa0\x80, truncated \xe2\x82 "
  b"and \xf0\x9f\x98, stray \x80\xbf, said \"the \xff minister\".")
w("nul_bytes.txt", b"The ministry\x00 said \"nothing\x00 at all\" on Monday.\x00" * 50)
w("empty.txt", b"")
w("one_long_line.txt", b"x" * (1 << 20))
w("unbalanced_quotes.txt", (" ".join(['"a' if i % 3 else "b'" for i in range(40000)])).encode())
w("binary.bin", bytes(random.getrandbits(8) for _ in range(300000)))
w("huge.txt", b"The bank said profits rose 5%. " * ((100 << 20) // 31))  # about 100 MB
w("bad.jsonl", b"not json\n")
w("no_text.jsonl", b'{"id": "a"}\n')
w("text_number.jsonl", b'{"id": "a", "text": 5}\n')
w("text_null.jsonl", b'{"id": "a", "text": null}\n')
w("deep.jsonl", b'{"id": "a", "x": ' + b"[" * 100000 + b"}\n")
w("huge_id.jsonl", b'{"id": "' + b"i" * (1 << 20) + b'", "text": "Officials said it rained."}\n')
w("crlf.jsonl", b'{"id": "a", "text": "x"}\r\n')
PY
fail=0
check() {  # NAME EXPECTED_RECORDS ARGS...
  local name=$1 want=$2
  shift 2
  timeout 300 "$cli" extract -j 2 --quiet "$@" >"$name.out" 2>"$name.err"
  local code=$?
  local got
  got=$(wc -l <"$name.out")
  if [ "$code" -gt 1 ]; then
    echo "FAIL $name: exit $code $(head -c 300 "$name.err")"
    fail=1
  elif [ "$got" -ne "$want" ]; then
    echo "FAIL $name: $got records, expected $want"
    fail=1
  elif ! python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$name.out"; then
    echo "FAIL $name: output is not JSON Lines"
    fail=1
  else
    echo "ok   $name: $got record(s), exit $code"
  fi
}
for f in invalid_utf8.txt nul_bytes.txt empty.txt one_long_line.txt unbalanced_quotes.txt \
         binary.bin; do
  check "$f" 1 "$f"
done
check huge.txt 1 huge.txt  # over --max-doc-bytes (64 MiB): a too_large record
for f in bad.jsonl no_text.jsonl text_number.jsonl text_null.jsonl deep.jsonl huge_id.jsonl \
         crlf.jsonl; do
  check "$f" 1 --input jsonl "$f"
done
check vanished 1 no-such-file.txt
mkdir unreadable_dir && check folder_for_file 1 --glob '*' unreadable_dir/../empty.txt
if [ "$fail" -ne 0 ]; then exit 1; fi
echo "hostile inputs: every one gave one record, exit 0 or 1"
