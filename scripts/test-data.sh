#!/usr/bin/env bash
# Puts the CDNOW purchase logs where tests look (.cache/data, exported as VP_DATA_DIR):
# from ../shared/data when it is there, otherwise from the `lifetimes` wheel on PyPI (MIT),
# which ships them. Nothing is committed.
#
# VP_SHARED_DATA (default ../shared/data) and VP_DATA_DEST (default .cache/data) exist so that
# scripts/test.sh can run the download path with ../shared hidden: a user's clone has no
# ../shared, so that path must never break unseen.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${VP_SHARED_DATA:-../shared/data}
dest=${VP_DATA_DEST:-.cache/data}
mkdir -p "$dest"
files="CDNOW_sample.txt CDNOW_master.txt cdnow_customers_summary.csv"
have_all() { for f in $files; do [ -s "$1/$f" ] || return 1; done; }
if have_all "$dest"; then exit 0; fi
if have_all "$shared"; then
  for f in $files; do cp "$shared/$f" "$dest/"; done
  exit 0
fi
# ../shared/data holds only the sample; the full log (real zero amounts, 23,570 customers) and
# the published summary come from the wheel in either case.
echo "[test-data] fetching the CDNOW logs from the lifetimes 0.11.3 wheel on PyPI"
wheel_dir=${VP_WHEEL_DIR:-.cache/wheel}
python3 -m pip download --quiet --no-deps lifetimes==0.11.3 -d "$wheel_dir"
python3 - "$wheel_dir" "$dest" <<'PY'
import os, sys, zipfile
# PyPI names the wheel "Lifetimes-0.11.3-…" (capital L); match the name case-insensitively.
wheels = [f for f in os.listdir(sys.argv[1])
          if f.lower().startswith("lifetimes-0.11.3-") and f.endswith(".whl")]
if not wheels:
    sys.exit(f"[test-data] no lifetimes 0.11.3 wheel in {sys.argv[1]}: {os.listdir(sys.argv[1])}")
with zipfile.ZipFile(os.path.join(sys.argv[1], wheels[0])) as z:
    for name in ("CDNOW_sample.txt", "CDNOW_master.txt", "cdnow_customers_summary.csv"):
        with open(os.path.join(sys.argv[2], name), "wb") as out:
            out.write(z.read(f"lifetimes/datasets/{name}"))
PY
