#!/usr/bin/env python3
"""Fails when an unbraced attribute value in a Leptos `view!` macro holds a comparison.

The macro's parser (rstml) ends an open tag at the first `>` outside any bracket, so in
`disabled=move || current() + 1 >= pages()` the `>` of `>=` closes the tag and the rest of the
line is shown on the page as text ("= pages() on : click = move | _ | ..."), with no compile
error. `<` is refused too, so every comparison in an attribute is written inside braces:
`disabled=move || { current() + 1 >= pages() }`.

What counts: inside an open tag, every `<`, and every `>` that is glued to `=`, `>`, `-` or
`=` (`>=`, `>>`, `->`, `=>`) or followed on its line by an operand (a word, a number, `(`, `!`,
`-`, `&`, `*`) after a value of more than one token. Anything in (), [] or {} is not looked at.
Known limit: unquoted text right after such a value on the same line (`<b x=a.b()>Bold`) reads
as an operand; this project writes text as `{t("key")}`, so that does not occur.

Usage: check-view-macros.py [paths...]   (default: src). Runs its own self-test first.
"""
import re
import sys
from pathlib import Path

OPEN = {"(": ")", "[": "]", "{": "}"}
CLOSE = {")", "]", "}"}


def tokenize(text):
    """Rust tokens as (kind, text, line, joint_with_next): comments dropped, literals whole."""
    tokens = []
    i, line, n = 0, 1, len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    line += text[i] == "\n"
                    i += 1
        elif re.match(r'b?r#*"', text[i:]):
            m = re.match(r'b?r(#*)"', text[i:])
            end = text.find('"' + m.group(1), i + m.end())
            end = n if end < 0 else end + 1 + len(m.group(1))
            tokens.append(("lit", text[i:end], line, False))
            line += text.count("\n", i, end)
            i = end
        elif c == '"' or text.startswith('b"', i):
            j = i + (2 if c == "b" else 1)
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            tokens.append(("lit", text[i : j + 1], line, False))
            line += text.count("\n", i, j + 1)
            i = j + 1
        elif c == "'":
            m = re.match(r"'(\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|.)|[^\\'])'", text[i:])
            if m:  # a char literal; otherwise a lifetime or label
                tokens.append(("lit", m.group(0), line, False))
                i += m.end()
            else:
                m = re.match(r"'[A-Za-z_][A-Za-z0-9_]*", text[i:])
                tokens.append(("ident", m.group(0) if m else "'", line, False))
                i += m.end() if m else 1
        elif c.isalpha() or c == "_":
            m = re.match(r"[A-Za-z_][A-Za-z0-9_]*", text[i:])
            tokens.append(("ident", m.group(0), line, False))
            i += m.end()
        elif c.isdigit():
            m = re.match(r"[0-9][0-9A-Za-z_]*(\.[0-9][0-9A-Za-z_]*)?", text[i:])
            tokens.append(("lit", m.group(0), line, False))
            i += m.end()
        elif not c.isalnum() and ord(c) < 128:
            joint = i + 1 < n and text[i + 1] in "!#$%&*+-./:<=>?@^|~"
            tokens.append(("punct", c, line, joint))
            i += 1
        else:
            tokens.append(("ident", c, line, False))
            i += 1
    return tokens


def view_bodies(tokens):
    """(start, end) index ranges of the bodies of every `view!` macro, nested ones included."""
    bodies = []
    for k in range(len(tokens) - 2):
        if tokens[k][1] == "view" and tokens[k + 1][1] == "!" and tokens[k + 2][1] in OPEN:
            depth, j = 0, k + 2
            while j < len(tokens):
                t = tokens[j][1]
                if tokens[j][0] == "punct" and t in OPEN:
                    depth += 1
                elif tokens[j][0] == "punct" and t in CLOSE:
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            bodies.append((k + 3, j))
    return bodies


def skip_group(tokens, j, end):
    """Index just past the bracketed group starting at j."""
    depth = 0
    while j < end:
        kind, t = tokens[j][0], tokens[j][1]
        if kind == "punct" and t in OPEN:
            depth += 1
        elif kind == "punct" and t in CLOSE:
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return end


OPERAND_START = {"(", "[", "!", "-", "&", "*"}


def ends_expression(tok):
    return tok[0] in ("ident", "lit") or tok[1] in (")", "]", "}")


def attribute_name_end(tokens, j, end):
    """If an attribute name (`id`, `on:click`, `aria-label`) followed by `=` starts at j, the
    index of that `=`; else None."""
    if tokens[j][0] != "ident":
        return None
    k = j + 1
    while k + 1 < end and tokens[k][1] in (":", "-") and not tokens[k][3] and tokens[k + 1][0] == "ident":
        k += 2
    # `=` alone: not `==` or `=>` (joint with a following `=` or `>`).
    if k < end and tokens[k][1] == "=" and not (tokens[k][3] and k + 1 < end and tokens[k + 1][1] in "=>"):
        return k
    return None


def problems_in(tokens, start, end):
    """(line, message) for each comparison in an unbraced attribute value of one macro body."""
    found = []
    j = start
    while j < end:
        kind, t = tokens[j][0], tokens[j][1]
        if kind == "punct" and t in OPEN:
            j = skip_group(tokens, j, end)  # children blocks; nested view! bodies are checked on their own
            continue
        if not (t == "<" and j + 1 < end and tokens[j + 1][0] == "ident"):
            j += 1
            continue
        # An open tag: attributes until its first `>` outside brackets (the parser's rule).
        j += 2
        value_from = None  # index where the current unbraced attribute value began
        while j < end:
            kind, t, line, joint = tokens[j]
            if kind == "punct" and t in OPEN:
                j = skip_group(tokens, j, end)
                continue
            prev = tokens[j - 1]
            eq = attribute_name_end(tokens, j, end)
            if eq is not None and (value_from is None or ends_expression(prev)):
                if eq + 1 < end and tokens[eq + 1][1] == "{":
                    j, value_from = skip_group(tokens, eq + 1, end), None
                else:
                    j, value_from = eq + 1, eq + 1
                continue
            nxt = tokens[j + 1] if j + 1 < end else ("", "", -1, False)
            if kind == "punct" and t == "/" and nxt[1] == ">":
                j += 2
                break  # `/>`
            if kind == "punct" and t == "<" and value_from is not None:
                found.append((line, "`<` in an unbraced attribute value: put the comparison in braces"))
            if kind == "punct" and t == ">":
                glued_after = joint and nxt[1] in ("=", ">")  # >=, >>
                glued_before = prev[0] == "punct" and prev[3] and prev[1] in ("-", "=")  # ->, =>
                operand_follows = (
                    nxt[2] == line
                    and (nxt[0] == "ident" or (nxt[0] == "lit" and nxt[1][0].isdigit()) or nxt[1] in OPERAND_START)
                    and value_from is not None
                    and j - value_from > 1  # after one word (`class=x>Text`) a `>` ends the tag
                )
                if value_from is not None and (glued_after or glued_before or operand_follows):
                    op = t + (nxt[1] if glued_after else "")
                    found.append((line, f"`{op}` in an unbraced attribute value ends the tag early: put the comparison in braces"))
                    j += 1
                    continue
                j += 1
                break  # the tag's end
            j += 1
    return found


def check_text(text):
    tokens = tokenize(text)
    found = []
    for start, end in view_bodies(tokens):
        found.extend(problems_in(tokens, start, end))
    return sorted(set(found))


def self_test():
    bad = [
        # The line that hid the purchase-history table's Next button (issue 12).
        """view! { <button
                aria-controls=id
                disabled=move || current() + 1 >= pages()
                on:click=move |_| page.set(current() + 1)
            >{t("history.next")}</button> }""",
        "view! { <button disabled=move || a > b on:click=f>x</button> }",
        "view! { <p class:wide=move || n.get() < 3>x</p> }",
        "view! { <input value=move || x.parse::<f64>().ok() /> }",
        "view! { <td class=if a <= b { \"x\" } else { \"y\" }>z</td> }",
        "fn f() { let v = move || view! { <div><span hidden=move || w() >= 2>{n}</span></div> }; }",
    ]
    good = [
        """view! { <button
                aria-controls=id
                disabled=move || { current() + 1 >= pages() }
                on:click=move |_| page.set(current() + 1)
            >{t("history.next")}</button> }""",
        "view! { <option value=u.label() selected=move || p.unit.get() == u>{unit_name(u)}</option> }",
        "view! { <button disabled=move || current() == 0 on:click=move |_| go(a > b)>\"Prev\"</button> }",
        "view! { <th scope=\"col\" title=how>{h}</th> <td class=\"num\">{c.clone()}</td> }",
        "view! { <Show when=move || { pages() > 1 }><nav aria-label=label.clone()>{x}</nav></Show> }",
        "view! { <div on:click=move |ev| { if a > b { go() } }>{move || if n > 2 { 1 } else { 2 }}</div> }",
        "view! { <input type=\"checkbox\" checked=on /> <p>{a >= b}</p> }",
        "// view! { <b disabled=move || a > b>x</b> }\nlet s = \"view! { <b x=move || a > b> }\";",
        "view! { <For each=move || rows.get() key=|r| r.0 children=move |r| view! { <Row r=r /> } /> }",
    ]
    failures = []
    for snippet in bad:
        if not check_text(snippet):
            failures.append(f"not caught: {snippet}")
    for snippet in good:
        if check_text(snippet):
            failures.append(f"wrongly flagged {check_text(snippet)}: {snippet}")
    return failures


def main(argv):
    failures = self_test()
    if failures:
        print("check-view-macros self-test failed:\n  " + "\n  ".join(failures))
        return 2
    paths = [Path(p) for p in (argv or ["src"])]
    files = [f for p in paths for f in (sorted(p.rglob("*.rs")) if p.is_dir() else [p])]
    count = 0
    for f in files:
        for line, message in check_text(f.read_text(encoding="utf-8")):
            print(f"{f}:{line}: {message}")
            count += 1
    if count:
        print(f"{count} unbraced comparison(s) in view! attributes (see the script's docstring)")
        return 1
    print(f"view! attributes: no unbraced comparison in {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
