#!/usr/bin/env python3
"""Trunk post-build hook: makes the built page installable and offline-safe.

- Writes sw.js: a service worker that caches every built file (hashed names included) under a
  cache named after the build, so one build's files are never mixed with another's.
- Adds a Content-Security-Policy meta tag that allows only the page's own files (plus the
  exact hash of Trunk's inline loader script) and a build id the page compares on start-up to
  say "updated".
"""
import base64
import hashlib
import json
import os
import re
import sys
import time

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
index_path = os.path.join(staging, "index.html")
with open(index_path, encoding="utf-8") as f:
    html = f.read()

files = sorted(
    name for name in os.listdir(staging)
    if os.path.isfile(os.path.join(staging, name)) and name not in ("sw.js",)
)
digest = hashlib.sha256()
for name in files:
    if name == "index.html":
        continue
    with open(os.path.join(staging, name), "rb") as f:
        digest.update(name.encode() + b"\0" + f.read())
build = digest.hexdigest()[:16]

inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
hashes = " ".join(
    "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
    for s in inline_scripts
)
csp = (
    "default-src 'self'; "
    f"script-src 'self' 'wasm-unsafe-eval' {hashes}; "
    "style-src 'self'; "
    "img-src 'self' data: blob:; "
    "connect-src 'self'; "
    "worker-src 'self'; "
    "manifest-src 'self'; "
    "object-src 'none'; "
    "base-uri 'self'; "
    "form-action 'none'"
)
meta = (
    f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
    f'<meta name="vp-build" content="{build}">\n'
)
html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', "", html)
html = re.sub(r'<meta name="vp-build"[^>]*>\n?', "", html)
html = html.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n' + meta, 1)
with open(index_path, "w", encoding="utf-8") as f:
    f.write(html)

# The cache name starts with the build time so the worker can tell older caches from newer.
cache = f"value-pyramid-{int(time.time())}-{build}"
precache = ["./"] + [f"./{name}" for name in files]
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sw.template.js"), encoding="utf-8") as f:
    template = f.read()
sw = template.replace("__CACHE__", json.dumps(cache)).replace("__FILES__", json.dumps(precache))
with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
    f.write(sw)
print(f"[post_build] build {build}: {len(precache)} files precached, CSP with {len(inline_scripts)} inline script hash(es)")
