#!/usr/bin/env bash
# Puts the CDNOW purchase logs where tests look (.cache/data, exported as VP_DATA_DIR):
# from ../shared/data when it is there, otherwise from the `lifetimes` wheel on PyPI (MIT),
# which ships them. Nothing is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=.cache/data
mkdir -p "$dest"
if [ -f "$dest/CDNOW_sample.txt" ]; then exit 0; fi
if [ -f ../shared/data/CDNOW_sample.txt ]; then
  cp ../shared/data/CDNOW_sample.txt "$dest/"
  exit 0
fi
echo "[test-data] fetching the CDNOW logs from the lifetimes 0.11.3 wheel on PyPI"
wheel_dir=.cache/wheel
python3 -m pip download --quiet --no-deps lifetimes==0.11.3 -d "$wheel_dir"
python3 - "$wheel_dir" "$dest" <<'PY'
import glob, sys, zipfile
wheel = glob.glob(f"{sys.argv[1]}/lifetimes-0.11.3-*.whl")[0]
with zipfile.ZipFile(wheel) as z:
    for name in ("CDNOW_sample.txt", "CDNOW_master.txt", "cdnow_customers_summary.csv"):
        with open(f"{sys.argv[2]}/{name}", "wb") as out:
            out.write(z.read(f"lifetimes/datasets/{name}"))
PY
