#!/usr/bin/env bash
# Quick start, step one: set up, build, and run claimscope on the bundled example article.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh"
"${BUILD_DIR:-$root/build}/claimscope" extract --pretty "$root/examples/article.txt"
