#!/usr/bin/env bash
# Builds the release page into dist/ with the locally installed tools only.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:/usr/local/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
trunk build --release
