#!/usr/bin/env bash
# claimscope vs wink-nlp throughput on the same documents, in the same run.
#
#   bash benchmarks/wink/compare.sh [BUILD_DIR] [PATH...]
#
# BUILD_DIR (default: build/ of this source tree) is taken as the first argument when it is a
# folder holding a claimscope executable. PATH is a .jsonl file ({"id", "text"} a line) or a
# folder of .txt files (recursive, sorted); by default ../shared/corpus/reuters21578.jsonl and
# ../shared/corpus/bbc beside the source tree (a corpus that is absent is skipped).
#
# For each corpus: (a) `claimscope extract -j1 --quiet` over the corpus, output to /dev/null,
# wall time from date +%s.%N (user+sys CPU from /usr/bin/time when present); the start-up
# cost (an extract over an empty input of the same kind, best of 3) is also subtracted for a
# start-up-free figure; (b) wink_bench.js (wink-nlp + wink-eng-lite-web-model, one timed pass
# after a 200-document warm-up, model load not timed). MB = 10^6 bytes of document text, the
# count wink_bench.js reports (JSONL: the "text" fields, not the whole lines).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

BUILD_DIR="$ROOT/build"
if [[ $# -gt 0 && -d "$1" && -x "$1/claimscope" ]]; then
  BUILD_DIR="$1"
  shift
fi
CS="$BUILD_DIR/claimscope"
if [[ ! -x "$CS" ]]; then
  echo "compare.sh: no claimscope executable at $CS (build first: bash scripts/setup.sh)" >&2
  exit 2
fi

if ! command -v node >/dev/null 2>&1; then
  echo "compare.sh: node is not available; install Node.js (>= 16) to run wink-nlp" >&2
  exit 2
fi
if [[ ! -d "$HERE/node_modules/wink-nlp" || ! -d "$HERE/node_modules/wink-eng-lite-web-model" ]]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "compare.sh: npm is not available and $HERE/node_modules is missing;" \
         "install npm, then run: npm ci --prefix benchmarks/wink" >&2
    exit 2
  fi
  echo "installing wink-nlp (npm ci --prefix $HERE) ..." >&2
  npm ci --prefix "$HERE" --no-audit --no-fund >&2
fi

if [[ $# -gt 0 ]]; then
  CORPORA=("$@")
else
  CORPORA=("$ROOT/../shared/corpus/reuters21578.jsonl" "$ROOT/../shared/corpus/bbc")
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
: > "$TMP/empty.jsonl"
mkdir -p "$TMP/empty_dir"

HAVE_TIME=0
[[ -x /usr/bin/time ]] && HAVE_TIME=1

# run_cs OUT_PREFIX ARGS...: runs claimscope, writes wall seconds to OUT_PREFIX.wall and
# user+sys seconds to OUT_PREFIX.cpu (empty when /usr/bin/time is missing).
run_cs() {
  local out="$1"; shift
  local t0 t1 rc=0
  t0=$(date +%s.%N)
  if [[ $HAVE_TIME == 1 ]]; then
    /usr/bin/time -f '%U %S' -o "$out.time" "$CS" "$@" > /dev/null || rc=$?
  else
    "$CS" "$@" > /dev/null || rc=$?
  fi
  t1=$(date +%s.%N)
  # Exit status 1 means some documents had errors (each still has its record): still timed.
  if [[ $rc -gt 1 ]]; then
    echo "compare.sh: claimscope $* failed with status $rc" >&2
    exit 2
  fi
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", b - a }' > "$out.wall"
  if [[ $HAVE_TIME == 1 ]]; then
    awk '{ printf "%.2f\n", $1 + $2 }' "$out.time" > "$out.cpu"
  else
    : > "$out.cpu"
  fi
}

ROWS=()
RESULTS=()
for CORPUS in "${CORPORA[@]}"; do
  if [[ ! -e "$CORPUS" ]]; then
    echo "SKIP: $CORPUS not found (corpora live in ../shared/corpus beside the source tree)"
    continue
  fi
  NAME="$(basename "${CORPUS%/}")"
  NAME="${NAME%.jsonl}"
  if [[ -d "$CORPUS" ]]; then
    ARGS=(extract -j1 --quiet "$CORPUS")
    EMPTY=(extract -j1 --quiet "$TMP/empty_dir")
  elif [[ "$CORPUS" == *.jsonl ]]; then
    ARGS=(extract -j1 --quiet --input jsonl "$CORPUS")
    EMPTY=(extract -j1 --quiet --input jsonl "$TMP/empty.jsonl")
  else
    ARGS=(extract -j1 --quiet "$CORPUS")
    EMPTY=(extract -j1 --quiet "$TMP/empty.jsonl")
  fi

  echo "== $NAME ($CORPUS)"
  # Start-up: best of 3 runs over an empty input of the same kind.
  STARTUP=""
  for i in 1 2 3; do
    run_cs "$TMP/startup" "${EMPTY[@]}"
    s=$(cat "$TMP/startup.wall")
    if [[ -z "$STARTUP" ]] || awk -v a="$s" -v b="$STARTUP" 'BEGIN { exit !(a < b) }'; then
      STARTUP="$s"
    fi
  done

  run_cs "$TMP/cs" "${ARGS[@]}"
  CS_WALL=$(cat "$TMP/cs.wall")
  CS_CPU=$(cat "$TMP/cs.cpu")

  node "$HERE/wink_bench.js" --name "$NAME" "$CORPUS" | tee "$TMP/wink.out"
  WLINE=$(grep '^RESULT bench=wink ' "$TMP/wink.out")
  field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<< "$WLINE"; }
  BYTES=$(field bytes)
  DOCS=$(field docs)
  WINK_MBPS=$(field mb_per_s)
  WINK_S=$(field seconds)
  WINK_CPU=$(field cpu_seconds)

  read -r CS_MBPS CS_MBPS_NS RATIO RATIO_NS CS_CPU_MBPS WINK_CPU_MBPS RATIO_CPU < <(
    awk -v b="$BYTES" -v w="$CS_WALL" -v st="$STARTUP" -v ws="$WINK_S" -v cc="$CS_CPU" -v wc="$WINK_CPU" '
      BEGIN {
        mb = b / 1e6; wink = mb / ws
        cs = mb / w; ns = (w - st > 0) ? mb / (w - st) : 0
        ccm = (cc != "" && cc > 0) ? mb / cc : 0
        wcm = (wc > 0) ? mb / wc : 0
        printf "%.2f %.2f %.2f %.2f %.2f %.2f %.2f\n", cs, ns, cs / wink, ns / wink,
               ccm, wcm, (wcm > 0 ? ccm / wcm : 0)
      }')
  echo "claimscope extract -j1: $DOCS docs, wall ${CS_WALL} s (start-up ${STARTUP} s)," \
       "CPU ${CS_CPU:-n/a} s -> $CS_MBPS MB/s, $CS_MBPS_NS MB/s start-up-free"
  echo
  ROWS+=("$(printf '%-14s %7s %7.2f %11s %11s %9s %7s %9s %10s' "$NAME" "$DOCS" \
    "$(awk -v b="$BYTES" 'BEGIN { print b / 1e6 }')" "$CS_MBPS" "$CS_MBPS_NS" "$WINK_MBPS" \
    "$RATIO" "$RATIO_NS" "$RATIO_CPU")")
  RESULTS+=("RESULT bench=compare corpus=$NAME claimscope_mb_per_s=$CS_MBPS wink_mb_per_s=$WINK_MBPS ratio=$RATIO claimscope_mb_per_s_no_startup=$CS_MBPS_NS ratio_no_startup=$RATIO_NS startup_s=$STARTUP claimscope_cpu_mb_per_s=$CS_CPU_MBPS wink_cpu_mb_per_s=$WINK_CPU_MBPS ratio_cpu=$RATIO_CPU docs=$DOCS")
done

if [[ ${#ROWS[@]} -eq 0 ]]; then
  echo "SKIP: no corpus found; nothing compared"
  exit 0
fi

echo "MB/s on one thread (MB = 10^6 bytes of document text); ratio = claimscope / wink-nlp"
printf '%-14s %7s %7s %11s %11s %9s %7s %9s %10s\n' corpus docs MB "claimscope" "cs no-start" \
  "wink-nlp" ratio "ratio n-s" "ratio CPU"
for r in "${ROWS[@]}"; do echo "$r"; done
for r in "${RESULTS[@]}"; do echo "$r"; done
