#!/usr/bin/env bash
# Prints the engine's recompute times (criterion, then stage by stage), fit times of the
# buy-till-you-die models: natively (cargo, release) and in headless
# Chromium through the page (release build in dist/, built here first unless VP_SKIP_BUILD=1),
# then how the page handles customer lists of 1,000, 10,000 and 100,000 entries, and the
# download size of the build (scripts/size.sh) and how soon a first visit shows the demo.
# CDNOW_sample.txt is looked up in $VP_DATA_DIR, ../shared/data, then .cache/data
# (scripts/test-data.sh puts it there). Figures only; nothing is asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:/usr/local/bin:$PATH"
if [ -z "${VP_DATA_DIR:-}" ]; then
  if [ -f ../shared/data/CDNOW_sample.txt ]; then
    VP_DATA_DIR="$(cd ../shared/data && pwd)"
  else
    bash scripts/test-data.sh
    VP_DATA_DIR="$PWD/.cache/data"
  fi
  export VP_DATA_DIR
fi
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "## native: cargo bench --bench engine (criterion: full recompute and a single-stage edit)"
cargo bench --quiet --bench engine -- --noplot 2>&1 | grep -E "^engine/|time:|thrpt:|change:"
echo "## native: cargo run --release --example bench_engine (the same lists, stage by stage)"
cargo run --quiet --release --example bench_engine
echo "## native: cargo run --release --example bench_store (saving a list after an edit)"
cargo run --quiet --release --example bench_store
echo "## native: cargo run --release --example bench_btyd"
cargo run --quiet --release --example bench_btyd
echo "## browser: node tests/browser/bench.mjs"
if [ "${VP_SKIP_BUILD:-0}" != 1 ]; then bash scripts/build.sh >/dev/null 2>&1; fi
(cd tests/browser && { [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null; } && node bench.mjs)
echo "## browser: node tests/browser/bench-customers.mjs"
(cd tests/browser && node bench-customers.mjs)
echo "## browser: node tests/browser/bench-table.mjs (sort, search, page and scroll 100,000 customers)"
(cd tests/browser && node bench-table.mjs)
echo "## download size: scripts/size.sh dist"
bash scripts/size.sh dist
echo "## browser: node tests/browser/bench-startup.mjs"
(cd tests/browser && node bench-startup.mjs)
