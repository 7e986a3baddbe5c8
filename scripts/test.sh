#!/usr/bin/env bash
# Quick start, step two: set up, build, and run the whole test suite (CTest).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh"
# Chromium renders the HTML view and the stats report in two tests; without it they are skipped.
if ! command -v chromium >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo=sudo
  echo "test: installing chromium for the HTML tests (about a minute, quietly)" >&2
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
      --no-install-recommends chromium; } \
    >/dev/null 2>&1 || echo "test: chromium not installed; the HTML tests will be skipped" >&2
fi
echo "test: running the test suite (CTest)" >&2
ctest --test-dir "${BUILD_DIR:-$root/build}" --output-on-failure -j "$(nproc)"
