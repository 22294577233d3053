#!/usr/bin/env bash
# The Workbench Jupyter kernel under real Jupyter tools: install its kernelspec into a temporary Jupyter path, execute
# every walkthrough notebook (and the kernel's own fixture) with nbconvert, and compare the outputs with the headless
# runner's. Installs nothing itself: .ci/run apt-installs jupyter-nbconvert, python3-jupyter-client, python3-nbformat.
# Debian's python3 (/usr/bin/python3) on purpose: another python3 earlier on PATH cannot import Debian's modules.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=/usr/bin/python3
if ! "$PY" -c "import nbconvert, jupyter_client, nbformat" 2>/dev/null; then
  echo "Debian's jupyter-nbconvert / python3-jupyter-client are not installed"
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/jupyter"
kernel_name=workbench-ci
dotnet build lib/Workbench.Cli --nologo -v q >/dev/null
dotnet run --project lib/Workbench.Cli --no-build -- kernel install --prefix "$prefix" --name "$kernel_name"
export JUPYTER_PATH="$prefix/share/jupyter"

shopt -s nullglob
notebooks=(notebooks/*.ipynb tests/Workbench.Kernel.Tests/Fixtures/*.ipynb)
failed=0
for notebook in "${notebooks[@]}"; do
  name=$(basename "$notebook" .ipynb)
  echo "--- $notebook"
  reference="out/$name.ipynb"
  if [ "${notebook%/*}" != "notebooks" ] || [ ! -f "$reference" ]; then
    reference="$work/runner/$name.ipynb"
    dotnet run --project lib/Workbench.Cli --no-build -- run "$notebook" -o "$work/runner" >/dev/null || true
  fi
  start=$(date +%s)
  if ! "$PY" -m jupyter nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name="$kernel_name" \
      --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.startup_timeout=120 \
      --output-dir "$work/kernel" --output "$name.ipynb" "$notebook" 2>"$work/nbconvert.log"; then
    echo "  nbconvert failed:"; tail -n 20 "$work/nbconvert.log"; failed=$((failed + 1)); continue
  fi
  if [ ! -f "$reference" ]; then
    echo "  no headless runner output to compare with"; failed=$((failed + 1)); continue
  fi
  if "$PY" .ci/kernel/compare_outputs.py "$reference" "$work/kernel/$name.ipynb"; then
    echo "  same outputs as the headless runner ($(( $(date +%s) - start )) s under nbconvert)"
  else
    failed=$((failed + 1))
  fi
done
dotnet run --project lib/Workbench.Cli --no-build -- kernel uninstall --prefix "$prefix" --name "$kernel_name" >/dev/null
echo "kernel: $(( ${#notebooks[@]} - failed )) of ${#notebooks[@]} notebooks match"
[ "$failed" -eq 0 ]
