#!/usr/bin/env bash
# Builds the libFuzzer targets in a build tree of their own and runs each for SECONDS.
#
#   tests/fuzz/run.sh SECONDS [TARGET...]     # default: every target, one after the other
#
# Each target runs on a copy of its seed corpus (tests/fuzz/corpus/<target>/) in a work
# directory, so the seeds in the repository never change; new inputs and crash files land
# there. Prints, per target: execs/s, final corpus size, coverage, and whether it crashed.
# Exits 1 if any target found a crash (the crash file's path is printed), 2 on usage or
# build errors.
#
# Environment:
#   CLAIMSCOPE_SRC        source tree (default: the repository holding this script)
#   FUZZ_BUILD_DIR        build tree (default: $CLAIMSCOPE_SRC/build-fuzz)
#   FUZZ_WORK_DIR         work directories (default: $FUZZ_BUILD_DIR/fuzz-work)
#   FUZZ_NO_BUILD=1       skip configure and build (e.g. for a second run.sh in parallel)
#   FUZZ_JOBS             build parallelism (default: nproc)
#   FUZZ_EXTRA_ARGS       more libFuzzer flags, e.g. "-dict=x.dict -seed=1"
#   FUZZ_KEEP_CORPUS=1    continue from the work corpus of an earlier run instead of the seeds
set -euo pipefail

usage() {
  echo "usage: $0 SECONDS [TARGET...]  (targets: tokenizer_fuzz jsonl_fuzz html_fuzz lexicon_fuzz grammar_fuzz extract_fuzz language_fuzz runfile_fuzz)" >&2
  exit 2
}
[[ $# -ge 1 && $1 =~ ^[0-9]+$ ]] || usage
SECONDS_PER_TARGET=$1
shift
ALL_TARGETS=(tokenizer_fuzz jsonl_fuzz html_fuzz lexicon_fuzz grammar_fuzz extract_fuzz language_fuzz runfile_fuzz)
TARGETS=("$@")
[[ ${#TARGETS[@]} -gt 0 ]] || TARGETS=("${ALL_TARGETS[@]}")

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SRC=${CLAIMSCOPE_SRC:-$(cd "$HERE/../.." && pwd)}
BUILD=${FUZZ_BUILD_DIR:-$SRC/build-fuzz}
WORK=${FUZZ_WORK_DIR:-$BUILD/fuzz-work}
CORPUS_SRC=$SRC/tests/fuzz/corpus
JOBS=${FUZZ_JOBS:-$(nproc)}

# The largest input each target is given: the grammar target compiles regular expressions
# (keep it small), the others handle a short news text or record.
max_len_of() {
  case $1 in
    grammar_fuzz) echo 512 ;;
    lexicon_fuzz) echo 2048 ;;
    extract_fuzz) echo 4096 ;;
    *) echo 4096 ;;
  esac
}

for t in "${TARGETS[@]}"; do
  case " ${ALL_TARGETS[*]} " in *" $t "*) ;; *) echo "unknown target: $t" >&2; usage ;; esac
done

if [[ ${FUZZ_NO_BUILD:-0} != 1 ]]; then
  if [[ ! -f $BUILD/CMakeCache.txt ]]; then
    CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$SRC" -B "$BUILD" \
      -DCLAIMSCOPE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCLAIMSCOPE_BUILD_TESTS=OFF -DCLAIMSCOPE_BUILD_BENCHMARKS=OFF \
      -DCLAIMSCOPE_BUILD_EXAMPLES=OFF -DCLAIMSCOPE_BUILD_CLI=ON || exit 2
  fi
  cmake --build "$BUILD" -j "$JOBS" --target "${TARGETS[@]}" || exit 2
fi

# ASan: report leaks too; UBSan: stack traces. libFuzzer stops at the first finding.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
summary=()
for t in "${TARGETS[@]}"; do
  bin=$BUILD/fuzz/$t
  [[ -x $bin ]] || { echo "missing binary: $bin" >&2; exit 2; }
  dir=$WORK/$t
  mkdir -p "$dir/artifacts"
  if [[ ${FUZZ_KEEP_CORPUS:-0} != 1 || ! -d $dir/corpus ]]; then
    rm -rf "$dir/corpus"
    mkdir -p "$dir/corpus"
    cp -r "$CORPUS_SRC/$t/." "$dir/corpus/" 2>/dev/null || true
  fi
  # Artifacts of an earlier run would be mistaken for this run's.
  rm -f "$dir"/artifacts/crash-* "$dir"/artifacts/leak-* "$dir"/artifacts/timeout-* \
        "$dir"/artifacts/oom-* "$dir"/artifacts/slow-unit-*
  log=$dir/fuzz.log
  echo "== $t: ${SECONDS_PER_TARGET}s, -max_len=$(max_len_of "$t"), log $log"
  start=$(date +%s)
  rc=0
  # shellcheck disable=SC2086
  "$bin" "$dir/corpus" \
    -max_total_time="$SECONDS_PER_TARGET" -print_final_stats=1 \
    -max_len="$(max_len_of "$t")" -timeout=30 -rss_limit_mb=2560 \
    -artifact_prefix="$dir/artifacts/" ${FUZZ_EXTRA_ARGS:-} >"$log" 2>&1 || rc=$?
  elapsed=$(( $(date +%s) - start ))

  execs=$(grep -o 'stat::average_exec_per_sec:[[:space:]]*[0-9]*' "$log" | grep -o '[0-9]*$' | head -1 || true)
  runs=$(grep -o 'stat::number_of_executed_units:[[:space:]]*[0-9]*' "$log" | grep -o '[0-9]*$' | head -1 || true)
  rss=$(grep -o 'stat::peak_rss_mb:[[:space:]]*[0-9]*' "$log" | grep -o '[0-9]*$' | head -1 || true)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  # -fork=1 prints no stat:: lines: take the executions from its last status line.
  if [[ -z $runs ]]; then
    runs=$(grep -oE '^#[0-9]+' <<<"$last" | tr -d '#' || true)
    [[ -n $runs && $elapsed -gt 0 ]] && execs=$(( runs / elapsed ))
  fi
  cov=$(grep -o 'cov: [0-9]*' <<<"$last" | head -1 || true)
  ft=$(grep -o 'ft: [0-9]*' <<<"$last" | head -1 || true)
  units=$(find "$dir/corpus" -type f | wc -l)
  bytes=$(find "$dir/corpus" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  crash=$(find "$dir/artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
          -o -name 'oom-*' \) | head -1)

  echo "  time: ${elapsed}s  runs: ${runs:-?}  execs/s: ${execs:-?}  peak RSS: ${rss:-?} MB"
  echo "  corpus: $units units, $bytes bytes  ${cov:-cov: ?}  ${ft:-ft: ?}"
  if [[ -n $crash || $rc -ne 0 ]]; then
    status=1
    echo "  FOUND: exit $rc, ${crash:-no artifact file (see the log)}"
    grep -E 'ERROR: |FUZZ_CHECK failed|runtime error:|SUMMARY:' "$log" | head -5 | sed 's/^/    /'
    summary+=("$t: CRASH ${crash:-(exit $rc)}")
  else
    echo "  no crash"
    summary+=("$t: ok (${execs:-?} execs/s, $units units / $bytes bytes, ${cov:-?} ${ft:-?})")
  fi
done

echo "== summary"
printf '  %s\n' "${summary[@]}"
exit $status
