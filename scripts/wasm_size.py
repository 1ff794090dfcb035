#!/usr/bin/env python3
"""Prints what a wasm is made of: section sizes, and the code by crate (from the name section,
so run it on a wasm built with names kept, before wasm-opt strips them).

Usage: wasm_size.py FILE.wasm [TOP]
"""
import collections
import re
import sys


def leb(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def sections(data):
    pos = 8
    while pos < len(data):
        kind = data[pos]
        size, body = leb(data, pos + 1)
        yield kind, data[body:body + size]
        pos = body + size


def crate_of(name):
    # Demangled names: `core::fmt::write`, `<alloc::vec::Vec<T> as core::ops::Drop>::drop`,
    # `_ZN...E` when left mangled. The crate is the first path segment of the type or function.
    if name.startswith("_ZN"):
        m = re.match(r"_ZN(\d+)", name)
        if m:
            n = int(m.group(1))
            name = name[3 + len(m.group(1)):3 + len(m.group(1)) + n]
            if not name.startswith("_$LT$"):
                return name
            # `<T as trait::Path>`: counted with the trait's crate, whose code it is.
            name = name.split("$u20$as$u20$")[-1].removeprefix("_$LT$")
            name = re.sub(r"^(\$RF\$|\$BP\$|mut\$u20\$|dyn\$u20\$)+", "", name)
            return re.split(r"\.\.|\$", name)[0] or "(other)"
    name = name.lstrip("<&*")
    name = re.sub(r"^(mut |const |dyn |impl )+", "", name)
    m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)::", name)
    return m.group(1) if m else "(other)"


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    data = open(path, "rb").read()
    names = {}
    imports = 0
    code_sizes = []
    section_sizes = collections.Counter()
    kinds = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
             6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}
    for kind, body in sections(data):
        label = kinds.get(kind, str(kind))
        if kind == 0:
            n, p = leb(body, 0)
            label = "custom " + body[p:p + n].decode()
            if body[p:p + n] == b"name":
                q = p + n
                while q < len(body):
                    sub, q = body[q], q + 1
                    size, q = leb(body, q)
                    if sub == 1:
                        count, r = leb(body, q)
                        for _ in range(count):
                            idx, r = leb(body, r)
                            ln, r = leb(body, r)
                            names[idx] = body[r:r + ln].decode(errors="replace")
                            r += ln
                    q += size
        elif kind == 2:
            imports = leb(body, 0)[0]  # functions only matter; close enough for attribution
        elif kind == 10:
            count, p = leb(body, 0)
            for _ in range(count):
                size, q = leb(body, p)
                code_sizes.append(q - p + size)
                p = q + size
        section_sizes[label] += len(body)
    print(f"# {path}: {len(data)} bytes")
    for label, size in section_sizes.most_common():
        print(f"{size:>9}  section {label}")
    by_crate = collections.Counter()
    by_function = []
    for i, size in enumerate(code_sizes):
        name = names.get(imports + i, f"func[{imports + i}]")
        by_crate[crate_of(name)] += size
        by_function.append((size, name))
    total = sum(code_sizes)
    print(f"\n# code by crate ({total} bytes)")
    for crate, size in by_crate.most_common(top):
        print(f"{size:>9}  {100 * size / total:5.1f}%  {crate}")
    print(f"\n# largest functions")
    for size, name in sorted(by_function, reverse=True)[:top]:
        print(f"{size:>9}  {name[:150]}")


main()
