#!/usr/bin/env bash
# Installs what claimscope needs on Debian 12 (only the packages that are missing), then
# configures and builds it in Release in build/. Idempotent: quick when nothing changed.
#
#   bash scripts/setup.sh            # as root, or as a user with sudo
#   BUILD_DIR=out bash scripts/setup.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}

packages=(g++ make cmake pkg-config python3 zlib1g-dev libicu-dev libre2-dev libcld2-dev libgumbo-dev
          libboost-program-options-dev doctest-dev libmimalloc-dev
          pybind11-dev python3-dev python3-pytest python3-dask python3-distributed)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install ${missing[*]}" >&2; exit 2; }
    sudo=sudo
  fi
  # apt-get's hundreds of lines go to a log, shown only if it fails.
  log=$(mktemp -t claimscope-apt.XXXXXX)
  echo "setup: installing ${#missing[@]} Debian packages (${missing[*]}); a few minutes, log in $log" >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! { $sudo apt-get update -qq && \
         $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; } > "$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "setup: apt-get failed (whole log: $log)" >&2
    exit 2
  fi
  echo "setup: packages installed" >&2
fi
echo "setup: building in $build" >&2

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >&2
fi
cmake --build "$build" -j "$(nproc)" >&2
