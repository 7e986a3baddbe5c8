#!/bin/bash
# Installs the build into a temporary prefix and builds the API examples against the
# installed copy, once through find_package(claimscope) (tests/install/CMakeLists.txt) and
# once through pkg-config; each program must run on examples/article.txt as in the tree.
#
#   bash tests/install_test.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: install_test.sh BUILD_DIR}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
article=$here/../examples/article.txt
expect='document date: 2025-02-11'

cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"
for f in include/claimscope/engine.h include/claimscope/version.h include/claimscope_c.h \
         lib/libclaimscope.a lib/libclaimscope_c.a bin/claimscope \
         lib/cmake/claimscope/claimscopeConfig.cmake lib/pkgconfig/claimscope.pc; do
  [[ -e $work/prefix/$f ]] || { echo "install_test: $f was not installed" >&2; exit 1; }
done
# The shared libraries, when the build made them (CLAIMSCOPE_SHARED, CLAIMSCOPE_C_SHARED).
shared=0
[[ -e $build/engine/libclaimscope.so ]] && shared=1
for lib in engine/libclaimscope.so bindings/c/libclaimscope_c.so; do
  if [[ -e $build/$lib ]] && [[ ! -e $work/prefix/lib/$(basename "$lib") ]]; then
    echo "install_test: lib/$(basename "$lib") was not installed" >&2
    exit 1
  fi
done

# find_package(claimscope)
cmake -S "$here/install" -B "$work/consumer" -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_PREFIX_PATH="$work/prefix" -DEXAMPLES_DIR="$here/../examples" > "$work/cmake.log" \
  || { cat "$work/cmake.log" >&2; exit 1; }
cmake --build "$work/consumer" -j2 > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
runs() {  # PROGRAM: it runs on the article and prints its date
  "$@" "$article" > "$work/out.txt" || { echo "install_test: $1 failed" >&2; exit 1; }
  grep -q "$expect" "$work/out.txt" || { echo "install_test: $1 printed no date" >&2; exit 1; }
}
runs "$work/consumer/api_example"
runs "$work/consumer/c_example"
if [[ $shared == 1 ]]; then runs "$work/consumer/api_example_shared"; fi
echo "install_test: find_package(claimscope): api_example, c_example (and the shared" \
     "library's api_example: $shared) run"

# pkg-config
export PKG_CONFIG_PATH=$work/prefix/lib/pkgconfig
# shellcheck disable=SC2046  # pkg-config prints words to split
c++ -O1 -o "$work/api_example_pc" "$here/../examples/api_example.cc" \
    $(pkg-config --cflags --libs --static claimscope)
# (With libclaimscope.so installed beside the archive, -lclaimscope links the shared one.)
LD_LIBRARY_PATH=$work/prefix/lib runs "$work/api_example_pc"
echo "install_test: pkg-config claimscope: api_example runs"
