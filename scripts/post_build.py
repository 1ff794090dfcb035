#!/usr/bin/env python3
"""Trunk post-build hook: makes the built page installable and offline-safe.

- Copies the language files the wasm asks for (i18n-<lang>-<hash>.txt, written by build.rs
  into Cargo's OUT_DIR) into the build, so they are served and cached with it.
- Writes sw.js: a service worker that caches every built file (hashed names included) under a
  cache named after the build, so one build's files are never mixed with another's.
- Adds a Content-Security-Policy meta tag that allows only the page's own files (plus the
  exact hash of Trunk's inline loader script) and a build id the page compares on start-up to
  say "updated".
"""
import base64
import glob
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


def copy_language_files():
    """The wasm names its language files; build.rs wrote them under target/.../out/i18n/. The
    names carry a hash of their content, so any build folder holding one holds the right one."""
    source = os.environ.get("TRUNK_SOURCE_DIR") or os.getcwd()
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(source, "target")
    wanted = set()
    for wasm in glob.glob(os.path.join(staging, "*.wasm")):
        with open(wasm, "rb") as f:
            wanted.update(m.decode() for m in re.findall(rb"i18n-[a-z]+-[0-9a-f]{16}\.txt", f.read()))
    for name in sorted(wanted):
        found = glob.glob(os.path.join(target, "*", "*", "build", "value-pyramid-*", "out", "i18n", name))
        if not found:
            sys.exit(f"[post_build] {name}: named by the wasm but not found under {target}")
        with open(found[0], "rb") as src, open(os.path.join(staging, name), "wb") as dst:
            dst.write(src.read())
    return len(wanted)


languages = copy_language_files()

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
print(f"[post_build] build {build}: {languages} language files, {len(precache)} files precached, CSP with {len(inline_scripts)} inline script hash(es)")
