#!/usr/bin/env bash
# CTest wrapper: Recognizers-Text value-match benchmark (benchmarks/recognizers_eval.py).
# Usage: recognizers_test.sh CLAIMSCOPE_BINARY_DIR SHARED_DIR [extra harness options...]
# Passes the harness's exit code through: 0 ok, 1 below a --min-pass threshold,
# 2 CLI failure or misaligned output, 77 shared data missing (skipped).
set -u
if [ $# -lt 2 ]; then
  echo "usage: $0 CLAIMSCOPE_BINARY_DIR SHARED_DIR [harness options...]" >&2
  exit 2
fi
build=$1
shared=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
exec python3 "$here/../benchmarks/recognizers_eval.py" --build "$build" --shared "$shared" "$@"
