#!/usr/bin/env bash
# Every executed notebook under out/ must be valid nbformat, checked with Debian's python3-nbformat.
# Debian's python3 (/usr/bin/python3) on purpose: another python3 earlier on PATH cannot import Debian's modules.
set -euo pipefail
cd "$(dirname "$0")/../.."
shopt -s globstar nullglob
notebooks=(out/**/*.ipynb)
if [ "${#notebooks[@]}" -eq 0 ]; then
  echo "no executed notebooks under out/"
  exit 1
fi
/usr/bin/python3 - "${notebooks[@]}" <<'PY'
import sys
import nbformat

invalid = 0
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as f:
            nb = nbformat.read(f, as_version=nbformat.NO_CONVERT)
        nbformat.validate(nb)
        print(f"valid    {path} (nbformat {nb.nbformat}.{nb.nbformat_minor}, {len(nb.cells)} cells)")
    except Exception as e:  # report every file, then fail once
        invalid += 1
        print(f"INVALID  {path}: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")
print(f"{len(sys.argv) - 1 - invalid} valid, {invalid} invalid")
sys.exit(1 if invalid else 0)
PY
