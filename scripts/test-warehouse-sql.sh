#!/usr/bin/env bash
# Runs the SQL of docs/warehouse-summary.md (and the README's copy) in DuckDB, and in Spark when
# a Java 17+ runtime is present, on the CDNOW logs and checks it gives exactly the page's
# summary (scripts/warehouse_sql_check.py says how).
#
# The Python packages go into .cache/python/<name>-<version> with `pip install --target`: the
# system Python is not changed, no venv module is needed (Debian ships it separately), and
# Debian's "externally managed" guard does not apply to --target. Each is installed once; a
# marker file written after a complete install makes later runs skip it.
#   VP_SKIP_SPARK=1  do not install pyspark (about 450 MB, 2 minutes) or run Spark
#   VP_DATA_DIR      folder holding CDNOW_sample.txt (default: as scripts/test-data.sh puts it)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m[warehouse-sql]\033[0m %s\n' "$*"; }

DUCKDB_VERSION=2.0.1
PYSPARK_VERSION=4.3.0
SQLGLOT_VERSION=30.31.0
py_path=""

# install NAME VERSION: pip-installs NAME==VERSION into its own folder unless already there.
install() {
  local dir=".cache/python/$1-$2"
  if ! [ -f "$dir/.complete" ]; then
    say "installing $1 $2 into $dir"
    rm -rf "$dir"
    python3 -m pip install --quiet --disable-pip-version-check --no-warn-script-location \
      --root-user-action=ignore \
      --target "$dir" "$1==$2"
    touch "$dir/.complete"
  fi
  py_path="$PWD/$dir${py_path:+:$py_path}"
}

java_major() {
  command -v java >/dev/null 2>&1 || return 1
  java -version 2>&1 | sed -n 's/.*version "\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' | head -1
}

install duckdb "$DUCKDB_VERSION"
require_spark=0
major=$(java_major || true)
if [ "${VP_SKIP_SPARK:-0}" = 1 ]; then
  say "Spark skipped: VP_SKIP_SPARK=1"
elif [ -n "$major" ] && [ "$major" -ge 17 ]; then
  install pyspark "$PYSPARK_VERSION"
  require_spark=1
else
  say "no Java 17+ runtime: Spark SQL is only parsed (sqlglot), not run"
  install sqlglot "$SQLGLOT_VERSION"
fi

[ -n "${VP_DATA_DIR:-}" ] || { bash scripts/test-data.sh; export VP_DATA_DIR="$PWD/.cache/data"; }
# Spark's JVM picks the machine's network address unless told otherwise; keep it on loopback.
export SPARK_LOCAL_IP=127.0.0.1
PYTHONPATH="$py_path${PYTHONPATH:+:$PYTHONPATH}" VP_REQUIRE_SPARK=$require_spark \
  python3 scripts/warehouse_sql_check.py
