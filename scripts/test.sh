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

step "rustfmt"
cargo fmt --check
step "clippy"
cargo clippy --locked --all-targets -- -D warnings
step "docs"
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --lib
step "native tests"
cargo test --locked
step "release build"
bash scripts/build.sh
step "browser tests (release build, headless Chromium)"
(cd tests/browser && npm test)
step "all tests passed"
