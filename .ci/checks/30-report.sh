#!/usr/bin/env bash
# out/report.html must open offline in headless Chromium with every chart drawn by plotly.js (its SVG present).
# The network is unusable for the browser (a dead proxy), so a page that needs a CDN fails here.
set -euo pipefail
cd "$(dirname "$0")/../.."
page=out/report.html
if [ ! -f "$page" ]; then
  echo "$page is missing"
  exit 1
fi
if grep -Eq '<script[^>]+src="https?:' "$page"; then
  echo "$page loads a script from the network"
  exit 1
fi
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium is not installed (apt-get install chromium)"
  exit 1
fi
charts=$(grep -o 'class="wb-plot"' "$page" | wc -l || true)
dom=$(mktemp)
profile=$(mktemp -d)
trap 'rm -rf "$dom" "$profile"' EXIT
timeout 180 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --proxy-server="http://127.0.0.1:9" --proxy-bypass-list="<-loopback>" --user-data-dir="$profile" \
  --virtual-time-budget=3000 --dump-dom "file://$PWD/$page" >"$dom" 2>/dev/null || true
svgs=$(grep -o 'class="main-svg"' "$dom" | wc -l || true)
echo "charts in page: $charts, plotly SVGs rendered: $svgs"
if [ "$charts" -eq 0 ]; then
  echo "warning: the report has no charts"
fi
if [ "$svgs" -lt "$charts" ]; then
  echo "some charts did not render"
  exit 1
fi
