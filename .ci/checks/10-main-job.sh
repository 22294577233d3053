#!/usr/bin/env bash
# The README's first command: execute the walkthrough notebooks over data/ and write the report.
set -euo pipefail
rm -rf out
start=$(date +%s)
dotnet run --project lib/Workbench.Cli -- run notebooks -o out --html out/report.html
echo "walkthrough: $(( $(date +%s) - start )) s including the build check"
test -s out/report.html || { echo "out/report.html was not written"; exit 1; }
