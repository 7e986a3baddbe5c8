#!/usr/bin/env bash
# The test suite under sanitizers, as CI runs it after the plain suite:
#   1. AddressSanitizer + UndefinedBehaviorSanitizer over the whole CTest suite;
#   2. ThreadSanitizer over the multi-threaded paths: the CLI's workers (tests/parallel_test.sh),
#      a run stopped by signals and resumed (tests/runs_test.sh), engines created and
#      dropped while others extract (engine_stress), and threads that meet the combined
#      automaton compiling (grammar_threads).
# Each in its own build folder (build-asan, build-tsan); quick when nothing changed.
#
#   bash scripts/sanitize.sh [asan|tsan]...     (default: both)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh"  # the packages; the plain build is then up to date too
jobs=$(nproc)
kinds=("$@")
[ ${#kinds[@]} -eq 0 ] && kinds=(asan tsan)

configure() {  # DIR SANITIZERS [TARGET...]: builds the targets given, else everything
  local dir=$1 sanitizers=$2
  shift 2
  # -O1 -g1, as the sanitizers' docs advise. On the 2-core VM the ASan build takes 5 min 12 s
  # (8 min 24 s at -O2 -g1), and its tests ran 2 min 10 s in CI (4 min 31 s in a slower run;
  # 2 min 21 s at -O2 -g, before).
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMSCOPE_SANITIZE="$sanitizers" \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DCLAIMSCOPE_BUILD_BENCHMARKS=OFF >&2
  fi
  local targets=()
  [ $# -gt 0 ] && targets=(--target "$@")
  cmake --build "$dir" -j "$jobs" "${targets[@]}" >&2
}

for kind in "${kinds[@]}"; do
  case "$kind" in
    asan)
      configure "$root/build-asan" "address,undefined"
      echo "== AddressSanitizer + UndefinedBehaviorSanitizer: the whole suite"
      ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir "$root/build-asan" --output-on-failure -j "$jobs" --timeout 900
      ;;
    tsan)
      # Only what its four tests run: the tool (parallel, runs), engine_test (engine_stress)
      # and grammar_test (grammar_threads).
      configure "$root/build-tsan" "thread" claimscope engine_test grammar_test
      echo "== ThreadSanitizer: the multi-threaded paths"
      TSAN_OPTIONS=halt_on_error=1 \
        ctest --test-dir "$root/build-tsan" --output-on-failure -R '^(parallel|runs|engine_stress|grammar_threads)$' \
        --timeout 900
      ;;
    *)
      echo "sanitize.sh: unknown kind '$kind' (asan or tsan)" >&2
      exit 2
      ;;
  esac
done
