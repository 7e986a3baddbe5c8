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

# The seed in a web page yields the seed's mentions.
python3 "$here/wrap_page.py" "$seed" >"$tmp/seed.html"
"$cli" extract --input html --date 2024-04-01 "$tmp/seed.html" >"$tmp/seed_page.jsonl" ||
  { echo "FAIL: extract --input html on the seed page exited $?"; fail=1; }
python3 - "$tmp/seed.jsonl" "$tmp/seed_page.jsonl" <<'PY' || fail=1
import json, sys
def mentions(path):
    r = json.loads(open(path).readline())
    spk = lambda q: (q.get("speaker") or {}).get("text")
    return (sorted((e["type"], e["text"]) for e in r["entities"]),
            sorted((q["type"], q["text"], str(q["value"])) for q in r["quantities"]),
            sorted((q["kind"], " ".join(q["text"].split()), spk(q) or "") for q in r["quotes"]))
plain, page = mentions(sys.argv[1]), mentions(sys.argv[2])
for name, a, b in zip(("entities", "quantities", "quotes"), plain, page):
    if a != b:
        print(f"FAIL: the seed page's {name} differ from the text's:", [x for x in a if x not in b], [x for x in b if x not in a])
        sys.exit(1)
print("seed page: same entities, quantities and quotes as the text")
PY

reuters="$shared/corpus/reuters21578.jsonl"
"$cli" extract --input jsonl "$reuters" >"$tmp/reuters.jsonl"
code=$?
[ "$code" -le 1 ] || { echo "FAIL: extract on Reuters exited $code"; fail=1; }
python3 "$here/check_output.py" --pred "$tmp/reuters.jsonl" --jsonl "$reuters" || fail=1

if [ "$fail" -ne 0 ]; then echo "shared data: FAILED"; exit 1; fi
echo "shared data: all checks passed"
