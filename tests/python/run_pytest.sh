#!/usr/bin/env bash
# Runs the Python tests (tests/python) against a build: the module in BUILD/python, the CLI
# at BUILD/claimscope. Exits 77 (CTest's skip) when the module was not built or pytest is
# missing, with a message saying why.
#
#   bash tests/python/run_pytest.sh BUILD_DIR [PYTEST_ARGS...]
#
# The interpreter is $CLAIMSCOPE_PYTHON_EXE, else /usr/bin/python3 (Debian's, where apt puts
# python3-pytest and python3-dask), else python3.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: run_pytest.sh BUILD_DIR [PYTEST_ARGS...]}" && pwd) || exit 2
shift
python=${CLAIMSCOPE_PYTHON_EXE:-}
if [ -z "$python" ]; then
  if [ -x /usr/bin/python3 ]; then python=/usr/bin/python3; else python=python3; fi
fi
if ! ls "$build"/python/claimscope/_claimscope*.so >/dev/null 2>&1; then
  echo "SKIP: the Python module was not built in $build/python (needs pybind11-dev and" \
       "python3-dev, and CLAIMSCOPE_PYTHON not OFF)"
  exit 77
fi
if ! "$python" -c 'import pytest' 2>/dev/null; then
  echo "SKIP: pytest is missing for $python (apt-get install python3-pytest)"
  exit 77
fi
export CLAIMSCOPE_BUILD_DIR=$build
export PYTHONDONTWRITEBYTECODE=1  # no __pycache__ in the source tree
export PYTHONPATH=$build/python${PYTHONPATH:+:$PYTHONPATH}
if [ $# -eq 0 ] || [[ "$1" == -* ]]; then set -- "$here" "$@"; fi
# -p no:cacheprovider: write nothing into the source tree.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$python" -m pytest -q -rs -p no:cacheprovider "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# pytest: 5 = no tests collected. Every test skipped (say, no python3-distributed) is a skip.
[ "$status" -eq 5 ] && exit 77
if [ "$status" -eq 0 ] && tail -n 1 "$log" | grep -q ' skipped' &&
   ! tail -n 1 "$log" | grep -q ' passed'; then
  exit 77
fi
exit "$status"
