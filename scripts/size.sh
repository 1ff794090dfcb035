#!/usr/bin/env bash
# Prints the download size of the built page (dist/, or the folder given): the wasm and the
# other files a first visit loads, raw and gzipped (gzip -9, as a static server would send
# them at best), each language file the page fetches when that language is chosen, and the
# workers' files: the workbook worker's, fetched when an Excel workbook is exported, and the
# decoding worker's, fetched when a file in a legacy encoding is imported.
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${1:-dist}"
gz() { gzip -9 -c "$1" | wc -c; }
row() { printf '%-40s %10s %10s\n' "$1" "$2" "$3"; }
row file raw gzipped
total_raw=0
total_gz=0
on_demand() { case "$(basename "$1")" in xlsx-worker* | decode-worker*) return 0 ;; *) return 1 ;; esac; }
for f in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css "$dist"/index.html; do
  [ -f "$f" ] || continue
  on_demand "$f" && continue
  raw=$(wc -c <"$f")
  z=$(gz "$f")
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + z))
  row "$(basename "$f")" "$raw" "$z"
done
row "first load (above)" "$total_raw" "$total_gz"
for f in "$dist"/i18n-*.txt; do
  [ -f "$f" ] || continue
  row "$(basename "$f") (on choice)" "$(wc -c <"$f")" "$(gz "$f")"
done
for f in "$dist"/xlsx-worker*; do
  [ -f "$f" ] || continue
  row "$(basename "$f") (on workbook export)" "$(wc -c <"$f")" "$(gz "$f")"
done
for f in "$dist"/decode-worker*; do
  [ -f "$f" ] || continue
  row "$(basename "$f") (on legacy-encoded import)" "$(wc -c <"$f")" "$(gz "$f")"
done
# Issue 15's budget: the page's wasm under 500 KB gzipped.
for f in "$dist"/*_bg.wasm; do
  on_demand "$f" && continue
  z=$(gz "$f")
  awk -v z="$z" -v name="$(basename "$f")" 'BEGIN {
    budget = 500 * 1000
    if (z <= budget) printf "%s gzipped: %d bytes, within the 500 KB budget\n", name, z
    else printf "%s gzipped: %d bytes, budget 500 KB, missed %.1fx\n", name, z, z / budget }'
done
